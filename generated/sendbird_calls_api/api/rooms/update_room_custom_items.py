from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.custom_items_update_result import CustomItemsUpdateResult
from ...models.error import Error
from ...models.update_custom_items_request import UpdateCustomItemsRequest
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    room_id: str,
    *,
    body: UpdateCustomItemsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rooms/{room_id}/custom_items".format(
            room_id=quote(str(room_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomItemsUpdateResult | Error | None:
    if response.status_code == 200:
        response_200 = CustomItemsUpdateResult.from_dict(response.json())

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
) -> Response[CustomItemsUpdateResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomItemsRequest,
) -> Response[CustomItemsUpdateResult | Error]:
    """Update a room's custom items

     Upserts custom items of a room and answers the whole set after the update. At most 10
    items; keys 1..128 characters without a comma; values strings up to 128 characters.

    Args:
        room_id (str):
        body (UpdateCustomItemsRequest): Custom items to upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomItemsUpdateResult | Error]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomItemsRequest,
) -> CustomItemsUpdateResult | Error | None:
    """Update a room's custom items

     Upserts custom items of a room and answers the whole set after the update. At most 10
    items; keys 1..128 characters without a comma; values strings up to 128 characters.

    Args:
        room_id (str):
        body (UpdateCustomItemsRequest): Custom items to upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomItemsUpdateResult | Error
    """

    return sync_detailed(
        room_id=room_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomItemsRequest,
) -> Response[CustomItemsUpdateResult | Error]:
    """Update a room's custom items

     Upserts custom items of a room and answers the whole set after the update. At most 10
    items; keys 1..128 characters without a comma; values strings up to 128 characters.

    Args:
        room_id (str):
        body (UpdateCustomItemsRequest): Custom items to upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomItemsUpdateResult | Error]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomItemsRequest,
) -> CustomItemsUpdateResult | Error | None:
    """Update a room's custom items

     Upserts custom items of a room and answers the whole set after the update. At most 10
    items; keys 1..128 characters without a comma; values strings up to 128 characters.

    Args:
        room_id (str):
        body (UpdateCustomItemsRequest): Custom items to upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomItemsUpdateResult | Error
    """

    return (
        await asyncio_detailed(
            room_id=room_id,
            client=client,
            body=body,
        )
    ).parsed
