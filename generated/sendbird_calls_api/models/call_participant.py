from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import (
    UNSET,
    ModelValidationError,
    Unset,
    invalid,
    unknown_fields,
    unknown_value,
)

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
        user_id = _pop("user_id", UNSET)
        if not (isinstance(user_id, str)):
            invalid(user_id, "a string", "user_id")

        nickname = _pop("nickname", UNSET)
        if not (isinstance(nickname, str) or nickname is UNSET):
            invalid(nickname, "a string", "nickname")

        profile_url = _pop("profile_url", UNSET)
        if not (isinstance(profile_url, str) or profile_url is UNSET):
            invalid(profile_url, "a string", "profile_url")

        metadata = _pop("metadata", UNSET)
        _alias_metadata = _pop("meta_data", UNSET)
        if metadata is UNSET:
            metadata, _alias_metadata = _alias_metadata, UNSET
        if metadata.__class__ is dict or isinstance(metadata, Mapping):
            try:
                metadata = Metadata.from_dict(metadata)
            except ModelValidationError as _error:
                _error.within("metadata")
                raise
        elif isinstance(metadata, Metadata):
            pass
        elif not (metadata is None or metadata is UNSET):
            invalid(metadata, "an object or null", "metadata")

        is_active = _pop("is_active", UNSET)
        if not (is_active is True or is_active is False or is_active is UNSET):
            invalid(is_active, "a boolean", "is_active")

        role = _pop("role", UNSET)
        if isinstance(role, str):
            _m_role = _UserRole_BY_VALUE.get(role)
            if _m_role is not None:
                role = _m_role
            else:
                unknown_value(_MODEL, "role", role, False)
        elif not (role is UNSET):
            invalid(role, "a string", "role")

        _instance = cls.__new__(cls)
        _instance.user_id = user_id
        _instance.nickname = nickname
        _instance.profile_url = profile_url
        _instance.metadata = metadata
        _instance.is_active = is_active
        _instance.role = role
        _instance.additional_properties = unknown_fields(_MODEL, _d) if _d else _d
        if _alias_metadata is not UNSET:
            _instance.additional_properties["meta_data"] = _alias_metadata
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


_MODEL = "CallParticipant"
_UserRole_BY_VALUE = {member.value: member for member in UserRole}

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.metadata import Metadata  # noqa: E402
