from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_custom_items_request_mode import UpdateCustomItemsRequestMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_items import CustomItems


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
        from ..models.custom_items import CustomItems  # noqa: PLC0415

        d = dict(src_dict)
        custom_items = CustomItems.from_dict(d.pop("custom_items"))

        _mode = d.pop("mode", UNSET)
        mode: UpdateCustomItemsRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = UpdateCustomItemsRequestMode(_mode)

        update_custom_items_request = cls(
            custom_items=custom_items,
            mode=mode,
        )

        update_custom_items_request.additional_properties = d
        return update_custom_items_request

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
