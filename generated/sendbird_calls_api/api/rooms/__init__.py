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
    checks={
        "limit": ("integer", 1, 100),
        "next_": ("string", 1, None),
        "prev": ("string", 1, None),
        "room_id": ("string", 1, None),
        "created_at_start_date": ("integer", 0, None),
        "created_at_end_date": ("integer", 0, None),
        "current_participant_range_gte": ("integer", 0, None),
        "current_participant_range_lte": ("integer", 0, None),
    },
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
    checks={},
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
    checks={},
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
    checks={},
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
    checks={
        "limit": ("integer", 1, 100),
        "next_": ("string", 1, None),
        "prev": ("string", 1, None),
    },
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
    checks={},
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
    checks={},
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

        Lists the application's rooms, newest first, filtered. `room_id` and `room_ids` are
        exclusive: Sendbird answers an error when both are given (400 + 400100 here; the code is not
        documented).

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            prev: The `prev` token of a page, to page backwards (never empty, like `next`).
            type_: Only rooms of this type; `all` (the default) for every type. Allowed values:
                "all", "small_room_for_video", "large_room_for_audio_only".
            state: Only rooms in this state. Allowed values: "open", "deleted".
            room_ids: Comma-separated list of up to 10 room IDs, each URL-encoded; only these rooms.
                Exclusive with `room_id`. Pass a list of strings or one comma-separated string.
            room_id: One room ID; only this room. Exclusive with `room_ids`.
            created_at_start_date: Only rooms created at or after this time (inclusive), in Unix
                milliseconds. Minimum: 0.
            created_at_end_date: Only rooms created before this time (exclusive), in Unix
                milliseconds. Minimum: 0.
            current_participant_range_gte: Only rooms with at least this many current participants.
                Minimum: 0.
            current_participant_range_lte: Only rooms with at most this many current participants.
                Minimum: 0.
            created_by_user_ids: Comma-separated list of user IDs, each URL-encoded; only rooms they
                created. Pass a list of strings or one comma-separated string.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RoomList: One page of rooms.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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
        """Iterates every item of `list_rooms`, fetching pages lazily (at most `max_items`).

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            type_: Only rooms of this type; `all` (the default) for every type. Allowed values:
                "all", "small_room_for_video", "large_room_for_audio_only".
            state: Only rooms in this state. Allowed values: "open", "deleted".
            room_ids: Comma-separated list of up to 10 room IDs, each URL-encoded; only these rooms.
                Exclusive with `room_id`. Pass a list of strings or one comma-separated string.
            room_id: One room ID; only this room. Exclusive with `room_ids`.
            created_at_start_date: Only rooms created at or after this time (inclusive), in Unix
                milliseconds. Minimum: 0.
            created_at_end_date: Only rooms created before this time (exclusive), in Unix
                milliseconds. Minimum: 0.
            current_participant_range_gte: Only rooms with at least this many current participants.
                Minimum: 0.
            current_participant_range_lte: Only rooms with at most this many current participants.
                Minimum: 0.
            created_by_user_ids: Comma-separated list of user IDs, each URL-encoded; only rooms they
                created. Pass a list of strings or one comma-separated string.
            max_items: Stop after this many items; `None` (the default) for every item.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            Iterator[Room]: The items of every page, following `next` until the last page.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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
            self._requester.check_max_items(max_items),
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
        """Iterates the pages of `list_rooms`, following `next` until the last page.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            type_: Only rooms of this type; `all` (the default) for every type. Allowed values:
                "all", "small_room_for_video", "large_room_for_audio_only".
            state: Only rooms in this state. Allowed values: "open", "deleted".
            room_ids: Comma-separated list of up to 10 room IDs, each URL-encoded; only these rooms.
                Exclusive with `room_id`. Pass a list of strings or one comma-separated string.
            room_id: One room ID; only this room. Exclusive with `room_ids`.
            created_at_start_date: Only rooms created at or after this time (inclusive), in Unix
                milliseconds. Minimum: 0.
            created_at_end_date: Only rooms created before this time (exclusive), in Unix
                milliseconds. Minimum: 0.
            current_participant_range_gte: Only rooms with at least this many current participants.
                Minimum: 0.
            current_participant_range_lte: Only rooms with at most this many current participants.
                Minimum: 0.
            created_by_user_ids: Comma-separated list of user IDs, each URL-encoded; only rooms they
                created. Pass a list of strings or one comma-separated string.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            Iterator[RoomList]: One `RoomList` per page.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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

        Args:
            body: A room to create. A `CreateRoomRequest` or a mapping with its fields, checked
                before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RoomEnvelope: The new room.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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

        Gets one room, deleted rooms included (with `state: deleted`). An unknown room is 400 +
        1400126 INVALID_ROOM.

        Args:
            room_id: The room's ID.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RoomEnvelope: The room.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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

        Deletes a room: its state becomes `deleted` for good and `deleted_by` the empty string; it
        stays readable. Answers the deleted room, or nothing (an empty 200 or a 204: then the client
        returns None). Deleting an unknown or deleted room is 400 + 1400126.

        Args:
            room_id: The room's ID.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RoomEnvelope | None: Deleted; no body (also accepted as an empty 200).

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomEnvelope | None`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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

        Args:
            room_id: The room's ID.
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            prev: The `prev` token of a page, to page backwards (never empty, like `next`).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            ParticipantList: One page of participants.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `ParticipantList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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
        """Iterates every item of `list_room_participants`, fetching pages lazily (at most `max_items`).

        Args:
            room_id: The room's ID.
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            max_items: Stop after this many items; `None` (the default) for every item.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            Iterator[Participant]: The items of every page, following `next` until the last page.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `ParticipantList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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
            self._requester.check_max_items(max_items),
        )

    def iter_room_participants_pages(
        self,
        room_id: str,
        *,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Iterator[ParticipantList]:
        """Iterates the pages of `list_room_participants`, following `next` until the last page.

        Args:
            room_id: The room's ID.
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            Iterator[ParticipantList]: One `ParticipantList` per page.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `ParticipantList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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

        Args:
            room_id: The room's ID.
            body: Custom items to upsert. A `UpdateCustomItemsRequest` or a mapping with its fields,
                checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            CustomItemsUpdateResult: The custom items after the update and the keys that changed.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `CustomItemsUpdateResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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

        Deletes the given keys of a room's custom items; with no body, or an empty `keys`, deletes
        them all.

        Args:
            room_id: The room's ID.
            body: Keys of custom items to delete; empty or absent deletes them all. A
                `DeleteCustomItemsRequest` or a mapping with its fields, checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            CustomItemsDeleteResult: The custom items left and the keys that were deleted.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `CustomItemsDeleteResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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
        """List rooms, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            prev: The `prev` token of a page, to page backwards (never empty, like `next`).
            type_: Only rooms of this type; `all` (the default) for every type. Allowed values:
                "all", "small_room_for_video", "large_room_for_audio_only".
            state: Only rooms in this state. Allowed values: "open", "deleted".
            room_ids: Comma-separated list of up to 10 room IDs, each URL-encoded; only these rooms.
                Exclusive with `room_id`. Pass a list of strings or one comma-separated string.
            room_id: One room ID; only this room. Exclusive with `room_ids`.
            created_at_start_date: Only rooms created at or after this time (inclusive), in Unix
                milliseconds. Minimum: 0.
            created_at_end_date: Only rooms created before this time (exclusive), in Unix
                milliseconds. Minimum: 0.
            current_participant_range_gte: Only rooms with at least this many current participants.
                Minimum: 0.
            current_participant_range_lte: Only rooms with at most this many current participants.
                Minimum: 0.
            created_by_user_ids: Comma-separated list of user IDs, each URL-encoded; only rooms they
                created. Pass a list of strings or one comma-separated string.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[RoomList]: `.parsed` (One page of rooms.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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
        )

    def create_room(
        self,
        *,
        body: CreateRoomRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> RawResponse[RoomEnvelope]:
        """Create a room, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            body: A room to create. A `CreateRoomRequest` or a mapping with its fields, checked
                before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[RoomEnvelope]: `.parsed` (The new room.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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
        """Get a room, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            room_id: The room's ID.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[RoomEnvelope]: `.parsed` (The room.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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
        """Delete a room, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            room_id: The room's ID.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[RoomEnvelope | None]: `.parsed` (Deleted; no body (also accepted as an empty
                200).), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomEnvelope | None`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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
        """List a room's participants, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            room_id: The room's ID.
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            prev: The `prev` token of a page, to page backwards (never empty, like `next`).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[ParticipantList]: `.parsed` (One page of participants.), `.status_code`,
                `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `ParticipantList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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
        )

    def update_room_custom_items(
        self,
        room_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomItemsUpdateResult]:
        """Update a room's custom items, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            room_id: The room's ID.
            body: Custom items to upsert. A `UpdateCustomItemsRequest` or a mapping with its fields,
                checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[CustomItemsUpdateResult]: `.parsed` (The custom items after the update and
                the keys that changed.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `CustomItemsUpdateResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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
        )

    def delete_room_custom_items(
        self,
        room_id: str,
        *,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomItemsDeleteResult]:
        """Delete a room's custom items, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            room_id: The room's ID.
            body: Keys of custom items to delete; empty or absent deletes them all. A
                `DeleteCustomItemsRequest` or a mapping with its fields, checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[CustomItemsDeleteResult]: `.parsed` (The custom items left and the keys that
                were deleted.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `CustomItemsDeleteResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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

        Lists the application's rooms, newest first, filtered. `room_id` and `room_ids` are
        exclusive: Sendbird answers an error when both are given (400 + 400100 here; the code is not
        documented).

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            prev: The `prev` token of a page, to page backwards (never empty, like `next`).
            type_: Only rooms of this type; `all` (the default) for every type. Allowed values:
                "all", "small_room_for_video", "large_room_for_audio_only".
            state: Only rooms in this state. Allowed values: "open", "deleted".
            room_ids: Comma-separated list of up to 10 room IDs, each URL-encoded; only these rooms.
                Exclusive with `room_id`. Pass a list of strings or one comma-separated string.
            room_id: One room ID; only this room. Exclusive with `room_ids`.
            created_at_start_date: Only rooms created at or after this time (inclusive), in Unix
                milliseconds. Minimum: 0.
            created_at_end_date: Only rooms created before this time (exclusive), in Unix
                milliseconds. Minimum: 0.
            current_participant_range_gte: Only rooms with at least this many current participants.
                Minimum: 0.
            current_participant_range_lte: Only rooms with at most this many current participants.
                Minimum: 0.
            created_by_user_ids: Comma-separated list of user IDs, each URL-encoded; only rooms they
                created. Pass a list of strings or one comma-separated string.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RoomList: One page of rooms.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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
        """Iterates every item of `list_rooms`, fetching pages lazily (at most `max_items`).

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            type_: Only rooms of this type; `all` (the default) for every type. Allowed values:
                "all", "small_room_for_video", "large_room_for_audio_only".
            state: Only rooms in this state. Allowed values: "open", "deleted".
            room_ids: Comma-separated list of up to 10 room IDs, each URL-encoded; only these rooms.
                Exclusive with `room_id`. Pass a list of strings or one comma-separated string.
            room_id: One room ID; only this room. Exclusive with `room_ids`.
            created_at_start_date: Only rooms created at or after this time (inclusive), in Unix
                milliseconds. Minimum: 0.
            created_at_end_date: Only rooms created before this time (exclusive), in Unix
                milliseconds. Minimum: 0.
            current_participant_range_gte: Only rooms with at least this many current participants.
                Minimum: 0.
            current_participant_range_lte: Only rooms with at most this many current participants.
                Minimum: 0.
            created_by_user_ids: Comma-separated list of user IDs, each URL-encoded; only rooms they
                created. Pass a list of strings or one comma-separated string.
            max_items: Stop after this many items; `None` (the default) for every item.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            AsyncIterator[Room]: The items of every page, following `next` until the last page.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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
            self._requester.check_max_items(max_items),
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
        """Iterates the pages of `list_rooms`, following `next` until the last page.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            type_: Only rooms of this type; `all` (the default) for every type. Allowed values:
                "all", "small_room_for_video", "large_room_for_audio_only".
            state: Only rooms in this state. Allowed values: "open", "deleted".
            room_ids: Comma-separated list of up to 10 room IDs, each URL-encoded; only these rooms.
                Exclusive with `room_id`. Pass a list of strings or one comma-separated string.
            room_id: One room ID; only this room. Exclusive with `room_ids`.
            created_at_start_date: Only rooms created at or after this time (inclusive), in Unix
                milliseconds. Minimum: 0.
            created_at_end_date: Only rooms created before this time (exclusive), in Unix
                milliseconds. Minimum: 0.
            current_participant_range_gte: Only rooms with at least this many current participants.
                Minimum: 0.
            current_participant_range_lte: Only rooms with at most this many current participants.
                Minimum: 0.
            created_by_user_ids: Comma-separated list of user IDs, each URL-encoded; only rooms they
                created. Pass a list of strings or one comma-separated string.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            AsyncIterator[RoomList]: One `RoomList` per page.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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

        Args:
            body: A room to create. A `CreateRoomRequest` or a mapping with its fields, checked
                before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RoomEnvelope: The new room.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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

        Gets one room, deleted rooms included (with `state: deleted`). An unknown room is 400 +
        1400126 INVALID_ROOM.

        Args:
            room_id: The room's ID.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RoomEnvelope: The room.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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

        Deletes a room: its state becomes `deleted` for good and `deleted_by` the empty string; it
        stays readable. Answers the deleted room, or nothing (an empty 200 or a 204: then the client
        returns None). Deleting an unknown or deleted room is 400 + 1400126.

        Args:
            room_id: The room's ID.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RoomEnvelope | None: Deleted; no body (also accepted as an empty 200).

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomEnvelope | None`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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

        Args:
            room_id: The room's ID.
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            prev: The `prev` token of a page, to page backwards (never empty, like `next`).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            ParticipantList: One page of participants.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `ParticipantList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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
        """Iterates every item of `list_room_participants`, fetching pages lazily (at most `max_items`).

        Args:
            room_id: The room's ID.
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            max_items: Stop after this many items; `None` (the default) for every item.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            AsyncIterator[Participant]: The items of every page, following `next` until the last
                page.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `ParticipantList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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
            self._requester.check_max_items(max_items),
        )

    def iter_room_participants_pages(
        self,
        room_id: str,
        *,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[ParticipantList]:
        """Iterates the pages of `list_room_participants`, following `next` until the last page.

        Args:
            room_id: The room's ID.
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            AsyncIterator[ParticipantList]: One `ParticipantList` per page.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `ParticipantList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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

        Args:
            room_id: The room's ID.
            body: Custom items to upsert. A `UpdateCustomItemsRequest` or a mapping with its fields,
                checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            CustomItemsUpdateResult: The custom items after the update and the keys that changed.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `CustomItemsUpdateResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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

        Deletes the given keys of a room's custom items; with no body, or an empty `keys`, deletes
        them all.

        Args:
            room_id: The room's ID.
            body: Keys of custom items to delete; empty or absent deletes them all. A
                `DeleteCustomItemsRequest` or a mapping with its fields, checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            CustomItemsDeleteResult: The custom items left and the keys that were deleted.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `CustomItemsDeleteResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
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
        """List rooms, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            prev: The `prev` token of a page, to page backwards (never empty, like `next`).
            type_: Only rooms of this type; `all` (the default) for every type. Allowed values:
                "all", "small_room_for_video", "large_room_for_audio_only".
            state: Only rooms in this state. Allowed values: "open", "deleted".
            room_ids: Comma-separated list of up to 10 room IDs, each URL-encoded; only these rooms.
                Exclusive with `room_id`. Pass a list of strings or one comma-separated string.
            room_id: One room ID; only this room. Exclusive with `room_ids`.
            created_at_start_date: Only rooms created at or after this time (inclusive), in Unix
                milliseconds. Minimum: 0.
            created_at_end_date: Only rooms created before this time (exclusive), in Unix
                milliseconds. Minimum: 0.
            current_participant_range_gte: Only rooms with at least this many current participants.
                Minimum: 0.
            current_participant_range_lte: Only rooms with at most this many current participants.
                Minimum: 0.
            created_by_user_ids: Comma-separated list of user IDs, each URL-encoded; only rooms they
                created. Pass a list of strings or one comma-separated string.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[RoomList]: `.parsed` (One page of rooms.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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
        """Create a room, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            body: A room to create. A `CreateRoomRequest` or a mapping with its fields, checked
                before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[RoomEnvelope]: `.parsed` (The new room.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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
        """Get a room, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            room_id: The room's ID.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[RoomEnvelope]: `.parsed` (The room.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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
        """Delete a room, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            room_id: The room's ID.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[RoomEnvelope | None]: `.parsed` (Deleted; no body (also accepted as an empty
                200).), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `RoomEnvelope | None`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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
        """List a room's participants, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            room_id: The room's ID.
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            prev: The `prev` token of a page, to page backwards (never empty, like `next`).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[ParticipantList]: `.parsed` (One page of participants.), `.status_code`,
                `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `ParticipantList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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
        """Update a room's custom items, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            room_id: The room's ID.
            body: Custom items to upsert. A `UpdateCustomItemsRequest` or a mapping with its fields,
                checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[CustomItemsUpdateResult]: `.parsed` (The custom items after the update and
                the keys that changed.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `CustomItemsUpdateResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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
        """Delete a room's custom items, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            room_id: The room's ID.
            body: Keys of custom items to delete; empty or absent deletes them all. A
                `DeleteCustomItemsRequest` or a mapping with its fields, checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[CustomItemsDeleteResult]: `.parsed` (The custom items left and the keys that
                were deleted.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            AuthenticationError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `CustomItemsDeleteResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
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
