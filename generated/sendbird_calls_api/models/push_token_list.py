from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    STR,
    Model,
    Schema,
    field,
    field_repr,
    list_of,
    masked_extras,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class PushTokenList(Model):
    """Push tokens of one type. Read tolerantly: no Calls source shows this answer, and Chat's
    analogues name the array `token` and answer `type` in upper case.

        Attributes:
            tokens (list[str] | Unset): Also sent as `token`. The push tokens.
            type_ (str | Unset): The token type, in any case (APNS_VOIP, fcm_voip); may be absent.
    """

    tokens: list[str] | Unset = _attrs_field(default=UNSET, repr=field_repr("tokens", False))
    type_: str | Unset = _attrs_field(default=UNSET, repr=field_repr("type", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "PushTokenList",
        (
            field(
                "tokens",
                "tokens",
                list_of(STR),
                required=False,
                also="token",
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
