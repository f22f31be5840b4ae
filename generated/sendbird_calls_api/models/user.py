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
        if metadata.__class__ is dict or isinstance(metadata, Mapping):
            try:
                metadata = Metadata.from_dict(metadata)
            except ModelValidationError as _error:
                _error.within("metadata")
                raise
        elif isinstance(metadata, Metadata):
            pass
        elif not (metadata is UNSET):
            invalid(metadata, "an object", "metadata")

        is_active = _pop("is_active", UNSET)
        if not (is_active is True or is_active is False or is_active is UNSET):
            invalid(is_active, "a boolean", "is_active")

        is_online = _pop("is_online", UNSET)
        if not (is_online is True or is_online is False or is_online is UNSET):
            invalid(is_online, "a boolean", "is_online")

        _instance = cls.__new__(cls)
        _instance.user_id = user_id
        _instance.nickname = nickname
        _instance.profile_url = profile_url
        _instance.metadata = metadata
        _instance.is_active = is_active
        _instance.is_online = is_online
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


_MODEL = "User"

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.metadata import Metadata  # noqa: E402
