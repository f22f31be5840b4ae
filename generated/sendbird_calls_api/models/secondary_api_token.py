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
    masked_extras,
)


@_attrs_define
class SecondaryApiToken(Model):
    """A secondary API token of the application.

    Attributes:
        token (str): Secret: the token value. Clients mask it in reprs and logs.
        created_at (int): When the token was generated, in Unix **seconds** (not milliseconds, unlike Calls).
    """

    token: str = _attrs_field(repr=field_repr("token", True))
    created_at: int = _attrs_field(repr=field_repr("created_at", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "SecondaryApiToken",
        (
            field(
                "token",
                "token",
                STR,
                required=True,
                secret=True,
            ),
            field(
                "created_at",
                "created_at",
                INT,
                required=True,
                secret=False,
            ),
        ),
        additional=ANY,
    )
