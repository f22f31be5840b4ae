from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.chat_error import ChatError
from ...models.error import Error
from ...models.secondary_api_token_list import SecondaryApiTokenList
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/applications/api_tokens",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatError | Error | SecondaryApiTokenList | None:
    if response.status_code == 200:
        response_200 = SecondaryApiTokenList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChatError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ChatError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ChatError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatError | Error | SecondaryApiTokenList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ChatError | Error | SecondaryApiTokenList]:
    """List secondary API tokens

     Lists the application's secondary API tokens (at most 10). Served on the Chat Platform
    host (`https://api-{application_id}.sendbird.com/v3`); master API token only (a
    secondary token gets 401 + 401120). Token values are secrets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatError | Error | SecondaryApiTokenList]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ChatError | Error | SecondaryApiTokenList | None:
    """List secondary API tokens

     Lists the application's secondary API tokens (at most 10). Served on the Chat Platform
    host (`https://api-{application_id}.sendbird.com/v3`); master API token only (a
    secondary token gets 401 + 401120). Token values are secrets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatError | Error | SecondaryApiTokenList
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ChatError | Error | SecondaryApiTokenList]:
    """List secondary API tokens

     Lists the application's secondary API tokens (at most 10). Served on the Chat Platform
    host (`https://api-{application_id}.sendbird.com/v3`); master API token only (a
    secondary token gets 401 + 401120). Token values are secrets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatError | Error | SecondaryApiTokenList]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ChatError | Error | SecondaryApiTokenList | None:
    """List secondary API tokens

     Lists the application's secondary API tokens (at most 10). Served on the Chat Platform
    host (`https://api-{application_id}.sendbird.com/v3`); master API token only (a
    secondary token gets 401 + 401120). Token values are secrets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatError | Error | SecondaryApiTokenList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
