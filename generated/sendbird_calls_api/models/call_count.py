from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.direct_call_count import DirectCallCount


T = TypeVar("T", bound="CallCount")


@_attrs_define
class CallCount:
    """A user's call counts.

    Attributes:
        total (int): All the user's calls.
        direct_call (DirectCallCount): A user's direct calls by role.
    """

    total: int
    direct_call: DirectCallCount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        direct_call = self.direct_call.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "direct_call": direct_call,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_call_count import DirectCallCount  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        direct_call = DirectCallCount.from_dict(d.pop("direct_call"))

        call_count = cls(
            total=total,
            direct_call=direct_call,
        )

        call_count.additional_properties = d
        return call_count

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
