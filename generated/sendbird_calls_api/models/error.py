from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    BOOL,
    INT,
    STR,
    Model,
    Schema,
    field,
    field_repr,
    masked_extras,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class Error(Model):
    """Sendbird's error body on the Calls host. `error` and `type` may be absent (the official
    429 example has no `error`). The Calls host's codes: 400100 INVALID_PARAMS, 400111 MISSING_PARAMS, 400200
    NOT_FOUND, 400201 UNIQUE_CONSTRAINT, 400800 FREE_PLAN_ENDED, 1400126 INVALID_ROOM,
    401120 NOT_ALLOWED, 401121 NOT_AUTHORIZED, 429100 RATE_LIMIT_EXCEEDED, 500999
    UNKNOWN_ERROR.

        Attributes:
            code (int): Sendbird's error code (see the list above).
            message (str): What went wrong, in Sendbird's words.
            error (bool | Unset): Always true when present.
            type_ (str | Unset): The code's name, such as NOT_FOUND.
    """

    code: int = _attrs_field(repr=field_repr("code", False))
    message: str = _attrs_field(repr=field_repr("message", False))
    error: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("error", False))
    type_: str | Unset = _attrs_field(default=UNSET, repr=field_repr("type", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "Error",
        (
            field(
                "code",
                "code",
                INT,
                required=True,
                secret=False,
            ),
            field(
                "message",
                "message",
                STR,
                required=True,
                secret=False,
            ),
            field(
                "error",
                "error",
                BOOL,
                required=False,
                secret=False,
            ),
            field(
                "type_",
                "type",
                STR,
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )
