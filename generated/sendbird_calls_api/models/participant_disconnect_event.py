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
    as_int,
    invalid,
    unknown_fields,
)

T = TypeVar("T", bound="ParticipantDisconnectEvent")


@_attrs_define
class ParticipantDisconnectEvent:
    """Webhook `participant:disconnect` (our name, not Sendbird's, for a documented event): a participant lost its
    connection.

        Attributes:
            category (Literal['participant:disconnect']):
            occurred_at (int): When it happened, Unix milliseconds.
            room (WebhookRoom): The room a webhook event is about; only `room_id` is guaranteed, the rest as in Room.
            participant (Participant): A participant of a room. Timestamps in Unix milliseconds; `duration` in seconds.
    """

    category: Literal["participant:disconnect"]
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
        if not (category == "participant:disconnect"):
            invalid(category, "the constant 'participant:disconnect'", "category")

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

        participant = _pop("participant", UNSET)
        if participant.__class__ is dict or isinstance(participant, Mapping):
            try:
                participant = Participant.from_dict(participant)
            except ModelValidationError as _error:
                _error.within("participant")
                raise
        elif isinstance(participant, Participant):
            pass
        else:
            invalid(participant, "an object", "participant")

        _instance = cls.__new__(cls)
        _instance.category = category
        _instance.occurred_at = occurred_at
        _instance.room = room
        _instance.participant = participant
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


_MODEL = "ParticipantDisconnectEvent"

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.participant import Participant  # noqa: E402
from ..models.webhook_room import WebhookRoom  # noqa: E402
