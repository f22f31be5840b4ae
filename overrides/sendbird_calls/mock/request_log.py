"""The log of the requests the mock received, for tests to read: what the client really sent.

The ``Api-Token`` header is left out and a secret path segment (a secondary token being revoked)
is masked, so a log dumped in a failing test never prints a credential. The log keeps the latest
requests only (``max_items``, and ``max_body_bytes`` of bodies in all), so a long-running mock stays
small; ``SecretMaskingFilter`` does the masking for the Python logs (uvicorn's access log included).
"""

from __future__ import annotations

import json
import logging
import re
import threading
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

SECRET_HEADERS = frozenset({"api-token"})
MASK = "***"


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One received request: method, raw path and query, headers (no token), body, ``time.monotonic()``."""

    method: str
    raw_path: str
    query: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    received_at: float
    operation_id: str | None

    def header(self, name: str) -> str | None:
        """The first value of a header (case-insensitive), or None."""
        lowered = name.lower()
        return next((value for key, value in self.headers if key == lowered), None)

    def json(self) -> Any:
        """The body parsed as JSON (None when empty)."""
        return json.loads(self.body) if self.body else None


DEFAULT_MAX_ITEMS = 1000
DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024


class RequestLog(Sequence[RecordedRequest]):
    """A thread-safe list of the latest ``RecordedRequest``: the oldest go first past either bound.

    ``max_items`` requests at most (0: none kept), whose bodies hold ``max_body_bytes`` at most in
    all; ``total`` counts every request recorded since the last ``clear()``, kept or not.
    """

    def __init__(self, max_items: int = DEFAULT_MAX_ITEMS, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> None:
        if max_items < 0 or max_body_bytes < 0:
            raise ValueError("the request log's bounds must be >= 0")
        self.max_items = max_items
        self.max_body_bytes = max_body_bytes
        self.total = 0
        self._items: deque[RecordedRequest] = deque()
        self._body_bytes = 0
        self._lock = threading.Lock()

    def append(self, item: RecordedRequest) -> None:
        """Record one request, dropping the oldest ones past the bounds."""
        with self._lock:
            self.total += 1
            if self.max_items == 0:
                return
            self._items.append(item)
            self._body_bytes += len(item.body)
            while self._items and (len(self._items) > self.max_items or self._body_bytes > self.max_body_bytes):
                self._body_bytes -= len(self._items.popleft().body)

    def clear(self) -> None:
        """Forget every request."""
        with self._lock:
            self._items.clear()
            self._body_bytes = 0
            self.total = 0

    def for_operation(self, operation_id: str) -> list[RecordedRequest]:
        """The requests that reached one operation."""
        with self._lock:
            return [item for item in self._items if item.operation_id == operation_id]

    @overload
    def __getitem__(self, index: int) -> RecordedRequest: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[RecordedRequest]: ...
    def __getitem__(self, index: int | slice) -> RecordedRequest | Sequence[RecordedRequest]:
        with self._lock:
            return list(self._items)[index] if isinstance(index, slice) else self._items[index]

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __iter__(self) -> Iterator[RecordedRequest]:
        with self._lock:
            return iter(list(self._items))


def safe_headers(raw: Sequence[tuple[bytes, bytes]]) -> tuple[tuple[str, str], ...]:
    """ASGI headers decoded, lower-cased, without the credential headers."""
    decoded = ((key.decode("latin-1").lower(), value.decode("latin-1")) for key, value in raw)
    return tuple((key, value) for key, value in decoded if key not in SECRET_HEADERS)


def mask_path(raw_path: str, secret_positions: Sequence[int]) -> str:
    """``raw_path`` with the segments at ``secret_positions`` (indexes in ``split("/")``) masked."""
    if not secret_positions:
        return raw_path
    parts = raw_path.split("/")
    for position in secret_positions:
        parts[position] = MASK
    return "/".join(parts)


class SecretSource:
    """What a mock has to hide in logs: path prefixes followed by a secret segment, and token values."""

    def __init__(self, path_patterns: Iterable[str], tokens: Callable[[], Iterable[str]]) -> None:
        patterns = sorted(set(path_patterns))
        self._path = re.compile("(" + "|".join(patterns) + ")[^\\s\"'?#]+") if patterns else None
        self._tokens = tokens

    def mask(self, text: str) -> str:
        """``text`` with every secret path segment and every known token replaced by ``***``."""
        if self._path is not None:
            text = self._path.sub(lambda m: m.group(1) + MASK, text)
        for token in self._tokens():
            if token and token in text:
                text = text.replace(token, MASK)
        return text


class SecretMaskingFilter(logging.Filter):
    """Rewrites each record of its logger with the secrets of every live mock masked (one per logger)."""

    def __init__(self) -> None:
        super().__init__()
        self._sources: weakref.WeakSet[SecretSource] = weakref.WeakSet()

    def add(self, source: SecretSource) -> None:
        """Mask ``source``'s secrets too, as long as it lives."""
        self._sources.add(source)

    def filter(self, record: logging.LogRecord) -> bool:
        sources = list(self._sources)
        if not sources:
            return True
        message = record.getMessage()
        masked = message
        for source in sources:
            masked = source.mask(masked)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            for source in sources:
                record.exc_text = source.mask(record.exc_text)
        return True


SERVER_LOGGERS = ("uvicorn.access", "uvicorn.error")


def mask_secrets_in_logs(source: SecretSource) -> None:
    """Install (once per logger) the filter that masks ``source``'s secrets for as long as it lives.

    A logger's filters see only the records logged to it, so each of the mock's module loggers
    gets one, and uvicorn's (whose access log prints each request's path).
    """
    own = [name for name in list(logging.root.manager.loggerDict) if name.startswith(__package__ or "")]
    for name in (*SERVER_LOGGERS, *own):
        logger = logging.getLogger(name)
        existing = next((f for f in logger.filters if isinstance(f, SecretMaskingFilter)), None)
        if existing is None:
            existing = SecretMaskingFilter()
            logger.addFilter(existing)
        existing.add(source)
