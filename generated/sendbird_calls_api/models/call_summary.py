from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    NULL,
    Model,
    Schema,
    field,
    field_repr,
    masked_extras,
    model,
    union,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class CallSummary(Model):
    """A user's call counts and last call.

    Attributes:
        call_count (CallCount): A user's call counts.
        last_call (DirectCall | None | Unset): The user's most recent call; null or absent when there is none.
    """

    call_count: CallCount = _attrs_field(repr=field_repr("call_count", False))
    last_call: DirectCall | None | Unset = _attrs_field(default=UNSET, repr=field_repr("last_call", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "CallSummary",
        (
            field(
                "call_count",
                "call_count",
                model(lambda: CallCount),
                required=True,
                secret=False,
            ),
            field(
                "last_call",
                "last_call",
                union(model(lambda: DirectCall), NULL),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.call_count import CallCount  # noqa: E402
from ..models.direct_call import DirectCall  # noqa: E402
