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
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class WebhookSendbirdCall(Model):
    """Extra call data some deliveries carry (third-party handlers read
    `sendbird_call.payload.is_video_call`); undocumented, kept as sent.

        Attributes:
            payload (WebhookCallPayload | Unset): The call data inside `sendbird_call`; undocumented, kept as sent.
    """

    payload: WebhookCallPayload | Unset = _attrs_field(default=UNSET, repr=field_repr("payload", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "WebhookSendbirdCall",
        (
            field(
                "payload",
                "payload",
                model(lambda: WebhookCallPayload),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.webhook_call_payload import WebhookCallPayload  # noqa: E402
