from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWebhookSettingsRequest")


@_attrs_define
class UpdateWebhookSettingsRequest:
    """The settings to change; fields left out keep their value.

    Attributes:
        enabled (bool | Unset): Turn delivery on or off.
        url (str | Unset): The endpoint to POST events to (https in production).
        enabled_events (list[str] | Unset): Categories to receive, such as direct_call:end; ["*"] for all (documented
            for Chat, unconfirmed for Calls).
    """

    enabled: bool | Unset = UNSET
    url: str | Unset = UNSET
    enabled_events: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        url = self.url

        enabled_events: list[str] | Unset = UNSET
        if not isinstance(self.enabled_events, Unset):
            enabled_events = self.enabled_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if url is not UNSET:
            field_dict["url"] = url
        if enabled_events is not UNSET:
            field_dict["enabled_events"] = enabled_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        url = d.pop("url", UNSET)

        enabled_events = cast(list[str], d.pop("enabled_events", UNSET))

        update_webhook_settings_request = cls(
            enabled=enabled,
            url=url,
            enabled_events=enabled_events,
        )

        update_webhook_settings_request.additional_properties = d
        return update_webhook_settings_request

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
