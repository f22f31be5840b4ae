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
class DirectCallEnvelope(Model):
    """One direct call.

    Attributes:
        call (DirectCall): A one-to-one call. Timestamps in Unix milliseconds; `duration` in milliseconds.
    """

    call: DirectCall = _attrs_field(repr=field_repr("call", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "DirectCallEnvelope",
        (
            field(
                "call",
                "call",
                model(lambda: DirectCall),
                required=True,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.direct_call import DirectCall  # noqa: E402
