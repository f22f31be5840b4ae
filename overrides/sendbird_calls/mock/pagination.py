"""Cursor pagination over any collection with integer sort keys, newest (largest key) first.

A token is base64url of ``{"k": key, "d": "next"|"prev", "f": fingerprint}``: the key of the item
the page continues after, so items added meanwhile never shift a page, and a fingerprint of the
list and its filters, so a token used on another list or filter is refused (400100) like a
garbage one.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from .errors import INVALID_PARAMS, MockError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page: its items, the tokens around it, and whether more items follow."""

    items: list[T]
    next: str | None
    prev: str | None
    has_next: bool


def fingerprint(list_name: str, **filters: Any) -> str:
    """A short digest of a list and the filters that shape it."""
    canonical = json.dumps([list_name, filters], sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def encode_token(key: int, direction: str, fp: str) -> str:
    """An opaque page token."""
    raw = json.dumps({"k": key, "d": direction, "f": fp}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_token(token: str, fp: str, direction: str) -> int:
    """The key in a token made for this list and direction; 400100 for anything else."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = json.loads(raw)
    except (binascii.Error, ValueError):
        data = None
    if (
        not isinstance(data, dict)
        or data.get("f") != fp
        or data.get("d") != direction
        or not isinstance(data.get("k"), int)
        or isinstance(data.get("k"), bool)
    ):
        raise MockError(INVALID_PARAMS, f"The {direction} token is not valid for this list.")
    key: int = data["k"]
    return key


def paginate(
    keys: Sequence[int],
    get: Callable[[int], T | None],
    *,
    limit: int,
    fp: str,
    next_token: str | None = None,
    prev_token: str | None = None,
) -> Page[T]:
    """The page of items after ``next_token`` (or before ``prev_token``); ``keys`` ascending, ``get`` filters."""
    if next_token and prev_token:
        raise MockError(INVALID_PARAMS, "Pass either next or prev, not both.")
    if prev_token:
        return _page_before(keys, get, limit, fp, decode_token(prev_token, fp, "prev"))
    start = len(keys) - 1
    if next_token:
        start = bisect.bisect_left(keys, decode_token(next_token, fp, "next")) - 1
    found = _walk(keys, get, range(start, -1, -1), limit + 1)
    items = found[:limit]
    has_next = len(found) > limit
    next_ = encode_token(items[-1][0], "next", fp) if has_next else None
    prev = None
    if next_token and items and _walk(keys, get, range(_position(keys, items[0][0]) + 1, len(keys)), 1):
        prev = encode_token(items[0][0], "prev", fp)
    return Page([item for _, item in items], next_, prev, has_next)


def _page_before(keys: Sequence[int], get: Callable[[int], T | None], limit: int, fp: str, key: int) -> Page[T]:
    found = _walk(keys, get, range(bisect.bisect_right(keys, key), len(keys)), limit + 1)
    items = list(reversed(found[:limit]))
    prev = encode_token(items[0][0], "prev", fp) if len(found) > limit else None
    next_ = encode_token(items[-1][0], "next", fp) if items else None
    return Page([item for _, item in items], next_, prev, has_next=bool(items))


def _position(keys: Sequence[int], key: int) -> int:
    """The position of ``key`` in the ascending ``keys``."""
    return bisect.bisect_left(keys, key)


def _walk(keys: Sequence[int], get: Callable[[int], T | None], positions: range, wanted: int) -> list[tuple[int, T]]:
    found: list[tuple[int, T]] = []
    for pos in positions:
        item = get(keys[pos])
        if item is not None:
            found.append((keys[pos], item))
            if len(found) == wanted:
                break
    return found
