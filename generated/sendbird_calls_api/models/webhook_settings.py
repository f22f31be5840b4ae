from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSettings")


@_attrs_define
class WebhookSettings:
    """The application's Calls webhook settings.

    Attributes:
        enabled (bool): Whether events are delivered.
        url (str): Where events are POSTed; empty when none is set.
        enabled_events (list[str]): Subscribed categories; `*` means all (as Chat documents it; no Calls page confirms
            `*`).
        all_webhook_categories (list[str] | Unset): Every category one can subscribe to; only with
            `display_all_webhook_categories=true`.
    """

    enabled: bool
    url: str
    enabled_events: list[str]
    all_webhook_categories: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        url = self.url

        enabled_events = self.enabled_events

        all_webhook_categories: list[str] | Unset = UNSET
        if not isinstance(self.all_webhook_categories, Unset):
            all_webhook_categories = self.all_webhook_categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "url": url,
                "enabled_events": enabled_events,
            }
        )
        if all_webhook_categories is not UNSET:
            field_dict["all_webhook_categories"] = all_webhook_categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        url = d.pop("url")

        enabled_events = cast(list[str], d.pop("enabled_events"))

        all_webhook_categories = cast(list[str], d.pop("all_webhook_categories", UNSET))

        webhook_settings = cls(
            enabled=enabled,
            url=url,
            enabled_events=enabled_events,
            all_webhook_categories=all_webhook_categories,
        )

        webhook_settings.additional_properties = d
        return webhook_settings

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
