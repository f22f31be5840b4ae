"""Webhooks: verify and parse the requests Sendbird sends your server, and send signed test events to it."""

from .delivery import (
    AsyncWebhookSender,
    WebhookDeliveryError,
    WebhookSender,
    asend_test_event,
    encode_event,
    send_test_event,
)
from .errors import WebhookBodyTooLargeError, WebhookPayloadError
from .events import (
    EVENT_TYPES,
    GUESSED_CATEGORIES,
    KnownEvent,
    UnknownEvent,
    event_from_dict,
    event_key,
    parse_event,
)
from .signature import (
    DEFAULT_MAX_BODY_BYTES,
    SIGNATURE_HEADER,
    InvalidSignatureError,
    InvalidSignatureReason,
    sign,
    signature_from_headers,
    verify_signature,
)

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "EVENT_TYPES",
    "GUESSED_CATEGORIES",
    "SIGNATURE_HEADER",
    "KnownEvent",
    "UnknownEvent",
    "WebhookBodyTooLargeError",
    "WebhookPayloadError",
    "event_from_dict",
    "event_key",
    "parse_event",
    "AsyncWebhookSender",
    "InvalidSignatureError",
    "InvalidSignatureReason",
    "WebhookDeliveryError",
    "WebhookSender",
    "asend_test_event",
    "encode_event",
    "send_test_event",
    "sign",
    "signature_from_headers",
    "verify_signature",
]
