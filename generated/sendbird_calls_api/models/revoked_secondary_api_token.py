from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    FLOAT,
    STR,
    Model,
    Schema,
    field,
    field_repr,
    masked_extras,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class RevokedSecondaryApiToken(Model):
    """What a revoke may answer besides an empty body: the revoked token. Read tolerantly:
    Chat's docs answer an empty body, and only the generated platform SDKs declare this
    shape (every field optional).

        Attributes:
            token (str | Unset): Secret: the revoked token. Clients mask it in reprs and logs.
            created_at (float | Unset): When the token was generated, in Unix seconds (a number in the platform SDKs).
    """

    token: str | Unset = _attrs_field(default=UNSET, repr=field_repr("token", True))
    created_at: float | Unset = _attrs_field(default=UNSET, repr=field_repr("created_at", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "RevokedSecondaryApiToken",
        (
            field(
                "token",
                "token",
                STR,
                required=False,
                secret=True,
            ),
            field(
                "created_at",
                "created_at",
                FLOAT,
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )
