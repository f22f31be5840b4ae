from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="CustomItemsDeleteResult")


@_attrs_define
class CustomItemsDeleteResult:
    """Custom items left after a deletion.

    Attributes:
        custom_items (CustomItems): Key-value custom items: at most 10; keys 1..128 characters without a comma; values
            strings up to 128 characters.
        deleted (list[str]): The keys that were deleted.
        affected_at (int | Unset): When the deletion took effect, Unix milliseconds.
    """

    custom_items: CustomItems
    deleted: list[str]
    affected_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_items = self.custom_items.to_dict()

        deleted = self.deleted

        affected_at = self.affected_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_items": custom_items,
                "deleted": deleted,
            }
        )
        if affected_at is not UNSET:
            field_dict["affected_at"] = affected_at

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

        deleted = _pop("deleted", UNSET)
        if deleted.__class__ is list or isinstance(deleted, list | tuple):
            _items_deleted: list[Any] = []
            try:
                for _i_deleted, _x_deleted in enumerate(deleted):
                    if not (isinstance(_x_deleted, str)):
                        invalid(_x_deleted, "a string", _i_deleted)

                    _items_deleted.append(_x_deleted)
            except ModelValidationError as _error:
                _error.within("deleted")
                raise
            deleted = _items_deleted
        else:
            invalid(deleted, "an array", "deleted")

        affected_at = _pop("affected_at", UNSET)
        if not (type(affected_at) is int or affected_at is UNSET):
            affected_at = as_int(affected_at, "an integer", "affected_at")

        _instance = cls.__new__(cls)
        _instance.custom_items = custom_items
        _instance.deleted = deleted
        _instance.affected_at = affected_at
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


_MODEL = "CustomItemsDeleteResult"

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.custom_items import CustomItems  # noqa: E402
