from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.secondary_api_token import SecondaryApiToken


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
        from ..models.secondary_api_token import SecondaryApiToken  # noqa: PLC0415

        d = dict(src_dict)
        api_tokens = []
        _api_tokens = d.pop("api_tokens")
        for api_tokens_item_data in _api_tokens:
            api_tokens_item = SecondaryApiToken.from_dict(api_tokens_item_data)

            api_tokens.append(api_tokens_item)

        secondary_api_token_list = cls(
            api_tokens=api_tokens,
        )

        secondary_api_token_list.additional_properties = d
        return secondary_api_token_list

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
