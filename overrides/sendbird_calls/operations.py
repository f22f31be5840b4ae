"""The operations table, looked up by operationId (``list_rooms``) or by method (``rooms.list``).

The table itself is generated (``sendbird_calls_api.api.operations()``); the CLI, export and
verify-spec find their operations here instead of keeping names of their own.
"""

from __future__ import annotations

import difflib
import functools
from typing import Any

from .core.operation import Operation
from .errors import InvalidArgumentError


@functools.cache
def all_operations() -> tuple[Operation[Any], ...]:
    """Every operation of the spec, tag by tag (loads every tag's module once)."""
    from sendbird_calls_api.api import operations

    return operations()


@functools.cache
def _index() -> dict[str, Operation[Any]]:
    found: dict[str, Operation[Any]] = {}
    for op in all_operations():
        found[op.id] = op
        found[op.qualified_name] = op
    return found


def find_operation(name: str) -> Operation[Any]:
    """The operation called ``name`` (an operationId or ``tag.method``); if none, an error naming close ones."""
    op = _index().get(name)
    if op is None:
        close = difflib.get_close_matches(name, list(_index()), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise InvalidArgumentError(f"no operation {name!r} in the spec{hint}")
    return op


__all__ = ["all_operations", "find_operation"]
