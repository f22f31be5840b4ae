from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    Model,
    Schema,
    masked_extras,
)


@_attrs_define
class WebhookSendbirdCall(Model):
    """Extra call data some deliveries carry (third-party handlers read
    `sendbird_call.payload.is_video_call`); undocumented, kept as sent.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "WebhookSendbirdCall",
        (),
        additional=ANY,
    )
