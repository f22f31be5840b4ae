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

        Turns webhooks on or off, sets their URL and chooses the events to receive; fields left out keep
        their value.
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
        """Get the webhook settings, with the HTTP status and headers."""
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
        """Update the webhook settings, with the HTTP status and headers."""
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

        Turns webhooks on or off, sets their URL and chooses the events to receive; fields left out keep
        their value.
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
        """Get the webhook settings, with the HTTP status and headers."""
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
        """Update the webhook settings, with the HTTP status and headers."""
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
