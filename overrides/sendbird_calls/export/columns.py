"""CSV columns of an export, decided once from the item schema so every page has the same ones.

Flattening rule: a property that is an object with declared properties (``Participant.user``)
becomes dotted columns (``user.user_id``, ``user.nickname``...), recursively; every other
property is one column. Scalars are written as they are (``true``/``false`` for booleans, an
empty cell for null or absent); lists (``participants``) and free-form maps (``custom_items``,
``meta_data``) are one cell of compact JSON. Fields the spec does not declare are left out of
the CSV (the JSON Lines format keeps them).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..spec_doc import resolve, schema_type

_MAX_DEPTH = 4


def columns_of(schema: Mapping[str, Any], prefix: str = "", depth: int = 0) -> list[str]:
    """The dotted column names of an item schema, in the spec's property order."""
    names: list[str] = []
    for name, field in (schema.get("properties") or {}).items():
        resolved = resolve(field)
        dotted = f"{prefix}{name}"
        if schema_type(resolved) == "object" and resolved.get("properties") and depth < _MAX_DEPTH:
            names.extend(columns_of(resolved, dotted + ".", depth + 1))
        else:
            names.append(dotted)
    return names


def cell(value: Any) -> str:
    """One CSV cell: scalars as text, booleans as JSON spells them, lists and maps as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def row_of(item: Mapping[str, Any], columns: list[str]) -> list[str]:
    """The cells of one item in column order; a missing field is an empty cell."""
    row = []
    for column in columns:
        value: Any = item
        for part in column.split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
        row.append(cell(value))
    return row


__all__ = ["cell", "columns_of", "row_of"]
