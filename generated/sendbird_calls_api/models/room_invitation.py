from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    STR,
    Model,
    Schema,
    field,
    field_repr,
    masked_extras,
    model,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class RoomInvitation(Model):
    """An invitation to a room, as far as known: Sendbird documents no payload, so these fields
    follow the SDK's invitation object and any other field is kept.

        Attributes:
            invitation_id (str | Unset): The invitation's ID.
            room_id (str | Unset): The room the invitee is invited to.
            inviter (User | Unset): A Calls user (the Chat user resource as Calls shows it). `access_token` and the session
                tokens are credentials: clients mask them in reprs and logs (`to_dict()` keeps them).
            invitee (User | Unset): A Calls user (the Chat user resource as Calls shows it). `access_token` and the session
                tokens are credentials: clients mask them in reprs and logs (`to_dict()` keeps them).
    """

    invitation_id: str | Unset = _attrs_field(default=UNSET, repr=field_repr("invitation_id", False))
    room_id: str | Unset = _attrs_field(default=UNSET, repr=field_repr("room_id", False))
    inviter: User | Unset = _attrs_field(default=UNSET, repr=field_repr("inviter", False))
    invitee: User | Unset = _attrs_field(default=UNSET, repr=field_repr("invitee", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "RoomInvitation",
        (
            field(
                "invitation_id",
                "invitation_id",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "room_id",
                "room_id",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "inviter",
                "inviter",
                model(lambda: User),
                required=False,
                secret=False,
            ),
            field(
                "invitee",
                "invitee",
                model(lambda: User),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.user import User  # noqa: E402
