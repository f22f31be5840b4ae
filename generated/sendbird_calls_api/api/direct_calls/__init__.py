"""Operations tagged ``direct_calls``: one typed method per operation, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, cast

from ...models.custom_items_delete_result import CustomItemsDeleteResult
from ...models.custom_items_update_result import CustomItemsUpdateResult
from ...models.delete_custom_items_request import DeleteCustomItemsRequest
from ...models.direct_call import DirectCall
from ...models.direct_call_envelope import DirectCallEnvelope
from ...models.direct_call_list import DirectCallList
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
from . import delete_direct_call_custom_items as _delete_direct_call_custom_items
from . import get_direct_call as _get_direct_call
from . import list_direct_calls as _list_direct_calls
from . import update_direct_call_custom_items as _update_direct_call_custom_items

_LIST_DIRECT_CALLS = OperationInfo(
    name="list_direct_calls",
    method="GET",
    path="/direct_calls",
    host="calls",
    path_params=(),
    wire_names={
        "next_": "next",
    },
    client_filled=(),
    enum_params={},
    list_params=("end_result",),
    body_type=None,
    body_required=False,
    empty_success=False,
    checks={
        "limit": ("integer", 1, 100),
        "next_": ("string", 1, None),
        "start_ts": ("integer", 0, None),
        "call_ts": ("integer", 0, None),
        "duration_range_min": ("integer", 0, None),
        "duration_range_max": ("integer", 0, None),
    },
)
_GET_DIRECT_CALL = OperationInfo(
    name="get_direct_call",
    method="GET",
    path="/direct_calls/{call_id}",
    host="calls",
    path_params=("call_id",),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=None,
    body_required=False,
    empty_success=False,
    checks={},
)
_UPDATE_DIRECT_CALL_CUSTOM_ITEMS = OperationInfo(
    name="update_direct_call_custom_items",
    method="PUT",
    path="/direct_calls/{call_id}/custom_items",
    host="calls",
    path_params=("call_id",),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=UpdateCustomItemsRequest,
    body_required=True,
    empty_success=False,
    checks={},
)
_DELETE_DIRECT_CALL_CUSTOM_ITEMS = OperationInfo(
    name="delete_direct_call_custom_items",
    method="DELETE",
    path="/direct_calls/{call_id}/custom_items",
    host="calls",
    path_params=("call_id",),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=DeleteCustomItemsRequest,
    body_required=False,
    empty_success=False,
    checks={},
)


class DirectCallsApi:
    """Synchronous ``direct_calls`` operations."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester
        self.with_raw_response = DirectCallsApiWithRawResponse(requester)
        """The same operations, answering a ``RawResponse`` (status, headers) around the result."""

    def list_direct_calls(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DirectCallList:
        """List direct calls.

        Lists all direct calls of the application, newest first. Besides `end_result`, the time and
        duration filters are unconfirmed: third-party clients send them, Sendbird does not document
        them.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
            start_ts: Unconfirmed. Only calls started at or after this time, in Unix milliseconds.
                Minimum: 0.
            call_ts: Unconfirmed. A time in Unix milliseconds that third-party clients send; its
                effect is not documented. Minimum: 0.
            duration_range_min: Unconfirmed. Only calls that lasted at least this long, in
                milliseconds. Minimum: 0.
            duration_range_max: Unconfirmed. Only calls that lasted at most this long, in
                milliseconds. Minimum: 0.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            DirectCallList: One page of direct calls.

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
            ResponseValidationError: A 2xx body that does not fit `DirectCallList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _LIST_DIRECT_CALLS,
            _list_direct_calls._get_kwargs,
            {
                "limit": limit,
                "next_": next_,
                "end_result": end_result,
                "start_ts": start_ts,
                "call_ts": call_ts,
                "duration_range_min": duration_range_min,
                "duration_range_max": duration_range_max,
            },
            DirectCallList.from_dict,
            request_options,
        ).parsed

    def iter_direct_calls(
        self,
        *,
        limit: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[DirectCall]:
        """Iterates every item of `list_direct_calls`, fetching pages lazily (at most `max_items`).

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
            start_ts: Unconfirmed. Only calls started at or after this time, in Unix milliseconds.
                Minimum: 0.
            call_ts: Unconfirmed. A time in Unix milliseconds that third-party clients send; its
                effect is not documented. Minimum: 0.
            duration_range_min: Unconfirmed. Only calls that lasted at least this long, in
                milliseconds. Minimum: 0.
            duration_range_max: Unconfirmed. Only calls that lasted at most this long, in
                milliseconds. Minimum: 0.
            max_items: Stop after this many items; `None` (the default) for every item.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            Iterator[DirectCall]: The items of every page, following `next` until the last page.

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
            ResponseValidationError: A 2xx body that does not fit `DirectCallList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return iterate_items(
            self._requester.paginate(
                _LIST_DIRECT_CALLS,
                _list_direct_calls._get_kwargs,
                {
                    "limit": limit,
                    "end_result": end_result,
                    "start_ts": start_ts,
                    "call_ts": call_ts,
                    "duration_range_min": duration_range_min,
                    "duration_range_max": duration_range_max,
                },
                DirectCallList.from_dict,
                request_options,
            ),
            lambda page: page.calls,
            self._requester.check_max_items(max_items),
        )

    def iter_direct_calls_pages(
        self,
        *,
        limit: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Iterator[DirectCallList]:
        """Iterates the pages of `list_direct_calls`, following `next` until the last page.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
            start_ts: Unconfirmed. Only calls started at or after this time, in Unix milliseconds.
                Minimum: 0.
            call_ts: Unconfirmed. A time in Unix milliseconds that third-party clients send; its
                effect is not documented. Minimum: 0.
            duration_range_min: Unconfirmed. Only calls that lasted at least this long, in
                milliseconds. Minimum: 0.
            duration_range_max: Unconfirmed. Only calls that lasted at most this long, in
                milliseconds. Minimum: 0.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            Iterator[DirectCallList]: One `DirectCallList` per page.

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
            ResponseValidationError: A 2xx body that does not fit `DirectCallList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.paginate(
            _LIST_DIRECT_CALLS,
            _list_direct_calls._get_kwargs,
            {
                "limit": limit,
                "end_result": end_result,
                "start_ts": start_ts,
                "call_ts": call_ts,
                "duration_range_min": duration_range_min,
                "duration_range_max": duration_range_max,
            },
            DirectCallList.from_dict,
            request_options,
        )

    def get_direct_call(
        self,
        call_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DirectCallEnvelope:
        """Get a direct call.

        Gets one direct call. An unknown call is 400 + 400200.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            DirectCallEnvelope: The call.

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
            ResponseValidationError: A 2xx body that does not fit `DirectCallEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _GET_DIRECT_CALL,
            _get_direct_call._get_kwargs,
            {
                "call_id": call_id,
            },
            DirectCallEnvelope.from_dict,
            request_options,
        ).parsed

    def update_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult:
        """Update a direct call's custom items.

        Upserts custom items of a direct call and answers the whole set after the update. At most 10
        items; keys 1..128 characters without a comma; values strings up to 128 characters.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
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
            _UPDATE_DIRECT_CALL_CUSTOM_ITEMS,
            _update_direct_call_custom_items._get_kwargs,
            {
                "call_id": call_id,
                "body": body,
            },
            CustomItemsUpdateResult.from_dict,
            request_options,
        ).parsed

    def delete_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsDeleteResult:
        """Delete a direct call's custom items.

        Deletes the given keys of a direct call's custom items; with no body, or an empty `keys`,
        deletes them all.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
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
            _DELETE_DIRECT_CALL_CUSTOM_ITEMS,
            _delete_direct_call_custom_items._get_kwargs,
            {
                "call_id": call_id,
                "body": body,
            },
            CustomItemsDeleteResult.from_dict,
            request_options,
        ).parsed


class DirectCallsApiWithRawResponse:
    """Synchronous ``direct_calls`` operations answering ``RawResponse``."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list_direct_calls(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[DirectCallList]:
        """List direct calls, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
            start_ts: Unconfirmed. Only calls started at or after this time, in Unix milliseconds.
                Minimum: 0.
            call_ts: Unconfirmed. A time in Unix milliseconds that third-party clients send; its
                effect is not documented. Minimum: 0.
            duration_range_min: Unconfirmed. Only calls that lasted at least this long, in
                milliseconds. Minimum: 0.
            duration_range_max: Unconfirmed. Only calls that lasted at most this long, in
                milliseconds. Minimum: 0.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[DirectCallList]: `.parsed` (One page of direct calls.), `.status_code`,
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
            ResponseValidationError: A 2xx body that does not fit `DirectCallList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _LIST_DIRECT_CALLS,
            _list_direct_calls._get_kwargs,
            {
                "limit": limit,
                "next_": next_,
                "end_result": end_result,
                "start_ts": start_ts,
                "call_ts": call_ts,
                "duration_range_min": duration_range_min,
                "duration_range_max": duration_range_max,
            },
            DirectCallList.from_dict,
            request_options,
        )

    def get_direct_call(
        self,
        call_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[DirectCallEnvelope]:
        """Get a direct call, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[DirectCallEnvelope]: `.parsed` (The call.), `.status_code`, `.headers`.

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
            ResponseValidationError: A 2xx body that does not fit `DirectCallEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _GET_DIRECT_CALL,
            _get_direct_call._get_kwargs,
            {
                "call_id": call_id,
            },
            DirectCallEnvelope.from_dict,
            request_options,
        )

    def update_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomItemsUpdateResult]:
        """Update a direct call's custom items, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
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
            _UPDATE_DIRECT_CALL_CUSTOM_ITEMS,
            _update_direct_call_custom_items._get_kwargs,
            {
                "call_id": call_id,
                "body": body,
            },
            CustomItemsUpdateResult.from_dict,
            request_options,
        )

    def delete_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomItemsDeleteResult]:
        """Delete a direct call's custom items, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
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
            _DELETE_DIRECT_CALL_CUSTOM_ITEMS,
            _delete_direct_call_custom_items._get_kwargs,
            {
                "call_id": call_id,
                "body": body,
            },
            CustomItemsDeleteResult.from_dict,
            request_options,
        )


class AsyncDirectCallsApi:
    """Asynchronous ``direct_calls`` operations."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self.with_raw_response = AsyncDirectCallsApiWithRawResponse(requester)
        """The same operations, answering a ``RawResponse`` (status, headers) around the result."""

    async def list_direct_calls(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DirectCallList:
        """List direct calls.

        Lists all direct calls of the application, newest first. Besides `end_result`, the time and
        duration filters are unconfirmed: third-party clients send them, Sendbird does not document
        them.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
            start_ts: Unconfirmed. Only calls started at or after this time, in Unix milliseconds.
                Minimum: 0.
            call_ts: Unconfirmed. A time in Unix milliseconds that third-party clients send; its
                effect is not documented. Minimum: 0.
            duration_range_min: Unconfirmed. Only calls that lasted at least this long, in
                milliseconds. Minimum: 0.
            duration_range_max: Unconfirmed. Only calls that lasted at most this long, in
                milliseconds. Minimum: 0.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            DirectCallList: One page of direct calls.

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
            ResponseValidationError: A 2xx body that does not fit `DirectCallList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return (
            await self._requester.call(
                _LIST_DIRECT_CALLS,
                _list_direct_calls._get_kwargs,
                {
                    "limit": limit,
                    "next_": next_,
                    "end_result": end_result,
                    "start_ts": start_ts,
                    "call_ts": call_ts,
                    "duration_range_min": duration_range_min,
                    "duration_range_max": duration_range_max,
                },
                DirectCallList.from_dict,
                request_options,
            )
        ).parsed

    def iter_direct_calls(
        self,
        *,
        limit: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[DirectCall]:
        """Iterates every item of `list_direct_calls`, fetching pages lazily (at most `max_items`).

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
            start_ts: Unconfirmed. Only calls started at or after this time, in Unix milliseconds.
                Minimum: 0.
            call_ts: Unconfirmed. A time in Unix milliseconds that third-party clients send; its
                effect is not documented. Minimum: 0.
            duration_range_min: Unconfirmed. Only calls that lasted at least this long, in
                milliseconds. Minimum: 0.
            duration_range_max: Unconfirmed. Only calls that lasted at most this long, in
                milliseconds. Minimum: 0.
            max_items: Stop after this many items; `None` (the default) for every item.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            AsyncIterator[DirectCall]: The items of every page, following `next` until the last
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
            ResponseValidationError: A 2xx body that does not fit `DirectCallList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return aiterate_items(
            self._requester.paginate(
                _LIST_DIRECT_CALLS,
                _list_direct_calls._get_kwargs,
                {
                    "limit": limit,
                    "end_result": end_result,
                    "start_ts": start_ts,
                    "call_ts": call_ts,
                    "duration_range_min": duration_range_min,
                    "duration_range_max": duration_range_max,
                },
                DirectCallList.from_dict,
                request_options,
            ),
            lambda page: page.calls,
            self._requester.check_max_items(max_items),
        )

    def iter_direct_calls_pages(
        self,
        *,
        limit: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[DirectCallList]:
        """Iterates the pages of `list_direct_calls`, following `next` until the last page.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
            start_ts: Unconfirmed. Only calls started at or after this time, in Unix milliseconds.
                Minimum: 0.
            call_ts: Unconfirmed. A time in Unix milliseconds that third-party clients send; its
                effect is not documented. Minimum: 0.
            duration_range_min: Unconfirmed. Only calls that lasted at least this long, in
                milliseconds. Minimum: 0.
            duration_range_max: Unconfirmed. Only calls that lasted at most this long, in
                milliseconds. Minimum: 0.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            AsyncIterator[DirectCallList]: One `DirectCallList` per page.

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
            ResponseValidationError: A 2xx body that does not fit `DirectCallList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.paginate(
            _LIST_DIRECT_CALLS,
            _list_direct_calls._get_kwargs,
            {
                "limit": limit,
                "end_result": end_result,
                "start_ts": start_ts,
                "call_ts": call_ts,
                "duration_range_min": duration_range_min,
                "duration_range_max": duration_range_max,
            },
            DirectCallList.from_dict,
            request_options,
        )

    async def get_direct_call(
        self,
        call_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DirectCallEnvelope:
        """Get a direct call.

        Gets one direct call. An unknown call is 400 + 400200.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            DirectCallEnvelope: The call.

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
            ResponseValidationError: A 2xx body that does not fit `DirectCallEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return (
            await self._requester.call(
                _GET_DIRECT_CALL,
                _get_direct_call._get_kwargs,
                {
                    "call_id": call_id,
                },
                DirectCallEnvelope.from_dict,
                request_options,
            )
        ).parsed

    async def update_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> CustomItemsUpdateResult:
        """Update a direct call's custom items.

        Upserts custom items of a direct call and answers the whole set after the update. At most 10
        items; keys 1..128 characters without a comma; values strings up to 128 characters.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
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
                _UPDATE_DIRECT_CALL_CUSTOM_ITEMS,
                _update_direct_call_custom_items._get_kwargs,
                {
                    "call_id": call_id,
                    "body": body,
                },
                CustomItemsUpdateResult.from_dict,
                request_options,
            )
        ).parsed

    async def delete_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomItemsDeleteResult:
        """Delete a direct call's custom items.

        Deletes the given keys of a direct call's custom items; with no body, or an empty `keys`,
        deletes them all.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
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
                _DELETE_DIRECT_CALL_CUSTOM_ITEMS,
                _delete_direct_call_custom_items._get_kwargs,
                {
                    "call_id": call_id,
                    "body": body,
                },
                CustomItemsDeleteResult.from_dict,
                request_options,
            )
        ).parsed


class AsyncDirectCallsApiWithRawResponse:
    """Asynchronous ``direct_calls`` operations answering ``RawResponse``."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list_direct_calls(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        call_ts: int | Unset = UNSET,
        duration_range_min: int | Unset = UNSET,
        duration_range_max: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[DirectCallList]:
        """List direct calls, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
            start_ts: Unconfirmed. Only calls started at or after this time, in Unix milliseconds.
                Minimum: 0.
            call_ts: Unconfirmed. A time in Unix milliseconds that third-party clients send; its
                effect is not documented. Minimum: 0.
            duration_range_min: Unconfirmed. Only calls that lasted at least this long, in
                milliseconds. Minimum: 0.
            duration_range_max: Unconfirmed. Only calls that lasted at most this long, in
                milliseconds. Minimum: 0.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[DirectCallList]: `.parsed` (One page of direct calls.), `.status_code`,
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
            ResponseValidationError: A 2xx body that does not fit `DirectCallList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return await self._requester.call(
            _LIST_DIRECT_CALLS,
            _list_direct_calls._get_kwargs,
            {
                "limit": limit,
                "next_": next_,
                "end_result": end_result,
                "start_ts": start_ts,
                "call_ts": call_ts,
                "duration_range_min": duration_range_min,
                "duration_range_max": duration_range_max,
            },
            DirectCallList.from_dict,
            request_options,
        )

    async def get_direct_call(
        self,
        call_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[DirectCallEnvelope]:
        """Get a direct call, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[DirectCallEnvelope]: `.parsed` (The call.), `.status_code`, `.headers`.

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
            ResponseValidationError: A 2xx body that does not fit `DirectCallEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return await self._requester.call(
            _GET_DIRECT_CALL,
            _get_direct_call._get_kwargs,
            {
                "call_id": call_id,
            },
            DirectCallEnvelope.from_dict,
            request_options,
        )

    async def update_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: UpdateCustomItemsRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomItemsUpdateResult]:
        """Update a direct call's custom items, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
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
            _UPDATE_DIRECT_CALL_CUSTOM_ITEMS,
            _update_direct_call_custom_items._get_kwargs,
            {
                "call_id": call_id,
                "body": body,
            },
            CustomItemsUpdateResult.from_dict,
            request_options,
        )

    async def delete_direct_call_custom_items(
        self,
        call_id: str,
        *,
        body: DeleteCustomItemsRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomItemsDeleteResult]:
        """Delete a direct call's custom items, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            call_id: The direct call's ID (a UUID string in practice).
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
            _DELETE_DIRECT_CALL_CUSTOM_ITEMS,
            _delete_direct_call_custom_items._get_kwargs,
            {
                "call_id": call_id,
                "body": body,
            },
            CustomItemsDeleteResult.from_dict,
            request_options,
        )
