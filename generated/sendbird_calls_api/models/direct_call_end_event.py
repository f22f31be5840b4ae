from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    INT,
    Model,
    Schema,
    const,
    field,
    field_repr,
    masked_extras,
    model,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class DirectCallEndEvent(Model):
    """Webhook `direct_call:end`: the caller or the callee ended a direct call.

    Attributes:
        category (Literal['direct_call:end']):
        occurred_at (int): When it happened, Unix milliseconds.
        direct_call (WebhookDirectCall): The direct call a webhook event is about. No payload is documented, so no field
            is
            required: `caller_id` and `callee_id` are what third-party handlers read, the other
            fields are those of a direct call. Unknown fields are kept.
        sendbird_call (WebhookSendbirdCall | Unset): Extra call data some deliveries carry (third-party handlers read
            `sendbird_call.payload.is_video_call`); undocumented, kept as sent.
    """

    category: Literal["direct_call:end"] = _attrs_field(repr=field_repr("category", False))
    occurred_at: int = _attrs_field(repr=field_repr("occurred_at", False))
    direct_call: WebhookDirectCall = _attrs_field(repr=field_repr("direct_call", False))
    sendbird_call: WebhookSendbirdCall | Unset = _attrs_field(default=UNSET, repr=field_repr("sendbird_call", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "DirectCallEndEvent",
        (
            field(
                "category",
                "category",
                const("direct_call:end"),
                required=True,
                secret=False,
            ),
            field(
                "occurred_at",
                "occurred_at",
                INT,
                required=True,
                secret=False,
            ),
            field(
                "direct_call",
                "direct_call",
                model(lambda: WebhookDirectCall),
                required=True,
                secret=False,
            ),
            field(
                "sendbird_call",
                "sendbird_call",
                model(lambda: WebhookSendbirdCall),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.webhook_direct_call import WebhookDirectCall  # noqa: E402
from ..models.webhook_sendbird_call import WebhookSendbirdCall  # noqa: E402
