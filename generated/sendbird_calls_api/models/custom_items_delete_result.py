from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_items import CustomItems


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
        from ..models.custom_items import CustomItems  # noqa: PLC0415

        d = dict(src_dict)
        custom_items = CustomItems.from_dict(d.pop("custom_items"))

        deleted = cast(list[str], d.pop("deleted"))

        affected_at = d.pop("affected_at", UNSET)

        custom_items_delete_result = cls(
            custom_items=custom_items,
            deleted=deleted,
            affected_at=affected_at,
        )

        custom_items_delete_result.additional_properties = d
        return custom_items_delete_result

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
