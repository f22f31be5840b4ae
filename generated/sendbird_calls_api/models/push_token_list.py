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
        tokens = _pop("tokens", UNSET)
        _alias_tokens = _pop("token", UNSET)
        if tokens is UNSET:
            tokens, _alias_tokens = _alias_tokens, UNSET
        if tokens.__class__ is list or isinstance(tokens, list | tuple):
            _items_tokens: list[Any] = []
            try:
                for _i_tokens, _x_tokens in enumerate(tokens):
                    if not (isinstance(_x_tokens, str)):
                        invalid(_x_tokens, "a string", _i_tokens)

                    _items_tokens.append(_x_tokens)
            except ModelValidationError as _error:
                _error.within("tokens")
                raise
            tokens = _items_tokens
        elif not (tokens is UNSET):
            invalid(tokens, "an array", "tokens")

        type_ = _pop("type", UNSET)
        if not (isinstance(type_, str) or type_ is UNSET):
            invalid(type_, "a string", "type")

        _instance = cls.__new__(cls)
        _instance.tokens = tokens
        _instance.type_ = type_
        _instance.additional_properties = unknown_fields(_MODEL, _d) if _d else _d
        if _alias_tokens is not UNSET:
            _instance.additional_properties["token"] = _alias_tokens
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


_MODEL = "PushTokenList"
