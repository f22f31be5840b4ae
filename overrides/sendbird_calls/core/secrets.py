"""The secrets one client has seen, and server text with them masked before it reaches a caller.

A server or a proxy may echo request headers in an error answer; that text goes into exceptions
(``str(error)``, ``error.message``, ``error.response``), logs and the CLI's output. Every client
scrubs such text of its own API token and of every secret it has handled since: token path
values it sent (a token to revoke) and secret fields it read (a token it generated).
"""

from __future__ import annotations

import contextvars
import html
import json
import threading
from collections.abc import Iterable
from typing import Final
from urllib.parse import quote

import httpx

MASK: Final = "**********"
MIN_SECRET_CHARS: Final = 8
"""Shorter values are not scrubbed: masking every occurrence of a 3-letter word would garble messages."""
MIN_CUT_CHARS: Final = 4
"""The shortest first part of a secret dropped from the end of a cut body."""
MAX_SECRETS: Final = 1024
"""Secrets remembered per client at most; the oldest learned ones go first (the API token always stays)."""

CURRENT_SECRETS: Final[contextvars.ContextVar[Secrets | None]] = contextvars.ContextVar(
    "sendbird_calls_secrets", default=None
)
"""Where the models' engine reports secret fields it reads while a client parses an answer."""


class Secrets:
    """A client's set of secrets (thread-safe) and the scrubbing of text and answers."""

    def __init__(self, permanent: Iterable[str] = ()) -> None:
        self._permanent = tuple(value for value in permanent if len(value) >= MIN_SECRET_CHARS)
        self._learned: dict[str, None] = {}
        self._lock = threading.Lock()
        self._forms: tuple[frozenset[str], list[str]] = (frozenset(), [])
        """The secrets last scrubbed for, and all their forms, longest first: rebuilt only when they change."""

    def add(self, value: object) -> None:
        """Remembers ``value`` as a secret (strings of MIN_SECRET_CHARS or more)."""
        if not isinstance(value, str) or len(value) < MIN_SECRET_CHARS or value in self._permanent:
            return
        with self._lock:
            self._learned[value] = None
            if len(self._learned) > MAX_SECRETS:
                del self._learned[next(iter(self._learned))]

    def _values(self) -> list[str]:
        with self._lock:
            learned = list(self._learned)
        return sorted({*self._permanent, *learned}, key=len, reverse=True)  # longest first: no partial masks

    def _all_forms(self) -> list[str]:
        """Every form of every secret (``_forms``), longest first: no form is masked only in part."""
        values = frozenset(self._values())
        known, forms = self._forms
        if values != known:
            forms = sorted({form for value in values for form in _forms(value)}, key=len, reverse=True)
            self._forms = (values, forms)
        return forms

    def scrub(self, text: str) -> str:
        """``text`` with every secret, in any form a server may echo it (``_forms``), replaced by a mask."""
        for form in self._all_forms():
            if form in text:
                text = text.replace(form, MASK)
        return text

    def scrub_bytes(self, content: bytes) -> bytes:
        """``content`` with every secret (UTF-8, in any form of ``_forms``) replaced by a mask."""
        for form in self._all_forms():
            raw = form.encode("utf-8", "surrogatepass")
            if raw in content:
                content = content.replace(raw, MASK.encode())
        return content

    def cut_tail(self, content: bytes) -> bytes:
        """``content`` without a secret's first part at its very end: a body cut at a limit may end
        inside an echoed secret, which no mask then matches."""
        for value in self._values():
            raw = value.encode("utf-8", "surrogatepass")
            for length in range(min(len(raw) - 1, len(content)), MIN_CUT_CHARS - 1, -1):
                if content.endswith(raw[:length]):
                    return content[:-length]
        return content

    def scrub_headers(self, headers: httpx.Headers) -> httpx.Headers:
        """A copy of ``headers`` whose values hold no secret (a proxy may echo the request's headers)."""
        return httpx.Headers([(name, self.scrub(value)) for name, value in headers.multi_items()])

    def __repr__(self) -> str:
        return f"Secrets({len(self._permanent) + len(self._learned)} held)"


def _forms(value: str) -> set[str]:
    """A secret as a server may echo it: as is, percent-encoded, JSON-escaped (``\\"``, ``\\/``, ``\\u00e9``)
    or HTML-escaped."""
    escaped = json.dumps(value)[1:-1]
    return {
        value,
        quote(value, safe=""),
        escaped,
        escaped.replace("/", "\\/"),
        html.escape(value),
        html.escape(value, quote=False),
    }


def note_secret(value: object) -> None:
    """Called by the models' engine for each secret field it reads: the parsing client remembers it."""
    secrets = CURRENT_SECRETS.get()
    if secrets is not None:
        secrets.add(value)


__all__ = ["CURRENT_SECRETS", "MASK", "Secrets", "note_secret"]
