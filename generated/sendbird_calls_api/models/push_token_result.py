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
    """The push token that was added or removed. Read tolerantly: no Calls source shows this
    answer; Chat's analogue answers `token` as an array and `type` in upper case.

        Attributes:
            token (list[str] | str | Unset): The push token, or the tokens (a list) as Chat's analogue answers.
            type_ (str | Unset): The token type, in any case (APNS_VOIP, fcm_voip); may be absent.
            user (User | Unset): A Calls user (the Chat user resource as Calls shows it).
    """

    token: list[str] | str | Unset = UNSET
    type_: str | Unset = UNSET
    user: User | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token: list[str] | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        elif isinstance(self.token, list):
            token = self.token

        else:
            token = self.token

        type_ = self.type_

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if token.__class__ is list or isinstance(token, list | tuple):
            _items_token: list[Any] = []
            try:
                for _i_token, _x_token in enumerate(token):
                    if not (isinstance(_x_token, str)):
                        invalid(_x_token, "a string", _i_token)

                    _items_token.append(_x_token)
            except ModelValidationError as _error:
                _error.within("token")
                raise
            token = _items_token
        elif not (isinstance(token, str) or token is UNSET):
            invalid(token, "a string or an array", "token")

        type_ = _pop("type", UNSET)
        if not (isinstance(type_, str) or type_ is UNSET):
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
