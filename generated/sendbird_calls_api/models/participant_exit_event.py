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

if TYPE_CHECKING:
    from ..models.participant import Participant
    from ..models.webhook_room import WebhookRoom


T = TypeVar("T", bound="ParticipantExitEvent")


@_attrs_define
class ParticipantExitEvent:
    """Webhook `participant:exit` (our name, not Sendbird's, for a documented event): a participant exited a room.

    Attributes:
        category (Literal['participant:exit']):
        occurred_at (int): When it happened, Unix milliseconds.
        room (WebhookRoom): The room a webhook event is about; only `room_id` is guaranteed, the rest as in Room.
        participant (Participant): A participant of a room. Timestamps in Unix milliseconds; `duration` in seconds.
    """

    category: Literal["participant:exit"]
    occurred_at: int
    room: WebhookRoom
    participant: Participant
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        occurred_at = self.occurred_at

        room = self.room.to_dict()

        participant = self.participant.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "occurred_at": occurred_at,
                "room": room,
                "participant": participant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant import Participant  # noqa: PLC0415
        from ..models.webhook_room import WebhookRoom  # noqa: PLC0415

        d = dict(src_dict)
        category = cast(Literal["participant:exit"], d.pop("category"))
        if category != "participant:exit":
            raise ValueError(f"category must match const 'participant:exit', got '{category}'")

        occurred_at = d.pop("occurred_at")

        room = WebhookRoom.from_dict(d.pop("room"))

        participant = Participant.from_dict(d.pop("participant"))

        participant_exit_event = cls(
            category=category,
            occurred_at=occurred_at,
            room=room,
            participant=participant,
        )

        participant_exit_event.additional_properties = d
        return participant_exit_event

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
