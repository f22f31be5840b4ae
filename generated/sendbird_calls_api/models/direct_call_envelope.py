from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.direct_call import DirectCall


T = TypeVar("T", bound="DirectCallEnvelope")


@_attrs_define
class DirectCallEnvelope:
    """One direct call.

    Attributes:
        call (DirectCall): A one-to-one call. Timestamps in Unix milliseconds; `duration` in milliseconds.
    """

    call: DirectCall
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call = self.call.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call": call,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_call import DirectCall  # noqa: PLC0415

        d = dict(src_dict)
        call = DirectCall.from_dict(d.pop("call"))

        direct_call_envelope = cls(
            call=call,
        )

        direct_call_envelope.additional_properties = d
        return direct_call_envelope

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
