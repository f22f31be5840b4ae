from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    invalid,
    unknown_fields,
)

T = TypeVar("T", bound="AddPushTokenRequest")


@_attrs_define
class AddPushTokenRequest:
    """A push token to register.

    Attributes:
        token (str): The FCM registration token or APNs VoIP device token.
        is_unique (bool | Unset): Whether this token replaces the user's other tokens of the type (the SDK always sends
            true).
    """

    token: str
    is_unique: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        is_unique = self.is_unique

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if is_unique is not UNSET:
            field_dict["is_unique"] = is_unique

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
        token = _pop("token", UNSET)
        if not (isinstance(token, str)):
            invalid(token, "a string", "token")

        is_unique = _pop("is_unique", UNSET)
        if not (is_unique is True or is_unique is False or is_unique is UNSET):
            invalid(is_unique, "a boolean", "is_unique")

        _instance = cls.__new__(cls)
        _instance.token = token
        _instance.is_unique = is_unique
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


_MODEL = "AddPushTokenRequest"
