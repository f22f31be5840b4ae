from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ModelValidationError,
    Unset,
    as_int,
    invalid,
    unknown_fields,
)

T = TypeVar("T", bound="DirectCallEndEvent")


@_attrs_define
class DirectCallEndEvent:
    """Webhook `direct_call:end`: the caller or the callee ended a direct call.

    Attributes:
        category (Literal['direct_call:end']):
        occurred_at (int): When it happened, Unix milliseconds.
        direct_call (DirectCall): A one-to-one call. Timestamps in Unix milliseconds; `duration` in milliseconds.
        sendbird_call (WebhookSendbirdCall | Unset): Extra call data some deliveries carry (third-party handlers read
            `sendbird_call.payload.is_video_call`); undocumented, kept as sent.
    """

    category: Literal["direct_call:end"]
    occurred_at: int
    direct_call: DirectCall
    sendbird_call: WebhookSendbirdCall | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        occurred_at = self.occurred_at

        direct_call = self.direct_call.to_dict()

        sendbird_call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sendbird_call, Unset):
            sendbird_call = self.sendbird_call.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "occurred_at": occurred_at,
                "direct_call": direct_call,
            }
        )
        if sendbird_call is not UNSET:
            field_dict["sendbird_call"] = sendbird_call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Builds the model from decoded JSON, checking each value's type; raises ModelValidationError
        naming the path of a value that does not fit. Unknown fields are kept and reported as drift."""
        _d: Any
        if type(src_dict) is dict:
            _d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            _d = dict(src_dict)
        else:
            invalid(src_dict, "an object", None)
        _pop = _d.pop
        category = _pop("category", UNSET)
        if not (category == "direct_call:end"):
            invalid(category, "the constant 'direct_call:end'", "category")

        occurred_at = _pop("occurred_at", UNSET)
        if not (type(occurred_at) is int):
            occurred_at = as_int(occurred_at, "an integer", "occurred_at")

        direct_call = _pop("direct_call", UNSET)
        if direct_call.__class__ is dict or isinstance(direct_call, Mapping):
            try:
                direct_call = DirectCall.from_dict(direct_call)
            except ModelValidationError as _error:
                _error.within("direct_call")
                raise
        elif isinstance(direct_call, DirectCall):
            pass
        else:
            invalid(direct_call, "an object", "direct_call")

        sendbird_call = _pop("sendbird_call", UNSET)
        if sendbird_call.__class__ is dict or isinstance(sendbird_call, Mapping):
            try:
                sendbird_call = WebhookSendbirdCall.from_dict(sendbird_call)
            except ModelValidationError as _error:
                _error.within("sendbird_call")
                raise
        elif isinstance(sendbird_call, WebhookSendbirdCall):
            pass
        elif not (sendbird_call is UNSET):
            invalid(sendbird_call, "an object", "sendbird_call")

        _instance = cls.__new__(cls)
        _instance.category = category
        _instance.occurred_at = occurred_at
        _instance.direct_call = direct_call
        _instance.sendbird_call = sendbird_call
        _instance.additional_properties = unknown_fields(_MODEL, _d) if _d else _d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_MODEL = "DirectCallEndEvent"

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.direct_call import DirectCall  # noqa: E402
from ..models.webhook_sendbird_call import WebhookSendbirdCall  # noqa: E402
