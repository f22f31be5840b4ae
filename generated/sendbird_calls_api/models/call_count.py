from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ModelValidationError,
    as_int,
    invalid,
    unknown_fields,
)

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
        total = _pop("total", UNSET)
        if not (type(total) is int):
            total = as_int(total, "an integer", "total")

        direct_call = _pop("direct_call", UNSET)
        if direct_call.__class__ is dict or isinstance(direct_call, Mapping):
            try:
                direct_call = DirectCallCount.from_dict(direct_call)
            except ModelValidationError as _error:
                _error.within("direct_call")
                raise
        elif isinstance(direct_call, DirectCallCount):
            pass
        else:
            invalid(direct_call, "an object", "direct_call")

        _instance = cls.__new__(cls)
        _instance.total = total
        _instance.direct_call = direct_call
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


_MODEL = "CallCount"

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.direct_call_count import DirectCallCount  # noqa: E402
