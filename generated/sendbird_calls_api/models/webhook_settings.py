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
class WebhookSettings(Model):
    """The application's Calls webhook settings.

    Attributes:
        enabled (bool): Whether events are delivered.
        url (str): Where events are POSTed; empty when none is set.
        enabled_events (list[str]): Subscribed categories; `*` means all (as Chat documents it; no Calls page confirms
            `*`).
        all_webhook_categories (list[str] | Unset): Every category one can subscribe to; only with
            `display_all_webhook_categories=true`.
    """

    enabled: bool = _attrs_field(repr=field_repr("enabled", False))
    url: str = _attrs_field(repr=field_repr("url", False))
    enabled_events: list[str] = _attrs_field(repr=field_repr("enabled_events", False))
    all_webhook_categories: list[str] | Unset = _attrs_field(
        default=UNSET, repr=field_repr("all_webhook_categories", False)
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=masked_extras)

    __schema__: ClassVar[Schema] = Schema(
        "WebhookSettings",
        (
            field(
                "enabled",
                "enabled",
                BOOL,
                required=True,
                secret=False,
            ),
            field(
                "url",
                "url",
                STR,
                required=True,
                secret=False,
            ),
            field(
                "enabled_events",
                "enabled_events",
                list_of(STR),
                required=True,
                secret=False,
            ),
            field(
                "all_webhook_categories",
                "all_webhook_categories",
                list_of(STR),
                required=False,
                secret=False,
            ),
        ),
        additional=ANY,
    )
