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
    model,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class User(Model):
    """A Calls user (the Chat user resource as Calls shows it).

    Attributes:
        user_id (str): The user's unique ID.
        nickname (str | Unset): The user's nickname.
        profile_url (str | Unset): URL of the user's profile image.
        metadata (Metadata | Unset): A user's key-value metadata.
        is_active (bool | Unset): Whether the user is active in the application.
        is_online (bool | Unset): Whether the user is connected to Sendbird now.
    """

    user_id: str = _attrs_field(repr=field_repr("user_id", False))
    nickname: str | Unset = _attrs_field(default=UNSET, repr=field_repr("nickname", False))
    profile_url: str | Unset = _attrs_field(default=UNSET, repr=field_repr("profile_url", False))
    metadata: Metadata | Unset = _attrs_field(default=UNSET, repr=field_repr("metadata", False))
    is_active: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("is_active", False))
    is_online: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("is_online", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "User",
        (
            field(
                "user_id",
                "user_id",
                STR,
                required=True,
                secret=False,
            ),
            field(
                "nickname",
                "nickname",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "profile_url",
                "profile_url",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "metadata",
                "metadata",
                model(lambda: Metadata),
                required=False,
                secret=False,
            ),
            field(
                "is_active",
                "is_active",
                BOOL,
                required=False,
                secret=False,
            ),
            field(
                "is_online",
                "is_online",
                BOOL,
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.metadata import Metadata  # noqa: E402
