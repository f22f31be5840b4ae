from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    BOOL,
    STR,
    Model,
    Schema,
    field,
    field_repr,
    masked_extras,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class AddPushTokenRequest(Model):
    """A push token to register.

    Attributes:
        token (str): The FCM registration token or APNs VoIP device token.
        is_unique (bool | Unset): Whether this token replaces the user's other tokens of the type (the SDK always sends
            true).
    """

    token: str = _attrs_field(repr=field_repr("token", False))
    is_unique: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("is_unique", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "AddPushTokenRequest",
        (
            field(
                "token",
                "token",
                STR,
                required=True,
                secret=False,
            ),
            field(
                "is_unique",
                "is_unique",
                BOOL,
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )
