from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    Model,
    Schema,
    field,
    field_repr,
    masked_extras,
    model,
)


@_attrs_define
class WebhookSettingsEnvelope(Model):
    """The webhook settings.

    Attributes:
        webhook (WebhookSettings): The application's Calls webhook settings.
    """

    webhook: WebhookSettings = _attrs_field(repr=field_repr("webhook", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "WebhookSettingsEnvelope",
        (
            field(
                "webhook",
                "webhook",
                model(lambda: WebhookSettings),
                required=True,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.webhook_settings import WebhookSettings  # noqa: E402
