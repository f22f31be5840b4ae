from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ModelValidationError,
    Unset,
    as_int,
    invalid,
    unknown_fields,
)

T = TypeVar("T", bound="InvitationCancelEvent")


@_attrs_define
class InvitationCancelEvent:
    """Webhook `invitation:cancel` (our name, not Sendbird's; the SDK's invitation_canceled): the inviter canceled an
    invitation.

        Attributes:
            category (Literal['invitation:cancel']):
            occurred_at (int): When it happened, Unix milliseconds.
            room (WebhookRoom): The room a webhook event is about; only `room_id` is guaranteed, the rest as in Room.
            invitation (RoomInvitation | Unset): An invitation to a room, as far as known: Sendbird documents no payload, so
                these fields
                follow the SDK's invitation object and any other field is kept.
    """

    category: Literal["invitation:cancel"]
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
        category = _pop("category", UNSET)
        if not (category == "invitation:cancel"):
            invalid(category, "the constant 'invitation:cancel'", "category")

        occurred_at = _pop("occurred_at", UNSET)
        if not (type(occurred_at) is int):
            occurred_at = as_int(occurred_at, "an integer", "occurred_at")

        room = _pop("room", UNSET)
        if room.__class__ is dict or isinstance(room, Mapping):
            try:
                room = WebhookRoom.from_dict(room)
            except ModelValidationError as _error:
                _error.within("room")
                raise
        elif isinstance(room, WebhookRoom):
            pass
        else:
            invalid(room, "an object", "room")

        invitation = _pop("invitation", UNSET)
        if invitation.__class__ is dict or isinstance(invitation, Mapping):
            try:
                invitation = RoomInvitation.from_dict(invitation)
            except ModelValidationError as _error:
                _error.within("invitation")
                raise
        elif isinstance(invitation, RoomInvitation):
            pass
        elif not (invitation is UNSET):
            invalid(invitation, "an object", "invitation")

        _instance = cls.__new__(cls)
        _instance.category = category
        _instance.occurred_at = occurred_at
        _instance.room = room
        _instance.invitation = invitation
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


_MODEL = "InvitationCancelEvent"

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.room_invitation import RoomInvitation  # noqa: E402
from ..models.webhook_room import WebhookRoom  # noqa: E402
