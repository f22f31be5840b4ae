"""The additive drift of a run as an OpenAPI Overlay 1.0 document, and a small applier of overlays.

Only what adds to the spec goes in: a new field becomes a property (its schema inferred from the
JSON types seen, never from values), a new enum value an entry appended to the enum. Targets are
JSONPath in bracket notation (``$['components']['schemas']['User']``), one action per addition,
so a maintainer can review, drop or merge each on its own. ``apply_overlay`` understands the
child-segment JSONPath subset these targets use (names, quoted names, indexes).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .findings import Finding, FindingKind, SchemaLocation

OVERLAY_VERSION = "1.0.0"

OVERLAY_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "OpenAPI Overlay 1.0 document (the fields this project writes and reads)",
    "type": "object",
    "required": ["overlay", "info", "actions"],
    "properties": {
        "overlay": {"type": "string", "pattern": r"^1\.0\.\d+$"},
        "info": {
            "type": "object",
            "required": ["title", "version"],
            "properties": {"title": {"type": "string"}, "version": {"type": "string"}},
        },
        "extends": {"type": "string"},
        "actions": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["target"],
                "properties": {
                    "target": {"type": "string", "pattern": r"^\$"},
                    "description": {"type": "string"},
                    "update": {},
                    "remove": {"type": "boolean"},
                },
                "patternProperties": {"^x-": {}},
                "additionalProperties": False,
            },
        },
    },
    "patternProperties": {"^x-": {}},
    "additionalProperties": False,
}
"""A JSON Schema of the Overlay 1.0 document structure, for tests and for users' CI."""


class OverlayError(ValueError):
    """An overlay that cannot be applied: a malformed document or a target outside the supported JSONPath."""


def jsonpath(location: SchemaLocation) -> str:
    """A bracket-notation JSONPath for a location: ``$['paths']['/users']['get']``."""
    parts = []
    for key in location.keys:
        if isinstance(key, int):
            parts.append(f"[{key}]")
        else:
            parts.append("['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']")
    return "$" + "".join(parts)


def build_overlay(findings: Iterable[Finding], *, title: str, version: str) -> dict[str, Any] | None:
    """The overlay of the additive findings (None when there are none: an overlay needs one action)."""
    actions: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for finding in findings:
        location = finding.schema_location
        if location is None:
            continue
        if finding.kind is FindingKind.UNDOCUMENTED_FIELD and finding.observed_schema is not None:
            name = finding.pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
            key = (jsonpath(location), "field:" + name)
            if key in seen:
                continue
            seen.add(key)
            schema = dict(finding.observed_schema)
            schema["description"] = f"Seen in answers of {finding.operation} by verify-spec; not documented yet."
            actions.append(
                {
                    "target": key[0],
                    "description": f"Add field {name!r} ({finding.operation} {finding.pointer})",
                    "update": {"properties": {name: schema}},
                }
            )
        elif finding.kind is FindingKind.UNKNOWN_ENUM_VALUE and finding.value is not None:
            key = (jsonpath(location), "value:" + finding.value)
            if key in seen:
                continue
            seen.add(key)
            actions.append(
                {
                    "target": key[0],
                    "description": f"Add enum value {finding.value!r} ({finding.operation} {finding.pointer})",
                    "update": finding.value,
                }
            )
    if not actions:
        return None
    return {"overlay": OVERLAY_VERSION, "info": {"title": title, "version": version}, "actions": actions}


_SEGMENT = re.compile(r"\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]|\.([A-Za-z_][\w-]*)")


def parse_jsonpath(target: str) -> list[str | int]:
    """The keys of a JSONPath made of child segments only (``$.a['b'][0]``); anything else is refused."""
    if not target.startswith("$"):
        raise OverlayError(f"target {target!r} must start with '$'")
    keys: list[str | int] = []
    position = 1
    while position < len(target):
        match = _SEGMENT.match(target, position)
        if match is None:
            raise OverlayError(
                f"target {target!r}: only child segments ($.name, $['name'], $[0]) are supported, "
                f"at {target[position:]!r}"
            )
        quoted, index, name = match.groups()
        if quoted is not None:
            keys.append(re.sub(r"\\(.)", r"\1", quoted))
        elif index is not None:
            keys.append(int(index))
        else:
            keys.append(name)
        position = match.end()
    return keys


def apply_overlay(spec: Mapping[str, Any], overlay: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` with the overlay's actions applied in order (update merges, remove deletes)."""
    if not str(overlay.get("overlay", "")).startswith("1.0."):
        raise OverlayError("not an OpenAPI Overlay 1.0 document: 'overlay' must be 1.0.x")
    result: dict[str, Any] = copy.deepcopy(dict(spec))
    for number, action in enumerate(overlay.get("actions") or [], 1):
        if not isinstance(action, Mapping) or not isinstance(action.get("target"), str):
            raise OverlayError(f"action {number} has no target")
        keys = parse_jsonpath(action["target"])
        if action.get("remove") is True:
            _remove(result, keys)
            continue
        if "update" in action:
            node = _select(result, keys)
            if node is None:
                continue  # a target that selects nothing is a no-op (Overlay 1.0)
            if isinstance(node, list):
                node.append(copy.deepcopy(action["update"]))
            elif isinstance(node, dict) and isinstance(action["update"], Mapping):
                _merge(node, action["update"])
            else:
                raise OverlayError(f"action {number}: cannot update {action['target']} with that value")
    return result


def _select(document: Any, keys: list[str | int]) -> Any:
    node = document
    for key in keys:
        found = (isinstance(node, dict) and isinstance(key, str) and key in node) or (
            isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node)
        )
        if not found:
            return None
        node = node[key]
    return node


def _remove(document: Any, keys: list[str | int]) -> None:
    if not keys:
        raise OverlayError("cannot remove the whole document")
    parent = _select(document, keys[:-1])
    last = keys[-1]
    if isinstance(parent, dict) and isinstance(last, str):
        parent.pop(last, None)
    elif isinstance(parent, list) and isinstance(last, int) and 0 <= last < len(parent):
        del parent[last]


def _merge(target: dict[str, Any], update: Mapping[str, Any]) -> None:
    """Deep-merge ``update`` into ``target``: objects merge key by key, anything else replaces."""
    for key, value in update.items():
        if isinstance(value, Mapping) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)
