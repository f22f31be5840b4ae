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
    list_of,
    masked_extras,
    model,
    union,
)
from sendbird_calls.core.unset import UNSET, Unset

from ..models.end_result import EndResult
from ..models.end_result_ex import EndResultEx
from ..models.user_role import UserRole


@_attrs_define
class DirectCall(Model):
    """A one-to-one call. Timestamps in Unix milliseconds; `duration` in milliseconds.

    Attributes:
        call_id (str): The call's unique ID (a UUID string in practice).
        call_type (str | Unset): The call's type, `direct` today.
        is_video_call (bool | Unset): Also sent as a string. Whether the call is a video call.
        state (str | Unset): The call's state, such as `current` (ongoing) or `ended`.
        end_result (EndResult | None | str | Unset): How the call ended; absent or null while it is ongoing.
        end_result_ex (EndResultEx | None | str | Unset): A finer end result, when Sendbird sends one: besides the
            documented values, the
            SDKs know none, not_connected, dial_failed, accept_failed and more.
        call_relay (None | str | Unset): How the call's media was relayed, as Sendbird reports it (values undocumented).
        user_role (str | Unset | UserRole): A user's role in a direct call. Open, so a role added for new call types
            still parses.
        participants (list[CallParticipant] | Unset): The users in the call.
        caller_id (str | Unset): ID of the caller; seen in webhook payloads (third-party handlers read it).
        callee_id (str | Unset): ID of the callee; seen in webhook payloads (third-party handlers read it).
        started_by (None | str | Unset): ID of the user who dialed.
        ended_by (None | str | Unset): ID of the user who ended the call; null while ongoing.
        started_at (int | None | Unset): When the call was dialed, Unix milliseconds.
        ended_at (int | None | Unset): When the call ended, Unix milliseconds; null while ongoing.
        duration (int | None | Unset): From acceptance to end, in milliseconds; null while ongoing.
        custom_items (CustomItems | Unset): Key-value custom items: at most 10; keys 1..128 characters without a comma;
            values
            strings up to 128 characters.
    """

    call_id: str = _attrs_field(repr=field_repr("call_id", False))
    call_type: str | Unset = _attrs_field(default=UNSET, repr=field_repr("call_type", False))
    is_video_call: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("is_video_call", False))
    state: str | Unset = _attrs_field(default=UNSET, repr=field_repr("state", False))
    end_result: EndResult | None | str | Unset = _attrs_field(default=UNSET, repr=field_repr("end_result", False))
    end_result_ex: EndResultEx | None | str | Unset = _attrs_field(
        default=UNSET, repr=field_repr("end_result_ex", False)
    )
    call_relay: None | str | Unset = _attrs_field(default=UNSET, repr=field_repr("call_relay", False))
    user_role: str | Unset | UserRole = _attrs_field(default=UNSET, repr=field_repr("user_role", False))
    participants: list[CallParticipant] | Unset = _attrs_field(default=UNSET, repr=field_repr("participants", False))
    caller_id: str | Unset = _attrs_field(default=UNSET, repr=field_repr("caller_id", False))
    callee_id: str | Unset = _attrs_field(default=UNSET, repr=field_repr("callee_id", False))
    started_by: None | str | Unset = _attrs_field(default=UNSET, repr=field_repr("started_by", False))
    ended_by: None | str | Unset = _attrs_field(default=UNSET, repr=field_repr("ended_by", False))
    started_at: int | None | Unset = _attrs_field(default=UNSET, repr=field_repr("started_at", False))
    ended_at: int | None | Unset = _attrs_field(default=UNSET, repr=field_repr("ended_at", False))
    duration: int | None | Unset = _attrs_field(default=UNSET, repr=field_repr("duration", False))
    custom_items: CustomItems | Unset = _attrs_field(default=UNSET, repr=field_repr("custom_items", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "DirectCall",
        (
            field(
                "call_id",
                "call_id",
                STR,
                required=True,
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
                "end_result_ex",
                "end_result_ex",
                union(enum(EndResultEx), STR, NULL),
                required=False,
                secret=False,
            ),
            field(
                "call_relay",
                "call_relay",
                union(STR, NULL),
                required=False,
                secret=False,
            ),
            field(
                "user_role",
                "user_role",
                union(enum(UserRole), STR),
                required=False,
                secret=False,
            ),
            field(
                "participants",
                "participants",
                list_of(model(lambda: CallParticipant)),
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
from ..models.call_participant import CallParticipant  # noqa: E402
from ..models.custom_items import CustomItems  # noqa: E402
