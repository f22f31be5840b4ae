from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SecondaryApiToken")


@_attrs_define
class SecondaryApiToken:
    """A secondary API token of the application.

    Attributes:
        token (str): Secret: the token value. Clients mask it in reprs and logs.
        created_at (int): When the token was generated, in Unix **seconds** (not milliseconds, unlike Calls).
    """

    token: str = _attrs_field(repr=lambda _: "'**********'")
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        created_at = d.pop("created_at")

        secondary_api_token = cls(
            token=token,
            created_at=created_at,
        )

        secondary_api_token.additional_properties = d
        return secondary_api_token

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
