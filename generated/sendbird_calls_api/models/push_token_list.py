from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushTokenList")


@_attrs_define
class PushTokenList:
    """Push tokens of one type. Read tolerantly: no Calls source shows this answer, and Chat's
    analogues name the array `token` and answer `type` in upper case.

        Attributes:
            tokens (list[str] | Unset): Also sent as `token`. The push tokens.
            type_ (str | Unset): The token type, in any case (APNS_VOIP, fcm_voip); may be absent.
    """

    tokens: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens: list[str] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "tokens" not in d and "token" in d:
            d["tokens"] = d.pop("token")
        tokens = cast(list[str], d.pop("tokens", UNSET))

        type_ = d.pop("type", UNSET)

        push_token_list = cls(
            tokens=tokens,
            type_=type_,
        )

        push_token_list.additional_properties = d
        return push_token_list

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
