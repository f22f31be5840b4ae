from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    NULL,
    STR,
    Model,
    Schema,
    field,
    field_repr,
    list_of,
    masked_extras,
    model,
    union,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class ParticipantList(Model):
    """One page of participants.

    Attributes:
        participants (list[Participant]):
        next_ (None | str | Unset): Token of the next page; empty, null or absent at the end.
        prev (None | str | Unset): Token of the previous page.
    """

    participants: list[Participant] = _attrs_field(repr=field_repr("participants", False))
    next_: None | str | Unset = _attrs_field(default=UNSET, repr=field_repr("next", False))
    prev: None | str | Unset = _attrs_field(default=UNSET, repr=field_repr("prev", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "ParticipantList",
        (
            field(
                "participants",
                "participants",
                list_of(model(lambda: Participant)),
                required=True,
                secret=False,
            ),
            field(
                "next_",
                "next",
                union(STR, NULL),
                required=False,
                secret=False,
            ),
            field(
                "prev",
                "prev",
                union(STR, NULL),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.participant import Participant  # noqa: E402
