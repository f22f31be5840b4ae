from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error import Error
from ...models.webhook_settings_envelope import WebhookSettingsEnvelope
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    application_id: str,
    *,
    display_all_webhook_categories: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["display_all_webhook_categories"] = display_all_webhook_categories

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/applications/{application_id}/settings/webhook".format(
            application_id=quote(str(application_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WebhookSettingsEnvelope | None:
    if response.status_code == 200:
        response_200 = WebhookSettingsEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | WebhookSettingsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    display_all_webhook_categories: bool | Unset = False,
) -> Response[Error | WebhookSettingsEnvelope]:
    """Get the webhook settings

     Gets whether Calls webhooks are on, their URL and subscribed events.

    Args:
        application_id (str):
        display_all_webhook_categories (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebhookSettingsEnvelope]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        display_all_webhook_categories=display_all_webhook_categories,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    display_all_webhook_categories: bool | Unset = False,
) -> Error | WebhookSettingsEnvelope | None:
    """Get the webhook settings

     Gets whether Calls webhooks are on, their URL and subscribed events.

    Args:
        application_id (str):
        display_all_webhook_categories (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WebhookSettingsEnvelope
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        display_all_webhook_categories=display_all_webhook_categories,
    ).parsed


async def asyncio_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    display_all_webhook_categories: bool | Unset = False,
) -> Response[Error | WebhookSettingsEnvelope]:
    """Get the webhook settings

     Gets whether Calls webhooks are on, their URL and subscribed events.

    Args:
        application_id (str):
        display_all_webhook_categories (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebhookSettingsEnvelope]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        display_all_webhook_categories=display_all_webhook_categories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    display_all_webhook_categories: bool | Unset = False,
) -> Error | WebhookSettingsEnvelope | None:
    """Get the webhook settings

     Gets whether Calls webhooks are on, their URL and subscribed events.

    Args:
        application_id (str):
        display_all_webhook_categories (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WebhookSettingsEnvelope
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            display_all_webhook_categories=display_all_webhook_categories,
        )
    ).parsed
