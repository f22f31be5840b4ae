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
        if not (enabled is True or enabled is False or enabled is UNSET):
            invalid(enabled, "a boolean", "enabled")

        url = _pop("url", UNSET)
        if not (isinstance(url, str) or url is UNSET):
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
        elif not (enabled_events is UNSET):
            invalid(enabled_events, "an array", "enabled_events")

        _instance = cls.__new__(cls)
        _instance.enabled = enabled
        _instance.url = url
        _instance.enabled_events = enabled_events
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


_MODEL = "UpdateWebhookSettingsRequest"
