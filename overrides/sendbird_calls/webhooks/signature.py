"""Sign and verify Sendbird webhook bodies: HMAC-SHA256 of the raw bytes, keyed with the API token.

Sendbird sends the lowercase hex digest in the ``x-sendbird-signature`` header. Verify it on the
exact bytes received, before parsing: re-serialised JSON differs in spacing, key order or escapes.
"""

import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping
from typing import Final, Literal, TypeAlias

from ..errors import InvalidArgumentError, InvalidArgumentTypeError, SendbirdCallsError
from .errors import WebhookBodyTooLargeError

SIGNATURE_HEADER: Final = "x-sendbird-signature"
"""The request header that carries the signature, lowercase as Sendbird sends it."""

DEFAULT_MAX_BODY_BYTES: Final = 1024 * 1024
"""The largest webhook body the helpers take by default (1 MiB; Sendbird's events are a few KB)."""

SIGNATURE_LENGTH: Final = 64
"""Hex characters in an HMAC-SHA256 digest."""

_HEX_SIGNATURE: Final = re.compile(r"[0-9a-fA-F]{64}")

InvalidSignatureReason = Literal["missing", "duplicated", "wrong_length", "not_hex", "mismatch"]
"""Why a signature was refused; ``mismatch`` covers both a tampered body and a wrong token;
``duplicated`` is a request with two different signature headers."""

HeaderValue: TypeAlias = str | bytes | bytearray | Iterable[str | bytes | bytearray]
"""A header's value as frameworks hand it over: text, raw bytes, or a list of repeated values."""

Headers: TypeAlias = Mapping[str, HeaderValue] | Mapping[bytes, HeaderValue] | Iterable[tuple[str | bytes, str | bytes]]
"""Request headers as frameworks hand them over: a mapping (dict, Starlette, Flask, httpx) or
a list of (name, value) pairs such as an ASGI scope's ``headers``."""


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
    """Return the signature Sendbird would send for ``body``: lowercase hex HMAC-SHA256.

    Args:
        body: The exact body bytes.
        api_token: The master API token, the HMAC key.

    Returns:
        The value of the ``x-sendbird-signature`` header, 64 lowercase hex digits.

    Raises:
        TypeError: ``body`` is not bytes, or ``api_token`` not a str.
        ValueError: ``api_token`` is empty.
    """
    key = _key(api_token)
    return hmac.new(key, _raw(body), hashlib.sha256).hexdigest()


def verify_signature(
    body: bytes,
    signature: HeaderValue | None,
    api_token: str,
    *,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> None:
    """Raise `InvalidSignatureError` unless ``signature`` is the HMAC of the raw ``body`` bytes.

    Upper-case hex and surrounding whitespace are accepted. A body over ``max_body_bytes`` is
    refused first, before it is hashed. Then checks run in this order, so the ``reason`` is the
    first that applies: missing (``None`` or blank), duplicated, wrong length, not hex, mismatch.
    The comparison is constant time.

    Args:
        body: The request body exactly as received.
        signature: The ``x-sendbird-signature`` value as a framework gives it: str, bytes, a list
            of repeated values (one distinct value is used; two differ: ``duplicated``), or
            ``None`` when the header is absent.
        api_token: The master API token, the HMAC key.
        max_body_bytes: The largest body taken (default 1 MiB).

    Raises:
        WebhookBodyTooLargeError: The body is over ``max_body_bytes``.
        InvalidSignatureError: The signature is missing, malformed or does not match; its
            ``reason`` says which.
        InvalidArgumentTypeError: ``body`` is not bytes, or ``api_token`` not a str.
        InvalidArgumentError: ``api_token`` is empty, or ``max_body_bytes`` below 0.
    """
    key = _key(api_token)
    raw = _raw(body, max_body_bytes)
    received = _signature_text(signature)
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


def signature_from_headers(headers: Headers | None) -> str | bytes | list[str | bytes] | None:
    """Return the ``x-sendbird-signature`` value(s), matching the name case-insensitively, or ``None``.

    Args:
        headers: A plain dict or any headers mapping (httpx, Starlette, Flask), a list of
            (name, value) pairs as in an ASGI scope (str or bytes), or None.

    Returns:
        The header's value, a list when the header is repeated (which `verify_signature`
        accepts), or ``None`` when the request has none.
    """
    if headers is None:
        return None
    if isinstance(headers, Mapping):
        getall = getattr(headers, "getlist", None) or getattr(headers, "get_list", None)
        if callable(getall):  # Starlette, Flask/Werkzeug, httpx: every repeated value
            values = list(getall(SIGNATURE_HEADER))
            if values:
                return values if len(values) > 1 else values[0]
        pairs: Iterable[object] = headers.items()
    elif isinstance(headers, str | bytes | bytearray) or not isinstance(headers, Iterable):
        raise InvalidArgumentTypeError(
            f"headers must be a mapping or a list of (name, value) pairs, not {type(headers).__name__}"
        )
    else:
        pairs = headers
    found: list[str | bytes] = []
    for pair in pairs:
        if not (isinstance(pair, tuple | list) and len(pair) == 2):
            raise InvalidArgumentTypeError("headers must be a mapping or a list of (name, value) pairs")
        name, value = pair
        if _header_name(name) == SIGNATURE_HEADER:
            if isinstance(value, list | tuple):
                found.extend(value)
            else:
                found.append(value)
    if not found:
        return None
    return found if len(found) > 1 else found[0]


def _header_name(name: object) -> str | None:
    if isinstance(name, bytes | bytearray):
        return bytes(name).decode("latin-1").lower()
    return name.lower() if isinstance(name, str) else None


def _signature_text(signature: object) -> str:
    """The one signature a header value holds, as text; an unreadable one becomes a refusal, not a crash."""
    if signature is None:
        return ""
    if isinstance(signature, str | bytes | bytearray):
        values: list[object] = [signature]
    elif isinstance(signature, Iterable):
        values = list(signature)
    else:
        raise InvalidArgumentTypeError(
            f"signature must be the {SIGNATURE_HEADER} header as str, bytes, a list of those or None, "
            f"not {type(signature).__name__}"
        )
    texts: set[str] = set()
    for value in values:
        if isinstance(value, bytes | bytearray):
            text = bytes(value).decode("latin-1")  # non-ASCII bytes then fail the hex check, never decode
        elif isinstance(value, str):
            text = value
        else:
            raise InvalidArgumentTypeError(
                f"each {SIGNATURE_HEADER} value must be str or bytes, not {type(value).__name__}"
            )
        if text.strip():
            texts.add(text.strip().lower())  # the same digest in upper case is one signature
    if len(texts) > 1:
        raise InvalidSignatureError(
            "duplicated", f"the request carries {len(texts)} different {SIGNATURE_HEADER} headers; expected one"
        )
    return texts.pop() if texts else ""


def _raw(body: bytes, max_body_bytes: int | None = None) -> bytes:
    """Refuse anything but bytes (a str here is almost always re-serialised JSON, which fails),
    and a body over ``max_body_bytes`` before it is copied or hashed."""
    if max_body_bytes is not None:
        check_max_body_bytes(max_body_bytes)
    if isinstance(body, str):
        raise InvalidArgumentTypeError(
            "body must be the raw request bytes exactly as received (e.g. `await request.body()`), "
            "not str: a decoded or re-serialised JSON body never matches the signature"
        )
    if not isinstance(body, bytes | bytearray | memoryview):
        raise InvalidArgumentTypeError(f"body must be the raw request bytes, not {type(body).__name__}")
    size = body.nbytes if isinstance(body, memoryview) else len(body)
    if max_body_bytes is not None and size > max_body_bytes:
        raise WebhookBodyTooLargeError(size, max_body_bytes)
    return bytes(body)


def check_max_body_bytes(max_body_bytes: int) -> int:
    """``max_body_bytes`` if it is a whole number of bytes >= 0; a typed error otherwise."""
    if isinstance(max_body_bytes, bool) or not isinstance(max_body_bytes, int):
        raise InvalidArgumentTypeError(f"max_body_bytes must be an int, not {type(max_body_bytes).__name__}")
    if max_body_bytes < 0:
        raise InvalidArgumentError("max_body_bytes must be >= 0")
    return max_body_bytes


def _key(api_token: str) -> bytes:
    """The HMAC key: the master API token as UTF-8; an empty token would sign with an empty key."""
    if not isinstance(api_token, str):
        raise InvalidArgumentTypeError(f"api_token must be str, not {type(api_token).__name__}")
    if not api_token:
        raise InvalidArgumentError("api_token must not be empty: use the application's master API token")
    return api_token.encode("utf-8")
