from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CallParticipant")


@_attrs_define
class CallParticipant:
    """A user in a direct call.

    Attributes:
        user_id (str): The user's ID.
        nickname (str | Unset): The user's nickname.
        profile_url (str | Unset): URL of the user's profile image.
        metadata (Metadata | None | Unset): Also sent as `meta_data`. The user's key-value metadata.
        is_active (bool | Unset): Whether the user is active in the application.
        role (str | Unset | UserRole): A user's role in a direct call. Open, so a role added for new call types still
            parses.
    """

    user_id: str
    nickname: str | Unset = UNSET
    profile_url: str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    is_active: bool | Unset = UNSET
    role: str | Unset | UserRole = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata  # noqa: PLC0415

        user_id = self.user_id

        nickname = self.nickname

        profile_url = self.profile_url

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        is_active = self.is_active

        role: str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, UserRole):
            role = self.role.value
        else:
            role = self.role

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
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        if "metadata" not in d and "meta_data" in d:
            d["metadata"] = d.pop("meta_data")
        user_id = d.pop("user_id")

        nickname = d.pop("nickname", UNSET)

        profile_url = d.pop("profile_url", UNSET)

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        is_active = d.pop("is_active", UNSET)

        def _parse_role(data: object) -> str | Unset | UserRole:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_direct_call_user_role_type_0 = UserRole(data)

                return componentsschemas_direct_call_user_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | UserRole, data)

        role = _parse_role(d.pop("role", UNSET))

        call_participant = cls(
            user_id=user_id,
            nickname=nickname,
            profile_url=profile_url,
            metadata=metadata,
            is_active=is_active,
            role=role,
        )

        call_participant.additional_properties = d
        return call_participant

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
