"""Sign and verify Sendbird webhook bodies: HMAC-SHA256 of the raw bytes, keyed with the API token.

Sendbird sends the lowercase hex digest in the ``x-sendbird-signature`` header. Verify it on the
exact bytes received, before parsing: re-serialised JSON differs in spacing, key order or escapes.
"""

import hashlib
import hmac
import re
from collections.abc import Mapping
from typing import Final, Literal

from ..errors import InvalidArgumentError, InvalidArgumentTypeError, SendbirdCallsError

SIGNATURE_HEADER: Final = "x-sendbird-signature"
"""The request header that carries the signature, lowercase as Sendbird sends it."""

SIGNATURE_LENGTH: Final = 64
"""Hex characters in an HMAC-SHA256 digest."""

_HEX_SIGNATURE: Final = re.compile(r"[0-9a-fA-F]{64}")

InvalidSignatureReason = Literal["missing", "wrong_length", "not_hex", "mismatch"]
"""Why a signature was refused; ``mismatch`` covers both a tampered body and a wrong token."""


class InvalidSignatureError(SendbirdCallsError):
    """A webhook request whose signature is missing, malformed, or does not match its body.

    The message says which, and never holds the token, the expected signature or the received one.
    """

    reason: InvalidSignatureReason

    def __init__(self, reason: InvalidSignatureReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[type["InvalidSignatureError"], tuple[InvalidSignatureReason, str]]:
        """Pickle with the reason too (the default would call ``__init__`` with the message only)."""
        return type(self), (self.reason, str(self))


def sign(body: bytes, api_token: str) -> str:
    """Return the signature Sendbird would send for ``body``: lowercase hex HMAC-SHA256."""
    key = _key(api_token)
    return hmac.new(key, _raw(body), hashlib.sha256).hexdigest()


def verify_signature(body: bytes, signature: str | None, api_token: str) -> None:
    """Raise `InvalidSignatureError` unless ``signature`` is the HMAC of the raw ``body`` bytes.

    Upper-case hex and surrounding whitespace are accepted. Checks run in this order, so the
    ``reason`` is the first that applies: missing (``None`` or blank), wrong length, not hex,
    mismatch. The comparison is constant time.
    """
    key = _key(api_token)
    raw = _raw(body)
    if signature is not None and not isinstance(signature, str):
        raise InvalidArgumentTypeError(
            f"signature must be the {SIGNATURE_HEADER} header as str or None, not {type(signature).__name__}"
        )
    received = (signature or "").strip()
    if not received:
        raise InvalidSignatureError(
            "missing",
            f"missing {SIGNATURE_HEADER} header: the request was not signed by Sendbird, or a proxy dropped the header",
        )
    if len(received) != SIGNATURE_LENGTH:
        raise InvalidSignatureError(
            "wrong_length",
            f"{SIGNATURE_HEADER} has {len(received)} characters, expected {SIGNATURE_LENGTH} "
            "(the hex HMAC-SHA256 of the body)",
        )
    if _HEX_SIGNATURE.fullmatch(received) is None:
        raise InvalidSignatureError(
            "not_hex",
            f"{SIGNATURE_HEADER} is not hexadecimal: expected {SIGNATURE_LENGTH} hex digits "
            "(the HMAC-SHA256 of the body)",
        )
    expected = hmac.new(key, raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode("ascii"), received.lower().encode("ascii")):
        raise InvalidSignatureError(
            "mismatch",
            f"{SIGNATURE_HEADER} does not match the body: the body was altered (verify the raw "
            "request bytes, not re-serialised JSON) or it was signed with another API token",
        )


def signature_from_headers(headers: Mapping[str, str]) -> str | None:
    """Return the ``x-sendbird-signature`` value, matching the name case-insensitively, or ``None``.

    Takes a plain dict or any headers mapping (httpx, Starlette; for an ASGI scope, wrap its list
    of pairs in ``starlette.datastructures.Headers(scope=scope)``).
    """
    value = headers.get(SIGNATURE_HEADER)
    if value is not None:
        return value
    for name, candidate in headers.items():
        if name.lower() == SIGNATURE_HEADER:
            return candidate
    return None


def _raw(body: bytes) -> bytes:
    """Refuse anything but bytes: a str here is almost always re-serialised JSON, which fails."""
    if isinstance(body, str):
        raise InvalidArgumentTypeError(
            "body must be the raw request bytes exactly as received (e.g. `await request.body()`), "
            "not str: a decoded or re-serialised JSON body never matches the signature"
        )
    if not isinstance(body, bytes | bytearray | memoryview):
        raise InvalidArgumentTypeError(f"body must be the raw request bytes, not {type(body).__name__}")
    return bytes(body)


def _key(api_token: str) -> bytes:
    """The HMAC key: the master API token as UTF-8; an empty token would sign with an empty key."""
    if not isinstance(api_token, str):
        raise InvalidArgumentTypeError(f"api_token must be str, not {type(api_token).__name__}")
    if not api_token:
        raise InvalidArgumentError("api_token must not be empty: use the application's master API token")
    return api_token.encode("utf-8")
