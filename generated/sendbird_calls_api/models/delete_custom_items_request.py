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
    list_of,
    masked_extras,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class DeleteCustomItemsRequest(Model):
    """Keys of custom items to delete; empty or absent deletes them all.

    Attributes:
        keys (list[str] | Unset):
    """

    keys: list[str] | Unset = _attrs_field(default=UNSET, repr=field_repr("keys", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "DeleteCustomItemsRequest",
        (
            field(
                "keys",
                "keys",
                list_of(STR),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )
