"""Custom items of rooms and direct calls: a change applies only when the result still fits the spec.

The rules (how many items, which keys and values) are the spec's custom-items schema, checked by
``SpecFacts.check_custom_items``; the request validator checks each change, this checks the merged result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, MutableMapping
from typing import Any

Check = Callable[[Mapping[str, Any]], None]
"""Raises ``MockError`` 400100 when custom items do not fit the spec."""


def upsert(current: MutableMapping[str, str], changes: Mapping[str, str], check: Check) -> list[str]:
    """Set ``changes`` into ``current`` when the result fits the spec (``check``); answer the keys that were set."""
    check(changes)
    check({**current, **changes})
    current.update(changes)
    return list(changes)


def delete(current: MutableMapping[str, str], keys: Iterable[str] | None) -> list[str]:
    """Delete ``keys`` (all when None or empty; a key named twice counts once); answer the keys that were there."""
    wanted = list(dict.fromkeys(keys or ()))
    targets = [key for key in (wanted or list(current)) if key in current]
    for key in targets:
        del current[key]
    return targets
