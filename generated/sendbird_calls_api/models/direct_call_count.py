from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    INT,
    Model,
    Schema,
    field,
    field_repr,
    masked_extras,
)


@_attrs_define
class DirectCallCount(Model):
    """A user's direct calls by role.

    Attributes:
        caller (int): Calls the user dialed.
        callee (int): Calls the user received.
    """

    caller: int = _attrs_field(repr=field_repr("caller", False))
    callee: int = _attrs_field(repr=field_repr("callee", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "DirectCallCount",
        (
            field(
                "caller",
                "caller",
                INT,
                required=True,
                secret=False,
            ),
            field(
                "callee",
                "callee",
                INT,
                required=True,
                secret=False,
            ),
        ),
        additional=ANY,
    )
