from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ModelValidationError,
    Unset,
    invalid,
    unknown_fields,
)

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
        enabled = _pop("enabled", UNSET)
        if not (enabled is True or enabled is False):
            invalid(enabled, "a boolean", "enabled")

        url = _pop("url", UNSET)
        if not (isinstance(url, str)):
            invalid(url, "a string", "url")

        enabled_events = _pop("enabled_events", UNSET)
        if enabled_events.__class__ is list or isinstance(enabled_events, list | tuple):
            _items_enabled_events: list[Any] = []
            try:
                for _i_enabled_events, _x_enabled_events in enumerate(enabled_events):
                    if not (isinstance(_x_enabled_events, str)):
                        invalid(_x_enabled_events, "a string", _i_enabled_events)

                    _items_enabled_events.append(_x_enabled_events)
            except ModelValidationError as _error:
                _error.within("enabled_events")
                raise
            enabled_events = _items_enabled_events
        else:
            invalid(enabled_events, "an array", "enabled_events")

        all_webhook_categories = _pop("all_webhook_categories", UNSET)
        if all_webhook_categories.__class__ is list or isinstance(all_webhook_categories, list | tuple):
            _items_all_webhook_categories: list[Any] = []
            try:
                for _i_all_webhook_categories, _x_all_webhook_categories in enumerate(all_webhook_categories):
                    if not (isinstance(_x_all_webhook_categories, str)):
                        invalid(_x_all_webhook_categories, "a string", _i_all_webhook_categories)

                    _items_all_webhook_categories.append(_x_all_webhook_categories)
            except ModelValidationError as _error:
                _error.within("all_webhook_categories")
                raise
            all_webhook_categories = _items_all_webhook_categories
        elif not (all_webhook_categories is UNSET):
            invalid(all_webhook_categories, "an array", "all_webhook_categories")

        _instance = cls.__new__(cls)
        _instance.enabled = enabled
        _instance.url = url
        _instance.enabled_events = enabled_events
        _instance.all_webhook_categories = all_webhook_categories
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


_MODEL = "WebhookSettings"
