"""Typed webhook events: verify first, then parse into the generated model of the event's category.

The category-to-class table is read from the generated models (every model whose ``category``
field is a ``Literal``), so an event added to the spec is parsed once the code is regenerated.
Any other category becomes an ``UnknownEvent`` that keeps the whole payload: a new Sendbird
event never breaks a handler.
"""

import json
import re
from collections.abc import Mapping
from typing import Any, Final, Protocol, runtime_checkable

import attrs

import sendbird_calls_api.models as generated_models
from sendbird_calls_api.types import ModelValidationError

from .. import drift  # noqa: F401  (installs the hook through which the models report drift)
from ..errors import SendbirdCallsError
from .signature import signature_from_headers, verify_signature

_LITERAL: Final = re.compile(r"""^Literal\[(['"])(?P<value>[^'"]+)\1\]$""")


class WebhookPayloadError(SendbirdCallsError, ValueError):
    """A signed webhook body that is not a JSON object, or a known event that does not fit its schema."""


@runtime_checkable
class KnownEvent(Protocol):
    """What every generated event model has."""

    category: str
    occurred_at: int

    def to_dict(self) -> dict[str, Any]: ...


@attrs.frozen
class UnknownEvent:
    """An event of a category this version does not know: the whole payload is kept as it came."""

    category: str
    occurred_at: int | None
    payload: dict[str, Any] = attrs.field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The payload exactly as received."""
        return dict(self.payload)


def _event_types() -> dict[str, type[Any]]:
    """Category -> generated model, for every model whose ``category`` is a string Literal."""
    table: dict[str, type[Any]] = {}
    for value in vars(generated_models).values():
        if not (isinstance(value, type) and attrs.has(value)):
            continue
        field = getattr(attrs.fields(value), "category", None)
        match = _LITERAL.match(str(field.type)) if field is not None else None
        if match:
            table[match.group("value")] = value
    return table


EVENT_TYPES: Final[Mapping[str, type[Any]]] = _event_types()
"""The known categories and their event classes, e.g. ``"room:create" -> RoomCreateEvent``."""


def event_from_dict(payload: Mapping[str, Any]) -> KnownEvent | UnknownEvent:
    """Builds the typed event of an already verified, decoded payload."""
    category = payload.get("category")
    if not isinstance(category, str) or not category:
        raise WebhookPayloadError("the webhook payload has no string 'category'")
    event_type = EVENT_TYPES.get(category)
    if event_type is None:
        occurred_at = payload.get("occurred_at")
        return UnknownEvent(
            category=category,
            occurred_at=occurred_at if isinstance(occurred_at, int) else None,
            payload=dict(payload),
        )
    try:
        event: KnownEvent = event_type.from_dict(payload)
    except ModelValidationError as exc:
        raise WebhookPayloadError(
            f"the {category} event does not fit {event_type.__name__} at {exc.path!r}: {exc.detail}"
        ) from None
    except KeyError as exc:
        raise WebhookPayloadError(f"the {category} event lacks the required field {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise WebhookPayloadError(f"the {category} event does not fit {event_type.__name__}: {exc}") from None
    return event


def parse_event(body: bytes, headers: Mapping[str, str], api_token: str) -> KnownEvent | UnknownEvent:
    """Verifies ``x-sendbird-signature`` on the raw body, then returns the typed event.

    Raises InvalidSignatureError (unsigned, forged or altered) or WebhookPayloadError (not JSON,
    or a known category whose payload does not fit).
    """
    verify_signature(body, signature_from_headers(headers), api_token)
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WebhookPayloadError(f"the webhook body is not JSON: {exc}") from None
    if not isinstance(payload, dict):
        raise WebhookPayloadError(f"the webhook body must be a JSON object, got {type(payload).__name__}")
    return event_from_dict(payload)
