"""The log of every request the mock received, for tests to read: what the client really sent.

The ``Api-Token`` header is left out and a secret path segment (a secondary token being revoked)
is masked, so a log dumped in a failing test never prints a credential.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

SECRET_HEADERS = frozenset({"api-token"})
SECRET_PATH_PARAMETERS = frozenset({"api_token"})
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


class RequestLog(Sequence[RecordedRequest]):
    """An append-only, thread-safe list of ``RecordedRequest``."""

    def __init__(self) -> None:
        self._items: list[RecordedRequest] = []
        self._lock = threading.Lock()

    def append(self, item: RecordedRequest) -> None:
        """Record one request."""
        with self._lock:
            self._items.append(item)

    def clear(self) -> None:
        """Forget every request."""
        with self._lock:
            self._items.clear()

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
            return self._items[index]

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
