from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.participant_state import ParticipantState
from ..types import (
    UNSET,
    ModelValidationError,
    Unset,
    as_int,
    invalid,
    unknown_fields,
    unknown_value,
)

T = TypeVar("T", bound="Participant")


@_attrs_define
class Participant:
    """A participant of a room. Timestamps in Unix milliseconds; `duration` in seconds.

    Attributes:
        room_id (str): The room's ID.
        participant_id (str): The participant's unique ID.
        user_id (str | Unset): The ID of the participant's user; may be absent (the SDKs read `user`).
        user (User | Unset): A Calls user (the Chat user resource as Calls shows it).
        state (ParticipantState | str | Unset): A participant's state. Open, so a state added later still parses.
        entered_at (int | Unset): When the participant entered, Unix milliseconds.
        updated_at (int | Unset): When the participant last changed, Unix milliseconds.
        exited_at (int | None | Unset): Also sent as `exit_at`. When the participant exited, Unix milliseconds; null
            until then.
        duration (int | None | Unset): Time in the room, in seconds; null until the participant exits.
        client_id (str | Unset): The participant's client.
        is_audio_on (bool | Unset): Whether the participant's audio is on.
        is_video_on (bool | Unset): Whether the participant's video is on.
    """

    room_id: str
    participant_id: str
    user_id: str | Unset = UNSET
    user: User | Unset = UNSET
    state: ParticipantState | str | Unset = UNSET
    entered_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    exited_at: int | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    client_id: str | Unset = UNSET
    is_audio_on: bool | Unset = UNSET
    is_video_on: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        participant_id = self.participant_id

        user_id = self.user_id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ParticipantState):
            state = self.state.value
        else:
            state = self.state

        entered_at = self.entered_at

        updated_at = self.updated_at

        exited_at: int | None | Unset
        if isinstance(self.exited_at, Unset):
            exited_at = UNSET
        else:
            exited_at = self.exited_at

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        client_id = self.client_id

        is_audio_on = self.is_audio_on

        is_video_on = self.is_video_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
                "participant_id": participant_id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user is not UNSET:
            field_dict["user"] = user
        if state is not UNSET:
            field_dict["state"] = state
        if entered_at is not UNSET:
            field_dict["entered_at"] = entered_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if exited_at is not UNSET:
            field_dict["exited_at"] = exited_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if is_audio_on is not UNSET:
            field_dict["is_audio_on"] = is_audio_on
        if is_video_on is not UNSET:
            field_dict["is_video_on"] = is_video_on

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
        room_id = _pop("room_id", UNSET)
        if not (isinstance(room_id, str)):
            invalid(room_id, "a string", "room_id")

        participant_id = _pop("participant_id", UNSET)
        if not (isinstance(participant_id, str)):
            invalid(participant_id, "a string", "participant_id")

        user_id = _pop("user_id", UNSET)
        if not (isinstance(user_id, str) or user_id is UNSET):
            invalid(user_id, "a string", "user_id")

        user = _pop("user", UNSET)
        if user.__class__ is dict or isinstance(user, Mapping):
            try:
                user = User.from_dict(user)
            except ModelValidationError as _error:
                _error.within("user")
                raise
        elif isinstance(user, User):
            pass
        elif not (user is UNSET):
            invalid(user, "an object", "user")

        state = _pop("state", UNSET)
        if isinstance(state, str):
            _m_state = _ParticipantState_BY_VALUE.get(state)
            if _m_state is not None:
                state = _m_state
            else:
                unknown_value(_MODEL, "state", state, False)
        elif not (state is UNSET):
            invalid(state, "a string", "state")

        entered_at = _pop("entered_at", UNSET)
        if not (type(entered_at) is int or entered_at is UNSET):
            entered_at = as_int(entered_at, "an integer", "entered_at")

        updated_at = _pop("updated_at", UNSET)
        if not (type(updated_at) is int or updated_at is UNSET):
            updated_at = as_int(updated_at, "an integer", "updated_at")

        exited_at = _pop("exited_at", UNSET)
        _alias_exited_at = _pop("exit_at", UNSET)
        if exited_at is UNSET:
            exited_at, _alias_exited_at = _alias_exited_at, UNSET
        if not (type(exited_at) is int or exited_at is None or exited_at is UNSET):
            exited_at = as_int(exited_at, "an integer or null", "exited_at")

        duration = _pop("duration", UNSET)
        if not (type(duration) is int or duration is None or duration is UNSET):
            duration = as_int(duration, "an integer or null", "duration")

        client_id = _pop("client_id", UNSET)
        if not (isinstance(client_id, str) or client_id is UNSET):
            invalid(client_id, "a string", "client_id")

        is_audio_on = _pop("is_audio_on", UNSET)
        if not (is_audio_on is True or is_audio_on is False or is_audio_on is UNSET):
            invalid(is_audio_on, "a boolean", "is_audio_on")

        is_video_on = _pop("is_video_on", UNSET)
        if not (is_video_on is True or is_video_on is False or is_video_on is UNSET):
            invalid(is_video_on, "a boolean", "is_video_on")

        _instance = cls.__new__(cls)
        _instance.room_id = room_id
        _instance.participant_id = participant_id
        _instance.user_id = user_id
        _instance.user = user
        _instance.state = state
        _instance.entered_at = entered_at
        _instance.updated_at = updated_at
        _instance.exited_at = exited_at
        _instance.duration = duration
        _instance.client_id = client_id
        _instance.is_audio_on = is_audio_on
        _instance.is_video_on = is_video_on
        _instance.additional_properties = unknown_fields(_MODEL, _d) if _d else _d
        if _alias_exited_at is not UNSET:
            _instance.additional_properties["exit_at"] = _alias_exited_at
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


_MODEL = "Participant"
_ParticipantState_BY_VALUE = {member.value: member for member in ParticipantState}

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.user import User  # noqa: E402
