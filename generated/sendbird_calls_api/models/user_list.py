from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from sendbird_calls.core.model import (
    ANY,
    NULL,
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
class UserList(Model):
    """One page of users.

    Attributes:
        users (list[User]):
        next_ (None | str | Unset): Token of the next page; empty, null or absent at the end.
    """

    users: list[User] = _attrs_field(repr=field_repr("users", False))
    next_: None | str | Unset = _attrs_field(default=UNSET, repr=field_repr("next", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "UserList",
        (
            field(
                "users",
                "users",
                list_of(model(lambda: User)),
                required=True,
                secret=False,
            ),
            field(
                "next_",
                "next",
                union(STR, NULL),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )


# Imported last: these models may import this one; the lambdas above find them when first parsing.
from ..models.user import User  # noqa: E402
