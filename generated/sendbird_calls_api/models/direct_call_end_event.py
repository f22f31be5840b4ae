from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_call import DirectCall
    from ..models.webhook_sendbird_call import WebhookSendbirdCall


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
        from ..models.direct_call import DirectCall  # noqa: PLC0415
        from ..models.webhook_sendbird_call import WebhookSendbirdCall  # noqa: PLC0415

        d = dict(src_dict)
        category = cast(Literal["direct_call:end"], d.pop("category"))
        if category != "direct_call:end":
            raise ValueError(f"category must match const 'direct_call:end', got '{category}'")

        occurred_at = d.pop("occurred_at")

        direct_call = DirectCall.from_dict(d.pop("direct_call"))

        _sendbird_call = d.pop("sendbird_call", UNSET)
        sendbird_call: WebhookSendbirdCall | Unset
        if isinstance(_sendbird_call, Unset):
            sendbird_call = UNSET
        else:
            sendbird_call = WebhookSendbirdCall.from_dict(_sendbird_call)

        direct_call_end_event = cls(
            category=category,
            occurred_at=occurred_at,
            direct_call=direct_call,
            sendbird_call=sendbird_call,
        )

        direct_call_end_event.additional_properties = d
        return direct_call_end_event

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
