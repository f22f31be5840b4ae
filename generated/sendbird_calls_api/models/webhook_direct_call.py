from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    Model,
    Schema,
    also_string,
    enum,
    field,
    field_repr,
    masked_extras,
    model,
    union,
)
from sendbird_calls.core.unset import UNSET, Unset

from ..models.end_result import EndResult


@_attrs_define
class WebhookDirectCall(Model):
    """The direct call a webhook event is about. No payload is documented, so no field is
    required: `caller_id` and `callee_id` are what third-party handlers read, the other
    fields are those of a direct call. Unknown fields are kept.

        Attributes:
            call_id (str | Unset): The call's unique ID, when sent.
            caller_id (str | Unset): ID of the caller (third-party handlers read it).
            callee_id (str | Unset): ID of the callee (third-party handlers read it).
            call_type (str | Unset): The call's type, `direct` today.
            is_video_call (bool | Unset): Also sent as a string. Whether the call is a video call.
            state (str | Unset): The call's state, such as `current` or `ended`.
            end_result (EndResult | None | str | Unset): How the call ended, in `direct_call:end`.
            started_by (None | str | Unset): ID of the user who dialed.
            ended_by (None | str | Unset): ID of the user who ended the call.
            started_at (int | None | Unset): When the call was dialed, Unix milliseconds.
            ended_at (int | None | Unset): When the call ended, Unix milliseconds.
            duration (int | None | Unset): From acceptance to end, in milliseconds.
            custom_items (CustomItems | Unset): Key-value custom items: at most 10; keys 1..128 characters without a comma;
                values
                strings up to 128 characters.
    """

    call_id: str | Unset = _attrs_field(default=UNSET, repr=field_repr("call_id", False))
    caller_id: str | Unset = _attrs_field(default=UNSET, repr=field_repr("caller_id", False))
    callee_id: str | Unset = _attrs_field(default=UNSET, repr=field_repr("callee_id", False))
    call_type: str | Unset = _attrs_field(default=UNSET, repr=field_repr("call_type", False))
    is_video_call: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("is_video_call", False))
    state: str | Unset = _attrs_field(default=UNSET, repr=field_repr("state", False))
    end_result: EndResult | None | str | Unset = _attrs_field(default=UNSET, repr=field_repr("end_result", False))
    started_by: None | str | Unset = _attrs_field(default=UNSET, repr=field_repr("started_by", False))
    ended_by: None | str | Unset = _attrs_field(default=UNSET, repr=field_repr("ended_by", False))
    started_at: int | None | Unset = _attrs_field(default=UNSET, repr=field_repr("started_at", False))
    ended_at: int | None | Unset = _attrs_field(default=UNSET, repr=field_repr("ended_at", False))
    duration: int | None | Unset = _attrs_field(default=UNSET, repr=field_repr("duration", False))
    custom_items: CustomItems | Unset = _attrs_field(default=UNSET, repr=field_repr("custom_items", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "WebhookDirectCall",
        (
            field(
                "call_id",
                "call_id",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "caller_id",
                "caller_id",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "callee_id",
                "callee_id",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "call_type",
                "call_type",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "is_video_call",
                "is_video_call",
                also_string(BOOL),
                required=False,
                secret=False,
            ),
            field(
                "state",
                "state",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "end_result",
                "end_result",
                union(enum(EndResult), STR, NULL),
                required=False,
                secret=False,
            ),
            field(
                "started_by",
                "started_by",
                union(STR, NULL),
                required=False,
                secret=False,
            ),
            field(
                "ended_by",
                "ended_by",
                union(STR, NULL),
                required=False,
                secret=False,
            ),
            field(
                "started_at",
                "started_at",
                union(INT, NULL),
                required=False,
                secret=False,
            ),
            field(
                "ended_at",
                "ended_at",
                union(INT, NULL),
                required=False,
                secret=False,
            ),
            field(
                "duration",
                "duration",
                union(INT, NULL),
                required=False,
                secret=False,
            ),
            field(
                "custom_items",
                "custom_items",
                model(lambda: CustomItems),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.custom_items import CustomItems  # noqa: E402
