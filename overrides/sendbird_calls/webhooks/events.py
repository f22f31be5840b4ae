"""Typed webhook events: verify first, then parse into the generated model of the event's category.

The category-to-class table is read from the generated models (every model whose ``category``
field is a ``Literal``), so an event added to the spec is parsed once the code is regenerated.
Any other category becomes an ``UnknownEvent`` that keeps the whole payload: a new Sendbird
event never breaks a handler. Sendbird's docs name only the direct-call categories and
``room:create``; the other names (room deletion, participants, invitations) are this project's
and listed in ``GUESSED_CATEGORIES``: if Sendbird names an event differently, it arrives as an
``UnknownEvent`` with its payload.
"""

import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any, Final, Protocol, runtime_checkable

import attrs

import sendbird_calls_api.models as generated_models

from .. import drift  # noqa: F401  (installs the hook through which the models report drift)
from ..core.model import ModelValidationError
from ..errors import SendbirdCallsError
from .errors import WebhookPayloadError
from .signature import DEFAULT_MAX_BODY_BYTES, Headers, signature_from_headers, verify_signature

_LITERAL: Final = re.compile(r"""^Literal\[(['"])(?P<value>[^'"]+)\1\]$""")
_GUESSED_MARK: Final = "our name, not Sendbird's"
"""What the spec writes in an event's description when the category name is ours."""


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
    for name in generated_models.__all__:  # the models load on first use: ask for each by name
        value = getattr(generated_models, name)
        if not (isinstance(value, type) and attrs.has(value)):
            continue
        field = getattr(attrs.fields(value), "category", None)
        match = _LITERAL.match(str(field.type)) if field is not None else None
        if match:
            table[match.group("value")] = value
    return table


EVENT_TYPES: Final[Mapping[str, type[Any]]] = _event_types()
"""The known categories and their event classes, e.g. ``"room:create" -> RoomCreateEvent``."""

GUESSED_CATEGORIES: Final[frozenset[str]] = frozenset(
    category
    for category, event_type in EVENT_TYPES.items()
    if _GUESSED_MARK in " ".join((event_type.__doc__ or "").split())
)
"""Categories whose name is this project's naming of a documented event, not Sendbird's own."""


def event_from_dict(payload: Mapping[str, Any]) -> KnownEvent | UnknownEvent:
    """Builds the typed event of an already verified, decoded payload.

    Args:
        payload: The decoded JSON object of a webhook body whose signature was checked.

    Returns:
        The generated model of the payload's category, or an ``UnknownEvent`` for a category
        this version does not know.

    Raises:
        WebhookPayloadError: No string ``category``, or a known category whose payload does not
            fit its model.
    """
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
    except SendbirdCallsError:
        raise
    except Exception as exc:  # the boundary: whatever a payload makes the model raise is a payload error
        raise WebhookPayloadError(
            f"the {category} event does not fit {event_type.__name__}: {type(exc).__name__}: {_cut(str(exc))}"
        ) from None
    return event


def parse_event(
    body: bytes,
    headers: Headers | None,
    api_token: str,
    *,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> KnownEvent | UnknownEvent:
    """Verifies ``x-sendbird-signature`` on the raw body, then returns the typed event.

    A body over ``max_body_bytes`` is refused before it is hashed or parsed. Sendbird may deliver
    an event more than once (it retries until a 2xx): deduplicate with ``event_key(event)``.

    Args:
        body: The request body exactly as received (bytes, never re-serialised JSON).
        headers: What the framework hands over: a mapping (the name is matched
            case-insensitively), a list of (name, value) pairs (str or bytes), or None.
        api_token: The application's master API token, which signs webhooks.
        max_body_bytes: The largest body taken (default 1 MiB).

    Returns:
        The generated model of the event's category (``RoomCreateEvent``, ...), or an
        ``UnknownEvent`` that keeps the payload of a category this version does not know.

    Raises:
        WebhookBodyTooLargeError: The body is over ``max_body_bytes`` (a ``WebhookPayloadError``).
        InvalidSignatureError: The signature is missing, malformed, duplicated or does not match.
        WebhookPayloadError: The body is not JSON (NaN or Infinity, nested too deep included),
            or a known category's payload does not fit its model. A handler that catches these
            two never fails on a request's content.
        InvalidArgumentTypeError: ``body`` is not bytes (a str is almost always re-serialised JSON).
        InvalidArgumentError: ``max_body_bytes`` is below 0.
    """
    verify_signature(body, signature_from_headers(headers), api_token, max_body_bytes=max_body_bytes)
    try:
        payload = json.loads(body, parse_constant=_refuse_constant)
    except WebhookPayloadError:
        raise
    except (ValueError, RecursionError) as exc:  # not UTF-8, not JSON, numbers too long, nesting too deep
        raise WebhookPayloadError(f"the webhook body is not JSON this parser accepts: {_cut(str(exc))}") from None
    if not isinstance(payload, dict):
        raise WebhookPayloadError(f"the webhook body must be a JSON object, got {type(payload).__name__}")
    return event_from_dict(payload)


def _refuse_constant(name: str) -> object:
    """NaN, Infinity and -Infinity are not JSON: Sendbird never sends them."""
    raise WebhookPayloadError(f"the webhook body holds {name}, which is not valid JSON")


def _cut(text: str) -> str:
    """A message part short enough to log: a hostile body can make an exception quote a huge value."""
    return text if len(text) <= 200 else text[:199] + "…"


def event_key(event: KnownEvent | UnknownEvent) -> str:
    """A stable ID of an event, to deduplicate deliveries: the same event gives the same key.

    Sendbird retries a delivery until it gets a 2xx, so a handler can see one event twice. The
    key is the SHA-256 (hex) of the event's canonical JSON (sorted keys, no spaces), so it does
    not depend on how the body was spaced or ordered, only on what it says.
    """
    canonical = json.dumps(event.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()
