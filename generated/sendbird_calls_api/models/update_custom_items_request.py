from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_custom_items_request_mode import UpdateCustomItemsRequestMode
from ..types import (
    UNSET,
    ModelValidationError,
    Unset,
    invalid,
    unknown_fields,
)

T = TypeVar("T", bound="UpdateCustomItemsRequest")


@_attrs_define
class UpdateCustomItemsRequest:
    """Custom items to upsert.

    Attributes:
        custom_items (CustomItems): Key-value custom items: at most 10; keys 1..128 characters without a comma; values
            strings up to 128 characters.
        mode (UpdateCustomItemsRequestMode | Unset): How to apply the items; only `upsert` is known. Default:
            UpdateCustomItemsRequestMode.UPSERT.
    """

    custom_items: CustomItems
    mode: UpdateCustomItemsRequestMode | Unset = UpdateCustomItemsRequestMode.UPSERT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_items = self.custom_items.to_dict()

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_items": custom_items,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode

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
        custom_items = _pop("custom_items", UNSET)
        if custom_items.__class__ is dict or isinstance(custom_items, Mapping):
            try:
                custom_items = CustomItems.from_dict(custom_items)
            except ModelValidationError as _error:
                _error.within("custom_items")
                raise
        elif isinstance(custom_items, CustomItems):
            pass
        else:
            invalid(custom_items, "an object", "custom_items")

        mode = _pop("mode", UNSET)
        if isinstance(mode, str):
            _m_mode = _UpdateCustomItemsRequestMode_BY_VALUE.get(mode)
            if _m_mode is not None:
                mode = _m_mode
            else:
                invalid(mode, "one of 'upsert'", "mode")
        elif not (mode is UNSET):
            invalid(mode, "one of 'upsert'", "mode")

        _instance = cls.__new__(cls)
        _instance.custom_items = custom_items
        _instance.mode = mode
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


_MODEL = "UpdateCustomItemsRequest"
_UpdateCustomItemsRequestMode_BY_VALUE = {member.value: member for member in UpdateCustomItemsRequestMode}

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.custom_items import CustomItems  # noqa: E402
