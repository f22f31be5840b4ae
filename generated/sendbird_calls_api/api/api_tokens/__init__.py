"""Operations tagged ``api_tokens``: their rows of the operations table, and thin typed methods, sync and async."""

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

from ...models.generate_secondary_api_token_request import (
    GenerateSecondaryApiTokenRequest,
)
from ...models.revoked_secondary_api_token import RevokedSecondaryApiToken
from ...models.secondary_api_token import SecondaryApiToken
from ...models.secondary_api_token_list import SecondaryApiTokenList

LIST_SECONDARY_API_TOKENS: Operation[list[SecondaryApiToken]] = Operation(
    id="list_secondary_api_tokens",
    tag="api_tokens",
    name="list",
    method="GET",
    path="/applications/api_tokens",
    host="chat",
    summary="List secondary API tokens",
    params=(),
    response=SecondaryApiTokenList,
    unwrap="api_tokens",
)
GENERATE_SECONDARY_API_TOKEN: Operation[SecondaryApiToken] = Operation(
    id="generate_secondary_api_token",
    tag="api_tokens",
    name="generate",
    method="POST",
    path="/applications/api_tokens",
    host="chat",
    summary="Generate a secondary API token",
    params=(),
    body=Body(
        GenerateSecondaryApiTokenRequest,
        required=True,
        fields=(),
        description="Generating a token takes no parameters; send an empty JSON object.",
    ),
    response=SecondaryApiToken,
)
GET_SECONDARY_API_TOKEN: Operation[SecondaryApiToken] = Operation(
    id="get_secondary_api_token",
    tag="api_tokens",
    name="retrieve",
    method="GET",
    path="/applications/api_tokens/{api_token}",
    host="chat",
    summary="Get a secondary API token",
    params=(
        Param(
            "api_token",
            "api_token",
            "path",
            "string",
            required=True,
            min_length=1,
            secret=True,
            description="The secondary API token. A secret; clients log this path masked.",
        ),
    ),
    response=SecondaryApiToken,
)
REVOKE_SECONDARY_API_TOKEN: Operation[RevokedSecondaryApiToken | None] = Operation(
    id="revoke_secondary_api_token",
    tag="api_tokens",
    name="revoke",
    method="DELETE",
    path="/applications/api_tokens/{api_token}",
    host="chat",
    summary="Revoke a secondary API token",
    params=(
        Param(
            "api_token",
            "api_token",
            "path",
            "string",
            required=True,
            min_length=1,
            secret=True,
            description="The secondary API token. A secret; clients log this path masked.",
        ),
    ),
    response=RevokedSecondaryApiToken,
    empty_success=True,
)

OPERATIONS: tuple[Operation[Any], ...] = (
    LIST_SECONDARY_API_TOKENS,
    GENERATE_SECONDARY_API_TOKEN,
    GET_SECONDARY_API_TOKEN,
    REVOKE_SECONDARY_API_TOKEN,
)
"""The operations of this tag, in the spec's order."""


class ApiTokens(SyncResource):
    """``api_tokens`` operations: ``list``, ``generate``, ``retrieve``, ``revoke``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> ApiTokensWithRawResponse:
        """The same operations, answering a ``RawResponse`` (status, headers, body) around the result."""
        return ApiTokensWithRawResponse(ApiTokens(self._requester, raw=True))

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[SecondaryApiToken]:
        """List secondary API tokens.

        Lists the application's secondary API tokens (at most 10). Served on the Chat Platform host
        (`https://api-{application_id}.sendbird.com/v3`), whose error codes are Chat's; master API
        token only (a secondary token is refused: 401 + 401120 here, the code is not documented).
        Token values are secrets.

        Args:
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            list[SecondaryApiToken]: The secondary tokens.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it: Chat's
                codes, no `type` in the body. Codes: 400100, 400101, 400102, 400103, 400104
                UnexpectedParameterType (400100 also, by this spec's decision, for an 11th secondary
                token and for revoking the master token), 400105 MissingRequiredParameter, 400111
                InvalidValue, 400201 ResourceNotFound (an unknown or revoked token), 400202
                ResourceAlreadyExists.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes, by this spec's decision (Chat documents none for
                these cases; the Calls codes): 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return self._call(LIST_SECONDARY_API_TOKENS, {}, request_options)

    def generate(
        self,
        *,
        body: GenerateSecondaryApiTokenRequest | Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SecondaryApiToken:
        """Generate a secondary API token.

        Generates a new secondary API token. An application holds at most 10 secondary tokens (11
        with the master token): generating an 11th is refused until one is revoked (400 + 400100
        here; the code is not documented). The body is an empty JSON object. Served on the Chat
        Platform host; master API token only. The answer holds a secret: clients mask it in reprs
        and logs.

        Args:
            body: Generating a token takes no parameters; send an empty JSON object. The whole body
                instead of its fields: a `GenerateSecondaryApiTokenRequest` or a dict, checked before
                sending.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            SecondaryApiToken: The new token.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it: Chat's
                codes, no `type` in the body. Codes: 400100, 400101, 400102, 400103, 400104
                UnexpectedParameterType (400100 also, by this spec's decision, for an 11th secondary
                token and for revoking the master token), 400105 MissingRequiredParameter, 400111
                InvalidValue, 400201 ResourceNotFound (an unknown or revoked token), 400202
                ResourceAlreadyExists.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes, by this spec's decision (Chat documents none for
                these cases; the Calls codes): 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return self._call(
            GENERATE_SECONDARY_API_TOKEN,
            {
                "body": body,
            },
            request_options,
        )

    def retrieve(
        self,
        api_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SecondaryApiToken:
        """Get a secondary API token.

        Gets one secondary API token and when it was generated. Served on the Chat Platform host;
        master API token only. An unknown or revoked token is 400 + 400201, Chat's "not found" (a
        `NotFoundError`). The answer holds a secret: clients mask it in reprs and logs.

        Args:
            api_token: The secondary API token. A secret; clients log this path masked.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            SecondaryApiToken: The token.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it: Chat's
                codes, no `type` in the body. Codes: 400100, 400101, 400102, 400103, 400104
                UnexpectedParameterType (400100 also, by this spec's decision, for an 11th secondary
                token and for revoking the master token), 400105 MissingRequiredParameter, 400111
                InvalidValue, 400201 ResourceNotFound (an unknown or revoked token), 400202
                ResourceAlreadyExists.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes, by this spec's decision (Chat documents none for
                these cases; the Calls codes): 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return self._call(
            GET_SECONDARY_API_TOKEN,
            {
                "api_token": api_token,
            },
            request_options,
        )

    def revoke(
        self,
        api_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RevokedSecondaryApiToken | None:
        """Revoke a secondary API token.

        Revokes a secondary API token: it stops authenticating at once. Answers an empty body (the
        client returns None), or the revoked token when a body comes (read tolerantly). Served on
        the Chat Platform host; master API token only. An unknown token is 400 + 400201, Chat's "not
        found" (a `NotFoundError`); the master token cannot be revoked (400 + 400100 here; the code
        is not documented).

        Args:
            api_token: The secondary API token. A secret; clients log this path masked.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            RevokedSecondaryApiToken | None: Revoked; the body is empty (Chat docs) or the revoked
                token (the platform SDKs).

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it: Chat's
                codes, no `type` in the body. Codes: 400100, 400101, 400102, 400103, 400104
                UnexpectedParameterType (400100 also, by this spec's decision, for an 11th secondary
                token and for revoking the master token), 400105 MissingRequiredParameter, 400111
                InvalidValue, 400201 ResourceNotFound (an unknown or revoked token), 400202
                ResourceAlreadyExists.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes, by this spec's decision (Chat documents none for
                these cases; the Calls codes): 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return self._call(
            REVOKE_SECONDARY_API_TOKEN,
            {
                "api_token": api_token,
            },
            request_options,
        )


class ApiTokensWithRawResponse:
    """``api_tokens`` operations answering ``RawResponse``: ``.parsed`` is what the plain method returns."""

    def __init__(self, resource: ApiTokens) -> None:
        self.list = raw_response(resource.list)
        self.generate = raw_response(resource.generate)
        self.retrieve = raw_response(resource.retrieve)
        self.revoke = raw_response(resource.revoke)


class AsyncApiTokens(AsyncResource):
    """``api_tokens`` operations, awaitable: ``list``, ``generate``, ``retrieve``, ``revoke``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncApiTokensWithRawResponse:
        """The same operations, answering a ``RawResponse`` (status, headers, body) around the result."""
        return AsyncApiTokensWithRawResponse(AsyncApiTokens(self._requester, raw=True))

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[SecondaryApiToken]:
        """List secondary API tokens.

        Lists the application's secondary API tokens (at most 10). Served on the Chat Platform host
        (`https://api-{application_id}.sendbird.com/v3`), whose error codes are Chat's; master API
        token only (a secondary token is refused: 401 + 401120 here, the code is not documented).
        Token values are secrets.

        Args:
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            list[SecondaryApiToken]: The secondary tokens.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it: Chat's
                codes, no `type` in the body. Codes: 400100, 400101, 400102, 400103, 400104
                UnexpectedParameterType (400100 also, by this spec's decision, for an 11th secondary
                token and for revoking the master token), 400105 MissingRequiredParameter, 400111
                InvalidValue, 400201 ResourceNotFound (an unknown or revoked token), 400202
                ResourceAlreadyExists.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes, by this spec's decision (Chat documents none for
                these cases; the Calls codes): 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return await self._call(LIST_SECONDARY_API_TOKENS, {}, request_options)

    async def generate(
        self,
        *,
        body: GenerateSecondaryApiTokenRequest | Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SecondaryApiToken:
        """Generate a secondary API token.

        Generates a new secondary API token. An application holds at most 10 secondary tokens (11
        with the master token): generating an 11th is refused until one is revoked (400 + 400100
        here; the code is not documented). The body is an empty JSON object. Served on the Chat
        Platform host; master API token only. The answer holds a secret: clients mask it in reprs
        and logs.

        Args:
            body: Generating a token takes no parameters; send an empty JSON object. The whole body
                instead of its fields: a `GenerateSecondaryApiTokenRequest` or a dict, checked before
                sending.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            SecondaryApiToken: The new token.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it: Chat's
                codes, no `type` in the body. Codes: 400100, 400101, 400102, 400103, 400104
                UnexpectedParameterType (400100 also, by this spec's decision, for an 11th secondary
                token and for revoking the master token), 400105 MissingRequiredParameter, 400111
                InvalidValue, 400201 ResourceNotFound (an unknown or revoked token), 400202
                ResourceAlreadyExists.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes, by this spec's decision (Chat documents none for
                these cases; the Calls codes): 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return await self._call(
            GENERATE_SECONDARY_API_TOKEN,
            {
                "body": body,
            },
            request_options,
        )

    async def retrieve(
        self,
        api_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SecondaryApiToken:
        """Get a secondary API token.

        Gets one secondary API token and when it was generated. Served on the Chat Platform host;
        master API token only. An unknown or revoked token is 400 + 400201, Chat's "not found" (a
        `NotFoundError`). The answer holds a secret: clients mask it in reprs and logs.

        Args:
            api_token: The secondary API token. A secret; clients log this path masked.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            SecondaryApiToken: The token.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it: Chat's
                codes, no `type` in the body. Codes: 400100, 400101, 400102, 400103, 400104
                UnexpectedParameterType (400100 also, by this spec's decision, for an 11th secondary
                token and for revoking the master token), 400105 MissingRequiredParameter, 400111
                InvalidValue, 400201 ResourceNotFound (an unknown or revoked token), 400202
                ResourceAlreadyExists.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes, by this spec's decision (Chat documents none for
                these cases; the Calls codes): 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return await self._call(
            GET_SECONDARY_API_TOKEN,
            {
                "api_token": api_token,
            },
            request_options,
        )

    async def revoke(
        self,
        api_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RevokedSecondaryApiToken | None:
        """Revoke a secondary API token.

        Revokes a secondary API token: it stops authenticating at once. Answers an empty body (the
        client returns None), or the revoked token when a body comes (read tolerantly). Served on
        the Chat Platform host; master API token only. An unknown token is 400 + 400201, Chat's "not
        found" (a `NotFoundError`); the master token cannot be revoked (400 + 400100 here; the code
        is not documented).

        Args:
            api_token: The secondary API token. A secret; clients log this path masked.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            RevokedSecondaryApiToken | None: Revoked; the body is empty (Chat docs) or the revoked
                token (the platform SDKs).

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it: Chat's
                codes, no `type` in the body. Codes: 400100, 400101, 400102, 400103, 400104
                UnexpectedParameterType (400100 also, by this spec's decision, for an 11th secondary
                token and for revoking the master token), 400105 MissingRequiredParameter, 400111
                InvalidValue, 400201 ResourceNotFound (an unknown or revoked token), 400202
                ResourceAlreadyExists.
            NotAuthorizedError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes, by this spec's decision (Chat documents none for
                these cases; the Calls codes): 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout or the deadline
                expired), after the retries.
            ResponseValidationError: A 2xx body that does not fit the spec's model.
            InvalidArgumentError: An argument the spec does not allow (an empty path value, a value
                out of range, a body without a required field); nothing is sent.
        """
        return await self._call(
            REVOKE_SECONDARY_API_TOKEN,
            {
                "api_token": api_token,
            },
            request_options,
        )


class AsyncApiTokensWithRawResponse:
    """``api_tokens`` operations answering ``RawResponse``: ``.parsed`` is what the plain method returns."""

    def __init__(self, resource: AsyncApiTokens) -> None:
        self.list = async_raw_response(resource.list)
        self.generate = async_raw_response(resource.generate)
        self.retrieve = async_raw_response(resource.retrieve)
        self.revoke = async_raw_response(resource.revoke)
