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
from sendbird_calls.core.unset import Unset

from ..models.update_custom_items_request_mode import UpdateCustomItemsRequestMode


@_attrs_define
class UpdateCustomItemsRequest(Model):
    """Custom items to upsert.

    Attributes:
        custom_items (CustomItems): Key-value custom items: at most 10; keys 1..128 characters without a comma; values
            strings up to 128 characters.
        mode (UpdateCustomItemsRequestMode | Unset): How to apply the items; only `upsert` is known. Default:
            UpdateCustomItemsRequestMode.UPSERT.
    """

    custom_items: CustomItems = _attrs_field(repr=field_repr("custom_items", False))
    mode: UpdateCustomItemsRequestMode | Unset = _attrs_field(
        default=UpdateCustomItemsRequestMode.UPSERT, repr=field_repr("mode", False)
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "UpdateCustomItemsRequest",
        (
            field(
                "custom_items",
                "custom_items",
                model(lambda: CustomItems),
                required=True,
                secret=False,
            ),
            field(
                "mode",
                "mode",
                enum(UpdateCustomItemsRequestMode),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.custom_items import CustomItems  # noqa: E402
