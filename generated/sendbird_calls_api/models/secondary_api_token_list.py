from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ModelValidationError,
    invalid,
    unknown_fields,
)

T = TypeVar("T", bound="SecondaryApiTokenList")


@_attrs_define
class SecondaryApiTokenList:
    """The application's secondary API tokens (at most 10).

    Attributes:
        api_tokens (list[SecondaryApiToken]):
    """

    api_tokens: list[SecondaryApiToken]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_tokens = []
        for api_tokens_item_data in self.api_tokens:
            api_tokens_item = api_tokens_item_data.to_dict()
            api_tokens.append(api_tokens_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_tokens": api_tokens,
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
        api_tokens = _pop("api_tokens", UNSET)
        if api_tokens.__class__ is list or isinstance(api_tokens, list | tuple):
            _items_api_tokens: list[Any] = []
            try:
                for _i_api_tokens, _x_api_tokens in enumerate(api_tokens):
                    if _x_api_tokens.__class__ is dict or isinstance(_x_api_tokens, Mapping):
                        try:
                            _x_api_tokens = SecondaryApiToken.from_dict(_x_api_tokens)
                        except ModelValidationError as _error:
                            _error.within(_i_api_tokens)
                            raise
                    elif isinstance(_x_api_tokens, SecondaryApiToken):
                        pass
                    else:
                        invalid(_x_api_tokens, "an object", _i_api_tokens)

                    _items_api_tokens.append(_x_api_tokens)
            except ModelValidationError as _error:
                _error.within("api_tokens")
                raise
            api_tokens = _items_api_tokens
        else:
            invalid(api_tokens, "an array", "api_tokens")

        _instance = cls.__new__(cls)
        _instance.api_tokens = api_tokens
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


_MODEL = "SecondaryApiTokenList"

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.secondary_api_token import SecondaryApiToken  # noqa: E402
