"""Operations tagged ``direct_calls``: their rows of the operations table, and thin typed methods, sync and async."""

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

from ...models.custom_items import CustomItems
from ...models.custom_items_delete_result import CustomItemsDeleteResult
from ...models.custom_items_update_result import CustomItemsUpdateResult
from ...models.delete_custom_items_request import DeleteCustomItemsRequest
from ...models.direct_call import DirectCall
from ...models.direct_call_envelope import DirectCallEnvelope
from ...models.direct_call_list import DirectCallList
from ...models.end_result import EndResult
from ...models.update_custom_items_request import UpdateCustomItemsRequest
from ...models.update_custom_items_request_mode import UpdateCustomItemsRequestMode

LIST_DIRECT_CALLS: Operation[DirectCallList] = Operation(
    id="list_direct_calls",
    tag="direct_calls",
    name="list",
    method="GET",
    path="/direct_calls",
    host="calls",
    summary="List direct calls",
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
            "end_result",
            "end_result",
            "query",
            "csv",
            required=False,
            enum=EndResult,
            description='End results, sent as one comma-separated value; only calls that ended with one of them. Allowed values: "completed", "canceled", "declined", "connection_lost", "no_answer", "timed_out", "unknown". Pass a list of strings or one comma-separated string.',
        ),
        Param(
            "start_ts",
            "start_ts",
            "query",
            "integer",
            required=False,
            minimum=0,
            unit="ms",
            description="Unconfirmed. Only calls started at or after this time, in Unix milliseconds. Minimum: 0.",
        ),
        Param(
            "call_ts",
            "call_ts",
            "query",
            "integer",
            required=False,
            minimum=0,
            unit="ms",
            description="Unconfirmed. A time in Unix milliseconds that third-party clients send; its effect is not documented. Minimum: 0.",
        ),
        Param(
            "duration_range_min",
            "duration_range_min",
            "query",
            "integer",
            required=False,
            minimum=0,
            description="Unconfirmed. Only calls that lasted at least this long, in milliseconds. Minimum: 0.",
        ),
        Param(
            "duration_range_max",
            "duration_range_max",
            "query",
            "integer",
            required=False,
            minimum=0,
            description="Unconfirmed. Only calls that lasted at most this long, in milliseconds. Minimum: 0.",
        ),
    ),
    response=DirectCallList,
    paging=Paging(
        items="calls",
        next="next_",
        token_param="next",
    ),
)
GET_DIRECT_CALL: Operation[DirectCall] = Operation(
    id="get_direct_call",
    tag="direct_calls",
    name="retrieve",
    method="GET",
    path="/direct_calls/{call_id}",
    host="calls",
    summary="Get a direct call",
    params=(
        Param(
            "call_id",
            "call_id",
            "path",
            "string",
            required=True,
            min_length=1,
            description="The direct call's ID (a UUID string in practice).",
        ),
    ),
    response=DirectCallEnvelope,
    unwrap="call",
)
UPDATE_DIRECT_CALL_CUSTOM_ITEMS: Operation[CustomItemsUpdateResult] = Operation(
    id="update_direct_call_custom_items",
    tag="direct_calls",
    name="update_custom_items",
    method="PUT",
    path="/direct_calls/{call_id}/custom_items",
    host="calls",
    summary="Update a direct call's custom items",
    params=(
        Param(
            "call_id",
            "call_id",
            "path",
            "string",
            required=True,
            min_length=1,
            description="The direct call's ID (a UUID string in practice).",
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
DELETE_DIRECT_CALL_CUSTOM_ITEMS: Operation[CustomItemsDeleteResult | None] = Operation(
    id="delete_direct_call_custom_items",
    tag="direct_calls",
    name="delete_custom_items",
    method="DELETE",
    path="/direct_calls/{call_id}/custom_items",
    host="calls",
    summary="Delete a direct call's custom items",
    params=(
        Param(
            "call_id",
            "call_id",
            "path",
            "string",
            required=True,
            min_length=1,
            description="The direct call's ID (a UUID string in practice).",
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
    LIST_DIRECT_CALLS,
    GET_DIRECT_CALL,
    UPDATE_DIRECT_CALL_CUSTOM_ITEMS,
    DELETE_DIRECT_CALL_CUSTOM_ITEMS,
)
"""The operations of this tag, in the spec's order."""


class DirectCalls(SyncResource):
    """``direct_calls`` operations: ``list``, ``retrieve``, ``update_custom_items``, ``delete_custom_items``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> DirectCallsWithRawResponse:
        """The same operations, answering a ``RawResponse`` (status, headers, body) around the result."""
        return DirectCallsWithRawResponse(DirectCalls(self._requester, raw=True))

    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        end_result: Sequence[EndResult | str] | str | None = None,
        start_ts: int | None = None,
        call_ts: int | None = None,
        duration_range_min: int | None = None,
        duration_range_max: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[DirectCall]:
        """List direct calls.

        Lists all direct calls of the application, newest first. Besides `end_result`, the time and
        duration filters are unconfirmed: third-party clients send them, Sendbird does not document
        them.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10. `None` (the default) leaves it out.
            next: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back. `None` (the
                default) leaves it out.
            end_result: End results, sent as one comma-separated value; only calls that ended with
                one of them. Allowed values: "completed", "canceled", "declined", "connection_lost",
                "no_answer", "timed_out", "unknown". Pass a list of strings or one comma-separated
                string. `None` (the default) leaves it out.
            start_ts: Unconfirmed. Only calls started at or after this time, in Unix milliseconds.
                Minimum: 0. `None` (the default) leaves it out.
            call_ts: Unconfirmed. A time in Unix milliseconds that third-party clients send; its
                effect is not documented. Minimum: 0. `None` (the default) leaves it out.
            duration_range_min: Unconfirmed. Only calls that lasted at least this long, in
                milliseconds. Minimum: 0. `None` (the default) leaves it out.
            duration_range_max: Unconfirmed. Only calls that lasted at most this long, in
                milliseconds. Minimum: 0. `None` (the default) leaves it out.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            SyncPage[DirectCall]: The first page: `.items` are its items, `.next_token` the cursor
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
            LIST_DIRECT_CALLS,
            {
                "limit": limit,
                "next": next,
                "end_result": end_result,
                "start_ts": start_ts,
                "call_ts": call_ts,
                "duration_range_min": duration_range_min,
                "duration_range_max": duration_range_max,
            },
            request_options,
        )

    def retrieve(
        self,
        call_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DirectCall:
        """Get a direct call.

        Gets one direct call. An unknown call is 400 + 400200.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            DirectCall: The call.

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
            GET_DIRECT_CALL,
            {
                "call_id": call_id,
            },
            request_options,
        )

    @overload
    def update_custom_items(
        self,
        call_id: str,
        *,
        custom_items: CustomItems | Mapping[str, Any],
        mode: UpdateCustomItemsRequestMode | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult: ...

    @overload
    def update_custom_items(
        self,
        call_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult: ...

    def update_custom_items(
        self,
        call_id: str,
        *,
        custom_items: CustomItems | Mapping[str, Any] | Unset = UNSET,
        mode: UpdateCustomItemsRequestMode | str | Unset = UNSET,
        body: UpdateCustomItemsRequest | Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult:
        """Update a direct call's custom items.

        Upserts custom items of a direct call and answers the whole set after the update. At most 10
        items; keys 1..128 characters without a comma; values strings up to 128 characters.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
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
            UPDATE_DIRECT_CALL_CUSTOM_ITEMS,
            {
                "call_id": call_id,
                "custom_items": custom_items,
                "mode": mode,
                "body": body,
            },
            request_options,
        )

    def delete_custom_items(
        self,
        call_id: str,
        *,
        keys: builtins.list[str] | Unset = UNSET,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsDeleteResult | None:
        """Delete a direct call's custom items.

        Deletes the given keys of a direct call's custom items; with no body, or an empty `keys`,
        deletes them all. Answers the items left, or nothing (an empty 200 or a 204: the client then
        returns None).

        Args:
            call_id: The direct call's ID (a UUID string in practice).
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
            DELETE_DIRECT_CALL_CUSTOM_ITEMS,
            {
                "call_id": call_id,
                "keys": keys,
                "body": body,
            },
            request_options,
        )


class DirectCallsWithRawResponse:
    """``direct_calls`` operations answering ``RawResponse``: ``.parsed`` is what the plain method returns."""

    def __init__(self, resource: DirectCalls) -> None:
        self.list = raw_response(resource.list)
        self.retrieve = raw_response(resource.retrieve)
        self.update_custom_items = raw_response(resource.update_custom_items)
        self.delete_custom_items = raw_response(resource.delete_custom_items)


class AsyncDirectCalls(AsyncResource):
    """``direct_calls`` operations, awaitable: ``list``, ``retrieve``, ``update_custom_items``, ``delete_custom_items``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncDirectCallsWithRawResponse:
        """The same operations, answering a ``RawResponse`` (status, headers, body) around the result."""
        return AsyncDirectCallsWithRawResponse(AsyncDirectCalls(self._requester, raw=True))

    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        end_result: Sequence[EndResult | str] | str | None = None,
        start_ts: int | None = None,
        call_ts: int | None = None,
        duration_range_min: int | None = None,
        duration_range_max: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[DirectCall]:
        """List direct calls.

        Lists all direct calls of the application, newest first. Besides `end_result`, the time and
        duration filters are unconfirmed: third-party clients send them, Sendbird does not document
        them.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10. `None` (the default) leaves it out.
            next: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back. `None` (the
                default) leaves it out.
            end_result: End results, sent as one comma-separated value; only calls that ended with
                one of them. Allowed values: "completed", "canceled", "declined", "connection_lost",
                "no_answer", "timed_out", "unknown". Pass a list of strings or one comma-separated
                string. `None` (the default) leaves it out.
            start_ts: Unconfirmed. Only calls started at or after this time, in Unix milliseconds.
                Minimum: 0. `None` (the default) leaves it out.
            call_ts: Unconfirmed. A time in Unix milliseconds that third-party clients send; its
                effect is not documented. Minimum: 0. `None` (the default) leaves it out.
            duration_range_min: Unconfirmed. Only calls that lasted at least this long, in
                milliseconds. Minimum: 0. `None` (the default) leaves it out.
            duration_range_max: Unconfirmed. Only calls that lasted at most this long, in
                milliseconds. Minimum: 0. `None` (the default) leaves it out.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            AsyncPaginator[DirectCall]: `await` it for the first `AsyncPage`: `.items` are its
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
            LIST_DIRECT_CALLS,
            {
                "limit": limit,
                "next": next,
                "end_result": end_result,
                "start_ts": start_ts,
                "call_ts": call_ts,
                "duration_range_min": duration_range_min,
                "duration_range_max": duration_range_max,
            },
            request_options,
        )

    async def retrieve(
        self,
        call_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DirectCall:
        """Get a direct call.

        Gets one direct call. An unknown call is 400 + 400200.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            DirectCall: The call.

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
            GET_DIRECT_CALL,
            {
                "call_id": call_id,
            },
            request_options,
        )

    @overload
    async def update_custom_items(
        self,
        call_id: str,
        *,
        custom_items: CustomItems | Mapping[str, Any],
        mode: UpdateCustomItemsRequestMode | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult: ...

    @overload
    async def update_custom_items(
        self,
        call_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult: ...

    async def update_custom_items(
        self,
        call_id: str,
        *,
        custom_items: CustomItems | Mapping[str, Any] | Unset = UNSET,
        mode: UpdateCustomItemsRequestMode | str | Unset = UNSET,
        body: UpdateCustomItemsRequest | Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult:
        """Update a direct call's custom items.

        Upserts custom items of a direct call and answers the whole set after the update. At most 10
        items; keys 1..128 characters without a comma; values strings up to 128 characters.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
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
            UPDATE_DIRECT_CALL_CUSTOM_ITEMS,
            {
                "call_id": call_id,
                "custom_items": custom_items,
                "mode": mode,
                "body": body,
            },
            request_options,
        )

    async def delete_custom_items(
        self,
        call_id: str,
        *,
        keys: builtins.list[str] | Unset = UNSET,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsDeleteResult | None:
        """Delete a direct call's custom items.

        Deletes the given keys of a direct call's custom items; with no body, or an empty `keys`,
        deletes them all. Answers the items left, or nothing (an empty 200 or a 204: the client then
        returns None).

        Args:
            call_id: The direct call's ID (a UUID string in practice).
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
            DELETE_DIRECT_CALL_CUSTOM_ITEMS,
            {
                "call_id": call_id,
                "keys": keys,
                "body": body,
            },
            request_options,
        )


class AsyncDirectCallsWithRawResponse:
    """``direct_calls`` operations answering ``RawResponse``: ``.parsed`` is what the plain method returns."""

    def __init__(self, resource: AsyncDirectCalls) -> None:
        self.list = async_page_raw_response(resource.list)
        self.retrieve = async_raw_response(resource.retrieve)
        self.update_custom_items = async_raw_response(resource.update_custom_items)
        self.delete_custom_items = async_raw_response(resource.delete_custom_items)
