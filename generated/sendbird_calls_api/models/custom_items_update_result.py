from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    INT,
    STR,
    Model,
    Schema,
    field,
    field_repr,
    list_of,
    masked_extras,
    model,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class CustomItemsUpdateResult(Model):
    """Custom items after an update.

    Attributes:
        custom_items (CustomItems): Key-value custom items: at most 10; keys 1..128 characters without a comma; values
            strings up to 128 characters.
        updated (list[str]): The keys that were set.
        affected_at (int | Unset): When the update took effect, Unix milliseconds.
    """

    custom_items: CustomItems = _attrs_field(repr=field_repr("custom_items", False))
    updated: list[str] = _attrs_field(repr=field_repr("updated", False))
    affected_at: int | Unset = _attrs_field(default=UNSET, repr=field_repr("affected_at", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "CustomItemsUpdateResult",
        (
            field(
                "custom_items",
                "custom_items",
                model(lambda: CustomItems),
                required=True,
                secret=False,
            ),
            field(
                "updated",
                "updated",
                list_of(STR),
                required=True,
                secret=False,
            ),
            field(
                "affected_at",
                "affected_at",
                INT,
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.custom_items import CustomItems  # noqa: E402
