from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    BOOL,
    Model,
    Schema,
    also_string,
    field,
    field_repr,
    masked_extras,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class WebhookCallPayload(Model):
    """The call data inside `sendbird_call`; undocumented, kept as sent.

    Attributes:
        is_video_call (bool | Unset): Also sent as a string. Whether the call is a video call.
    """

    is_video_call: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("is_video_call", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "WebhookCallPayload",
        (
            field(
                "is_video_call",
                "is_video_call",
                also_string(BOOL),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )
