from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error import Error
from ...models.participant_list import ParticipantList
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    room_id: str,
    *,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["next"] = next_

    params["prev"] = prev

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rooms/{room_id}/participants".format(
            room_id=quote(str(room_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ParticipantList | None:
    if response.status_code == 200:
        response_200 = ParticipantList.from_dict(response.json())

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
) -> Response[Error | ParticipantList]:
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
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
) -> Response[Error | ParticipantList]:
    """List a room's participants

     Lists everyone who has been in the room, newest first.

    Args:
        room_id (str):
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        prev (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ParticipantList]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
        limit=limit,
        next_=next_,
        prev=prev,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
) -> Error | ParticipantList | None:
    """List a room's participants

     Lists everyone who has been in the room, newest first.

    Args:
        room_id (str):
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        prev (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ParticipantList
    """

    return sync_detailed(
        room_id=room_id,
        client=client,
        limit=limit,
        next_=next_,
        prev=prev,
    ).parsed


async def asyncio_detailed(
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
) -> Response[Error | ParticipantList]:
    """List a room's participants

     Lists everyone who has been in the room, newest first.

    Args:
        room_id (str):
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        prev (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ParticipantList]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
        limit=limit,
        next_=next_,
        prev=prev,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
) -> Error | ParticipantList | None:
    """List a room's participants

     Lists everyone who has been in the room, newest first.

    Args:
        room_id (str):
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        prev (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ParticipantList
    """

    return (
        await asyncio_detailed(
            room_id=room_id,
            client=client,
            limit=limit,
            next_=next_,
            prev=prev,
        )
    ).parsed
