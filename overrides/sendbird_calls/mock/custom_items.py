"""Custom items of rooms and direct calls, with Sendbird's limits enforced on the result of each change."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any

from .errors import INVALID_PARAMS, MockError

MAX_ITEMS = 10
MAX_KEY_LENGTH = 128
MAX_VALUE_LENGTH = 128


def check_items(items: Mapping[str, Any]) -> None:
    """Raise 400100 unless ``items`` keeps Sendbird's limits: 10 items, keys 1..128 without a comma, values <= 128."""
    if len(items) > MAX_ITEMS:
        raise MockError(INVALID_PARAMS, f"custom_items holds {len(items)} items; at most {MAX_ITEMS} are allowed.")
    for key, value in items.items():
        if not 1 <= len(key) <= MAX_KEY_LENGTH or "," in key:
            raise MockError(INVALID_PARAMS, f"custom_items key {key!r} must be 1..128 characters without a comma.")
        if not isinstance(value, str) or len(value) > MAX_VALUE_LENGTH:
            raise MockError(INVALID_PARAMS, f"custom_items value of {key!r} must be a string of <= 128 characters.")


def upsert(current: MutableMapping[str, str], changes: Mapping[str, str]) -> list[str]:
    """Set ``changes`` into ``current`` when the result keeps the limits; answer the keys that were set."""
    check_items(changes)
    merged = {**current, **changes}
    check_items(merged)
    current.update(changes)
    return list(changes)


def delete(current: MutableMapping[str, str], keys: Iterable[str] | None) -> list[str]:
    """Delete ``keys`` (all items when None or empty); answer the keys that were there."""
    wanted = list(keys or ())
    targets = [key for key in (wanted or list(current)) if key in current]
    for key in targets:
        del current[key]
    return targets
