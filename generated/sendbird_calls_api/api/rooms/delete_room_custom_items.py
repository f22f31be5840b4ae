from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.custom_items_delete_result import CustomItemsDeleteResult
from ...models.delete_custom_items_request import DeleteCustomItemsRequest
from ...models.error import Error
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    room_id: str,
    *,
    body: DeleteCustomItemsRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rooms/{room_id}/custom_items".format(
            room_id=quote(str(room_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomItemsDeleteResult | Error | None:
    if response.status_code == 200:
        response_200 = CustomItemsDeleteResult.from_dict(response.json())

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
) -> Response[CustomItemsDeleteResult | Error]:
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
    body: DeleteCustomItemsRequest | Unset = UNSET,
) -> Response[CustomItemsDeleteResult | Error]:
    """Delete a room's custom items

     Deletes the given keys of a room's custom items; with no body, or an empty `keys`,
    deletes them all.

    Args:
        room_id (str):
        body (DeleteCustomItemsRequest | Unset): Keys of custom items to delete; empty or absent
            deletes them all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomItemsDeleteResult | Error]
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
    body: DeleteCustomItemsRequest | Unset = UNSET,
) -> CustomItemsDeleteResult | Error | None:
    """Delete a room's custom items

     Deletes the given keys of a room's custom items; with no body, or an empty `keys`,
    deletes them all.

    Args:
        room_id (str):
        body (DeleteCustomItemsRequest | Unset): Keys of custom items to delete; empty or absent
            deletes them all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomItemsDeleteResult | Error
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
    body: DeleteCustomItemsRequest | Unset = UNSET,
) -> Response[CustomItemsDeleteResult | Error]:
    """Delete a room's custom items

     Deletes the given keys of a room's custom items; with no body, or an empty `keys`,
    deletes them all.

    Args:
        room_id (str):
        body (DeleteCustomItemsRequest | Unset): Keys of custom items to delete; empty or absent
            deletes them all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomItemsDeleteResult | Error]
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
    body: DeleteCustomItemsRequest | Unset = UNSET,
) -> CustomItemsDeleteResult | Error | None:
    """Delete a room's custom items

     Deletes the given keys of a room's custom items; with no body, or an empty `keys`,
    deletes them all.

    Args:
        room_id (str):
        body (DeleteCustomItemsRequest | Unset): Keys of custom items to delete; empty or absent
            deletes them all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomItemsDeleteResult | Error
    """

    return (
        await asyncio_detailed(
            room_id=room_id,
            client=client,
            body=body,
        )
    ).parsed
