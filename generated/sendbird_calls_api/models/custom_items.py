from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    STR,
    Model,
    Schema,
    masked_extras,
)


@_attrs_define
class CustomItems(Model):
    """Key-value custom items: at most 10; keys 1..128 characters without a comma; values
    strings up to 128 characters.

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "CustomItems",
        (),
        additional=STR,
    )
