"""What verify-spec reports: one ``Finding`` per kind of disagreement, operation and JSON pointer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class FindingKind(StrEnum):
    """The ways an answer can disagree with the spec."""

    UNDOCUMENTED_FIELD = "undocumented_field"
    MISSING_REQUIRED_FIELD = "missing_required_field"
    WRONG_TYPE = "wrong_type"
    UNKNOWN_ENUM_VALUE = "unknown_enum_value"
    CONSTRAINT_VIOLATION = "constraint_violation"
    UNDOCUMENTED_STATUS = "undocumented_status"
    UNDOCUMENTED_ERROR_CODE = "undocumented_error_code"
    NOT_JSON = "not_json"
    WRONG_UNIT = "wrong_unit"
    """A time parameter's unit (``x-unit``) does not select what it should: a window around a listed
    call's ``started_at`` in the spec's unit did not find the call."""
    DECISION_DIFFERS = "decision_differs"
    """The application answered otherwise than a decision the spec made without a source
    (``x-evidence.decisions``): the spec should follow what was seen."""


ADDITIVE_KINDS = frozenset({FindingKind.UNDOCUMENTED_FIELD, FindingKind.UNKNOWN_ENUM_VALUE})
"""Drift that only adds to the spec: what ``--overlay`` writes down."""


@dataclass(frozen=True, slots=True)
class SchemaLocation:
    """Where in the spec a finding's schema lives, as keys from the document root."""

    keys: tuple[str | int, ...]

    def child(self, *keys: str | int) -> SchemaLocation:
        """The location of a sub-schema."""
        return SchemaLocation((*self.keys, *keys))


@dataclass(slots=True)
class Finding:
    """One disagreement: the operation, the JSON pointer of its first occurrence, the kind, a detail.

    ``detail`` never holds a value from the answer, except an enum value (enum values are not
    secrets) and a status or error code. ``occurrences`` counts the answers and array items where
    the same disagreement (same kind, operation and pointer with array indexes generalised) was seen.
    """

    operation: str
    pointer: str
    kind: FindingKind
    detail: str
    status: int | None = None
    occurrences: int = 1
    schema_location: SchemaLocation | None = field(default=None, repr=False)
    """Where the overlay should add to (the object schema of a new field, the enum of a new value)."""
    observed_schema: dict[str, Any] | None = field(default=None, repr=False)
    """For a new field: a schema inferred from the observed value's JSON types (never the value)."""
    value: str | None = None
    """For an unknown enum value: the value."""

    @property
    def group_key(self) -> tuple[str, str, str, str | None]:
        """Findings with the same key are one finding seen several times."""
        return (self.operation, self.kind.value, generalise(self.pointer), self.value)

    def to_json(self) -> dict[str, Any]:
        """The finding as it goes into the JSON report."""
        out: dict[str, Any] = {
            "operation": self.operation,
            "pointer": self.pointer,
            "kind": self.kind.value,
            "detail": self.detail,
            "occurrences": self.occurrences,
        }
        if self.status is not None:
            out["status"] = self.status
        if self.value is not None:
            out["value"] = self.value
        if self.observed_schema is not None:
            out["observed_schema"] = self.observed_schema
        return out


def generalise(pointer: str) -> str:
    """A JSON pointer with array indexes replaced by ``*``: ``/users/3/nickname`` -> ``/users/*/nickname``."""
    return "/".join("*" if part.isdigit() else part for part in pointer.split("/"))


def escape_pointer_token(token: str | int) -> str:
    """One JSON pointer reference token (RFC 6901: ``~`` -> ``~0``, ``/`` -> ``~1``)."""
    return str(token).replace("~", "~0").replace("/", "~1")


class FindingCollector:
    """Collects findings, merging repeats of the same one into a count."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str, str, str | None], Finding] = {}

    def add(self, finding: Finding) -> None:
        """Record a finding, or count one more occurrence of a known one."""
        known = self._by_key.get(finding.group_key)
        if known is None:
            self._by_key[finding.group_key] = finding
            return
        known.occurrences += finding.occurrences
        if known.observed_schema is not None and finding.observed_schema is not None:
            known.observed_schema = merge_schemas(known.observed_schema, finding.observed_schema)

    def extend(self, findings: list[Finding]) -> None:
        """Record several findings."""
        for finding in findings:
            self.add(finding)

    @property
    def findings(self) -> list[Finding]:
        """The findings in the order first seen."""
        return list(self._by_key.values())


def merge_schemas(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """The union of two inferred schemas: types joined, object properties and array items merged."""
    if not a or not b:
        return {}  # one side is "anything" (cut off by depth): so is the union
    types = sorted(set(_types(a)) | set(_types(b)))
    merged: dict[str, Any] = {"type": types[0] if len(types) == 1 else types}
    if "object" in types:
        props: dict[str, Any] = dict(a.get("properties", {}))
        for name, schema in b.get("properties", {}).items():
            props[name] = merge_schemas(props[name], schema) if name in props else schema
        if props:
            merged["properties"] = props
    if "array" in types:
        items_a, items_b = a.get("items"), b.get("items")
        if items_a and items_b:
            merged["items"] = merge_schemas(items_a, items_b)
        elif items_a or items_b:
            merged["items"] = items_a or items_b
    return merged


def _types(schema: Mapping[str, Any]) -> list[str]:
    value = schema.get("type", [])
    return [value] if isinstance(value, str) else list(value)


MAX_INFERRED_DEPTH = 8
"""How deep an inferred schema goes: a hostile answer nested a thousand levels must not exhaust the stack."""


def infer_schema(value: Any, depth: int = 0) -> dict[str, Any]:
    """A JSON Schema of ``value``'s shape: types, property names, item shapes; never the value itself."""
    if depth >= MAX_INFERRED_DEPTH:
        return {}
    if value is None:
        return {"type": "null"}
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        return {"type": "string"}
    if isinstance(value, list):
        schema: dict[str, Any] = {"type": "array"}
        for item in value:
            inferred = infer_schema(item, depth + 1)
            schema["items"] = merge_schemas(schema["items"], inferred) if "items" in schema else inferred
        return schema
    if isinstance(value, dict):
        props = {str(key): infer_schema(item, depth + 1) for key, item in value.items()}
        return {"type": "object", "properties": props} if props else {"type": "object"}
    return {}
