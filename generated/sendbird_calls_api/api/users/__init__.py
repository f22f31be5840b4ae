"""Operations tagged ``users``: their rows of the operations table, and thin typed methods, sync and async."""

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

from ...models.add_push_token_request import AddPushTokenRequest
from ...models.call_summary import CallSummary
from ...models.call_type_filter import CallTypeFilter
from ...models.direct_call import DirectCall
from ...models.direct_call_list import DirectCallList
from ...models.end_result import EndResult
from ...models.push_token_list import PushTokenList
from ...models.push_token_result import PushTokenResult
from ...models.push_token_type import PushTokenType
from ...models.user import User
from ...models.user_list import UserList
from ...models.user_role import UserRole

LIST_USERS: Operation[UserList] = Operation(
    id="list_users",
    tag="users",
    name="list",
    method="GET",
    path="/users",
    host="calls",
    summary="List users for Calls",
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
    ),
    response=UserList,
    paging=Paging(
        items="users",
        next="next_",
        token_param="next",
    ),
)
LIST_USER_CALLS: Operation[DirectCallList] = Operation(
    id="list_user_calls",
    tag="users",
    name="list_calls",
    method="GET",
    path="/users/{user_id}/calls",
    host="calls",
    summary="List a user's calls",
    params=(
        Param(
            "user_id",
            "user_id",
            "path",
            "string",
            required=True,
            min_length=1,
            description="The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the empty string are never valid).",
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
            "type",
            "type",
            "query",
            "enum",
            required=False,
            enum=CallTypeFilter,
            description='Only calls of this type. Sendbird accepts only `direct` today. Allowed values: "direct".',
        ),
        Param(
            "role",
            "role",
            "query",
            "enum",
            required=False,
            enum=UserRole,
            description='Only calls in which the user had this role. Allowed values: "dc_caller", "dc_callee".',
        ),
        Param(
            "start_ts",
            "start_ts",
            "query",
            "integer",
            required=False,
            minimum=0,
            unit="ms",
            description="Only calls started at or after this time, in Unix milliseconds (the unit Sendbird's own SDKs send; one Postman copy says seconds). Without it the window starts 90 days before `end_ts` (or before now); a window over 90 days is an error (400 + 400100 here; the code is not documented). Minimum: 0.",
        ),
        Param(
            "end_ts",
            "end_ts",
            "query",
            "integer",
            required=False,
            minimum=0,
            unit="ms",
            description="Only calls started at or before this time, in Unix milliseconds (it bounds `started_at` too, not `ended_at`). Without it the window ends 90 days after `start_ts` (or now); a window over 90 days is an error (400 + 400100 here; the code is not documented). Minimum: 0.",
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
    ),
    response=DirectCallList,
    paging=Paging(
        items="calls",
        next="next_",
        token_param="next",
    ),
)
GET_USER_CALL_SUMMARY: Operation[CallSummary] = Operation(
    id="get_user_call_summary",
    tag="users",
    name="retrieve_call_summary",
    method="GET",
    path="/users/{user_id}/call_summary",
    host="calls",
    summary="Get a user's call summary",
    params=(
        Param(
            "user_id",
            "user_id",
            "path",
            "string",
            required=True,
            min_length=1,
            description="The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the empty string are never valid).",
        ),
    ),
    response=CallSummary,
)
LIST_PUSH_TOKENS: Operation[PushTokenList] = Operation(
    id="list_push_tokens",
    tag="users",
    name="list_push_tokens",
    method="GET",
    path="/users/{user_id}/push/{token_type}",
    host="calls",
    summary="List a user's push tokens of one type",
    params=(
        Param(
            "user_id",
            "user_id",
            "path",
            "string",
            required=True,
            min_length=1,
            description="The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the empty string are never valid).",
        ),
        Param(
            "token_type",
            "token_type",
            "path",
            "enum",
            required=True,
            enum=PushTokenType,
            description='The push service of the token. Allowed values: "apns_voip", "fcm_voip", "huawei_voip".',
        ),
    ),
    response=PushTokenList,
)
ADD_PUSH_TOKEN: Operation[PushTokenResult] = Operation(
    id="add_push_token",
    tag="users",
    name="add_push_token",
    method="POST",
    path="/users/{user_id}/push/{token_type}",
    host="calls",
    summary="Add a push token",
    params=(
        Param(
            "user_id",
            "user_id",
            "path",
            "string",
            required=True,
            min_length=1,
            description="The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the empty string are never valid).",
        ),
        Param(
            "token_type",
            "token_type",
            "path",
            "enum",
            required=True,
            enum=PushTokenType,
            description='The push service of the token. Allowed values: "apns_voip", "fcm_voip", "huawei_voip".',
        ),
    ),
    body=Body(
        AddPushTokenRequest,
        required=True,
        fields=(
            BodyField(
                "token",
                "token",
                required=True,
                description="The FCM registration token or APNs VoIP device token.",
            ),
            BodyField(
                "is_unique",
                "is_unique",
                required=False,
                description="Whether this token replaces the user's other tokens of the type (the SDK always sends true).",
            ),
        ),
        description="A push token to register.",
    ),
    response=PushTokenResult,
)
REMOVE_PUSH_TOKENS_OF_TYPE: Operation[PushTokenList | None] = Operation(
    id="remove_push_tokens_of_type",
    tag="users",
    name="remove_push_tokens",
    method="DELETE",
    path="/users/{user_id}/push/{token_type}",
    host="calls",
    summary="Remove all of a user's push tokens of one type",
    params=(
        Param(
            "user_id",
            "user_id",
            "path",
            "string",
            required=True,
            min_length=1,
            description="The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the empty string are never valid).",
        ),
        Param(
            "token_type",
            "token_type",
            "path",
            "enum",
            required=True,
            enum=PushTokenType,
            description='The push service of the token. Allowed values: "apns_voip", "fcm_voip", "huawei_voip".',
        ),
    ),
    response=PushTokenList,
    empty_success=True,
)
REMOVE_PUSH_TOKEN: Operation[PushTokenResult | None] = Operation(
    id="remove_push_token",
    tag="users",
    name="remove_push_token",
    method="DELETE",
    path="/users/{user_id}/push/{token_type}/{token}",
    host="calls",
    summary="Remove one push token",
    params=(
        Param(
            "user_id",
            "user_id",
            "path",
            "string",
            required=True,
            min_length=1,
            description="The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the empty string are never valid).",
        ),
        Param(
            "token_type",
            "token_type",
            "path",
            "enum",
            required=True,
            enum=PushTokenType,
            description='The push service of the token. Allowed values: "apns_voip", "fcm_voip", "huawei_voip".',
        ),
        Param(
            "token",
            "token",
            "path",
            "string",
            required=True,
            min_length=1,
            secret=True,
            description="The push token to remove (one path segment, percent-encoded by clients).",
        ),
    ),
    response=PushTokenResult,
    empty_success=True,
)

OPERATIONS: tuple[Operation[Any], ...] = (
    LIST_USERS,
    LIST_USER_CALLS,
    GET_USER_CALL_SUMMARY,
    LIST_PUSH_TOKENS,
    ADD_PUSH_TOKEN,
    REMOVE_PUSH_TOKENS_OF_TYPE,
    REMOVE_PUSH_TOKEN,
)
"""The operations of this tag, in the spec's order."""


class Users(SyncResource):
    """``users`` operations: ``list``, ``list_calls``, ``retrieve_call_summary``, ``list_push_tokens``, ``add_push_token``, ``remove_push_tokens``, ``remove_push_token``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same operations, answering a ``RawResponse`` (status, headers, body) around the result."""
        return UsersWithRawResponse(Users(self._requester, raw=True))

    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[User]:
        """List users for Calls.

        Lists the application's users known to Calls, newest first, one page at a time.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10. `None` (the default) leaves it out.
            next: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back. `None` (the
                default) leaves it out.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            SyncPage[User]: The first page: `.items` are its items, `.next_token` the cursor of the
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
            LIST_USERS,
            {
                "limit": limit,
                "next": next,
            },
            request_options,
        )

    def list_calls(
        self,
        user_id: str,
        *,
        limit: int | None = None,
        next: str | None = None,
        type: CallTypeFilter | str | None = None,
        role: UserRole | str | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        end_result: Sequence[EndResult | str] | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[DirectCall]:
        """List a user's calls.

        Lists the direct calls a user took part in, newest first, within a window of at most 90 days
        on the calls' `started_at` (by default the last 90 days). Each call carries `user_role`, the
        user's role in it.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10. `None` (the default) leaves it out.
            next: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back. `None` (the
                default) leaves it out.
            type: Only calls of this type. Sendbird accepts only `direct` today. Allowed values:
                "direct". `None` (the default) leaves it out.
            role: Only calls in which the user had this role. Allowed values: "dc_caller",
                "dc_callee". `None` (the default) leaves it out.
            start_ts: Only calls started at or after this time, in Unix milliseconds (the unit
                Sendbird's own SDKs send; one Postman copy says seconds). Without it the window starts
                90 days before `end_ts` (or before now); a window over 90 days is an error (400 + 400100
                here; the code is not documented). Minimum: 0. `None` (the default) leaves it out.
            end_ts: Only calls started at or before this time, in Unix milliseconds (it bounds
                `started_at` too, not `ended_at`). Without it the window ends 90 days after `start_ts`
                (or now); a window over 90 days is an error (400 + 400100 here; the code is not
                documented). Minimum: 0. `None` (the default) leaves it out.
            end_result: End results, sent as one comma-separated value; only calls that ended with
                one of them. Allowed values: "completed", "canceled", "declined", "connection_lost",
                "no_answer", "timed_out", "unknown". Pass a list of strings or one comma-separated
                string. `None` (the default) leaves it out.
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
            LIST_USER_CALLS,
            {
                "user_id": user_id,
                "limit": limit,
                "next": next,
                "type": type,
                "role": role,
                "start_ts": start_ts,
                "end_ts": end_ts,
                "end_result": end_result,
            },
            request_options,
        )

    def retrieve_call_summary(
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
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            CallSummary: The user's call counts and last call.

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
            GET_USER_CALL_SUMMARY,
            {
                "user_id": user_id,
            },
            request_options,
        )

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
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            PushTokenList: The user's tokens of this type.

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
            LIST_PUSH_TOKENS,
            {
                "user_id": user_id,
                "token_type": token_type,
            },
            request_options,
        )

    @overload
    def add_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        token: str,
        is_unique: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PushTokenResult: ...

    @overload
    def add_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        body: AddPushTokenRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> PushTokenResult: ...

    def add_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        token: str | Unset = UNSET,
        is_unique: bool | Unset = UNSET,
        body: AddPushTokenRequest | Mapping[str, Any] | None = None,
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
            token: Required. The FCM registration token or APNs VoIP device token.
            is_unique: Whether this token replaces the user's other tokens of the type (the SDK
                always sends true).
            body: A push token to register. The whole body instead of its fields: a
                `AddPushTokenRequest` or a dict, checked before sending.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            PushTokenResult: The token that was added.

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
            ADD_PUSH_TOKEN,
            {
                "user_id": user_id,
                "token_type": token_type,
                "token": token,
                "is_unique": is_unique,
                "body": body,
            },
            request_options,
        )

    def remove_push_tokens(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PushTokenList | None:
        """Remove all of a user's push tokens of one type.

        Removes every push token of one type from the user. Answers the removed tokens, or nothing
        (an empty 200 or a 204: the client then returns None).

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            PushTokenList | None: The tokens that were removed.

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
            REMOVE_PUSH_TOKENS_OF_TYPE,
            {
                "user_id": user_id,
                "token_type": token_type,
            },
            request_options,
        )

    def remove_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PushTokenResult | None:
        """Remove one push token.

        Removes one push token from the user. Answers the removed token, or nothing (an empty 200 or
        a 204: the client then returns None). Removing a token the user does not have is an error
        (400 + 400200 here; the code is not documented).

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            token: The push token to remove (one path segment, percent-encoded by clients).
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            PushTokenResult | None: The token that was removed.

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
            REMOVE_PUSH_TOKEN,
            {
                "user_id": user_id,
                "token_type": token_type,
                "token": token,
            },
            request_options,
        )


class UsersWithRawResponse:
    """``users`` operations answering ``RawResponse``: ``.parsed`` is what the plain method returns."""

    def __init__(self, resource: Users) -> None:
        self.list = raw_response(resource.list)
        self.list_calls = raw_response(resource.list_calls)
        self.retrieve_call_summary = raw_response(resource.retrieve_call_summary)
        self.list_push_tokens = raw_response(resource.list_push_tokens)
        self.add_push_token = raw_response(resource.add_push_token)
        self.remove_push_tokens = raw_response(resource.remove_push_tokens)
        self.remove_push_token = raw_response(resource.remove_push_token)


class AsyncUsers(AsyncResource):
    """``users`` operations, awaitable: ``list``, ``list_calls``, ``retrieve_call_summary``, ``list_push_tokens``, ``add_push_token``, ``remove_push_tokens``, ``remove_push_token``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same operations, answering a ``RawResponse`` (status, headers, body) around the result."""
        return AsyncUsersWithRawResponse(AsyncUsers(self._requester, raw=True))

    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[User]:
        """List users for Calls.

        Lists the application's users known to Calls, newest first, one page at a time.

        Args:
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10. `None` (the default) leaves it out.
            next: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back. `None` (the
                default) leaves it out.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            AsyncPaginator[User]: `await` it for the first `AsyncPage`: `.items` are its items,
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
            LIST_USERS,
            {
                "limit": limit,
                "next": next,
            },
            request_options,
        )

    def list_calls(
        self,
        user_id: str,
        *,
        limit: int | None = None,
        next: str | None = None,
        type: CallTypeFilter | str | None = None,
        role: UserRole | str | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        end_result: Sequence[EndResult | str] | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[DirectCall]:
        """List a user's calls.

        Lists the direct calls a user took part in, newest first, within a window of at most 90 days
        on the calls' `started_at` (by default the last 90 days). Each call carries `user_role`, the
        user's role in it.

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            limit: How many items one page holds, 1 to 100. Range: 1 to 100. Default (server side,
                when omitted): 10. `None` (the default) leaves it out.
            next: The `next` token of the previous page; absent for the first page. Never empty: an
                empty `next` in an answer means the end of the list, and is not sent back. `None` (the
                default) leaves it out.
            type: Only calls of this type. Sendbird accepts only `direct` today. Allowed values:
                "direct". `None` (the default) leaves it out.
            role: Only calls in which the user had this role. Allowed values: "dc_caller",
                "dc_callee". `None` (the default) leaves it out.
            start_ts: Only calls started at or after this time, in Unix milliseconds (the unit
                Sendbird's own SDKs send; one Postman copy says seconds). Without it the window starts
                90 days before `end_ts` (or before now); a window over 90 days is an error (400 + 400100
                here; the code is not documented). Minimum: 0. `None` (the default) leaves it out.
            end_ts: Only calls started at or before this time, in Unix milliseconds (it bounds
                `started_at` too, not `ended_at`). Without it the window ends 90 days after `start_ts`
                (or now); a window over 90 days is an error (400 + 400100 here; the code is not
                documented). Minimum: 0. `None` (the default) leaves it out.
            end_result: End results, sent as one comma-separated value; only calls that ended with
                one of them. Allowed values: "completed", "canceled", "declined", "connection_lost",
                "no_answer", "timed_out", "unknown". Pass a list of strings or one comma-separated
                string. `None` (the default) leaves it out.
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
            LIST_USER_CALLS,
            {
                "user_id": user_id,
                "limit": limit,
                "next": next,
                "type": type,
                "role": role,
                "start_ts": start_ts,
                "end_ts": end_ts,
                "end_result": end_result,
            },
            request_options,
        )

    async def retrieve_call_summary(
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
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            CallSummary: The user's call counts and last call.

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
            GET_USER_CALL_SUMMARY,
            {
                "user_id": user_id,
            },
            request_options,
        )

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
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            PushTokenList: The user's tokens of this type.

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
            LIST_PUSH_TOKENS,
            {
                "user_id": user_id,
                "token_type": token_type,
            },
            request_options,
        )

    @overload
    async def add_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        token: str,
        is_unique: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PushTokenResult: ...

    @overload
    async def add_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        body: AddPushTokenRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> PushTokenResult: ...

    async def add_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        token: str | Unset = UNSET,
        is_unique: bool | Unset = UNSET,
        body: AddPushTokenRequest | Mapping[str, Any] | None = None,
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
            token: Required. The FCM registration token or APNs VoIP device token.
            is_unique: Whether this token replaces the user's other tokens of the type (the SDK
                always sends true).
            body: A push token to register. The whole body instead of its fields: a
                `AddPushTokenRequest` or a dict, checked before sending.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            PushTokenResult: The token that was added.

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
            ADD_PUSH_TOKEN,
            {
                "user_id": user_id,
                "token_type": token_type,
                "token": token,
                "is_unique": is_unique,
                "body": body,
            },
            request_options,
        )

    async def remove_push_tokens(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PushTokenList | None:
        """Remove all of a user's push tokens of one type.

        Removes every push token of one type from the user. Answers the removed tokens, or nothing
        (an empty 200 or a 204: the client then returns None).

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            PushTokenList | None: The tokens that were removed.

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
            REMOVE_PUSH_TOKENS_OF_TYPE,
            {
                "user_id": user_id,
                "token_type": token_type,
            },
            request_options,
        )

    async def remove_push_token(
        self,
        user_id: str,
        token_type: PushTokenType | str,
        token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PushTokenResult | None:
        """Remove one push token.

        Removes one push token from the user. Answers the removed token, or nothing (an empty 200 or
        a 204: the client then returns None). Removing a token the user does not have is an error
        (400 + 400200 here; the code is not documented).

        Args:
            user_id: The user's ID (one path segment, percent-encoded by clients; `.`, `..` and the
                empty string are never valid).
            token_type: The push service of the token. Allowed values: "apns_voip", "fcm_voip",
                "huawei_voip".
            token: The push token to remove (one path segment, percent-encoded by clients).
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            PushTokenResult | None: The token that was removed.

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
            REMOVE_PUSH_TOKEN,
            {
                "user_id": user_id,
                "token_type": token_type,
                "token": token,
            },
            request_options,
        )


class AsyncUsersWithRawResponse:
    """``users`` operations answering ``RawResponse``: ``.parsed`` is what the plain method returns."""

    def __init__(self, resource: AsyncUsers) -> None:
        self.list = async_page_raw_response(resource.list)
        self.list_calls = async_page_raw_response(resource.list_calls)
        self.retrieve_call_summary = async_raw_response(resource.retrieve_call_summary)
        self.list_push_tokens = async_raw_response(resource.list_push_tokens)
        self.add_push_token = async_raw_response(resource.add_push_token)
        self.remove_push_tokens = async_raw_response(resource.remove_push_tokens)
        self.remove_push_token = async_raw_response(resource.remove_push_token)
