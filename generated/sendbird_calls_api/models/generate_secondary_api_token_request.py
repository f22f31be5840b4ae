from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    Model,
    Schema,
    masked_extras,
)


@_attrs_define
class GenerateSecondaryApiTokenRequest(Model):
    """Generating a token takes no parameters; send an empty JSON object."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "GenerateSecondaryApiTokenRequest",
        (),
        additional=ANY,
    )
