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

T = TypeVar("T", bound="RoomInvitation")


@_attrs_define
class RoomInvitation:
    """An invitation to a room, as far as known: Sendbird documents no payload, so these fields
    follow the SDK's invitation object and any other field is kept.

        Attributes:
            invitation_id (str | Unset): The invitation's ID.
            room_id (str | Unset): The room the invitee is invited to.
            inviter (User | Unset): A Calls user (the Chat user resource as Calls shows it).
            invitee (User | Unset): A Calls user (the Chat user resource as Calls shows it).
    """

    invitation_id: str | Unset = UNSET
    room_id: str | Unset = UNSET
    inviter: User | Unset = UNSET
    invitee: User | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invitation_id = self.invitation_id

        room_id = self.room_id

        inviter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inviter, Unset):
            inviter = self.inviter.to_dict()

        invitee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invitee, Unset):
            invitee = self.invitee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invitation_id is not UNSET:
            field_dict["invitation_id"] = invitation_id
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if inviter is not UNSET:
            field_dict["inviter"] = inviter
        if invitee is not UNSET:
            field_dict["invitee"] = invitee

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
        invitation_id = _pop("invitation_id", UNSET)
        if not (isinstance(invitation_id, str) or invitation_id is UNSET):
            invalid(invitation_id, "a string", "invitation_id")

        room_id = _pop("room_id", UNSET)
        if not (isinstance(room_id, str) or room_id is UNSET):
            invalid(room_id, "a string", "room_id")

        inviter = _pop("inviter", UNSET)
        if inviter.__class__ is dict or isinstance(inviter, Mapping):
            try:
                inviter = User.from_dict(inviter)
            except ModelValidationError as _error:
                _error.within("inviter")
                raise
        elif isinstance(inviter, User):
            pass
        elif not (inviter is UNSET):
            invalid(inviter, "an object", "inviter")

        invitee = _pop("invitee", UNSET)
        if invitee.__class__ is dict or isinstance(invitee, Mapping):
            try:
                invitee = User.from_dict(invitee)
            except ModelValidationError as _error:
                _error.within("invitee")
                raise
        elif isinstance(invitee, User):
            pass
        elif not (invitee is UNSET):
            invalid(invitee, "an object", "invitee")

        _instance = cls.__new__(cls)
        _instance.invitation_id = invitation_id
        _instance.room_id = room_id
        _instance.inviter = inviter
        _instance.invitee = invitee
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


_MODEL = "RoomInvitation"

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.user import User  # noqa: E402
