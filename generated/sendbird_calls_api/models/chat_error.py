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
class ChatError(Model):
    """The Chat Platform host's error body (secondary API tokens): `error`, `code` and
    `message`, without the `type` the Calls host adds. Its codes are Chat's, not Calls':
    400201 is "not found" (ResourceNotFound), 400100-400104 an unexpected parameter type,
    400105 a missing parameter, 400111 an invalid value, 400202 "already exists".

        Attributes:
            code (int): Sendbird's error code.
            message (str): What went wrong, in Sendbird's words.
            error (bool | Unset): Always true when present.
    """

    code: int = _attrs_field(repr=field_repr("code", False))
    message: str = _attrs_field(repr=field_repr("message", False))
    error: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("error", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "ChatError",
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
        ),
        additional=ANY,
    )
