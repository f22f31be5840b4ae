from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    Model,
    Schema,
    enum,
    field,
    field_repr,
    masked_extras,
    model,
)
from sendbird_calls.core.unset import UNSET, Unset

from ..models.room_type import RoomType


@_attrs_define
class CreateRoomRequest(Model):
    """A room to create.

    Attributes:
        type_ (RoomType): `small_room_for_video` holds up to 6 participants, `large_room_for_audio_only` up to
            100.
        custom_items (CustomItems | Unset): Key-value custom items: at most 10; keys 1..128 characters without a comma;
            values
            strings up to 128 characters.
    """

    type_: RoomType = _attrs_field(repr=field_repr("type", False))
    custom_items: CustomItems | Unset = _attrs_field(default=UNSET, repr=field_repr("custom_items", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "CreateRoomRequest",
        (
            field(
                "type_",
                "type",
                enum(RoomType),
                required=True,
                secret=False,
            ),
            field(
                "custom_items",
                "custom_items",
                model(lambda: CustomItems),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.custom_items import CustomItems  # noqa: E402
