"""Operations tagged ``api_tokens``: one typed method per operation, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, cast

from ...models.chat_error import ChatError
from ...models.generate_secondary_api_token_request import (
    GenerateSecondaryApiTokenRequest,
)
from ...models.secondary_api_token import SecondaryApiToken
from ...models.secondary_api_token_list import SecondaryApiTokenList
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
from . import generate_secondary_api_token as _generate_secondary_api_token
from . import get_secondary_api_token as _get_secondary_api_token
from . import list_secondary_api_tokens as _list_secondary_api_tokens
from . import revoke_secondary_api_token as _revoke_secondary_api_token

_LIST_SECONDARY_API_TOKENS = OperationInfo(
    name="list_secondary_api_tokens",
    method="GET",
    path="/applications/api_tokens",
    host="chat",
    path_params=(),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=None,
    body_required=False,
    empty_success=False,
    checks={},
)
_GENERATE_SECONDARY_API_TOKEN = OperationInfo(
    name="generate_secondary_api_token",
    method="POST",
    path="/applications/api_tokens",
    host="chat",
    path_params=(),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=GenerateSecondaryApiTokenRequest,
    body_required=True,
    empty_success=False,
    checks={},
)
_GET_SECONDARY_API_TOKEN = OperationInfo(
    name="get_secondary_api_token",
    method="GET",
    path="/applications/api_tokens/{api_token}",
    host="chat",
    path_params=("api_token",),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=None,
    body_required=False,
    empty_success=False,
    checks={},
)
_REVOKE_SECONDARY_API_TOKEN = OperationInfo(
    name="revoke_secondary_api_token",
    method="DELETE",
    path="/applications/api_tokens/{api_token}",
    host="chat",
    path_params=("api_token",),
    wire_names={},
    client_filled=(),
    enum_params={},
    list_params=(),
    body_type=None,
    body_required=False,
    empty_success=True,
    checks={},
)


class ApiTokensApi:
    """Synchronous ``api_tokens`` operations."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester
        self.with_raw_response = ApiTokensApiWithRawResponse(requester)
        """The same operations, answering a ``RawResponse`` (status, headers) around the result."""

    def list_secondary_api_tokens(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> SecondaryApiTokenList:
        """List secondary API tokens.

        Lists the application's secondary API tokens (at most 10). Served on the Chat Platform host
        (`https://api-{application_id}.sendbird.com/v3`); master API token only (a secondary token
        gets 401 + 401120). Token values are secrets.

        Args:
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            SecondaryApiTokenList: The secondary tokens.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `SecondaryApiTokenList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _LIST_SECONDARY_API_TOKENS,
            _list_secondary_api_tokens._get_kwargs,
            {},
            SecondaryApiTokenList.from_dict,
            request_options,
        ).parsed

    def generate_secondary_api_token(
        self,
        *,
        body: GenerateSecondaryApiTokenRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SecondaryApiToken:
        """Generate a secondary API token.

        Generates a new secondary API token. An application holds at most 10 secondary tokens (11
        with the master token): generating an 11th is 400 + 400100 until one is revoked. Served on
        the Chat Platform host; master API token only. The answer holds a secret: clients mask it in
        reprs and logs.

        Args:
            body: Generating a token takes no parameters; send an empty JSON object. A
                `GenerateSecondaryApiTokenRequest` or a mapping with its fields, checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            SecondaryApiToken: The new token.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `SecondaryApiToken`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _GENERATE_SECONDARY_API_TOKEN,
            _generate_secondary_api_token._get_kwargs,
            {
                "body": body,
            },
            SecondaryApiToken.from_dict,
            request_options,
        ).parsed

    def get_secondary_api_token(
        self,
        api_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SecondaryApiToken:
        """Get a secondary API token.

        Gets one secondary API token and when it was generated. Served on the Chat Platform host;
        master API token only. An unknown or revoked token is 400 + 400200. The answer holds a
        secret: clients mask it in reprs and logs.

        Args:
            api_token: The secondary API token. A secret; clients log this path masked.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            SecondaryApiToken: The token.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `SecondaryApiToken`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _GET_SECONDARY_API_TOKEN,
            _get_secondary_api_token._get_kwargs,
            {
                "api_token": api_token,
            },
            SecondaryApiToken.from_dict,
            request_options,
        ).parsed

    def revoke_secondary_api_token(
        self,
        api_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Revoke a secondary API token.

        Revokes a secondary API token: it stops authenticating at once. Answers an empty body (the
        client returns None). Served on the Chat Platform host; master API token only. The master
        token cannot be revoked (400 + 400100); an unknown token is 400 + 400200.

        Args:
            api_token: The secondary API token. A secret; clients log this path masked.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            None: Revoked; the body is empty.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `None`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _REVOKE_SECONDARY_API_TOKEN,
            _revoke_secondary_api_token._get_kwargs,
            {
                "api_token": api_token,
            },
            parse_nothing,
            request_options,
        ).parsed


class ApiTokensApiWithRawResponse:
    """Synchronous ``api_tokens`` operations answering ``RawResponse``."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list_secondary_api_tokens(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SecondaryApiTokenList]:
        """List secondary API tokens, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[SecondaryApiTokenList]: `.parsed` (The secondary tokens.), `.status_code`,
                `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `SecondaryApiTokenList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _LIST_SECONDARY_API_TOKENS,
            _list_secondary_api_tokens._get_kwargs,
            {},
            SecondaryApiTokenList.from_dict,
            request_options,
        )

    def generate_secondary_api_token(
        self,
        *,
        body: GenerateSecondaryApiTokenRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SecondaryApiToken]:
        """Generate a secondary API token, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            body: Generating a token takes no parameters; send an empty JSON object. A
                `GenerateSecondaryApiTokenRequest` or a mapping with its fields, checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[SecondaryApiToken]: `.parsed` (The new token.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `SecondaryApiToken`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _GENERATE_SECONDARY_API_TOKEN,
            _generate_secondary_api_token._get_kwargs,
            {
                "body": body,
            },
            SecondaryApiToken.from_dict,
            request_options,
        )

    def get_secondary_api_token(
        self,
        api_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SecondaryApiToken]:
        """Get a secondary API token, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            api_token: The secondary API token. A secret; clients log this path masked.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[SecondaryApiToken]: `.parsed` (The token.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `SecondaryApiToken`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _GET_SECONDARY_API_TOKEN,
            _get_secondary_api_token._get_kwargs,
            {
                "api_token": api_token,
            },
            SecondaryApiToken.from_dict,
            request_options,
        )

    def revoke_secondary_api_token(
        self,
        api_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[None]:
        """Revoke a secondary API token, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            api_token: The secondary API token. A secret; clients log this path masked.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[None]: `.parsed` (Revoked; the body is empty.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `None`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _REVOKE_SECONDARY_API_TOKEN,
            _revoke_secondary_api_token._get_kwargs,
            {
                "api_token": api_token,
            },
            parse_nothing,
            request_options,
        )


class AsyncApiTokensApi:
    """Asynchronous ``api_tokens`` operations."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self.with_raw_response = AsyncApiTokensApiWithRawResponse(requester)
        """The same operations, answering a ``RawResponse`` (status, headers) around the result."""

    async def list_secondary_api_tokens(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> SecondaryApiTokenList:
        """List secondary API tokens.

        Lists the application's secondary API tokens (at most 10). Served on the Chat Platform host
        (`https://api-{application_id}.sendbird.com/v3`); master API token only (a secondary token
        gets 401 + 401120). Token values are secrets.

        Args:
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            SecondaryApiTokenList: The secondary tokens.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `SecondaryApiTokenList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return (
            await self._requester.call(
                _LIST_SECONDARY_API_TOKENS,
                _list_secondary_api_tokens._get_kwargs,
                {},
                SecondaryApiTokenList.from_dict,
                request_options,
            )
        ).parsed

    async def generate_secondary_api_token(
        self,
        *,
        body: GenerateSecondaryApiTokenRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SecondaryApiToken:
        """Generate a secondary API token.

        Generates a new secondary API token. An application holds at most 10 secondary tokens (11
        with the master token): generating an 11th is 400 + 400100 until one is revoked. Served on
        the Chat Platform host; master API token only. The answer holds a secret: clients mask it in
        reprs and logs.

        Args:
            body: Generating a token takes no parameters; send an empty JSON object. A
                `GenerateSecondaryApiTokenRequest` or a mapping with its fields, checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            SecondaryApiToken: The new token.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `SecondaryApiToken`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return (
            await self._requester.call(
                _GENERATE_SECONDARY_API_TOKEN,
                _generate_secondary_api_token._get_kwargs,
                {
                    "body": body,
                },
                SecondaryApiToken.from_dict,
                request_options,
            )
        ).parsed

    async def get_secondary_api_token(
        self,
        api_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SecondaryApiToken:
        """Get a secondary API token.

        Gets one secondary API token and when it was generated. Served on the Chat Platform host;
        master API token only. An unknown or revoked token is 400 + 400200. The answer holds a
        secret: clients mask it in reprs and logs.

        Args:
            api_token: The secondary API token. A secret; clients log this path masked.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            SecondaryApiToken: The token.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `SecondaryApiToken`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return (
            await self._requester.call(
                _GET_SECONDARY_API_TOKEN,
                _get_secondary_api_token._get_kwargs,
                {
                    "api_token": api_token,
                },
                SecondaryApiToken.from_dict,
                request_options,
            )
        ).parsed

    async def revoke_secondary_api_token(
        self,
        api_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Revoke a secondary API token.

        Revokes a secondary API token: it stops authenticating at once. Answers an empty body (the
        client returns None). Served on the Chat Platform host; master API token only. The master
        token cannot be revoked (400 + 400100); an unknown token is 400 + 400200.

        Args:
            api_token: The secondary API token. A secret; clients log this path masked.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            None: Revoked; the body is empty.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `None`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return (
            await self._requester.call(
                _REVOKE_SECONDARY_API_TOKEN,
                _revoke_secondary_api_token._get_kwargs,
                {
                    "api_token": api_token,
                },
                parse_nothing,
                request_options,
            )
        ).parsed


class AsyncApiTokensApiWithRawResponse:
    """Asynchronous ``api_tokens`` operations answering ``RawResponse``."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list_secondary_api_tokens(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SecondaryApiTokenList]:
        """List secondary API tokens, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[SecondaryApiTokenList]: `.parsed` (The secondary tokens.), `.status_code`,
                `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `SecondaryApiTokenList`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return await self._requester.call(
            _LIST_SECONDARY_API_TOKENS,
            _list_secondary_api_tokens._get_kwargs,
            {},
            SecondaryApiTokenList.from_dict,
            request_options,
        )

    async def generate_secondary_api_token(
        self,
        *,
        body: GenerateSecondaryApiTokenRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SecondaryApiToken]:
        """Generate a secondary API token, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            body: Generating a token takes no parameters; send an empty JSON object. A
                `GenerateSecondaryApiTokenRequest` or a mapping with its fields, checked before sending.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[SecondaryApiToken]: `.parsed` (The new token.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `SecondaryApiToken`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return await self._requester.call(
            _GENERATE_SECONDARY_API_TOKEN,
            _generate_secondary_api_token._get_kwargs,
            {
                "body": body,
            },
            SecondaryApiToken.from_dict,
            request_options,
        )

    async def get_secondary_api_token(
        self,
        api_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SecondaryApiToken]:
        """Get a secondary API token, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            api_token: The secondary API token. A secret; clients log this path masked.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[SecondaryApiToken]: `.parsed` (The token.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `SecondaryApiToken`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return await self._requester.call(
            _GET_SECONDARY_API_TOKEN,
            _get_secondary_api_token._get_kwargs,
            {
                "api_token": api_token,
            },
            SecondaryApiToken.from_dict,
            request_options,
        )

    async def revoke_secondary_api_token(
        self,
        api_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[None]:
        """Revoke a secondary API token, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            api_token: The secondary API token. A secret; clients log this path masked.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[None]: `.parsed` (Revoked; the body is empty.), `.status_code`, `.headers`.

        Raises:
            BadRequestError: HTTP 400: Invalid request, as the Chat Platform host answers it (no
                `type` in the body). Codes: 400100 INVALID_PARAMS (also: an 11th secondary token, or
                revoking the master token), 400200 NOT_FOUND.
            AuthenticationError: HTTP 401: Not authenticated or not allowed, as the Chat Platform
                host answers it (no `type`). Codes: 401120 NOT_ALLOWED (a secondary token), 401121
                NOT_AUTHORIZED (a wrong token).
            RateLimitError: HTTP 429: Rate limited. Code: 429100 RATE_LIMIT_EXCEEDED. Sendbird
                documents no Retry-After header; clients honour one when present and back off otherwise.
                Raised after the client's retries.
            ServerError: HTTP 500: Unexpected server failure on the Chat Platform host (no `type`).
                Raised after the client's retries.
            APIConnectionError: No usable answer (`APITimeoutError` when a timeout expired), after
                the retries.
            ResponseValidationError: A 2xx body that does not fit `None`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return await self._requester.call(
            _REVOKE_SECONDARY_API_TOKEN,
            _revoke_secondary_api_token._get_kwargs,
            {
                "api_token": api_token,
            },
            parse_nothing,
            request_options,
        )
