from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    BOOL,
    NULL,
    STR,
    Model,
    Schema,
    enum,
    field,
    field_repr,
    masked_extras,
    model,
    union,
)
from sendbird_calls.core.unset import UNSET, Unset

from ..models.user_role import UserRole


@_attrs_define
class CallParticipant(Model):
    """A user in a direct call.

    Attributes:
        user_id (str): The user's ID.
        nickname (str | Unset): The user's nickname.
        profile_url (str | Unset): URL of the user's profile image.
        metadata (Metadata | None | Unset): Also sent as `meta_data`. The user's key-value metadata.
        is_active (bool | Unset): Whether the user is active in the application.
        role (str | Unset | UserRole): A user's role in a direct call. Open, so a role added for new call types still
            parses.
    """

    user_id: str = _attrs_field(repr=field_repr("user_id", False))
    nickname: str | Unset = _attrs_field(default=UNSET, repr=field_repr("nickname", False))
    profile_url: str | Unset = _attrs_field(default=UNSET, repr=field_repr("profile_url", False))
    metadata: Metadata | None | Unset = _attrs_field(default=UNSET, repr=field_repr("metadata", False))
    is_active: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("is_active", False))
    role: str | Unset | UserRole = _attrs_field(default=UNSET, repr=field_repr("role", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "CallParticipant",
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
                union(model(lambda: Metadata), NULL),
                required=False,
                also="meta_data",
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
                "role",
                "role",
                union(enum(UserRole), STR),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.metadata import Metadata  # noqa: E402
