from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_call import DirectCall


T = TypeVar("T", bound="DirectCallList")


@_attrs_define
class DirectCallList:
    """One page of direct calls.

    Attributes:
        calls (list[DirectCall]):
        next_ (None | str | Unset): Token of the next page; empty, null or absent at the end.
        has_next (bool | Unset): Whether another page follows.
    """

    calls: list[DirectCall]
    next_: None | str | Unset = UNSET
    has_next: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calls = []
        for calls_item_data in self.calls:
            calls_item = calls_item_data.to_dict()
            calls.append(calls_item)

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        has_next = self.has_next

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calls": calls,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if has_next is not UNSET:
            field_dict["has_next"] = has_next

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_call import DirectCall  # noqa: PLC0415

        d = dict(src_dict)
        calls = []
        _calls = d.pop("calls")
        for calls_item_data in _calls:
            calls_item = DirectCall.from_dict(calls_item_data)

            calls.append(calls_item)

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        has_next = d.pop("has_next", UNSET)

        direct_call_list = cls(
            calls=calls,
            next_=next_,
            has_next=has_next,
        )

        direct_call_list.additional_properties = d
        return direct_call_list

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
