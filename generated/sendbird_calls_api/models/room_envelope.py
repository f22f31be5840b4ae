from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    Model,
    Schema,
    field,
    field_repr,
    masked_extras,
    model,
)


@_attrs_define
class RoomEnvelope(Model):
    """One room.

    Attributes:
        room (Room): A group-call room. Timestamps in Unix milliseconds.
    """

    room: Room = _attrs_field(repr=field_repr("room", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "RoomEnvelope",
        (
            field(
                "room",
                "room",
                model(lambda: Room),
                required=True,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.room import Room  # noqa: E402
