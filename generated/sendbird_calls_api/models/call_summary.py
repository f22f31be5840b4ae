from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_count import CallCount
    from ..models.direct_call import DirectCall


T = TypeVar("T", bound="CallSummary")


@_attrs_define
class CallSummary:
    """A user's call counts and last call.

    Attributes:
        call_count (CallCount): A user's call counts.
        last_call (DirectCall | None | Unset): The user's most recent call; null or absent when there is none.
    """

    call_count: CallCount
    last_call: DirectCall | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.direct_call import DirectCall  # noqa: PLC0415

        call_count = self.call_count.to_dict()

        last_call: dict[str, Any] | None | Unset
        if isinstance(self.last_call, Unset):
            last_call = UNSET
        elif isinstance(self.last_call, DirectCall):
            last_call = self.last_call.to_dict()
        else:
            last_call = self.last_call

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_count": call_count,
            }
        )
        if last_call is not UNSET:
            field_dict["last_call"] = last_call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_count import CallCount  # noqa: PLC0415
        from ..models.direct_call import DirectCall  # noqa: PLC0415

        d = dict(src_dict)
        call_count = CallCount.from_dict(d.pop("call_count"))

        def _parse_last_call(data: object) -> DirectCall | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_call_type_0 = DirectCall.from_dict(data)

                return last_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DirectCall | None | Unset, data)

        last_call = _parse_last_call(d.pop("last_call", UNSET))

        call_summary = cls(
            call_count=call_count,
            last_call=last_call,
        )

        call_summary.additional_properties = d
        return call_summary

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
