from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    INT,
    Model,
    Schema,
    const,
    field,
    field_repr,
    masked_extras,
    model,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class InvitationDeclineEvent(Model):
    """Webhook `invitation:decline` (our name, not Sendbird's; the SDK's invitation_declined): the invitee declined an
    invitation.

        Attributes:
            category (Literal['invitation:decline']):
            occurred_at (int): When it happened, Unix milliseconds.
            room (WebhookRoom | Unset): The room a webhook event is about; no field is guaranteed (no payload is
                documented), the rest as in Room.
            invitation (RoomInvitation | Unset): An invitation to a room, as far as known: Sendbird documents no payload, so
                these fields
                follow the SDK's invitation object and any other field is kept.
    """

    category: Literal["invitation:decline"] = _attrs_field(repr=field_repr("category", False))
    occurred_at: int = _attrs_field(repr=field_repr("occurred_at", False))
    room: WebhookRoom | Unset = _attrs_field(default=UNSET, repr=field_repr("room", False))
    invitation: RoomInvitation | Unset = _attrs_field(default=UNSET, repr=field_repr("invitation", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "InvitationDeclineEvent",
        (
            field(
                "category",
                "category",
                const("invitation:decline"),
                required=True,
                secret=False,
            ),
            field(
                "occurred_at",
                "occurred_at",
                INT,
                required=True,
                secret=False,
            ),
            field(
                "room",
                "room",
                model(lambda: WebhookRoom),
                required=False,
                secret=False,
            ),
            field(
                "invitation",
                "invitation",
                model(lambda: RoomInvitation),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.room_invitation import RoomInvitation  # noqa: E402
from ..models.webhook_room import WebhookRoom  # noqa: E402
