from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User


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
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        invitation_id = d.pop("invitation_id", UNSET)

        room_id = d.pop("room_id", UNSET)

        _inviter = d.pop("inviter", UNSET)
        inviter: User | Unset
        if isinstance(_inviter, Unset):
            inviter = UNSET
        else:
            inviter = User.from_dict(_inviter)

        _invitee = d.pop("invitee", UNSET)
        invitee: User | Unset
        if isinstance(_invitee, Unset):
            invitee = UNSET
        else:
            invitee = User.from_dict(_invitee)

        room_invitation = cls(
            invitation_id=invitation_id,
            room_id=room_id,
            inviter=inviter,
            invitee=invitee,
        )

        room_invitation.additional_properties = d
        return room_invitation

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
