from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    Model,
    Schema,
    enum,
    field,
    field_repr,
    masked_extras,
    model,
    union,
)
from sendbird_calls.core.unset import UNSET, Unset

from ..models.participant_state import ParticipantState


@_attrs_define
class Participant(Model):
    """A participant of a room. Timestamps in Unix milliseconds; `duration` in seconds.

    Attributes:
        room_id (str): The room's ID.
        participant_id (str): The participant's unique ID.
        user_id (str | Unset): The ID of the participant's user; may be absent (the SDKs read `user`).
        user (User | Unset): A Calls user (the Chat user resource as Calls shows it). `access_token` and the session
            tokens are credentials: clients mask them in reprs and logs (`to_dict()` keeps them).
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

    room_id: str = _attrs_field(repr=field_repr("room_id", False))
    participant_id: str = _attrs_field(repr=field_repr("participant_id", False))
    user_id: str | Unset = _attrs_field(default=UNSET, repr=field_repr("user_id", False))
    user: User | Unset = _attrs_field(default=UNSET, repr=field_repr("user", False))
    state: ParticipantState | str | Unset = _attrs_field(default=UNSET, repr=field_repr("state", False))
    entered_at: int | Unset = _attrs_field(default=UNSET, repr=field_repr("entered_at", False))
    updated_at: int | Unset = _attrs_field(default=UNSET, repr=field_repr("updated_at", False))
    exited_at: int | None | Unset = _attrs_field(default=UNSET, repr=field_repr("exited_at", False))
    duration: int | None | Unset = _attrs_field(default=UNSET, repr=field_repr("duration", False))
    client_id: str | Unset = _attrs_field(default=UNSET, repr=field_repr("client_id", False))
    is_audio_on: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("is_audio_on", False))
    is_video_on: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("is_video_on", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "Participant",
        (
            field(
                "room_id",
                "room_id",
                STR,
                required=True,
                secret=False,
            ),
            field(
                "participant_id",
                "participant_id",
                STR,
                required=True,
                secret=False,
            ),
            field(
                "user_id",
                "user_id",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "user",
                "user",
                model(lambda: User),
                required=False,
                secret=False,
            ),
            field(
                "state",
                "state",
                union(enum(ParticipantState), STR),
                required=False,
                secret=False,
            ),
            field(
                "entered_at",
                "entered_at",
                INT,
                required=False,
                secret=False,
            ),
            field(
                "updated_at",
                "updated_at",
                INT,
                required=False,
                secret=False,
            ),
            field(
                "exited_at",
                "exited_at",
                union(INT, NULL),
                required=False,
                also="exit_at",
                secret=False,
            ),
            field(
                "duration",
                "duration",
                union(INT, NULL),
                required=False,
                secret=False,
            ),
            field(
                "client_id",
                "client_id",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "is_audio_on",
                "is_audio_on",
                BOOL,
                required=False,
                secret=False,
            ),
            field(
                "is_video_on",
                "is_video_on",
                BOOL,
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.user import User  # noqa: E402
