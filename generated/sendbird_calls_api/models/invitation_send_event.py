from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.room_invitation import RoomInvitation
    from ..models.webhook_room import WebhookRoom


T = TypeVar("T", bound="InvitationSendEvent")


@_attrs_define
class InvitationSendEvent:
    """Webhook `invitation:send` (our name, not Sendbird's; the docs list the event, not its name): an invitation to join a
    room was sent.

        Attributes:
            category (Literal['invitation:send']):
            occurred_at (int): When it happened, Unix milliseconds.
            room (WebhookRoom): The room a webhook event is about; only `room_id` is guaranteed, the rest as in Room.
            invitation (RoomInvitation | Unset): An invitation to a room, as far as known: Sendbird documents no payload, so
                these fields
                follow the SDK's invitation object and any other field is kept.
    """

    category: Literal["invitation:send"]
    occurred_at: int
    room: WebhookRoom
    invitation: RoomInvitation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        occurred_at = self.occurred_at

        room = self.room.to_dict()

        invitation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invitation, Unset):
            invitation = self.invitation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "occurred_at": occurred_at,
                "room": room,
            }
        )
        if invitation is not UNSET:
            field_dict["invitation"] = invitation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.room_invitation import RoomInvitation  # noqa: PLC0415
        from ..models.webhook_room import WebhookRoom  # noqa: PLC0415

        d = dict(src_dict)
        category = cast(Literal["invitation:send"], d.pop("category"))
        if category != "invitation:send":
            raise ValueError(f"category must match const 'invitation:send', got '{category}'")

        occurred_at = d.pop("occurred_at")

        room = WebhookRoom.from_dict(d.pop("room"))

        _invitation = d.pop("invitation", UNSET)
        invitation: RoomInvitation | Unset
        if isinstance(_invitation, Unset):
            invitation = UNSET
        else:
            invitation = RoomInvitation.from_dict(_invitation)

        invitation_send_event = cls(
            category=category,
            occurred_at=occurred_at,
            room=room,
            invitation=invitation,
        )

        invitation_send_event.additional_properties = d
        return invitation_send_event

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
