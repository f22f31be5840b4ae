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
    list_of,
    masked_extras,
    model,
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class User(Model):
    """A Calls user (the Chat user resource as Calls shows it). `access_token` and the session
    tokens are credentials: clients mask them in reprs and logs (`to_dict()` keeps them).

        Attributes:
            user_id (str): The user's unique ID.
            nickname (str | Unset): The user's nickname.
            profile_url (str | Unset): URL of the user's profile image.
            access_token (str | Unset): Secret: an opaque string that identifies the user (a credential: masked in reprs and
                logs).
            session_tokens (list[SessionToken] | Unset): The user's session tokens and when each expires (credentials,
                masked in reprs and logs).
            has_ever_logged_in (bool | Unset): Whether the user has ever logged into the application.
            metadata (Metadata | Unset): A user's key-value metadata.
            is_active (bool | Unset): Whether the user is active in the application.
            is_online (bool | Unset): Whether the user is connected to Sendbird now.
            discovery_keys (list[str] | Unset): The user's discovery keys, as the Calls user page lists them.
            preferred_languages (list[str] | Unset): The user's preferred languages (language codes), up to 4.
    """

    user_id: str = _attrs_field(repr=field_repr("user_id", False))
    nickname: str | Unset = _attrs_field(default=UNSET, repr=field_repr("nickname", False))
    profile_url: str | Unset = _attrs_field(default=UNSET, repr=field_repr("profile_url", False))
    access_token: str | Unset = _attrs_field(default=UNSET, repr=field_repr("access_token", True))
    session_tokens: list[SessionToken] | Unset = _attrs_field(default=UNSET, repr=field_repr("session_tokens", False))
    has_ever_logged_in: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("has_ever_logged_in", False))
    metadata: Metadata | Unset = _attrs_field(default=UNSET, repr=field_repr("metadata", False))
    is_active: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("is_active", False))
    is_online: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("is_online", False))
    discovery_keys: list[str] | Unset = _attrs_field(default=UNSET, repr=field_repr("discovery_keys", False))
    preferred_languages: list[str] | Unset = _attrs_field(default=UNSET, repr=field_repr("preferred_languages", False))
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
                "access_token",
                "access_token",
                STR,
                required=False,
                secret=True,
            ),
            field(
                "session_tokens",
                "session_tokens",
                list_of(model(lambda: SessionToken)),
                required=False,
                secret=False,
            ),
            field(
                "has_ever_logged_in",
                "has_ever_logged_in",
                BOOL,
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
            field(
                "discovery_keys",
                "discovery_keys",
                list_of(STR),
                required=False,
                secret=False,
            ),
            field(
                "preferred_languages",
                "preferred_languages",
                list_of(STR),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.metadata import Metadata  # noqa: E402
from ..models.session_token import SessionToken  # noqa: E402
