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
    list_of,
    masked_extras,
    model,
)


@_attrs_define
class SecondaryApiTokenList(Model):
    """The application's secondary API tokens (at most 10).

    Attributes:
        api_tokens (list[SecondaryApiToken]):
    """

    api_tokens: list[SecondaryApiToken] = _attrs_field(repr=field_repr("api_tokens", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "SecondaryApiTokenList",
        (
            field(
                "api_tokens",
                "api_tokens",
                list_of(model(lambda: SecondaryApiToken)),
                required=True,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.secondary_api_token import SecondaryApiToken  # noqa: E402
