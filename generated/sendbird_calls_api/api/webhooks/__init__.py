"""Operations tagged ``webhooks``: their rows of the operations table, and thin typed methods, sync and async."""

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

from ...models.update_webhook_settings_request import UpdateWebhookSettingsRequest
from ...models.webhook_settings import WebhookSettings
from ...models.webhook_settings_envelope import WebhookSettingsEnvelope

GET_WEBHOOK_SETTINGS: Operation[WebhookSettings] = Operation(
    id="get_webhook_settings",
    tag="webhooks",
    name="retrieve_settings",
    method="GET",
    path="/applications/{application_id}/settings/webhook",
    host="calls",
    summary="Get the webhook settings",
    params=(
        Param(
            "application_id",
            "application_id",
            "path",
            "string",
            required=True,
            min_length=1,
            client_filled=True,
            description="The application's ID; the high-level client fills it in from its own configuration.",
        ),
        Param(
            "display_all_webhook_categories",
            "display_all_webhook_categories",
            "query",
            "boolean",
            required=False,
            description="Also answer `all_webhook_categories`, every event one can subscribe to. Default (server side, when omitted): False.",
        ),
    ),
    response=WebhookSettingsEnvelope,
    unwrap="webhook",
)
UPDATE_WEBHOOK_SETTINGS: Operation[WebhookSettings] = Operation(
    id="update_webhook_settings",
    tag="webhooks",
    name="update_settings",
    method="PUT",
    path="/applications/{application_id}/settings/webhook",
    host="calls",
    summary="Update the webhook settings",
    params=(
        Param(
            "application_id",
            "application_id",
            "path",
            "string",
            required=True,
            min_length=1,
            client_filled=True,
            description="The application's ID; the high-level client fills it in from its own configuration.",
        ),
    ),
    body=Body(
        UpdateWebhookSettingsRequest,
        required=True,
        fields=(
            BodyField(
                "enabled",
                "enabled",
                required=False,
                description="Turn delivery on or off.",
            ),
            BodyField(
                "url",
                "url",
                required=False,
                description="The endpoint to POST events to (https in production).",
            ),
            BodyField(
                "enabled_events",
                "enabled_events",
                required=False,
                description='Categories to receive, such as direct_call:end; ["*"] for all (documented for Chat, unconfirmed for Calls).',
            ),
        ),
        description="The settings to change; fields left out keep their value.",
    ),
    response=WebhookSettingsEnvelope,
    unwrap="webhook",
)

OPERATIONS: tuple[Operation[Any], ...] = (
    GET_WEBHOOK_SETTINGS,
    UPDATE_WEBHOOK_SETTINGS,
)
"""The operations of this tag, in the spec's order."""


class Webhooks(SyncResource):
    """``webhooks`` operations: ``retrieve_settings``, ``update_settings``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        """The same operations, answering a ``RawResponse`` (status, headers, body) around the result."""
        return WebhooksWithRawResponse(Webhooks(self._requester, raw=True))

    def retrieve_settings(
        self,
        *,
        display_all_webhook_categories: bool | None = None,
        application_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookSettings:
        """Get the webhook settings.

        Gets whether Calls webhooks are on, their URL and subscribed events.

        Args:
            display_all_webhook_categories: Also answer `all_webhook_categories`, every event one
                can subscribe to. Default (server side, when omitted): False. `None` (the default)
                leaves it out.
            application_id: The application's ID; the high-level client fills it in from its own
                configuration. Defaults to the client's `app_id`.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            WebhookSettings: The webhook settings.

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
            GET_WEBHOOK_SETTINGS,
            {
                "application_id": application_id,
                "display_all_webhook_categories": display_all_webhook_categories,
            },
            request_options,
        )

    def update_settings(
        self,
        *,
        enabled: bool | Unset = UNSET,
        url: str | Unset = UNSET,
        enabled_events: builtins.list[str] | Unset = UNSET,
        application_id: str | None = None,
        body: UpdateWebhookSettingsRequest | Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookSettings:
        """Update the webhook settings.

        Turns webhooks on or off, sets their URL and chooses the events to receive; fields left out
        keep their value.

        Args:
            enabled: Turn delivery on or off.
            url: The endpoint to POST events to (https in production).
            enabled_events: Categories to receive, such as direct_call:end; ["*"] for all
                (documented for Chat, unconfirmed for Calls).
            application_id: The application's ID; the high-level client fills it in from its own
                configuration. Defaults to the client's `app_id`.
            body: The settings to change; fields left out keep their value. The whole body instead
                of its fields: a `UpdateWebhookSettingsRequest` or a dict, checked before sending.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            WebhookSettings: The webhook settings after the update.

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
            UPDATE_WEBHOOK_SETTINGS,
            {
                "application_id": application_id,
                "enabled": enabled,
                "url": url,
                "enabled_events": enabled_events,
                "body": body,
            },
            request_options,
        )


class WebhooksWithRawResponse:
    """``webhooks`` operations answering ``RawResponse``: ``.parsed`` is what the plain method returns."""

    def __init__(self, resource: Webhooks) -> None:
        self.retrieve_settings = raw_response(resource.retrieve_settings)
        self.update_settings = raw_response(resource.update_settings)


class AsyncWebhooks(AsyncResource):
    """``webhooks`` operations, awaitable: ``retrieve_settings``, ``update_settings``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        """The same operations, answering a ``RawResponse`` (status, headers, body) around the result."""
        return AsyncWebhooksWithRawResponse(AsyncWebhooks(self._requester, raw=True))

    async def retrieve_settings(
        self,
        *,
        display_all_webhook_categories: bool | None = None,
        application_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookSettings:
        """Get the webhook settings.

        Gets whether Calls webhooks are on, their URL and subscribed events.

        Args:
            display_all_webhook_categories: Also answer `all_webhook_categories`, every event one
                can subscribe to. Default (server side, when omitted): False. `None` (the default)
                leaves it out.
            application_id: The application's ID; the high-level client fills it in from its own
                configuration. Defaults to the client's `app_id`.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            WebhookSettings: The webhook settings.

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
            GET_WEBHOOK_SETTINGS,
            {
                "application_id": application_id,
                "display_all_webhook_categories": display_all_webhook_categories,
            },
            request_options,
        )

    async def update_settings(
        self,
        *,
        enabled: bool | Unset = UNSET,
        url: str | Unset = UNSET,
        enabled_events: builtins.list[str] | Unset = UNSET,
        application_id: str | None = None,
        body: UpdateWebhookSettingsRequest | Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookSettings:
        """Update the webhook settings.

        Turns webhooks on or off, sets their URL and chooses the events to receive; fields left out
        keep their value.

        Args:
            enabled: Turn delivery on or off.
            url: The endpoint to POST events to (https in production).
            enabled_events: Categories to receive, such as direct_call:end; ["*"] for all
                (documented for Chat, unconfirmed for Calls).
            application_id: The application's ID; the high-level client fills it in from its own
                configuration. Defaults to the client's `app_id`.
            body: The settings to change; fields left out keep their value. The whole body instead
                of its fields: a `UpdateWebhookSettingsRequest` or a dict, checked before sending.
            request_options: Per-call overrides of the client's settings (`RequestOptions`):
                `deadline`, `extra_headers`, `max_retries`, `timeout`.

        Returns:
            WebhookSettings: The webhook settings after the update.

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
            UPDATE_WEBHOOK_SETTINGS,
            {
                "application_id": application_id,
                "enabled": enabled,
                "url": url,
                "enabled_events": enabled_events,
                "body": body,
            },
            request_options,
        )


class AsyncWebhooksWithRawResponse:
    """``webhooks`` operations answering ``RawResponse``: ``.parsed`` is what the plain method returns."""

    def __init__(self, resource: AsyncWebhooks) -> None:
        self.retrieve_settings = async_raw_response(resource.retrieve_settings)
        self.update_settings = async_raw_response(resource.update_settings)
