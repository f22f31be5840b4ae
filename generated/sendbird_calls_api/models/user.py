from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A Calls user (the Chat user resource as Calls shows it).

    Attributes:
        user_id (str): The user's unique ID.
        nickname (str | Unset): The user's nickname.
        profile_url (str | Unset): URL of the user's profile image.
        metadata (Metadata | Unset): A user's key-value metadata.
        is_active (bool | Unset): Whether the user is active in the application.
        is_online (bool | Unset): Whether the user is connected to Sendbird now.
    """

    user_id: str
    nickname: str | Unset = UNSET
    profile_url: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_online: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        nickname = self.nickname

        profile_url = self.profile_url

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        is_active = self.is_active

        is_online = self.is_online

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if profile_url is not UNSET:
            field_dict["profile_url"] = profile_url
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_online is not UNSET:
            field_dict["is_online"] = is_online

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("user_id")

        nickname = d.pop("nickname", UNSET)

        profile_url = d.pop("profile_url", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        is_active = d.pop("is_active", UNSET)

        is_online = d.pop("is_online", UNSET)

        user = cls(
            user_id=user_id,
            nickname=nickname,
            profile_url=profile_url,
            metadata=metadata,
            is_active=is_active,
            is_online=is_online,
        )

        user.additional_properties = d
        return user

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
