"""CSV columns of an export, decided once from the item schema so every page has the same ones.

Flattening rule: a property that is an object with declared properties (``Participant.user``)
becomes dotted columns (``user.user_id``, ``user.nickname``...), recursively; every other
property is one column. Scalars are written as they are (``true``/``false`` for booleans, an
empty cell for null or absent); lists (``participants``) and free-form maps (``custom_items``,
``metadata``) are one cell of compact JSON. A property the spec says is "Also sent as `x`."
is read from ``x`` when its own name is absent, so a server's other spelling fills the same
column. Fields the spec does not declare are left out of the CSV (the JSON Lines format keeps them).

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run as a
formula by a spreadsheet (OWASP's "CSV injection"), so by default it gets a leading single quote
(``neutralise``); an export asked for raw cells writes them as they are.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..spec_doc import also_sent_as, resolve, schema_type

_MAX_DEPTH = 4
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""The first characters that make a spreadsheet read a cell as a formula (OWASP's list)."""


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


def aliases_of(schema: Mapping[str, Any], prefix: str = "", depth: int = 0) -> dict[str, str]:
    """Each dotted property name the spec says is also sent under another name, with that name."""
    aliases: dict[str, str] = {}
    for name, field in (schema.get("properties") or {}).items():
        resolved = resolve(field)
        dotted = f"{prefix}{name}"
        alias = also_sent_as(field.get("description") or resolved.get("description"))
        if alias:
            aliases[dotted] = alias
        if schema_type(resolved) == "object" and resolved.get("properties") and depth < _MAX_DEPTH:
            aliases.update(aliases_of(resolved, dotted + ".", depth + 1))
    return aliases


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


def neutralise(text: str) -> str:
    """``text`` with a leading ``'`` when it starts like a formula, so a spreadsheet shows it as text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def row_of(item: Mapping[str, Any], columns: list[str], aliases: Mapping[str, str] | None = None) -> list[str]:
    """The cells of one item in column order; a missing field is an empty cell (or its alias's value)."""
    row = []
    for column in columns:
        value: Any = item
        dotted = ""
        for part in column.split("."):
            dotted = f"{dotted}.{part}" if dotted else part
            if not isinstance(value, Mapping):
                value = None
                break
            found = value.get(part)
            if found is None and aliases and dotted in aliases:
                found = value.get(aliases[dotted])
            value = found
        row.append(cell(value))
    return row


__all__ = ["FORMULA_STARTS", "aliases_of", "cell", "columns_of", "neutralise", "row_of"]
