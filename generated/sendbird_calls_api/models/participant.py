from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.participant_state import ParticipantState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User


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
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        if "exited_at" not in d and "exit_at" in d:
            d["exited_at"] = d.pop("exit_at")
        room_id = d.pop("room_id")

        participant_id = d.pop("participant_id")

        user_id = d.pop("user_id", UNSET)

        _user = d.pop("user", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user)

        def _parse_state(data: object) -> ParticipantState | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_any_participant_state_type_0 = ParticipantState(data)

                return componentsschemas_any_participant_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ParticipantState | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        entered_at = d.pop("entered_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_exited_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exited_at = _parse_exited_at(d.pop("exited_at", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        client_id = d.pop("client_id", UNSET)

        is_audio_on = d.pop("is_audio_on", UNSET)

        is_video_on = d.pop("is_video_on", UNSET)

        participant = cls(
            room_id=room_id,
            participant_id=participant_id,
            user_id=user_id,
            user=user,
            state=state,
            entered_at=entered_at,
            updated_at=updated_at,
            exited_at=exited_at,
            duration=duration,
            client_id=client_id,
            is_audio_on=is_audio_on,
            is_video_on=is_video_on,
        )

        participant.additional_properties = d
        return participant

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
