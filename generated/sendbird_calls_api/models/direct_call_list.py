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
        calls = _pop("calls", UNSET)
        if calls.__class__ is list or isinstance(calls, list | tuple):
            _items_calls: list[Any] = []
            try:
                for _i_calls, _x_calls in enumerate(calls):
                    if _x_calls.__class__ is dict or isinstance(_x_calls, Mapping):
                        try:
                            _x_calls = DirectCall.from_dict(_x_calls)
                        except ModelValidationError as _error:
                            _error.within(_i_calls)
                            raise
                    elif isinstance(_x_calls, DirectCall):
                        pass
                    else:
                        invalid(_x_calls, "an object", _i_calls)

                    _items_calls.append(_x_calls)
            except ModelValidationError as _error:
                _error.within("calls")
                raise
            calls = _items_calls
        else:
            invalid(calls, "an array", "calls")

        next_ = _pop("next", UNSET)
        if not (isinstance(next_, str) or next_ is None or next_ is UNSET):
            invalid(next_, "a string or null", "next")

        has_next = _pop("has_next", UNSET)
        if not (has_next is True or has_next is False or has_next is UNSET):
            invalid(has_next, "a boolean", "has_next")

        _instance = cls.__new__(cls)
        _instance.calls = calls
        _instance.next_ = next_
        _instance.has_next = has_next
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


_MODEL = "DirectCallList"

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.direct_call import DirectCall  # noqa: E402
