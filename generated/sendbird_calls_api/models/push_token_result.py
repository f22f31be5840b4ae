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
    model,
    union,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class PushTokenResult(Model):
    """The push token that was added or removed. Read tolerantly: no Calls source shows this
    answer; Chat's analogue answers `token` as an array and `type` in upper case.

        Attributes:
            token (list[str] | str | Unset): The push token, or the tokens (a list) as Chat's analogue answers.
            type_ (str | Unset): The token type, in any case (APNS_VOIP, fcm_voip); may be absent.
            user (User | Unset): A Calls user (the Chat user resource as Calls shows it). `access_token` and the session
                tokens are credentials: clients mask them in reprs and logs (`to_dict()` keeps them).
    """

    token: list[str] | str | Unset = _attrs_field(default=UNSET, repr=field_repr("token", False))
    type_: str | Unset = _attrs_field(default=UNSET, repr=field_repr("type", False))
    user: User | Unset = _attrs_field(default=UNSET, repr=field_repr("user", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "PushTokenResult",
        (
            field(
                "token",
                "token",
                union(STR, list_of(STR)),
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
            field(
                "user",
                "user",
                model(lambda: User),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.user import User  # noqa: E402
