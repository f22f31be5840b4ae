"""Webhooks: verify the requests Sendbird sends your server, and send signed test events to it."""

from .delivery import (
    AsyncWebhookSender,
    WebhookDeliveryError,
    WebhookSender,
    asend_test_event,
    encode_event,
    send_test_event,
)
from .signature import (
    SIGNATURE_HEADER,
    InvalidSignatureError,
    InvalidSignatureReason,
    sign,
    signature_from_headers,
    verify_signature,
)

# Parsing lands here later: `parse_event(body: bytes)` and the typed events built on the generated
# models, with a generic event that keeps the whole payload for any unknown category.

__all__ = [
    "SIGNATURE_HEADER",
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
