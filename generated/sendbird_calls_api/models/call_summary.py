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
        call_count = _pop("call_count", UNSET)
        if call_count.__class__ is dict or isinstance(call_count, Mapping):
            try:
                call_count = CallCount.from_dict(call_count)
            except ModelValidationError as _error:
                _error.within("call_count")
                raise
        elif isinstance(call_count, CallCount):
            pass
        else:
            invalid(call_count, "an object", "call_count")

        last_call = _pop("last_call", UNSET)
        if last_call.__class__ is dict or isinstance(last_call, Mapping):
            try:
                last_call = DirectCall.from_dict(last_call)
            except ModelValidationError as _error:
                _error.within("last_call")
                raise
        elif isinstance(last_call, DirectCall):
            pass
        elif not (last_call is None or last_call is UNSET):
            invalid(last_call, "an object or null", "last_call")

        _instance = cls.__new__(cls)
        _instance.call_count = call_count
        _instance.last_call = last_call
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


_MODEL = "CallSummary"

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.call_count import CallCount  # noqa: E402
from ..models.direct_call import DirectCall  # noqa: E402
