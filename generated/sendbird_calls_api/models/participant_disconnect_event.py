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
class ParticipantDisconnectEvent(Model):
    """Webhook `participant:disconnect` (our name, not Sendbird's, for a documented event): a participant lost its
    connection.

        Attributes:
            category (Literal['participant:disconnect']):
            occurred_at (int): When it happened, Unix milliseconds.
            room (WebhookRoom | Unset): The room a webhook event is about; no field is guaranteed (no payload is
                documented), the rest as in Room.
            participant (Participant | Unset): A participant of a room. Timestamps in Unix milliseconds; `duration` in
                seconds.
    """

    category: Literal["participant:disconnect"] = _attrs_field(repr=field_repr("category", False))
    occurred_at: int = _attrs_field(repr=field_repr("occurred_at", False))
    room: WebhookRoom | Unset = _attrs_field(default=UNSET, repr=field_repr("room", False))
    participant: Participant | Unset = _attrs_field(default=UNSET, repr=field_repr("participant", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "ParticipantDisconnectEvent",
        (
            field(
                "category",
                "category",
                const("participant:disconnect"),
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
                "participant",
                "participant",
                model(lambda: Participant),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.participant import Participant  # noqa: E402
from ..models.webhook_room import WebhookRoom  # noqa: E402
