"""Operations tagged ``rooms``: their rows of the operations table, and thin typed methods, sync and async."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, overload

from sendbird_calls.core.operation import Body, BodyField, Operation, Paging, Param
from sendbird_calls.core.options import RequestOptions
from sendbird_calls.core.pages import AsyncPaginator, SyncPage
from sendbird_calls.core.resource import (
    AsyncResource,
    SyncResource,
    async_page_raw_response,
    async_raw_response,
    raw_response,
)
from sendbird_calls.core.unset import UNSET, Unset

from ...models.create_room_request import CreateRoomRequest
from ...models.custom_items import CustomItems
from ...models.custom_items_delete_result import CustomItemsDeleteResult
from ...models.custom_items_update_result import CustomItemsUpdateResult
from ...models.delete_custom_items_request import DeleteCustomItemsRequest
from ...models.participant import Participant
from ...models.participant_list import ParticipantList
from ...models.room import Room
from ...models.room_envelope import RoomEnvelope
from ...models.room_list import RoomList
from ...models.room_state import RoomState
from ...models.room_type import RoomType
from ...models.room_type_filter import RoomTypeFilter
from ...models.update_custom_items_request import UpdateCustomItemsRequest
from ...models.update_custom_items_request_mode import UpdateCustomItemsRequestMode

LIST_ROOMS: Operation[RoomList] = Operation(
    id="list_rooms",
    tag="rooms",
    name="list",
    method="GET",
    path="/rooms",
    host="calls",
    summary="List rooms",
    params=(
        Param(
            "limit",
            "limit",
            "query",
            "integer",
            required=False,
            minimum=1,
            maximum=100,
            description="How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side, when omitted): 10.",
        ),
        Param(
            "next",
            "next",
            "query",
            "string",
            required=False,
            min_length=1,
            description="The `next` token of the previous page; absent for the first page. Never empty: an empty `next` in an answer means the end of the list, and is not sent back.",
        ),
        Param(
            "prev",
            "prev",
            "query",
            "string",
            required=False,
            min_length=1,
            description="The `prev` token of a page, to page backwards (never empty, like `next`).",
        ),
        Param(
            "type",
            "type",
            "query",
            "enum",
            required=False,
            enum=RoomTypeFilter,
            description='Only rooms of this type; `all` (the default) for every type. Allowed values: "all", "small_room_for_video", "large_room_for_audio_only".',
        ),
        Param(
            "state",
            "state",
            "query",
            "enum",
            required=False,
            enum=RoomState,
            description='Only rooms in this state. Allowed values: "open", "deleted".',
        ),
        Param(
            "room_ids",
            "room_ids",
            "query",
            "csv",
            required=False,
            max_items=10,
            description="Up to 10 room IDs, sent as one comma-separated value; only these rooms. Exclusive with `room_id`. At most 10 values. Pass a list of strings or one comma-separated string.",
        ),
        Param(
            "room_id",
            "room_id",
            "query",
            "string",
            required=False,
            min_length=1,
            description="One room ID; only this room. Exclusive with `room_ids`.",
        ),
        Param(
            "created_at_start_date",
            "created_at_start_date",
            "query",
            "integer",
            required=False,
            minimum=0,
            unit="ms",
            description="Only rooms created at or after this time (inclusive), in Unix milliseconds. Minimum: 0.",
        ),
        Param(
            "created_at_end_date",
            "created_at_end_date",
            "query",
            "integer",
            required=False,
            minimum=0,
            unit="ms",
            description="Only rooms created before this time (exclusive), in Unix milliseconds. Minimum: 0.",
        ),
        Param(
            "current_participant_range_gte",
            "current_participant_range_gte",
            "query",
            "integer",
            required=False,
            minimum=0,
            description="Only rooms with at least this many current participants. Minimum: 0.",
        ),
        Param(
            "current_participant_range_lte",
            "current_participant_range_lte",
            "query",
            "integer",
            required=False,
            minimum=0,
            description="Only rooms with at most this many current participants. Minimum: 0.",
        ),
        Param(
            "created_by_user_ids",
            "created_by_user_ids",
            "query",
            "csv",
            required=False,
            description="User IDs, sent as one comma-separated value; only rooms they created. Pass a list of strings or one comma-separated string.",
        ),
    ),
    response=RoomList,
    paging=Paging(
        items="rooms",
        next="next_",
        token_param="next",
    ),
)
CREATE_ROOM: Operation[Room] = Operation(
    id="create_room",
    tag="rooms",
    name="create",
    method="POST",
    path="/rooms",
    host="calls",
    summary="Create a room",
    params=(),
    body=Body(
        CreateRoomRequest,
        required=True,
        fields=(
            BodyField(
                "type",
                "type",
                required=True,
                description="`small_room_for_video` holds up to 6 participants, `large_room_for_audio_only` up to 100.",
            ),
            BodyField(
                "custom_items",
                "custom_items",
                required=False,
                description="Key-value custom items: at most 10; keys 1..128 characters without a comma; values strings up to 128 characters.",
            ),
        ),
        description="A room to create.",
    ),
    response=RoomEnvelope,
    unwrap="room",
)
GET_ROOM: Operation[Room] = Operation(
    id="get_room",
    tag="rooms",
    name="retrieve",
    method="GET",
    path="/rooms/{room_id}",
    host="calls",
    summary="Get a room",
    params=(
        Param(
            "room_id",
            "room_id",
            "path",
            "string",
            required=True,
            min_length=1,
            description="The room's ID.",
        ),
    ),
    response=RoomEnvelope,
    unwrap="room",
)
DELETE_ROOM: Operation[Room | None] = Operation(
    id="delete_room",
    tag="rooms",
    name="delete",
    method="DELETE",
    path="/rooms/{room_id}",
    host="calls",
    summary="Delete a room",
    params=(
        Param(
            "room_id",
            "room_id",
            "path",
            "string",
            required=True,
            min_length=1,
            description="The room's ID.",
        ),
    ),
    response=RoomEnvelope,
    unwrap="room",
    empty_success=True,
)
LIST_ROOM_PARTICIPANTS: Operation[ParticipantList] = Operation(
    id="list_room_participants",
    tag="rooms",
    name="list_participants",
    method="GET",
    path="/rooms/{room_id}/participants",
    host="calls",
    summary="List a room's participants",
    params=(
        Param(
            "room_id",
            "room_id",
            "path",
            "string",
            required=True,
            min_length=1,
            description="The room's ID.",
        ),
        Param(
            "limit",
            "limit",
            "query",
            "integer",
            required=False,
            minimum=1,
            maximum=100,
            description="How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side, when omitted): 10.",
        ),
        Param(
            "next",
            "next",
            "query",
            "string",
            required=False,
            min_length=1,
            description="The `next` token of the previous page; absent for the first page. Never empty: an empty `next` in an answer means the end of the list, and is not sent back.",
        ),
        Param(
            "prev",
            "prev",
            "query",
            "string",
            required=False,
            min_length=1,
            description="The `prev` token of a page, to page backwards (never empty, like `next`).",
        ),
    ),
    response=ParticipantList,
    paging=Paging(
        items="participants",
        next="next_",
        token_param="next",
    ),
)
UPDATE_ROOM_CUSTOM_ITEMS: Operation[CustomItemsUpdateResult] = Operation(
    id="update_room_custom_items",
    tag="rooms",
    name="update_custom_items",
    method="PUT",
    path="/rooms/{room_id}/custom_items",
    host="calls",
    summary="Update a room's custom items",
    params=(
        Param(
            "room_id",
            "room_id",
            "path",
            "string",
            required=True,
            min_length=1,
            description="The room's ID.",
        ),
    ),
    body=Body(
        UpdateCustomItemsRequest,
        required=True,
        fields=(
            BodyField(
                "custom_items",
                "custom_items",
                required=True,
                description="Key-value custom items: at most 10; keys 1..128 characters without a comma; values strings up to 128 characters.",
            ),
            BodyField(
                "mode",
                "mode",
                required=False,
                description="How to apply the items; only `upsert` is known.",
            ),
        ),
        description="Custom items to upsert.",
    ),
    response=CustomItemsUpdateResult,
)
DELETE_ROOM_CUSTOM_ITEMS: Operation[CustomItemsDeleteResult | None] = Operation(
    id="delete_room_custom_items",
    tag="rooms",
    name="delete_custom_items",
    method="DELETE",
    path="/rooms/{room_id}/custom_items",
    host="calls",
    summary="Delete a room's custom items",
    params=(
        Param(
            "room_id",
            "room_id",
            "path",
            "string",
            required=True,
            min_length=1,
            description="The room's ID.",
        ),
    ),
    body=Body(
        DeleteCustomItemsRequest,
        required=False,
        fields=(
            BodyField(
                "keys",
                "keys",
                required=False,
                description="",
            ),
        ),
        description="Keys of custom items to delete; empty or absent deletes them all.",
    ),
    response=CustomItemsDeleteResult,
    empty_success=True,
)

OPERATIONS: tuple[Operation[Any], ...] = (
    LIST_ROOMS,
    CREATE_ROOM,
    GET_ROOM,
    DELETE_ROOM,
    LIST_ROOM_PARTICIPANTS,
    UPDATE_ROOM_CUSTOM_ITEMS,
    DELETE_ROOM_CUSTOM_ITEMS,
)
"""The operations of this tag, in the spec's order."""


class Rooms(SyncResource):
    """``rooms`` operations: ``list``, ``create``, ``retrieve``, ``delete``, ``list_participants``, ``update_custom_items``, ``delete_custom_items``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> RoomsWithRawResponse:
        """The same operations, answering a ``RawResponse`` (status, headers, body) around the result."""
        return RoomsWithRawResponse(Rooms(self._requester, raw=True))

    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        prev: str | None = None,
        type: RoomTypeFilter | str | None = None,
        state: RoomState | str | None = None,
        room_ids: Sequence[str] | str | None = None,
        room_id: str | None = None,
        created_at_start_date: int | None = None,
        created_at_end_date: int | None = None,
        current_participant_range_gte: int | None = None,
        current_participant_range_lte: int | None = None,
        created_by_user_ids: Sequence[str] | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[Room]:
        """List rooms.

        Lists the application's rooms, newest first, filtered. `room_id` and `room_ids` are
        exclusive: Sendbird answers an error when both are given (400 + 400100 here; the code is not
        documented).

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10. `None` (the default) leaves it out.
            next: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back. `None` (the
                default) leaves it out.
            prev: The `prev` token of a page, to page backwards (never empty, like `next`). `None`
                (the default) leaves it out.
            type: Only rooms of this type; `all` (the default) for every type. Allowed values:
                "all", "small_room_for_video", "large_room_for_audio_only". `None` (the default) leaves
                it out.
            state: Only rooms in this state. Allowed values: "open", "deleted". `None` (the default)
                leaves it out.
            room_ids: Up to 10 room IDs, sent as one comma-separated value; only these rooms.
                Exclusive with `room_id`. At most 10 values. Pass a list of strings or one comma-
                separated string. `None` (the default) leaves it out.
            room_id: One room ID; only this room. Exclusive with `room_ids`. `None` (the default)
                leaves it out.
            created_at_start_date: Only rooms created at or after this time (inclusive), in Unix
                milliseconds. Minimum: 0. `None` (the default) leaves it out.
            created_at_end_date: Only rooms created before this time (exclusive), in Unix
                milliseconds. Minimum: 0. `None` (the default) leaves it out.
            current_participant_range_gte: Only rooms with at least this many current participants.
                Minimum: 0. `None` (the default) leaves it out.
            current_participant_range_lte: Only rooms with at most this many current participants.
                Minimum: 0. `None` (the default) leaves it out.
            created_by_user_ids: User IDs, sent as one comma-separated value; only rooms they
                created. Pass a list of strings or one comma-separated string. `None` (the default)
                leaves it out.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            SyncPage[Room]: The first page: `.items` are its items, `.next_token` the cursor of the
                next page (pass it back as `next=` to resume), `.next_page()` fetches it; iterating the
                page yields every item of every page, fetching each when needed.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return self._page(
            LIST_ROOMS,
            {
                "limit": limit,
                "next": next,
                "prev": prev,
                "type": type,
                "state": state,
                "room_ids": room_ids,
                "room_id": room_id,
                "created_at_start_date": created_at_start_date,
                "created_at_end_date": created_at_end_date,
                "current_participant_range_gte": current_participant_range_gte,
                "current_participant_range_lte": current_participant_range_lte,
                "created_by_user_ids": created_by_user_ids,
            },
            request_options,
        )

    @overload
    def create(
        self,
        *,
        type: RoomType | str,
        custom_items: CustomItems | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Room: ...

    @overload
    def create(
        self,
        *,
        body: CreateRoomRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> Room: ...

    def create(
        self,
        *,
        type: RoomType | str | Unset = UNSET,
        custom_items: CustomItems | Mapping[str, Any] | Unset = UNSET,
        body: CreateRoomRequest | Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Room:
        """Create a room.

        Creates a group-call room. `created_by` of a room created here is the empty string. Not
        idempotent: clients never retry it after the request was sent (no duplicate rooms).

        Args:
            type: Required. `small_room_for_video` holds up to 6 participants,
                `large_room_for_audio_only` up to 100.
            custom_items: Key-value custom items: at most 10; keys 1..128 characters without a
                comma; values strings up to 128 characters.
            body: A room to create. The whole body instead of its fields: a `CreateRoomRequest` or a
                dict, checked before sending.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            Room: The new room.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return self._call(
            CREATE_ROOM,
            {
                "type": type,
                "custom_items": custom_items,
                "body": body,
            },
            request_options,
        )

    def retrieve(
        self,
        room_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Room:
        """Get a room.

        Gets one room, deleted rooms included (with `state: deleted`). An unknown room is 400 +
        1400126 INVALID_ROOM.

        Args:
            room_id: The room's ID.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            Room: The room.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return self._call(
            GET_ROOM,
            {
                "room_id": room_id,
            },
            request_options,
        )

    def delete(
        self,
        room_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Room | None:
        """Delete a room.

        Deletes a room: its state becomes `deleted` for good and `deleted_by` the empty string; it
        stays readable. Answers the deleted room, or nothing (an empty 200 or a 204: then the client
        returns None). Deleting an unknown or deleted room is 400 + 1400126.

        Args:
            room_id: The room's ID.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            Room | None: The deleted room.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return self._call(
            DELETE_ROOM,
            {
                "room_id": room_id,
            },
            request_options,
        )

    def list_participants(
        self,
        room_id: str,
        *,
        limit: int | None = None,
        next: str | None = None,
        prev: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[Participant]:
        """List a room's participants.

        Lists everyone who has been in the room, newest first.

        Args:
            room_id: The room's ID.
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10. `None` (the default) leaves it out.
            next: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back. `None` (the
                default) leaves it out.
            prev: The `prev` token of a page, to page backwards (never empty, like `next`). `None`
                (the default) leaves it out.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            SyncPage[Participant]: The first page: `.items` are its items, `.next_token` the cursor
                of the next page (pass it back as `next=` to resume), `.next_page()` fetches it;
                iterating the page yields every item of every page, fetching each when needed.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return self._page(
            LIST_ROOM_PARTICIPANTS,
            {
                "room_id": room_id,
                "limit": limit,
                "next": next,
                "prev": prev,
            },
            request_options,
        )

    @overload
    def update_custom_items(
        self,
        room_id: str,
        *,
        custom_items: CustomItems | Mapping[str, Any],
        mode: UpdateCustomItemsRequestMode | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult: ...

    @overload
    def update_custom_items(
        self,
        room_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult: ...

    def update_custom_items(
        self,
        room_id: str,
        *,
        custom_items: CustomItems | Mapping[str, Any] | Unset = UNSET,
        mode: UpdateCustomItemsRequestMode | str | Unset = UNSET,
        body: UpdateCustomItemsRequest | Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult:
        """Update a room's custom items.

        Upserts custom items of a room and answers the whole set after the update. At most 10 items;
        keys 1..128 characters without a comma; values strings up to 128 characters.

        Args:
            room_id: The room's ID.
            custom_items: Required. Key-value custom items: at most 10; keys 1..128 characters
                without a comma; values strings up to 128 characters.
            mode: How to apply the items; only `upsert` is known.
            body: Custom items to upsert. The whole body instead of its fields: a
                `UpdateCustomItemsRequest` or a dict, checked before sending.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            CustomItemsUpdateResult: The custom items after the update and the keys that changed.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return self._call(
            UPDATE_ROOM_CUSTOM_ITEMS,
            {
                "room_id": room_id,
                "custom_items": custom_items,
                "mode": mode,
                "body": body,
            },
            request_options,
        )

    def delete_custom_items(
        self,
        room_id: str,
        *,
        keys: builtins.list[str] | Unset = UNSET,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsDeleteResult | None:
        """Delete a room's custom items.

        Deletes the given keys of a room's custom items; with no body, or an empty `keys`, deletes
        them all. Answers the items left, or nothing (an empty 200 or a 204: the client then returns
        None).

        Args:
            room_id: The room's ID.
            keys: No description in the spec.
            body: Keys of custom items to delete; empty or absent deletes them all. The whole body
                instead of its fields: a `DeleteCustomItemsRequest` or a dict, checked before sending.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            CustomItemsDeleteResult | None: The custom items left and the keys that were deleted.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return self._call(
            DELETE_ROOM_CUSTOM_ITEMS,
            {
                "room_id": room_id,
                "keys": keys,
                "body": body,
            },
            request_options,
        )


class RoomsWithRawResponse:
    """``rooms`` operations answering ``RawResponse``: ``.parsed`` is what the plain method returns."""

    def __init__(self, resource: Rooms) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.retrieve = raw_response(resource.retrieve)
        self.delete = raw_response(resource.delete)
        self.list_participants = raw_response(resource.list_participants)
        self.update_custom_items = raw_response(resource.update_custom_items)
        self.delete_custom_items = raw_response(resource.delete_custom_items)


class AsyncRooms(AsyncResource):
    """``rooms`` operations, awaitable: ``list``, ``create``, ``retrieve``, ``delete``, ``list_participants``, ``update_custom_items``, ``delete_custom_items``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncRoomsWithRawResponse:
        """The same operations, answering a ``RawResponse`` (status, headers, body) around the result."""
        return AsyncRoomsWithRawResponse(AsyncRooms(self._requester, raw=True))

    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        prev: str | None = None,
        type: RoomTypeFilter | str | None = None,
        state: RoomState | str | None = None,
        room_ids: Sequence[str] | str | None = None,
        room_id: str | None = None,
        created_at_start_date: int | None = None,
        created_at_end_date: int | None = None,
        current_participant_range_gte: int | None = None,
        current_participant_range_lte: int | None = None,
        created_by_user_ids: Sequence[str] | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Room]:
        """List rooms.

        Lists the application's rooms, newest first, filtered. `room_id` and `room_ids` are
        exclusive: Sendbird answers an error when both are given (400 + 400100 here; the code is not
        documented).

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10. `None` (the default) leaves it out.
            next: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back. `None` (the
                default) leaves it out.
            prev: The `prev` token of a page, to page backwards (never empty, like `next`). `None`
                (the default) leaves it out.
            type: Only rooms of this type; `all` (the default) for every type. Allowed values:
                "all", "small_room_for_video", "large_room_for_audio_only". `None` (the default) leaves
                it out.
            state: Only rooms in this state. Allowed values: "open", "deleted". `None` (the default)
                leaves it out.
            room_ids: Up to 10 room IDs, sent as one comma-separated value; only these rooms.
                Exclusive with `room_id`. At most 10 values. Pass a list of strings or one comma-
                separated string. `None` (the default) leaves it out.
            room_id: One room ID; only this room. Exclusive with `room_ids`. `None` (the default)
                leaves it out.
            created_at_start_date: Only rooms created at or after this time (inclusive), in Unix
                milliseconds. Minimum: 0. `None` (the default) leaves it out.
            created_at_end_date: Only rooms created before this time (exclusive), in Unix
                milliseconds. Minimum: 0. `None` (the default) leaves it out.
            current_participant_range_gte: Only rooms with at least this many current participants.
                Minimum: 0. `None` (the default) leaves it out.
            current_participant_range_lte: Only rooms with at most this many current participants.
                Minimum: 0. `None` (the default) leaves it out.
            created_by_user_ids: User IDs, sent as one comma-separated value; only rooms they
                created. Pass a list of strings or one comma-separated string. `None` (the default)
                leaves it out.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            AsyncPaginator[Room]: `await` it for the first `AsyncPage`: `.items` are its items,
                `.next_token` the cursor of the next page (pass it back as `next=` to resume), `await
                .next_page()` fetches it; `async for` over the paginator yields every item of every
                page, fetching each when needed.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return self._page(
            LIST_ROOMS,
            {
                "limit": limit,
                "next": next,
                "prev": prev,
                "type": type,
                "state": state,
                "room_ids": room_ids,
                "room_id": room_id,
                "created_at_start_date": created_at_start_date,
                "created_at_end_date": created_at_end_date,
                "current_participant_range_gte": current_participant_range_gte,
                "current_participant_range_lte": current_participant_range_lte,
                "created_by_user_ids": created_by_user_ids,
            },
            request_options,
        )

    @overload
    async def create(
        self,
        *,
        type: RoomType | str,
        custom_items: CustomItems | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Room: ...

    @overload
    async def create(
        self,
        *,
        body: CreateRoomRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> Room: ...

    async def create(
        self,
        *,
        type: RoomType | str | Unset = UNSET,
        custom_items: CustomItems | Mapping[str, Any] | Unset = UNSET,
        body: CreateRoomRequest | Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Room:
        """Create a room.

        Creates a group-call room. `created_by` of a room created here is the empty string. Not
        idempotent: clients never retry it after the request was sent (no duplicate rooms).

        Args:
            type: Required. `small_room_for_video` holds up to 6 participants,
                `large_room_for_audio_only` up to 100.
            custom_items: Key-value custom items: at most 10; keys 1..128 characters without a
                comma; values strings up to 128 characters.
            body: A room to create. The whole body instead of its fields: a `CreateRoomRequest` or a
                dict, checked before sending.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            Room: The new room.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return await self._call(
            CREATE_ROOM,
            {
                "type": type,
                "custom_items": custom_items,
                "body": body,
            },
            request_options,
        )

    async def retrieve(
        self,
        room_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Room:
        """Get a room.

        Gets one room, deleted rooms included (with `state: deleted`). An unknown room is 400 +
        1400126 INVALID_ROOM.

        Args:
            room_id: The room's ID.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            Room: The room.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return await self._call(
            GET_ROOM,
            {
                "room_id": room_id,
            },
            request_options,
        )

    async def delete(
        self,
        room_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Room | None:
        """Delete a room.

        Deletes a room: its state becomes `deleted` for good and `deleted_by` the empty string; it
        stays readable. Answers the deleted room, or nothing (an empty 200 or a 204: then the client
        returns None). Deleting an unknown or deleted room is 400 + 1400126.

        Args:
            room_id: The room's ID.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            Room | None: The deleted room.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return await self._call(
            DELETE_ROOM,
            {
                "room_id": room_id,
            },
            request_options,
        )

    def list_participants(
        self,
        room_id: str,
        *,
        limit: int | None = None,
        next: str | None = None,
        prev: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Participant]:
        """List a room's participants.

        Lists everyone who has been in the room, newest first.

        Args:
            room_id: The room's ID.
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10. `None` (the default) leaves it out.
            next: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back. `None` (the
                default) leaves it out.
            prev: The `prev` token of a page, to page backwards (never empty, like `next`). `None`
                (the default) leaves it out.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            AsyncPaginator[Participant]: `await` it for the first `AsyncPage`: `.items` are its
                items, `.next_token` the cursor of the next page (pass it back as `next=` to resume),
                `await .next_page()` fetches it; `async for` over the paginator yields every item of
                every page, fetching each when needed.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return self._page(
            LIST_ROOM_PARTICIPANTS,
            {
                "room_id": room_id,
                "limit": limit,
                "next": next,
                "prev": prev,
            },
            request_options,
        )

    @overload
    async def update_custom_items(
        self,
        room_id: str,
        *,
        custom_items: CustomItems | Mapping[str, Any],
        mode: UpdateCustomItemsRequestMode | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult: ...

    @overload
    async def update_custom_items(
        self,
        room_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult: ...

    async def update_custom_items(
        self,
        room_id: str,
        *,
        custom_items: CustomItems | Mapping[str, Any] | Unset = UNSET,
        mode: UpdateCustomItemsRequestMode | str | Unset = UNSET,
        body: UpdateCustomItemsRequest | Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult:
        """Update a room's custom items.

        Upserts custom items of a room and answers the whole set after the update. At most 10 items;
        keys 1..128 characters without a comma; values strings up to 128 characters.

        Args:
            room_id: The room's ID.
            custom_items: Required. Key-value custom items: at most 10; keys 1..128 characters
                without a comma; values strings up to 128 characters.
            mode: How to apply the items; only `upsert` is known.
            body: Custom items to upsert. The whole body instead of its fields: a
                `UpdateCustomItemsRequest` or a dict, checked before sending.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            CustomItemsUpdateResult: The custom items after the update and the keys that changed.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return await self._call(
            UPDATE_ROOM_CUSTOM_ITEMS,
            {
                "room_id": room_id,
                "custom_items": custom_items,
                "mode": mode,
                "body": body,
            },
            request_options,
        )

    async def delete_custom_items(
        self,
        room_id: str,
        *,
        keys: builtins.list[str] | Unset = UNSET,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsDeleteResult | None:
        """Delete a room's custom items.

        Deletes the given keys of a room's custom items; with no body, or an empty `keys`, deletes
        them all. Answers the items left, or nothing (an empty 200 or a 204: the client then returns
        None).

        Args:
            room_id: The room's ID.
            keys: No description in the spec.
            body: Keys of custom items to delete; empty or absent deletes them all. The whole body
                instead of its fields: a `DeleteCustomItemsRequest` or a dict, checked before sending.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            CustomItemsDeleteResult | None: The custom items left and the keys that were deleted.

        Raises:
            BadRequestError: HTTP 400: Invalid request. Codes: 400100 INVALID_PARAMS, 400111
                MISSING_PARAMS, 400200 NOT_FOUND (Sendbird answers "not found" with HTTP 400), 400201
                UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed. Codes: 401120
                NOT_ALLOWED (for example a secondary token on a master-only operation), 401121
                NOT_AUTHORIZED (a missing or wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure. Code 500999 UNKNOWN_ERROR. Raised
                after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return await self._call(
            DELETE_ROOM_CUSTOM_ITEMS,
            {
                "room_id": room_id,
                "keys": keys,
                "body": body,
            },
            request_options,
        )


class AsyncRoomsWithRawResponse:
    """``rooms`` operations answering ``RawResponse``: ``.parsed`` is what the plain method returns."""

    def __init__(self, resource: AsyncRooms) -> None:
        self.list = async_page_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.retrieve = async_raw_response(resource.retrieve)
        self.delete = async_raw_response(resource.delete)
        self.list_participants = async_page_raw_response(resource.list_participants)
        self.update_custom_items = async_raw_response(resource.update_custom_items)
        self.delete_custom_items = async_raw_response(resource.delete_custom_items)
