"""Operations tagged ``webhooks``: one typed method per operation, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, cast

from ...models.update_webhook_settings_request import UpdateWebhookSettingsRequest
from ...models.webhook_settings_envelope import WebhookSettingsEnvelope
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
from . import get_webhook_settings as _get_webhook_settings
from . import update_webhook_settings as _update_webhook_settings

_GET_WEBHOOK_SETTINGS = OperationInfo(
    name="get_webhook_settings",
    method="GET",
    path="/applications/{application_id}/settings/webhook",
    host="calls",
    path_params=("application_id",),
    wire_names={},
    client_filled=("application_id",),
    enum_params={},
    list_params=(),
    body_type=None,
    body_required=False,
    empty_success=False,
    checks={
        "display_all_webhook_categories": ("boolean", None, None),
    },
)
_UPDATE_WEBHOOK_SETTINGS = OperationInfo(
    name="update_webhook_settings",
    method="PUT",
    path="/applications/{application_id}/settings/webhook",
    host="calls",
    path_params=("application_id",),
    wire_names={},
    client_filled=("application_id",),
    enum_params={},
    list_params=(),
    body_type=UpdateWebhookSettingsRequest,
    body_required=True,
    empty_success=False,
    checks={},
)


class WebhooksApi:
    """Synchronous ``webhooks`` operations."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester
        self.with_raw_response = WebhooksApiWithRawResponse(requester)
        """The same operations, answering a ``RawResponse`` (status, headers) around the result."""

    def get_webhook_settings(
        self,
        *,
        display_all_webhook_categories: bool | Unset = UNSET,
        application_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookSettingsEnvelope:
        """Get the webhook settings.

        Gets whether Calls webhooks are on, their URL and subscribed events.

        Args:
            display_all_webhook_categories: Also answer `all_webhook_categories`, every event one
                can subscribe to. Default (server side, when omitted): False.
            application_id: The application's ID; the high-level client fills it in from its own
                configuration. Defaults to the client's `app_id`.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            WebhookSettingsEnvelope: The webhook settings.

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
            ResponseValidationError: A 2xx body that does not fit `WebhookSettingsEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _GET_WEBHOOK_SETTINGS,
            _get_webhook_settings._get_kwargs,
            {
                "application_id": application_id,
                "display_all_webhook_categories": display_all_webhook_categories,
            },
            WebhookSettingsEnvelope.from_dict,
            request_options,
        ).parsed

    def update_webhook_settings(
        self,
        *,
        body: UpdateWebhookSettingsRequest | Mapping[str, Any],
        application_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookSettingsEnvelope:
        """Update the webhook settings.

        Turns webhooks on or off, sets their URL and chooses the events to receive; fields left out
        keep their value.

        Args:
            body: The settings to change; fields left out keep their value. A
                `UpdateWebhookSettingsRequest` or a mapping with its fields, checked before sending.
            application_id: The application's ID; the high-level client fills it in from its own
                configuration. Defaults to the client's `app_id`.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            WebhookSettingsEnvelope: The webhook settings after the update.

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
            ResponseValidationError: A 2xx body that does not fit `WebhookSettingsEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _UPDATE_WEBHOOK_SETTINGS,
            _update_webhook_settings._get_kwargs,
            {
                "application_id": application_id,
                "body": body,
            },
            WebhookSettingsEnvelope.from_dict,
            request_options,
        ).parsed


class WebhooksApiWithRawResponse:
    """Synchronous ``webhooks`` operations answering ``RawResponse``."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def get_webhook_settings(
        self,
        *,
        display_all_webhook_categories: bool | Unset = UNSET,
        application_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[WebhookSettingsEnvelope]:
        """Get the webhook settings, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            display_all_webhook_categories: Also answer `all_webhook_categories`, every event one
                can subscribe to. Default (server side, when omitted): False.
            application_id: The application's ID; the high-level client fills it in from its own
                configuration. Defaults to the client's `app_id`.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[WebhookSettingsEnvelope]: `.parsed` (The webhook settings.), `.status_code`,
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
            ResponseValidationError: A 2xx body that does not fit `WebhookSettingsEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _GET_WEBHOOK_SETTINGS,
            _get_webhook_settings._get_kwargs,
            {
                "application_id": application_id,
                "display_all_webhook_categories": display_all_webhook_categories,
            },
            WebhookSettingsEnvelope.from_dict,
            request_options,
        )

    def update_webhook_settings(
        self,
        *,
        body: UpdateWebhookSettingsRequest | Mapping[str, Any],
        application_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[WebhookSettingsEnvelope]:
        """Update the webhook settings, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            body: The settings to change; fields left out keep their value. A
                `UpdateWebhookSettingsRequest` or a mapping with its fields, checked before sending.
            application_id: The application's ID; the high-level client fills it in from its own
                configuration. Defaults to the client's `app_id`.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[WebhookSettingsEnvelope]: `.parsed` (The webhook settings after the
                update.), `.status_code`, `.headers`.

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
            ResponseValidationError: A 2xx body that does not fit `WebhookSettingsEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return self._requester.call(
            _UPDATE_WEBHOOK_SETTINGS,
            _update_webhook_settings._get_kwargs,
            {
                "application_id": application_id,
                "body": body,
            },
            WebhookSettingsEnvelope.from_dict,
            request_options,
        )


class AsyncWebhooksApi:
    """Asynchronous ``webhooks`` operations."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self.with_raw_response = AsyncWebhooksApiWithRawResponse(requester)
        """The same operations, answering a ``RawResponse`` (status, headers) around the result."""

    async def get_webhook_settings(
        self,
        *,
        display_all_webhook_categories: bool | Unset = UNSET,
        application_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookSettingsEnvelope:
        """Get the webhook settings.

        Gets whether Calls webhooks are on, their URL and subscribed events.

        Args:
            display_all_webhook_categories: Also answer `all_webhook_categories`, every event one
                can subscribe to. Default (server side, when omitted): False.
            application_id: The application's ID; the high-level client fills it in from its own
                configuration. Defaults to the client's `app_id`.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            WebhookSettingsEnvelope: The webhook settings.

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
            ResponseValidationError: A 2xx body that does not fit `WebhookSettingsEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return (
            await self._requester.call(
                _GET_WEBHOOK_SETTINGS,
                _get_webhook_settings._get_kwargs,
                {
                    "application_id": application_id,
                    "display_all_webhook_categories": display_all_webhook_categories,
                },
                WebhookSettingsEnvelope.from_dict,
                request_options,
            )
        ).parsed

    async def update_webhook_settings(
        self,
        *,
        body: UpdateWebhookSettingsRequest | Mapping[str, Any],
        application_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookSettingsEnvelope:
        """Update the webhook settings.

        Turns webhooks on or off, sets their URL and chooses the events to receive; fields left out
        keep their value.

        Args:
            body: The settings to change; fields left out keep their value. A
                `UpdateWebhookSettingsRequest` or a mapping with its fields, checked before sending.
            application_id: The application's ID; the high-level client fills it in from its own
                configuration. Defaults to the client's `app_id`.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            WebhookSettingsEnvelope: The webhook settings after the update.

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
            ResponseValidationError: A 2xx body that does not fit `WebhookSettingsEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return (
            await self._requester.call(
                _UPDATE_WEBHOOK_SETTINGS,
                _update_webhook_settings._get_kwargs,
                {
                    "application_id": application_id,
                    "body": body,
                },
                WebhookSettingsEnvelope.from_dict,
                request_options,
            )
        ).parsed


class AsyncWebhooksApiWithRawResponse:
    """Asynchronous ``webhooks`` operations answering ``RawResponse``."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def get_webhook_settings(
        self,
        *,
        display_all_webhook_categories: bool | Unset = UNSET,
        application_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[WebhookSettingsEnvelope]:
        """Get the webhook settings, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            display_all_webhook_categories: Also answer `all_webhook_categories`, every event one
                can subscribe to. Default (server side, when omitted): False.
            application_id: The application's ID; the high-level client fills it in from its own
                configuration. Defaults to the client's `app_id`.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[WebhookSettingsEnvelope]: `.parsed` (The webhook settings.), `.status_code`,
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
            ResponseValidationError: A 2xx body that does not fit `WebhookSettingsEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return await self._requester.call(
            _GET_WEBHOOK_SETTINGS,
            _get_webhook_settings._get_kwargs,
            {
                "application_id": application_id,
                "display_all_webhook_categories": display_all_webhook_categories,
            },
            WebhookSettingsEnvelope.from_dict,
            request_options,
        )

    async def update_webhook_settings(
        self,
        *,
        body: UpdateWebhookSettingsRequest | Mapping[str, Any],
        application_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[WebhookSettingsEnvelope]:
        """Update the webhook settings, with the HTTP status and headers.

        See the method of the same name without `with_raw_response` for the details.

        Args:
            body: The settings to change; fields left out keep their value. A
                `UpdateWebhookSettingsRequest` or a mapping with its fields, checked before sending.
            application_id: The application's ID; the high-level client fills it in from its own
                configuration. Defaults to the client's `app_id`.
            request_options: Per-call overrides: `timeout`, `max_retries`, `extra_headers`.

        Returns:
            RawResponse[WebhookSettingsEnvelope]: `.parsed` (The webhook settings after the
                update.), `.status_code`, `.headers`.

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
            ResponseValidationError: A 2xx body that does not fit `WebhookSettingsEnvelope`.
            ValueError: An argument the spec does not allow (an empty path value, an unknown enum
                value, a body without a required field); nothing is sent.
            TypeError: An argument of the wrong type; nothing is sent.
        """
        return await self._requester.call(
            _UPDATE_WEBHOOK_SETTINGS,
            _update_webhook_settings._get_kwargs,
            {
                "application_id": application_id,
                "body": body,
            },
            WebhookSettingsEnvelope.from_dict,
            request_options,
        )
