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
    model,
)


@_attrs_define
class CallCount(Model):
    """A user's call counts.

    Attributes:
        total (int): All the user's calls.
        direct_call (DirectCallCount): A user's direct calls by role.
    """

    total: int = _attrs_field(repr=field_repr("total", False))
    direct_call: DirectCallCount = _attrs_field(repr=field_repr("direct_call", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "CallCount",
        (
            field(
                "total",
                "total",
                INT,
                required=True,
                secret=False,
            ),
            field(
                "direct_call",
                "direct_call",
                model(lambda: DirectCallCount),
                required=True,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.direct_call_count import DirectCallCount  # noqa: E402
