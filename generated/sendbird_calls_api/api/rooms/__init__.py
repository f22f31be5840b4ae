"""Operations tagged ``rooms``: one typed method per operation, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, cast

from ...models.create_room_request import CreateRoomRequest
from ...models.custom_items_delete_result import CustomItemsDeleteResult
from ...models.custom_items_update_result import CustomItemsUpdateResult
from ...models.delete_custom_items_request import DeleteCustomItemsRequest
from ...models.participant import Participant
from ...models.participant_list import ParticipantList
from ...models.room import Room
from ...models.room_envelope import RoomEnvelope
from ...models.room_list import RoomList
from ...models.room_state import RoomState
from ...models.room_type_filter import RoomTypeFilter
from ...models.update_custom_items_request import UpdateCustomItemsRequest
from ...types import UNSET, Unset
from .. import (
    AsyncRequester,
    OperationInfo,
    RawResponse,
    RequestOptions,
    SyncRequester,
    aiterate_items,
    iterate_items,
    parse_nothing,
    parse_or_none,
)
from . import create_room as _create_room
from . import delete_room as _delete_room
from . import delete_room_custom_items as _delete_room_custom_items
from . import get_room as _get_room
from . import list_room_participants as _list_room_participants
from . import list_rooms as _list_rooms
from . import update_room_custom_items as _update_room_custom_items

_LIST_ROOMS = OperationInfo(
    name="list_rooms",
    method="GET",
    path="/rooms",
    host="calls",
    path_params=(),
    wire_names={
        "next_": "next",
        "type_": "type",
    },
    client_filled=(),
    enum_params={
        "type_": RoomTypeFilter,
        "state": RoomState,
    },
    list_params=(
        "room_ids",
        "created_by_user_ids",
    ),
    body_type=None,
    body_required=False,
    empty_success=False,
)
_CREATE_ROOM = OperationInfo(
    name="create_room",
    method="POST",
    path="/rooms",
    host="calls",
    path_params=(),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=CreateRoomRequest,
    body_required=True,
    empty_success=False,
)
_GET_ROOM = OperationInfo(
    name="get_room",
    method="GET",
    path="/rooms/{room_id}",
    host="calls",
    path_params=("room_id",),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=None,
    body_required=False,
    empty_success=False,
)
_DELETE_ROOM = OperationInfo(
    name="delete_room",
    method="DELETE",
    path="/rooms/{room_id}",
    host="calls",
    path_params=("room_id",),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=None,
    body_required=False,
    empty_success=True,
)
_LIST_ROOM_PARTICIPANTS = OperationInfo(
    name="list_room_participants",
    method="GET",
    path="/rooms/{room_id}/participants",
    host="calls",
    path_params=("room_id",),
    wire_names={
        "next_": "next",
    },
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=None,
    body_required=False,
    empty_success=False,
)
_UPDATE_ROOM_CUSTOM_ITEMS = OperationInfo(
    name="update_room_custom_items",
    method="PUT",
    path="/rooms/{room_id}/custom_items",
    host="calls",
    path_params=("room_id",),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=UpdateCustomItemsRequest,
    body_required=True,
    empty_success=False,
)
_DELETE_ROOM_CUSTOM_ITEMS = OperationInfo(
    name="delete_room_custom_items",
    method="DELETE",
    path="/rooms/{room_id}/custom_items",
    host="calls",
    path_params=("room_id",),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=DeleteCustomItemsRequest,
    body_required=False,
    empty_success=False,
)


class RoomsApi:
    """Synchronous ``rooms`` operations."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester
        self.with_raw_response = RoomsApiWithRawResponse(requester)
        """The same operations, answering a ``RawResponse`` (status, headers) around the result."""

    def list_rooms(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        prev: str | Unset = UNSET,
        type_: RoomTypeFilter | str | Unset = UNSET,
        state: RoomState | str | Unset = UNSET,
        room_ids: str | Sequence[str] | Unset = UNSET,
        room_id: str | Unset = UNSET,
        created_at_start_date: int | Unset = UNSET,
        created_at_end_date: int | Unset = UNSET,
        current_participant_range_gte: int | Unset = UNSET,
        current_participant_range_lte: int | Unset = UNSET,
        created_by_user_ids: str | Sequence[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RoomList:
        """List rooms.

        Lists the application's rooms, newest first, filtered. `room_id` and `room_ids` are exclusive:
        Sendbird answers an error when both are given (400 + 400100 here; the code is not documented).
        """
        return self._requester.call(
            _LIST_ROOMS,
            _list_rooms._get_kwargs,
            {
                "limit": limit,
                "next_": next_,
                "prev": prev,
                "type_": type_,
                "state": state,
                "room_ids": room_ids,
                "room_id": room_id,
                "created_at_start_date": created_at_start_date,
                "created_at_end_date": created_at_end_date,
                "current_participant_range_gte": current_participant_range_gte,
                "current_participant_range_lte": current_participant_range_lte,
                "created_by_user_ids": created_by_user_ids,
            },
            RoomList.from_dict,
            request_options,
        ).parsed

    def iter_rooms(
        self,
        *,
        limit: int | Unset = UNSET,
        type_: RoomTypeFilter | str | Unset = UNSET,
        state: RoomState | str | Unset = UNSET,
        room_ids: str | Sequence[str] | Unset = UNSET,
        room_id: str | Unset = UNSET,
        created_at_start_date: int | Unset = UNSET,
        created_at_end_date: int | Unset = UNSET,
        current_participant_range_gte: int | Unset = UNSET,
        current_participant_range_lte: int | Unset = UNSET,
        created_by_user_ids: str | Sequence[str] | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Room]:
        """Iterates every item of ``list_rooms``, fetching pages lazily (at most ``max_items``)."""
        return iterate_items(
            self._requester.paginate(
                _LIST_ROOMS,
                _list_rooms._get_kwargs,
                {
                    "limit": limit,
                    "type_": type_,
                    "state": state,
                    "room_ids": room_ids,
                    "room_id": room_id,
                    "created_at_start_date": created_at_start_date,
                    "created_at_end_date": created_at_end_date,
                    "current_participant_range_gte": current_participant_range_gte,
                    "current_participant_range_lte": current_participant_range_lte,
                    "created_by_user_ids": created_by_user_ids,
                },
                RoomList.from_dict,
                request_options,
            ),
            lambda page: page.rooms,
            max_items,
        )

    def iter_rooms_pages(
        self,
        *,
        limit: int | Unset = UNSET,
        type_: RoomTypeFilter | str | Unset = UNSET,
        state: RoomState | str | Unset = UNSET,
        room_ids: str | Sequence[str] | Unset = UNSET,
        room_id: str | Unset = UNSET,
        created_at_start_date: int | Unset = UNSET,
        created_at_end_date: int | Unset = UNSET,
        current_participant_range_gte: int | Unset = UNSET,
        current_participant_range_lte: int | Unset = UNSET,
        created_by_user_ids: str | Sequence[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Iterator[RoomList]:
        """Iterates the pages of ``list_rooms``, following ``next`` until the last page."""
        return self._requester.paginate(
            _LIST_ROOMS,
            _list_rooms._get_kwargs,
            {
                "limit": limit,
                "type_": type_,
                "state": state,
                "room_ids": room_ids,
                "room_id": room_id,
                "created_at_start_date": created_at_start_date,
                "created_at_end_date": created_at_end_date,
                "current_participant_range_gte": current_participant_range_gte,
                "current_participant_range_lte": current_participant_range_lte,
                "created_by_user_ids": created_by_user_ids,
            },
            RoomList.from_dict,
            request_options,
        )

    def create_room(
        self,
        *,
        body: CreateRoomRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> RoomEnvelope:
        """Create a room.

        Creates a group-call room. `created_by` of a room created here is the empty string. Not
        idempotent: clients never retry it after the request was sent (no duplicate rooms).
        """
        return self._requester.call(
            _CREATE_ROOM,
            _create_room._get_kwargs,
            {
                "body": body,
            },
            RoomEnvelope.from_dict,
            request_options,
        ).parsed

    def get_room(
        self,
        room_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RoomEnvelope:
        """Get a room.

        Gets one room, deleted rooms included (with `state: deleted`). An unknown room is 400 + 1400126
        INVALID_ROOM.
        """
        return self._requester.call(
            _GET_ROOM,
            _get_room._get_kwargs,
            {
                "room_id": room_id,
            },
            RoomEnvelope.from_dict,
            request_options,
        ).parsed

    def delete_room(
        self,
        room_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RoomEnvelope | None:
        """Delete a room.

        Deletes a room: its state becomes `deleted` for good and `deleted_by` the empty string; it stays
        readable. Answers the deleted room, or nothing (an empty 200 or a 204: then the client returns
        None). Deleting an unknown or deleted room is 400 + 1400126.
        """
        return self._requester.call(
            _DELETE_ROOM,
            _delete_room._get_kwargs,
            {
                "room_id": room_id,
            },
            parse_or_none(RoomEnvelope.from_dict),
            request_options,
        ).parsed

    def list_room_participants(
        self,
        room_id: str,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        prev: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ParticipantList:
        """List a room's participants.

        Lists everyone who has been in the room, newest first.
        """
        return self._requester.call(
            _LIST_ROOM_PARTICIPANTS,
            _list_room_participants._get_kwargs,
            {
                "room_id": room_id,
                "limit": limit,
                "next_": next_,
                "prev": prev,
            },
            ParticipantList.from_dict,
            request_options,
        ).parsed

    def iter_room_participants(
        self,
        room_id: str,
        *,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Participant]:
        """Iterates every item of ``list_room_participants``, fetching pages lazily (at most ``max_items``)."""
        return iterate_items(
            self._requester.paginate(
                _LIST_ROOM_PARTICIPANTS,
                _list_room_participants._get_kwargs,
                {
                    "room_id": room_id,
                    "limit": limit,
                },
                ParticipantList.from_dict,
                request_options,
            ),
            lambda page: page.participants,
            max_items,
        )

    def iter_room_participants_pages(
        self,
        room_id: str,
        *,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Iterator[ParticipantList]:
        """Iterates the pages of ``list_room_participants``, following ``next`` until the last page."""
        return self._requester.paginate(
            _LIST_ROOM_PARTICIPANTS,
            _list_room_participants._get_kwargs,
            {
                "room_id": room_id,
                "limit": limit,
            },
            ParticipantList.from_dict,
            request_options,
        )

    def update_room_custom_items(
        self,
        room_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult:
        """Update a room's custom items.

        Upserts custom items of a room and answers the whole set after the update. At most 10 items;
        keys 1..128 characters without a comma; values strings up to 128 characters.
        """
        return self._requester.call(
            _UPDATE_ROOM_CUSTOM_ITEMS,
            _update_room_custom_items._get_kwargs,
            {
                "room_id": room_id,
                "body": body,
            },
            CustomItemsUpdateResult.from_dict,
            request_options,
        ).parsed

    def delete_room_custom_items(
        self,
        room_id: str,
        *,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsDeleteResult:
        """Delete a room's custom items.

        Deletes the given keys of a room's custom items; with no body, or an empty `keys`, deletes them
        all.
        """
        return self._requester.call(
            _DELETE_ROOM_CUSTOM_ITEMS,
            _delete_room_custom_items._get_kwargs,
            {
                "room_id": room_id,
                "body": body,
            },
            CustomItemsDeleteResult.from_dict,
            request_options,
        ).parsed


class RoomsApiWithRawResponse:
    """Synchronous ``rooms`` operations answering ``RawResponse``."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list_rooms(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        prev: str | Unset = UNSET,
        type_: RoomTypeFilter | str | Unset = UNSET,
        state: RoomState | str | Unset = UNSET,
        room_ids: str | Sequence[str] | Unset = UNSET,
        room_id: str | Unset = UNSET,
        created_at_start_date: int | Unset = UNSET,
        created_at_end_date: int | Unset = UNSET,
        current_participant_range_gte: int | Unset = UNSET,
        current_participant_range_lte: int | Unset = UNSET,
        created_by_user_ids: str | Sequence[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[RoomList]:
        """List rooms, with the HTTP status and headers."""
        return self._requester.call(
            _LIST_ROOMS,
            _list_rooms._get_kwargs,
            {
                "limit": limit,
                "next_": next_,
                "prev": prev,
                "type_": type_,
                "state": state,
                "room_ids": room_ids,
                "room_id": room_id,
                "created_at_start_date": created_at_start_date,
                "created_at_end_date": created_at_end_date,
                "current_participant_range_gte": current_participant_range_gte,
                "current_participant_range_lte": current_participant_range_lte,
                "created_by_user_ids": created_by_user_ids,
            },
            RoomList.from_dict,
            request_options,
        )

    def create_room(
        self,
        *,
        body: CreateRoomRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> RawResponse[RoomEnvelope]:
        """Create a room, with the HTTP status and headers."""
        return self._requester.call(
            _CREATE_ROOM,
            _create_room._get_kwargs,
            {
                "body": body,
            },
            RoomEnvelope.from_dict,
            request_options,
        )

    def get_room(
        self,
        room_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[RoomEnvelope]:
        """Get a room, with the HTTP status and headers."""
        return self._requester.call(
            _GET_ROOM,
            _get_room._get_kwargs,
            {
                "room_id": room_id,
            },
            RoomEnvelope.from_dict,
            request_options,
        )

    def delete_room(
        self,
        room_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[RoomEnvelope | None]:
        """Delete a room, with the HTTP status and headers."""
        return self._requester.call(
            _DELETE_ROOM,
            _delete_room._get_kwargs,
            {
                "room_id": room_id,
            },
            parse_or_none(RoomEnvelope.from_dict),
            request_options,
        )

    def list_room_participants(
        self,
        room_id: str,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        prev: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ParticipantList]:
        """List a room's participants, with the HTTP status and headers."""
        return self._requester.call(
            _LIST_ROOM_PARTICIPANTS,
            _list_room_participants._get_kwargs,
            {
                "room_id": room_id,
                "limit": limit,
                "next_": next_,
                "prev": prev,
            },
            ParticipantList.from_dict,
            request_options,
        )

    def update_room_custom_items(
        self,
        room_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomItemsUpdateResult]:
        """Update a room's custom items, with the HTTP status and headers."""
        return self._requester.call(
            _UPDATE_ROOM_CUSTOM_ITEMS,
            _update_room_custom_items._get_kwargs,
            {
                "room_id": room_id,
                "body": body,
            },
            CustomItemsUpdateResult.from_dict,
            request_options,
        )

    def delete_room_custom_items(
        self,
        room_id: str,
        *,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomItemsDeleteResult]:
        """Delete a room's custom items, with the HTTP status and headers."""
        return self._requester.call(
            _DELETE_ROOM_CUSTOM_ITEMS,
            _delete_room_custom_items._get_kwargs,
            {
                "room_id": room_id,
                "body": body,
            },
            CustomItemsDeleteResult.from_dict,
            request_options,
        )


class AsyncRoomsApi:
    """Asynchronous ``rooms`` operations."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self.with_raw_response = AsyncRoomsApiWithRawResponse(requester)
        """The same operations, answering a ``RawResponse`` (status, headers) around the result."""

    async def list_rooms(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        prev: str | Unset = UNSET,
        type_: RoomTypeFilter | str | Unset = UNSET,
        state: RoomState | str | Unset = UNSET,
        room_ids: str | Sequence[str] | Unset = UNSET,
        room_id: str | Unset = UNSET,
        created_at_start_date: int | Unset = UNSET,
        created_at_end_date: int | Unset = UNSET,
        current_participant_range_gte: int | Unset = UNSET,
        current_participant_range_lte: int | Unset = UNSET,
        created_by_user_ids: str | Sequence[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RoomList:
        """List rooms.

        Lists the application's rooms, newest first, filtered. `room_id` and `room_ids` are exclusive:
        Sendbird answers an error when both are given (400 + 400100 here; the code is not documented).
        """
        return (
            await self._requester.call(
                _LIST_ROOMS,
                _list_rooms._get_kwargs,
                {
                    "limit": limit,
                    "next_": next_,
                    "prev": prev,
                    "type_": type_,
                    "state": state,
                    "room_ids": room_ids,
                    "room_id": room_id,
                    "created_at_start_date": created_at_start_date,
                    "created_at_end_date": created_at_end_date,
                    "current_participant_range_gte": current_participant_range_gte,
                    "current_participant_range_lte": current_participant_range_lte,
                    "created_by_user_ids": created_by_user_ids,
                },
                RoomList.from_dict,
                request_options,
            )
        ).parsed

    def iter_rooms(
        self,
        *,
        limit: int | Unset = UNSET,
        type_: RoomTypeFilter | str | Unset = UNSET,
        state: RoomState | str | Unset = UNSET,
        room_ids: str | Sequence[str] | Unset = UNSET,
        room_id: str | Unset = UNSET,
        created_at_start_date: int | Unset = UNSET,
        created_at_end_date: int | Unset = UNSET,
        current_participant_range_gte: int | Unset = UNSET,
        current_participant_range_lte: int | Unset = UNSET,
        created_by_user_ids: str | Sequence[str] | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Room]:
        """Iterates every item of ``list_rooms``, fetching pages lazily (at most ``max_items``)."""
        return aiterate_items(
            self._requester.paginate(
                _LIST_ROOMS,
                _list_rooms._get_kwargs,
                {
                    "limit": limit,
                    "type_": type_,
                    "state": state,
                    "room_ids": room_ids,
                    "room_id": room_id,
                    "created_at_start_date": created_at_start_date,
                    "created_at_end_date": created_at_end_date,
                    "current_participant_range_gte": current_participant_range_gte,
                    "current_participant_range_lte": current_participant_range_lte,
                    "created_by_user_ids": created_by_user_ids,
                },
                RoomList.from_dict,
                request_options,
            ),
            lambda page: page.rooms,
            max_items,
        )

    def iter_rooms_pages(
        self,
        *,
        limit: int | Unset = UNSET,
        type_: RoomTypeFilter | str | Unset = UNSET,
        state: RoomState | str | Unset = UNSET,
        room_ids: str | Sequence[str] | Unset = UNSET,
        room_id: str | Unset = UNSET,
        created_at_start_date: int | Unset = UNSET,
        created_at_end_date: int | Unset = UNSET,
        current_participant_range_gte: int | Unset = UNSET,
        current_participant_range_lte: int | Unset = UNSET,
        created_by_user_ids: str | Sequence[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[RoomList]:
        """Iterates the pages of ``list_rooms``, following ``next`` until the last page."""
        return self._requester.paginate(
            _LIST_ROOMS,
            _list_rooms._get_kwargs,
            {
                "limit": limit,
                "type_": type_,
                "state": state,
                "room_ids": room_ids,
                "room_id": room_id,
                "created_at_start_date": created_at_start_date,
                "created_at_end_date": created_at_end_date,
                "current_participant_range_gte": current_participant_range_gte,
                "current_participant_range_lte": current_participant_range_lte,
                "created_by_user_ids": created_by_user_ids,
            },
            RoomList.from_dict,
            request_options,
        )

    async def create_room(
        self,
        *,
        body: CreateRoomRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> RoomEnvelope:
        """Create a room.

        Creates a group-call room. `created_by` of a room created here is the empty string. Not
        idempotent: clients never retry it after the request was sent (no duplicate rooms).
        """
        return (
            await self._requester.call(
                _CREATE_ROOM,
                _create_room._get_kwargs,
                {
                    "body": body,
                },
                RoomEnvelope.from_dict,
                request_options,
            )
        ).parsed

    async def get_room(
        self,
        room_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RoomEnvelope:
        """Get a room.

        Gets one room, deleted rooms included (with `state: deleted`). An unknown room is 400 + 1400126
        INVALID_ROOM.
        """
        return (
            await self._requester.call(
                _GET_ROOM,
                _get_room._get_kwargs,
                {
                    "room_id": room_id,
                },
                RoomEnvelope.from_dict,
                request_options,
            )
        ).parsed

    async def delete_room(
        self,
        room_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RoomEnvelope | None:
        """Delete a room.

        Deletes a room: its state becomes `deleted` for good and `deleted_by` the empty string; it stays
        readable. Answers the deleted room, or nothing (an empty 200 or a 204: then the client returns
        None). Deleting an unknown or deleted room is 400 + 1400126.
        """
        return (
            await self._requester.call(
                _DELETE_ROOM,
                _delete_room._get_kwargs,
                {
                    "room_id": room_id,
                },
                parse_or_none(RoomEnvelope.from_dict),
                request_options,
            )
        ).parsed

    async def list_room_participants(
        self,
        room_id: str,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        prev: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ParticipantList:
        """List a room's participants.

        Lists everyone who has been in the room, newest first.
        """
        return (
            await self._requester.call(
                _LIST_ROOM_PARTICIPANTS,
                _list_room_participants._get_kwargs,
                {
                    "room_id": room_id,
                    "limit": limit,
                    "next_": next_,
                    "prev": prev,
                },
                ParticipantList.from_dict,
                request_options,
            )
        ).parsed

    def iter_room_participants(
        self,
        room_id: str,
        *,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Participant]:
        """Iterates every item of ``list_room_participants``, fetching pages lazily (at most ``max_items``)."""
        return aiterate_items(
            self._requester.paginate(
                _LIST_ROOM_PARTICIPANTS,
                _list_room_participants._get_kwargs,
                {
                    "room_id": room_id,
                    "limit": limit,
                },
                ParticipantList.from_dict,
                request_options,
            ),
            lambda page: page.participants,
            max_items,
        )

    def iter_room_participants_pages(
        self,
        room_id: str,
        *,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[ParticipantList]:
        """Iterates the pages of ``list_room_participants``, following ``next`` until the last page."""
        return self._requester.paginate(
            _LIST_ROOM_PARTICIPANTS,
            _list_room_participants._get_kwargs,
            {
                "room_id": room_id,
                "limit": limit,
            },
            ParticipantList.from_dict,
            request_options,
        )

    async def update_room_custom_items(
        self,
        room_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult:
        """Update a room's custom items.

        Upserts custom items of a room and answers the whole set after the update. At most 10 items;
        keys 1..128 characters without a comma; values strings up to 128 characters.
        """
        return (
            await self._requester.call(
                _UPDATE_ROOM_CUSTOM_ITEMS,
                _update_room_custom_items._get_kwargs,
                {
                    "room_id": room_id,
                    "body": body,
                },
                CustomItemsUpdateResult.from_dict,
                request_options,
            )
        ).parsed

    async def delete_room_custom_items(
        self,
        room_id: str,
        *,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsDeleteResult:
        """Delete a room's custom items.

        Deletes the given keys of a room's custom items; with no body, or an empty `keys`, deletes them
        all.
        """
        return (
            await self._requester.call(
                _DELETE_ROOM_CUSTOM_ITEMS,
                _delete_room_custom_items._get_kwargs,
                {
                    "room_id": room_id,
                    "body": body,
                },
                CustomItemsDeleteResult.from_dict,
                request_options,
            )
        ).parsed


class AsyncRoomsApiWithRawResponse:
    """Asynchronous ``rooms`` operations answering ``RawResponse``."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list_rooms(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        prev: str | Unset = UNSET,
        type_: RoomTypeFilter | str | Unset = UNSET,
        state: RoomState | str | Unset = UNSET,
        room_ids: str | Sequence[str] | Unset = UNSET,
        room_id: str | Unset = UNSET,
        created_at_start_date: int | Unset = UNSET,
        created_at_end_date: int | Unset = UNSET,
        current_participant_range_gte: int | Unset = UNSET,
        current_participant_range_lte: int | Unset = UNSET,
        created_by_user_ids: str | Sequence[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[RoomList]:
        """List rooms, with the HTTP status and headers."""
        return await self._requester.call(
            _LIST_ROOMS,
            _list_rooms._get_kwargs,
            {
                "limit": limit,
                "next_": next_,
                "prev": prev,
                "type_": type_,
                "state": state,
                "room_ids": room_ids,
                "room_id": room_id,
                "created_at_start_date": created_at_start_date,
                "created_at_end_date": created_at_end_date,
                "current_participant_range_gte": current_participant_range_gte,
                "current_participant_range_lte": current_participant_range_lte,
                "created_by_user_ids": created_by_user_ids,
            },
            RoomList.from_dict,
            request_options,
        )

    async def create_room(
        self,
        *,
        body: CreateRoomRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> RawResponse[RoomEnvelope]:
        """Create a room, with the HTTP status and headers."""
        return await self._requester.call(
            _CREATE_ROOM,
            _create_room._get_kwargs,
            {
                "body": body,
            },
            RoomEnvelope.from_dict,
            request_options,
        )

    async def get_room(
        self,
        room_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[RoomEnvelope]:
        """Get a room, with the HTTP status and headers."""
        return await self._requester.call(
            _GET_ROOM,
            _get_room._get_kwargs,
            {
                "room_id": room_id,
            },
            RoomEnvelope.from_dict,
            request_options,
        )

    async def delete_room(
        self,
        room_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[RoomEnvelope | None]:
        """Delete a room, with the HTTP status and headers."""
        return await self._requester.call(
            _DELETE_ROOM,
            _delete_room._get_kwargs,
            {
                "room_id": room_id,
            },
            parse_or_none(RoomEnvelope.from_dict),
            request_options,
        )

    async def list_room_participants(
        self,
        room_id: str,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        prev: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ParticipantList]:
        """List a room's participants, with the HTTP status and headers."""
        return await self._requester.call(
            _LIST_ROOM_PARTICIPANTS,
            _list_room_participants._get_kwargs,
            {
                "room_id": room_id,
                "limit": limit,
                "next_": next_,
                "prev": prev,
            },
            ParticipantList.from_dict,
            request_options,
        )

    async def update_room_custom_items(
        self,
        room_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomItemsUpdateResult]:
        """Update a room's custom items, with the HTTP status and headers."""
        return await self._requester.call(
            _UPDATE_ROOM_CUSTOM_ITEMS,
            _update_room_custom_items._get_kwargs,
            {
                "room_id": room_id,
                "body": body,
            },
            CustomItemsUpdateResult.from_dict,
            request_options,
        )

    async def delete_room_custom_items(
        self,
        room_id: str,
        *,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomItemsDeleteResult]:
        """Delete a room's custom items, with the HTTP status and headers."""
        return await self._requester.call(
            _DELETE_ROOM_CUSTOM_ITEMS,
            _delete_room_custom_items._get_kwargs,
            {
                "room_id": room_id,
                "body": body,
            },
            CustomItemsDeleteResult.from_dict,
            request_options,
        )
