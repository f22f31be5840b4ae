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
)
from sendbird_calls.core.unset import UNSET, Unset


@_attrs_define
class UpdateWebhookSettingsRequest(Model):
    """The settings to change; fields left out keep their value.

    Attributes:
        enabled (bool | Unset): Turn delivery on or off.
        url (str | Unset): The endpoint to POST events to (https in production).
        enabled_events (list[str] | Unset): Categories to receive, such as direct_call:end; ["*"] for all (documented
            for Chat, unconfirmed for Calls).
    """

    enabled: bool | Unset = _attrs_field(default=UNSET, repr=field_repr("enabled", False))
    url: str | Unset = _attrs_field(default=UNSET, repr=field_repr("url", False))
    enabled_events: list[str] | Unset = _attrs_field(default=UNSET, repr=field_repr("enabled_events", False))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "UpdateWebhookSettingsRequest",
        (
            field(
                "enabled",
                "enabled",
                BOOL,
                required=False,
                secret=False,
            ),
            field(
                "url",
                "url",
                STR,
                required=False,
                secret=False,
            ),
            field(
                "enabled_events",
                "enabled_events",
                list_of(STR),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )
