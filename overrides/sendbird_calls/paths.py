"""Path parameters are user data: each value must fill exactly one path segment, or be refused.

The generated code percent-encodes every character outside RFC 3986 unreserved (``quote(v,
safe="")``), so ``/``, ``?``, ``#``, ``%``, spaces and unicode stay inside their segment. What
encoding cannot save are values a URL normalizer collapses: ``""`` (an empty segment, ``//``),
``.`` and ``..`` (dot segments, which httpx resolves before sending: ``users/../calls`` would
reach another endpoint). Those are refused here, with their ``%2e`` spellings, which a
decoding proxy could turn back into dots.
"""

from enum import Enum
from typing import Final
from urllib.parse import quote, unquote

from .errors import InvalidArgumentError, InvalidArgumentTypeError

_DOT_SEGMENTS: Final = frozenset({".", ".."})

SECRET_MASK: Final = "***"


def check_path_segment(name: str, value: object) -> str:
    """Returns ``value`` as the text of one path segment, or raises ValueError naming ``name``."""
    if value is None:
        raise InvalidArgumentError(f"path parameter {name!r} is required, got None")
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool) or not isinstance(value, str | int):
        # str() of a list, bytes or object would silently address another resource
        raise InvalidArgumentTypeError(f"path parameter {name!r} must be text, got {type(value).__name__}")
    text = str(value)
    if text == "":
        raise InvalidArgumentError(f"path parameter {name!r} must not be empty: it would make an empty path segment")
    if text in _DOT_SEGMENTS or _decodes_to_dot_segment(text):
        raise InvalidArgumentError(
            f"path parameter {name!r} must not be {text!r}: a URL normalizer would read it as a dot "
            "segment and send the request to another endpoint"
        )
    return text


def _decodes_to_dot_segment(text: str) -> bool:
    """Whether percent-decoding ``text`` once or more gives ``.`` or ``..`` (``%2e``, ``%252e``...)."""
    current = text
    for _ in range(3):
        decoded = unquote(current)
        if decoded in _DOT_SEGMENTS:
            return True
        if decoded == current:
            return False
        current = decoded
    return False


def percent_encode(text: str) -> str:
    """Percent-encodes everything outside RFC 3986 unreserved (as the generated code does for paths)."""
    return quote(text, safe="")


def is_secret_path_param(name: str) -> bool:
    """Token path parameters (a secondary API token, a push token) are masked wherever paths are logged."""
    return "token" in name and name != "token_type"
