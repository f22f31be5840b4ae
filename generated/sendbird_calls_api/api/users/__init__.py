"""Operations tagged ``users``: one typed method per operation, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, cast

from ...models.add_push_token_request import AddPushTokenRequest
from ...models.call_summary import CallSummary
from ...models.call_type_filter import CallTypeFilter
from ...models.direct_call import DirectCall
from ...models.direct_call_list import DirectCallList
from ...models.push_token_list import PushTokenList
from ...models.push_token_result import PushTokenResult
from ...models.push_token_type import PushTokenType
from ...models.user import User
from ...models.user_list import UserList
from ...models.user_role import UserRole
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
from . import add_push_token as _add_push_token
from . import get_user_call_summary as _get_user_call_summary
from . import list_push_tokens as _list_push_tokens
from . import list_user_calls as _list_user_calls
from . import list_users as _list_users
from . import remove_push_token as _remove_push_token
from . import remove_push_tokens_of_type as _remove_push_tokens_of_type

_LIST_USERS = OperationInfo(
    name="list_users",
    method="GET",
    path="/users",
    host="calls",
    path_params=(),
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
    },
)
_LIST_USER_CALLS = OperationInfo(
    name="list_user_calls",
    method="GET",
    path="/users/{user_id}/calls",
    host="calls",
    path_params=("user_id",),
    wire_names={
        "next_": "next",
        "type_": "type",
    },
    client_filled=(),
    enum_params={
        "type_": CallTypeFilter,
        "role": UserRole,
    },
    list_params=("end_result",),
    body_type=None,
    body_required=False,
    empty_success=False,
    checks={
        "limit": ("integer", 1, 100),
        "next_": ("string", 1, None),
        "start_ts": ("integer", 0, None),
        "end_ts": ("integer", 0, None),
    },
)
_GET_USER_CALL_SUMMARY = OperationInfo(
    name="get_user_call_summary",
    method="GET",
    path="/users/{user_id}/call_summary",
    host="calls",
    path_params=("user_id",),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=None,
    body_required=False,
    empty_success=False,
    checks={},
)
_LIST_PUSH_TOKENS = OperationInfo(
    name="list_push_tokens",
    method="GET",
    path="/users/{user_id}/push/{token_type}",
    host="calls",
    path_params=(
        "user_id",
        "token_type",
    ),
    wire_names={},
    client_filled=(),
    enum_params={
        "token_type": PushTokenType,
    },
    list_params=(),
    body_type=None,
    body_required=False,
    empty_success=False,
    checks={},
)
_ADD_PUSH_TOKEN = OperationInfo(
    name="add_push_token",
    method="POST",
    path="/users/{user_id}/push/{token_type}",
    host="calls",
    path_params=(
        "user_id",
        "token_type",
    ),
    wire_names={},
    client_filled=(),
    enum_params={
        "token_type": PushTokenType,
    },
    list_params=(),
    body_type=AddPushTokenRequest,
    body_required=True,
    empty_success=False,
    checks={},
)
_REMOVE_PUSH_TOKENS_OF_TYPE = OperationInfo(
    name="remove_push_tokens_of_type",
    method="DELETE",
    path="/users/{user_id}/push/{token_type}",
    host="calls",
    path_params=(
        "user_id",
        "token_type",
    ),
    wire_names={},
    client_filled=(),
    enum_params={
        "token_type": PushTokenType,
    },
    list_params=(),
    body_type=None,
    body_required=False,
    empty_success=False,
    checks={},
)
_REMOVE_PUSH_TOKEN = OperationInfo(
    name="remove_push_token",
    method="DELETE",
    path="/users/{user_id}/push/{token_type}/{token}",
    host="calls",
    path_params=(
        "user_id",
        "token_type",
        "token",
    ),
    wire_names={},
    client_filled=(),
    enum_params={
        "token_type": PushTokenType,
    },
    list_params=(),
    body_type=None,
    body_required=False,
    empty_success=False,
    checks={},
)


class UsersApi:
    """Synchronous ``users`` operations."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester
        self.with_raw_response = UsersApiWithRawResponse(requester)
        """The same operations, answering a ``RawResponse`` (status, headers) around the result."""

    def list_users(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserList:
        """List users for Calls.

        Lists the application's users known to Calls, newest first, one page at a time.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            UserList: One page of users.

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
            ResponseValidationError: A 2xx body that does not fit `UserList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _LIST_USERS,
            _list_users._get_kwargs,
            {
                "limit": limit,
                "next_": next_,
            },
            UserList.from_dict,
            request_options,
        ).parsed

    def iter_users(
        self,
        *,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[User]:
        """Iterates every item of `list_users`, fetching pages lazily (at most `max_items`).

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            max_items: Stop after this many items; `None` (the default) for every item.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            Iterator[User]: The items of every page, following `next` until the last page.

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
            ResponseValidationError: A 2xx body that does not fit `UserList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return iterate_items(
            self._requester.paginate(
                _LIST_USERS,
                _list_users._get_kwargs,
                {
                    "limit": limit,
                },
                UserList.from_dict,
                request_options,
            ),
            lambda page: page.users,
            self._requester.check_max_items(max_items),
        )

    def iter_users_pages(
        self,
        *,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Iterator[UserList]:
        """Iterates the pages of `list_users`, following `next` until the last page.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            Iterator[UserList]: One `UserList` per page.

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
            ResponseValidationError: A 2xx body that does not fit `UserList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.paginate(
            _LIST_USERS,
            _list_users._get_kwargs,
            {
                "limit": limit,
            },
            UserList.from_dict,
            request_options,
        )

    def list_user_calls(
        self,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        type_: CallTypeFilter | str | Unset = UNSET,
        role: UserRole | str | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        end_ts: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DirectCallList:
        """List a user's calls.

        Lists the direct calls a user took part in, newest first, within a window of at most 90 days
        on the calls' `started_at` (by default the last 90 days). Each call carries `user_role`, the
        user's role in it.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            type_: Only calls of this type. Sendbird accepts only `direct` today. Allowed values:
                "direct".
            role: Only calls in which the user had this role. Allowed values: "dc_caller",
                "dc_callee".
            start_ts: Only calls started at or after this time, in Unix milliseconds (the unit
                Sendbird's own SDKs send; one Postman copy says seconds). Without it the window starts
                90 days before `end_ts` (or before now); a window over 90 days is 400 + 400100. Minimum:
                0.
            end_ts: Only calls started at or before this time, in Unix milliseconds (it bounds
                `started_at` too, not `ended_at`). Without it the window ends 90 days after `start_ts`
                (or now); a window over 90 days is 400 + 400100. Minimum: 0.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            DirectCallList: One page of the user's calls.

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
            _LIST_USER_CALLS,
            _list_user_calls._get_kwargs,
            {
                "user_id": user_id,
                "limit": limit,
                "next_": next_,
                "type_": type_,
                "role": role,
                "start_ts": start_ts,
                "end_ts": end_ts,
                "end_result": end_result,
            },
            DirectCallList.from_dict,
            request_options,
        ).parsed

    def iter_user_calls(
        self,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        type_: CallTypeFilter | str | Unset = UNSET,
        role: UserRole | str | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        end_ts: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[DirectCall]:
        """Iterates every item of `list_user_calls`, fetching pages lazily (at most `max_items`).

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            type_: Only calls of this type. Sendbird accepts only `direct` today. Allowed values:
                "direct".
            role: Only calls in which the user had this role. Allowed values: "dc_caller",
                "dc_callee".
            start_ts: Only calls started at or after this time, in Unix milliseconds (the unit
                Sendbird's own SDKs send; one Postman copy says seconds). Without it the window starts
                90 days before `end_ts` (or before now); a window over 90 days is 400 + 400100. Minimum:
                0.
            end_ts: Only calls started at or before this time, in Unix milliseconds (it bounds
                `started_at` too, not `ended_at`). Without it the window ends 90 days after `start_ts`
                (or now); a window over 90 days is 400 + 400100. Minimum: 0.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
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
                _LIST_USER_CALLS,
                _list_user_calls._get_kwargs,
                {
                    "user_id": user_id,
                    "limit": limit,
                    "type_": type_,
                    "role": role,
                    "start_ts": start_ts,
                    "end_ts": end_ts,
                    "end_result": end_result,
                },
                DirectCallList.from_dict,
                request_options,
            ),
            lambda page: page.calls,
            self._requester.check_max_items(max_items),
        )

    def iter_user_calls_pages(
        self,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        type_: CallTypeFilter | str | Unset = UNSET,
        role: UserRole | str | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        end_ts: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Iterator[DirectCallList]:
        """Iterates the pages of `list_user_calls`, following `next` until the last page.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            type_: Only calls of this type. Sendbird accepts only `direct` today. Allowed values:
                "direct".
            role: Only calls in which the user had this role. Allowed values: "dc_caller",
                "dc_callee".
            start_ts: Only calls started at or after this time, in Unix milliseconds (the unit
                Sendbird's own SDKs send; one Postman copy says seconds). Without it the window starts
                90 days before `end_ts` (or before now); a window over 90 days is 400 + 400100. Minimum:
                0.
            end_ts: Only calls started at or before this time, in Unix milliseconds (it bounds
                `started_at` too, not `ended_at`). Without it the window ends 90 days after `start_ts`
                (or now); a window over 90 days is 400 + 400100. Minimum: 0.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
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
            _LIST_USER_CALLS,
            _list_user_calls._get_kwargs,
            {
                "user_id": user_id,
                "limit": limit,
                "type_": type_,
                "role": role,
                "start_ts": start_ts,
                "end_ts": end_ts,
                "end_result": end_result,
            },
            DirectCallList.from_dict,
            request_options,
        )

    def get_user_call_summary(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CallSummary:
        """Get a user's call summary.

        Counts the user's direct calls (total, as caller, as callee) and returns the last one.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            CallSummary: The user's call counts and last call.

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
            ResponseValidationError: A 2xx body that does not fit `CallSummary`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _GET_USER_CALL_SUMMARY,
            _get_user_call_summary._get_kwargs,
            {
                "user_id": user_id,
            },
            CallSummary.from_dict,
            request_options,
        ).parsed

    def list_push_tokens(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PushTokenList:
        """List a user's push tokens of one type.

        Lists the user's VoIP push tokens of one type.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            PushTokenList: The user's tokens of this type.

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
            ResponseValidationError: A 2xx body that does not fit `PushTokenList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _LIST_PUSH_TOKENS,
            _list_push_tokens._get_kwargs,
            {
                "user_id": user_id,
                "token_type": token_type,
            },
            PushTokenList.from_dict,
            request_options,
        ).parsed

    def add_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        body: AddPushTokenRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> PushTokenResult:
        """Add a push token.

        Registers an FCM registration token or APNs VoIP device token for the user, for servers that
        register tokens themselves (the SDKs usually do). Not idempotent on the wire: clients retry
        it only when the request was never sent.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            body: A push token to register. A `AddPushTokenRequest` or a mapping with its fields,
                checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            PushTokenResult: The token that was added.

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
            ResponseValidationError: A 2xx body that does not fit `PushTokenResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _ADD_PUSH_TOKEN,
            _add_push_token._get_kwargs,
            {
                "user_id": user_id,
                "token_type": token_type,
                "body": body,
            },
            PushTokenResult.from_dict,
            request_options,
        ).parsed

    def remove_push_tokens_of_type(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PushTokenList:
        """Remove all of a user's push tokens of one type.

        Removes every push token of one type from the user and answers the removed tokens.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            PushTokenList: The tokens that were removed.

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
            ResponseValidationError: A 2xx body that does not fit `PushTokenList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _REMOVE_PUSH_TOKENS_OF_TYPE,
            _remove_push_tokens_of_type._get_kwargs,
            {
                "user_id": user_id,
                "token_type": token_type,
            },
            PushTokenList.from_dict,
            request_options,
        ).parsed

    def remove_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PushTokenResult:
        """Remove one push token.

        Removes one push token from the user. Removing a token the user does not have is 400 +
        400200.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            token: The push token to remove (one path segment, percent-encoded by clients).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            PushTokenResult: The token that was removed.

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
            ResponseValidationError: A 2xx body that does not fit `PushTokenResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _REMOVE_PUSH_TOKEN,
            _remove_push_token._get_kwargs,
            {
                "user_id": user_id,
                "token_type": token_type,
                "token": token,
            },
            PushTokenResult.from_dict,
            request_options,
        ).parsed


class UsersApiWithRawResponse:
    """Synchronous ``users`` operations answering ``RawResponse``."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list_users(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[UserList]:
        """List users for Calls, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[UserList]: `.parsed` (One page of users.), `.status_code`, `.headers`.

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
            ResponseValidationError: A 2xx body that does not fit `UserList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _LIST_USERS,
            _list_users._get_kwargs,
            {
                "limit": limit,
                "next_": next_,
            },
            UserList.from_dict,
            request_options,
        )

    def list_user_calls(
        self,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        type_: CallTypeFilter | str | Unset = UNSET,
        role: UserRole | str | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        end_ts: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[DirectCallList]:
        """List a user's calls, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            type_: Only calls of this type. Sendbird accepts only `direct` today. Allowed values:
                "direct".
            role: Only calls in which the user had this role. Allowed values: "dc_caller",
                "dc_callee".
            start_ts: Only calls started at or after this time, in Unix milliseconds (the unit
                Sendbird's own SDKs send; one Postman copy says seconds). Without it the window starts
                90 days before `end_ts` (or before now); a window over 90 days is 400 + 400100. Minimum:
                0.
            end_ts: Only calls started at or before this time, in Unix milliseconds (it bounds
                `started_at` too, not `ended_at`). Without it the window ends 90 days after `start_ts`
                (or now); a window over 90 days is 400 + 400100. Minimum: 0.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[DirectCallList]: `.parsed` (One page of the user's calls.), `.status_code`,
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
            _LIST_USER_CALLS,
            _list_user_calls._get_kwargs,
            {
                "user_id": user_id,
                "limit": limit,
                "next_": next_,
                "type_": type_,
                "role": role,
                "start_ts": start_ts,
                "end_ts": end_ts,
                "end_result": end_result,
            },
            DirectCallList.from_dict,
            request_options,
        )

    def get_user_call_summary(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CallSummary]:
        """Get a user's call summary, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[CallSummary]: `.parsed` (The user's call counts and last call.),
                `.status_code`, `.headers`.

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
            ResponseValidationError: A 2xx body that does not fit `CallSummary`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _GET_USER_CALL_SUMMARY,
            _get_user_call_summary._get_kwargs,
            {
                "user_id": user_id,
            },
            CallSummary.from_dict,
            request_options,
        )

    def list_push_tokens(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PushTokenList]:
        """List a user's push tokens of one type, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[PushTokenList]: `.parsed` (The user's tokens of this type.), `.status_code`,
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
            ResponseValidationError: A 2xx body that does not fit `PushTokenList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _LIST_PUSH_TOKENS,
            _list_push_tokens._get_kwargs,
            {
                "user_id": user_id,
                "token_type": token_type,
            },
            PushTokenList.from_dict,
            request_options,
        )

    def add_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        body: AddPushTokenRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PushTokenResult]:
        """Add a push token, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            body: A push token to register. A `AddPushTokenRequest` or a mapping with its fields,
                checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[PushTokenResult]: `.parsed` (The token that was added.), `.status_code`,
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
            ResponseValidationError: A 2xx body that does not fit `PushTokenResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _ADD_PUSH_TOKEN,
            _add_push_token._get_kwargs,
            {
                "user_id": user_id,
                "token_type": token_type,
                "body": body,
            },
            PushTokenResult.from_dict,
            request_options,
        )

    def remove_push_tokens_of_type(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PushTokenList]:
        """Remove all of a user's push tokens of one type, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[PushTokenList]: `.parsed` (The tokens that were removed.), `.status_code`,
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
            ResponseValidationError: A 2xx body that does not fit `PushTokenList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _REMOVE_PUSH_TOKENS_OF_TYPE,
            _remove_push_tokens_of_type._get_kwargs,
            {
                "user_id": user_id,
                "token_type": token_type,
            },
            PushTokenList.from_dict,
            request_options,
        )

    def remove_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PushTokenResult]:
        """Remove one push token, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            token: The push token to remove (one path segment, percent-encoded by clients).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[PushTokenResult]: `.parsed` (The token that was removed.), `.status_code`,
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
            ResponseValidationError: A 2xx body that does not fit `PushTokenResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _REMOVE_PUSH_TOKEN,
            _remove_push_token._get_kwargs,
            {
                "user_id": user_id,
                "token_type": token_type,
                "token": token,
            },
            PushTokenResult.from_dict,
            request_options,
        )


class AsyncUsersApi:
    """Asynchronous ``users`` operations."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self.with_raw_response = AsyncUsersApiWithRawResponse(requester)
        """The same operations, answering a ``RawResponse`` (status, headers) around the result."""

    async def list_users(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserList:
        """List users for Calls.

        Lists the application's users known to Calls, newest first, one page at a time.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            UserList: One page of users.

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
            ResponseValidationError: A 2xx body that does not fit `UserList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return (
            await self._requester.call(
                _LIST_USERS,
                _list_users._get_kwargs,
                {
                    "limit": limit,
                    "next_": next_,
                },
                UserList.from_dict,
                request_options,
            )
        ).parsed

    def iter_users(
        self,
        *,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[User]:
        """Iterates every item of `list_users`, fetching pages lazily (at most `max_items`).

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            max_items: Stop after this many items; `None` (the default) for every item.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            AsyncIterator[User]: The items of every page, following `next` until the last page.

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
            ResponseValidationError: A 2xx body that does not fit `UserList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return aiterate_items(
            self._requester.paginate(
                _LIST_USERS,
                _list_users._get_kwargs,
                {
                    "limit": limit,
                },
                UserList.from_dict,
                request_options,
            ),
            lambda page: page.users,
            self._requester.check_max_items(max_items),
        )

    def iter_users_pages(
        self,
        *,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[UserList]:
        """Iterates the pages of `list_users`, following `next` until the last page.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            AsyncIterator[UserList]: One `UserList` per page.

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
            ResponseValidationError: A 2xx body that does not fit `UserList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.paginate(
            _LIST_USERS,
            _list_users._get_kwargs,
            {
                "limit": limit,
            },
            UserList.from_dict,
            request_options,
        )

    async def list_user_calls(
        self,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        type_: CallTypeFilter | str | Unset = UNSET,
        role: UserRole | str | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        end_ts: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DirectCallList:
        """List a user's calls.

        Lists the direct calls a user took part in, newest first, within a window of at most 90 days
        on the calls' `started_at` (by default the last 90 days). Each call carries `user_role`, the
        user's role in it.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            type_: Only calls of this type. Sendbird accepts only `direct` today. Allowed values:
                "direct".
            role: Only calls in which the user had this role. Allowed values: "dc_caller",
                "dc_callee".
            start_ts: Only calls started at or after this time, in Unix milliseconds (the unit
                Sendbird's own SDKs send; one Postman copy says seconds). Without it the window starts
                90 days before `end_ts` (or before now); a window over 90 days is 400 + 400100. Minimum:
                0.
            end_ts: Only calls started at or before this time, in Unix milliseconds (it bounds
                `started_at` too, not `ended_at`). Without it the window ends 90 days after `start_ts`
                (or now); a window over 90 days is 400 + 400100. Minimum: 0.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            DirectCallList: One page of the user's calls.

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
                _LIST_USER_CALLS,
                _list_user_calls._get_kwargs,
                {
                    "user_id": user_id,
                    "limit": limit,
                    "next_": next_,
                    "type_": type_,
                    "role": role,
                    "start_ts": start_ts,
                    "end_ts": end_ts,
                    "end_result": end_result,
                },
                DirectCallList.from_dict,
                request_options,
            )
        ).parsed

    def iter_user_calls(
        self,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        type_: CallTypeFilter | str | Unset = UNSET,
        role: UserRole | str | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        end_ts: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[DirectCall]:
        """Iterates every item of `list_user_calls`, fetching pages lazily (at most `max_items`).

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            type_: Only calls of this type. Sendbird accepts only `direct` today. Allowed values:
                "direct".
            role: Only calls in which the user had this role. Allowed values: "dc_caller",
                "dc_callee".
            start_ts: Only calls started at or after this time, in Unix milliseconds (the unit
                Sendbird's own SDKs send; one Postman copy says seconds). Without it the window starts
                90 days before `end_ts` (or before now); a window over 90 days is 400 + 400100. Minimum:
                0.
            end_ts: Only calls started at or before this time, in Unix milliseconds (it bounds
                `started_at` too, not `ended_at`). Without it the window ends 90 days after `start_ts`
                (or now); a window over 90 days is 400 + 400100. Minimum: 0.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
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
                _LIST_USER_CALLS,
                _list_user_calls._get_kwargs,
                {
                    "user_id": user_id,
                    "limit": limit,
                    "type_": type_,
                    "role": role,
                    "start_ts": start_ts,
                    "end_ts": end_ts,
                    "end_result": end_result,
                },
                DirectCallList.from_dict,
                request_options,
            ),
            lambda page: page.calls,
            self._requester.check_max_items(max_items),
        )

    def iter_user_calls_pages(
        self,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        type_: CallTypeFilter | str | Unset = UNSET,
        role: UserRole | str | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        end_ts: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[DirectCallList]:
        """Iterates the pages of `list_user_calls`, following `next` until the last page.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            type_: Only calls of this type. Sendbird accepts only `direct` today. Allowed values:
                "direct".
            role: Only calls in which the user had this role. Allowed values: "dc_caller",
                "dc_callee".
            start_ts: Only calls started at or after this time, in Unix milliseconds (the unit
                Sendbird's own SDKs send; one Postman copy says seconds). Without it the window starts
                90 days before `end_ts` (or before now); a window over 90 days is 400 + 400100. Minimum:
                0.
            end_ts: Only calls started at or before this time, in Unix milliseconds (it bounds
                `started_at` too, not `ended_at`). Without it the window ends 90 days after `start_ts`
                (or now); a window over 90 days is 400 + 400100. Minimum: 0.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
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
            _LIST_USER_CALLS,
            _list_user_calls._get_kwargs,
            {
                "user_id": user_id,
                "limit": limit,
                "type_": type_,
                "role": role,
                "start_ts": start_ts,
                "end_ts": end_ts,
                "end_result": end_result,
            },
            DirectCallList.from_dict,
            request_options,
        )

    async def get_user_call_summary(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CallSummary:
        """Get a user's call summary.

        Counts the user's direct calls (total, as caller, as callee) and returns the last one.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            CallSummary: The user's call counts and last call.

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
            ResponseValidationError: A 2xx body that does not fit `CallSummary`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return (
            await self._requester.call(
                _GET_USER_CALL_SUMMARY,
                _get_user_call_summary._get_kwargs,
                {
                    "user_id": user_id,
                },
                CallSummary.from_dict,
                request_options,
            )
        ).parsed

    async def list_push_tokens(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PushTokenList:
        """List a user's push tokens of one type.

        Lists the user's VoIP push tokens of one type.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            PushTokenList: The user's tokens of this type.

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
            ResponseValidationError: A 2xx body that does not fit `PushTokenList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return (
            await self._requester.call(
                _LIST_PUSH_TOKENS,
                _list_push_tokens._get_kwargs,
                {
                    "user_id": user_id,
                    "token_type": token_type,
                },
                PushTokenList.from_dict,
                request_options,
            )
        ).parsed

    async def add_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        body: AddPushTokenRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> PushTokenResult:
        """Add a push token.

        Registers an FCM registration token or APNs VoIP device token for the user, for servers that
        register tokens themselves (the SDKs usually do). Not idempotent on the wire: clients retry
        it only when the request was never sent.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            body: A push token to register. A `AddPushTokenRequest` or a mapping with its fields,
                checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            PushTokenResult: The token that was added.

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
            ResponseValidationError: A 2xx body that does not fit `PushTokenResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return (
            await self._requester.call(
                _ADD_PUSH_TOKEN,
                _add_push_token._get_kwargs,
                {
                    "user_id": user_id,
                    "token_type": token_type,
                    "body": body,
                },
                PushTokenResult.from_dict,
                request_options,
            )
        ).parsed

    async def remove_push_tokens_of_type(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PushTokenList:
        """Remove all of a user's push tokens of one type.

        Removes every push token of one type from the user and answers the removed tokens.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            PushTokenList: The tokens that were removed.

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
            ResponseValidationError: A 2xx body that does not fit `PushTokenList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return (
            await self._requester.call(
                _REMOVE_PUSH_TOKENS_OF_TYPE,
                _remove_push_tokens_of_type._get_kwargs,
                {
                    "user_id": user_id,
                    "token_type": token_type,
                },
                PushTokenList.from_dict,
                request_options,
            )
        ).parsed

    async def remove_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PushTokenResult:
        """Remove one push token.

        Removes one push token from the user. Removing a token the user does not have is 400 +
        400200.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            token: The push token to remove (one path segment, percent-encoded by clients).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            PushTokenResult: The token that was removed.

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
            ResponseValidationError: A 2xx body that does not fit `PushTokenResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return (
            await self._requester.call(
                _REMOVE_PUSH_TOKEN,
                _remove_push_token._get_kwargs,
                {
                    "user_id": user_id,
                    "token_type": token_type,
                    "token": token,
                },
                PushTokenResult.from_dict,
                request_options,
            )
        ).parsed


class AsyncUsersApiWithRawResponse:
    """Asynchronous ``users`` operations answering ``RawResponse``."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list_users(
        self,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[UserList]:
        """List users for Calls, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[UserList]: `.parsed` (One page of users.), `.status_code`, `.headers`.

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
            ResponseValidationError: A 2xx body that does not fit `UserList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return await self._requester.call(
            _LIST_USERS,
            _list_users._get_kwargs,
            {
                "limit": limit,
                "next_": next_,
            },
            UserList.from_dict,
            request_options,
        )

    async def list_user_calls(
        self,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        next_: str | Unset = UNSET,
        type_: CallTypeFilter | str | Unset = UNSET,
        role: UserRole | str | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        end_ts: int | Unset = UNSET,
        end_result: str | Sequence[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[DirectCallList]:
        """List a user's calls, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10.
            next_: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back.
            type_: Only calls of this type. Sendbird accepts only `direct` today. Allowed values:
                "direct".
            role: Only calls in which the user had this role. Allowed values: "dc_caller",
                "dc_callee".
            start_ts: Only calls started at or after this time, in Unix milliseconds (the unit
                Sendbird's own SDKs send; one Postman copy says seconds). Without it the window starts
                90 days before `end_ts` (or before now); a window over 90 days is 400 + 400100. Minimum:
                0.
            end_ts: Only calls started at or before this time, in Unix milliseconds (it bounds
                `started_at` too, not `ended_at`). Without it the window ends 90 days after `start_ts`
                (or now); a window over 90 days is 400 + 400100. Minimum: 0.
            end_result: Comma-separated list of end results; only calls that ended with one of them.
                Allowed values: completed, canceled, declined, connection_lost, no_answer, timed_out,
                unknown. Pass a list of strings or one comma-separated string.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[DirectCallList]: `.parsed` (One page of the user's calls.), `.status_code`,
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
            _LIST_USER_CALLS,
            _list_user_calls._get_kwargs,
            {
                "user_id": user_id,
                "limit": limit,
                "next_": next_,
                "type_": type_,
                "role": role,
                "start_ts": start_ts,
                "end_ts": end_ts,
                "end_result": end_result,
            },
            DirectCallList.from_dict,
            request_options,
        )

    async def get_user_call_summary(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CallSummary]:
        """Get a user's call summary, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[CallSummary]: `.parsed` (The user's call counts and last call.),
                `.status_code`, `.headers`.

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
            ResponseValidationError: A 2xx body that does not fit `CallSummary`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return await self._requester.call(
            _GET_USER_CALL_SUMMARY,
            _get_user_call_summary._get_kwargs,
            {
                "user_id": user_id,
            },
            CallSummary.from_dict,
            request_options,
        )

    async def list_push_tokens(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PushTokenList]:
        """List a user's push tokens of one type, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[PushTokenList]: `.parsed` (The user's tokens of this type.), `.status_code`,
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
            ResponseValidationError: A 2xx body that does not fit `PushTokenList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return await self._requester.call(
            _LIST_PUSH_TOKENS,
            _list_push_tokens._get_kwargs,
            {
                "user_id": user_id,
                "token_type": token_type,
            },
            PushTokenList.from_dict,
            request_options,
        )

    async def add_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        body: AddPushTokenRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PushTokenResult]:
        """Add a push token, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            body: A push token to register. A `AddPushTokenRequest` or a mapping with its fields,
                checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[PushTokenResult]: `.parsed` (The token that was added.), `.status_code`,
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
            ResponseValidationError: A 2xx body that does not fit `PushTokenResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return await self._requester.call(
            _ADD_PUSH_TOKEN,
            _add_push_token._get_kwargs,
            {
                "user_id": user_id,
                "token_type": token_type,
                "body": body,
            },
            PushTokenResult.from_dict,
            request_options,
        )

    async def remove_push_tokens_of_type(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PushTokenList]:
        """Remove all of a user's push tokens of one type, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[PushTokenList]: `.parsed` (The tokens that were removed.), `.status_code`,
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
            ResponseValidationError: A 2xx body that does not fit `PushTokenList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return await self._requester.call(
            _REMOVE_PUSH_TOKENS_OF_TYPE,
            _remove_push_tokens_of_type._get_kwargs,
            {
                "user_id": user_id,
                "token_type": token_type,
            },
            PushTokenList.from_dict,
            request_options,
        )

    async def remove_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PushTokenResult]:
        """Remove one push token, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            token: The push token to remove (one path segment, percent-encoded by clients).
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[PushTokenResult]: `.parsed` (The token that was removed.), `.status_code`,
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
            ResponseValidationError: A 2xx body that does not fit `PushTokenResult`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return await self._requester.call(
            _REMOVE_PUSH_TOKEN,
            _remove_push_token._get_kwargs,
            {
                "user_id": user_id,
                "token_type": token_type,
                "token": token,
            },
            PushTokenResult.from_dict,
            request_options,
        )
