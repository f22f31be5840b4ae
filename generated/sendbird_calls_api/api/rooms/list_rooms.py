from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error import Error
from ...models.room_list import RoomList
from ...models.room_state import RoomState
from ...models.room_type_filter import RoomTypeFilter
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    type_: RoomTypeFilter | Unset = UNSET,
    state: RoomState | Unset = UNSET,
    room_ids: str | Unset = UNSET,
    room_id: str | Unset = UNSET,
    created_at_start_date: int | Unset = UNSET,
    created_at_end_date: int | Unset = UNSET,
    current_participant_range_gte: int | Unset = UNSET,
    current_participant_range_lte: int | Unset = UNSET,
    created_by_user_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["next"] = next_

    params["prev"] = prev

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    params["room_ids"] = room_ids

    params["room_id"] = room_id

    params["created_at_start_date"] = created_at_start_date

    params["created_at_end_date"] = created_at_end_date

    params["current_participant_range_gte"] = current_participant_range_gte

    params["current_participant_range_lte"] = current_participant_range_lte

    params["created_by_user_ids"] = created_by_user_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rooms",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RoomList | None:
    if response.status_code == 200:
        response_200 = RoomList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | RoomList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    type_: RoomTypeFilter | Unset = UNSET,
    state: RoomState | Unset = UNSET,
    room_ids: str | Unset = UNSET,
    room_id: str | Unset = UNSET,
    created_at_start_date: int | Unset = UNSET,
    created_at_end_date: int | Unset = UNSET,
    current_participant_range_gte: int | Unset = UNSET,
    current_participant_range_lte: int | Unset = UNSET,
    created_by_user_ids: str | Unset = UNSET,
) -> Response[Error | RoomList]:
    """List rooms

     Lists the application's rooms, newest first, filtered. `room_id` and `room_ids` are
    exclusive: Sendbird answers an error when both are given (400 + 400100 here; the code
    is not documented).

    Args:
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        prev (str | Unset):
        type_ (RoomTypeFilter | Unset): Room types one can filter on; `all` for every type.
        state (RoomState | Unset): `open`: users can enter; `deleted`: nobody can, and the room
            cannot reopen.
        room_ids (str | Unset): Comma-separated list of up to 10 room IDs; clients join a sequence
            with commas.
        room_id (str | Unset):
        created_at_start_date (int | Unset):
        created_at_end_date (int | Unset):
        current_participant_range_gte (int | Unset):
        current_participant_range_lte (int | Unset):
        created_by_user_ids (str | Unset): Comma-separated list of user IDs; clients join a
            sequence with commas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RoomList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        next_=next_,
        prev=prev,
        type_=type_,
        state=state,
        room_ids=room_ids,
        room_id=room_id,
        created_at_start_date=created_at_start_date,
        created_at_end_date=created_at_end_date,
        current_participant_range_gte=current_participant_range_gte,
        current_participant_range_lte=current_participant_range_lte,
        created_by_user_ids=created_by_user_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    type_: RoomTypeFilter | Unset = UNSET,
    state: RoomState | Unset = UNSET,
    room_ids: str | Unset = UNSET,
    room_id: str | Unset = UNSET,
    created_at_start_date: int | Unset = UNSET,
    created_at_end_date: int | Unset = UNSET,
    current_participant_range_gte: int | Unset = UNSET,
    current_participant_range_lte: int | Unset = UNSET,
    created_by_user_ids: str | Unset = UNSET,
) -> Error | RoomList | None:
    """List rooms

     Lists the application's rooms, newest first, filtered. `room_id` and `room_ids` are
    exclusive: Sendbird answers an error when both are given (400 + 400100 here; the code
    is not documented).

    Args:
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        prev (str | Unset):
        type_ (RoomTypeFilter | Unset): Room types one can filter on; `all` for every type.
        state (RoomState | Unset): `open`: users can enter; `deleted`: nobody can, and the room
            cannot reopen.
        room_ids (str | Unset): Comma-separated list of up to 10 room IDs; clients join a sequence
            with commas.
        room_id (str | Unset):
        created_at_start_date (int | Unset):
        created_at_end_date (int | Unset):
        current_participant_range_gte (int | Unset):
        current_participant_range_lte (int | Unset):
        created_by_user_ids (str | Unset): Comma-separated list of user IDs; clients join a
            sequence with commas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RoomList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        next_=next_,
        prev=prev,
        type_=type_,
        state=state,
        room_ids=room_ids,
        room_id=room_id,
        created_at_start_date=created_at_start_date,
        created_at_end_date=created_at_end_date,
        current_participant_range_gte=current_participant_range_gte,
        current_participant_range_lte=current_participant_range_lte,
        created_by_user_ids=created_by_user_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    type_: RoomTypeFilter | Unset = UNSET,
    state: RoomState | Unset = UNSET,
    room_ids: str | Unset = UNSET,
    room_id: str | Unset = UNSET,
    created_at_start_date: int | Unset = UNSET,
    created_at_end_date: int | Unset = UNSET,
    current_participant_range_gte: int | Unset = UNSET,
    current_participant_range_lte: int | Unset = UNSET,
    created_by_user_ids: str | Unset = UNSET,
) -> Response[Error | RoomList]:
    """List rooms

     Lists the application's rooms, newest first, filtered. `room_id` and `room_ids` are
    exclusive: Sendbird answers an error when both are given (400 + 400100 here; the code
    is not documented).

    Args:
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        prev (str | Unset):
        type_ (RoomTypeFilter | Unset): Room types one can filter on; `all` for every type.
        state (RoomState | Unset): `open`: users can enter; `deleted`: nobody can, and the room
            cannot reopen.
        room_ids (str | Unset): Comma-separated list of up to 10 room IDs; clients join a sequence
            with commas.
        room_id (str | Unset):
        created_at_start_date (int | Unset):
        created_at_end_date (int | Unset):
        current_participant_range_gte (int | Unset):
        current_participant_range_lte (int | Unset):
        created_by_user_ids (str | Unset): Comma-separated list of user IDs; clients join a
            sequence with commas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RoomList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        next_=next_,
        prev=prev,
        type_=type_,
        state=state,
        room_ids=room_ids,
        room_id=room_id,
        created_at_start_date=created_at_start_date,
        created_at_end_date=created_at_end_date,
        current_participant_range_gte=current_participant_range_gte,
        current_participant_range_lte=current_participant_range_lte,
        created_by_user_ids=created_by_user_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    type_: RoomTypeFilter | Unset = UNSET,
    state: RoomState | Unset = UNSET,
    room_ids: str | Unset = UNSET,
    room_id: str | Unset = UNSET,
    created_at_start_date: int | Unset = UNSET,
    created_at_end_date: int | Unset = UNSET,
    current_participant_range_gte: int | Unset = UNSET,
    current_participant_range_lte: int | Unset = UNSET,
    created_by_user_ids: str | Unset = UNSET,
) -> Error | RoomList | None:
    """List rooms

     Lists the application's rooms, newest first, filtered. `room_id` and `room_ids` are
    exclusive: Sendbird answers an error when both are given (400 + 400100 here; the code
    is not documented).

    Args:
        limit (int | Unset):  Default: 10.
        next_ (str | Unset):
        prev (str | Unset):
        type_ (RoomTypeFilter | Unset): Room types one can filter on; `all` for every type.
        state (RoomState | Unset): `open`: users can enter; `deleted`: nobody can, and the room
            cannot reopen.
        room_ids (str | Unset): Comma-separated list of up to 10 room IDs; clients join a sequence
            with commas.
        room_id (str | Unset):
        created_at_start_date (int | Unset):
        created_at_end_date (int | Unset):
        current_participant_range_gte (int | Unset):
        current_participant_range_lte (int | Unset):
        created_by_user_ids (str | Unset): Comma-separated list of user IDs; clients join a
            sequence with commas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RoomList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            next_=next_,
            prev=prev,
            type_=type_,
            state=state,
            room_ids=room_ids,
            room_id=room_id,
            created_at_start_date=created_at_start_date,
            created_at_end_date=created_at_end_date,
            current_participant_range_gte=current_participant_range_gte,
            current_participant_range_lte=current_participant_range_lte,
            created_by_user_ids=created_by_user_ids,
        )
    ).parsed
