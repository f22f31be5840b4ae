from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    INT,
    NULL,
    STR,
    Model,
    Schema,
    field,
    field_repr,
    masked_extras,
    union,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class SessionToken(Model):
    """A session token of a user and when it expires.

    Attributes:
        session_token (str | Unset): Secret: the session token (a credential: masked in reprs and logs).
        expires_at (int | None | Unset): When the token expires, Unix milliseconds.
    """

    session_token: str | Unset = _attrs_field(default=UNSET, repr=field_repr("session_token", True))
    expires_at: int | None | Unset = _attrs_field(default=UNSET, repr=field_repr("expires_at", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "SessionToken",
        (
            field(
                "session_token",
                "session_token",
                STR,
                required=False,
                secret=True,
            ),
            field(
                "expires_at",
                "expires_at",
                union(INT, NULL),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )
