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

T = TypeVar("T", bound="PushTokenResult")


@_attrs_define
class PushTokenResult:
    """One push token that was added or removed.

    Attributes:
        token (str): The push token.
        type_ (str): The token type.
        user (User | Unset): A Calls user (the Chat user resource as Calls shows it).
    """

    token: str
    type_: str
    user: User | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        type_ = self.type_

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "type": type_,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user

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

        type_ = _pop("type", UNSET)
        if not (isinstance(type_, str)):
            invalid(type_, "a string", "type")

        user = _pop("user", UNSET)
        if user.__class__ is dict or isinstance(user, Mapping):
            try:
                user = User.from_dict(user)
            except ModelValidationError as _error:
                _error.within("user")
                raise
        elif isinstance(user, User):
            pass
        elif not (user is UNSET):
            invalid(user, "an object", "user")

        _instance = cls.__new__(cls)
        _instance.token = token
        _instance.type_ = type_
        _instance.user = user
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


_MODEL = "PushTokenResult"

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.user import User  # noqa: E402
