from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    as_int,
    invalid,
    unknown_fields,
)

T = TypeVar("T", bound="ChatError")


@_attrs_define
class ChatError:
    """The Chat Platform host's error body (secondary API tokens): `error`, `code` and
    `message`, without the `type` the Calls host adds.

        Attributes:
            code (int): Sendbird's error code.
            message (str): What went wrong, in Sendbird's words.
            error (bool | Unset): Always true when present.
    """

    code: int
    message: str
    error: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

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
        code = _pop("code", UNSET)
        if not (type(code) is int):
            code = as_int(code, "an integer", "code")

        message = _pop("message", UNSET)
        if not (isinstance(message, str)):
            invalid(message, "a string", "message")

        error = _pop("error", UNSET)
        if not (error is True or error is False or error is UNSET):
            invalid(error, "a boolean", "error")

        _instance = cls.__new__(cls)
        _instance.code = code
        _instance.message = message
        _instance.error = error
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


_MODEL = "ChatError"
