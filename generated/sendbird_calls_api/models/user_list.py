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

T = TypeVar("T", bound="UserList")


@_attrs_define
class UserList:
    """One page of users.

    Attributes:
        users (list[User]):
        next_ (None | str | Unset): Token of the next page; empty, null or absent at the end.
    """

    users: list[User]
    next_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_

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
        users = _pop("users", UNSET)
        if users.__class__ is list or isinstance(users, list | tuple):
            _items_users: list[Any] = []
            try:
                for _i_users, _x_users in enumerate(users):
                    if _x_users.__class__ is dict or isinstance(_x_users, Mapping):
                        try:
                            _x_users = User.from_dict(_x_users)
                        except ModelValidationError as _error:
                            _error.within(_i_users)
                            raise
                    elif isinstance(_x_users, User):
                        pass
                    else:
                        invalid(_x_users, "an object", _i_users)

                    _items_users.append(_x_users)
            except ModelValidationError as _error:
                _error.within("users")
                raise
            users = _items_users
        else:
            invalid(users, "an array", "users")

        next_ = _pop("next", UNSET)
        if not (isinstance(next_, str) or next_ is None or next_ is UNSET):
            invalid(next_, "a string or null", "next")

        _instance = cls.__new__(cls)
        _instance.users = users
        _instance.next_ = next_
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


_MODEL = "UserList"

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.user import User  # noqa: E402
