from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User


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
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_token(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                token_type_1 = cast(list[str], data)

                return token_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        type_ = d.pop("type", UNSET)

        _user = d.pop("user", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user)

        push_token_result = cls(
            token=token,
            type_=type_,
            user=user,
        )

        push_token_result.additional_properties = d
        return push_token_result

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
