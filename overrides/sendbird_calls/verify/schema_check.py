"""Checks one JSON value against a schema of the spec and says how it disagrees, by JSON pointer.

A small checker of the JSON Schema subset the spec uses (``$ref``, ``type``, ``properties``,
``required``, ``additionalProperties``, ``items``, ``anyOf``/``oneOf``, ``enum``, ``const`` and
the usual bounds), written for this job rather than jsonschema's: it must tell *kinds* of drift
apart (a new field, a missing one, a retyped one, a new value of an open enum) and know where in
the spec each schema lives, so the overlay can add to the right place. A property the schema
does not list is an undocumented field even though the spec allows extra fields: that is the
drift this tool exists to find.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..spec_doc import also_sent_as
from .findings import Finding, FindingKind, SchemaLocation, escape_pointer_token, infer_schema

JSON_TYPES = ("null", "boolean", "integer", "number", "string", "array", "object")


def json_type(value: Any) -> str:
    """The JSON type name of a parsed JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _type_matches(value: Any, expected: str) -> bool:
    actual = json_type(value)
    if actual == expected:
        return True
    if expected == "number":
        return actual == "integer"
    return expected == "integer" and actual == "number" and float(value).is_integer()


class SchemaChecker:
    """Checks values against the schemas of one spec (a parsed OpenAPI document)."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._spec = spec

    def resolve(self, schema: Mapping[str, Any], location: SchemaLocation) -> tuple[Mapping[str, Any], SchemaLocation]:
        """Follow local ``$ref``s to the schema they name, and where it lives."""
        seen = 0
        while "$ref" in schema:
            ref = str(schema["$ref"])
            if not ref.startswith("#/") or seen > 32:
                raise ValueError(f"unsupported $ref {ref!r}: only local references are supported")
            keys = tuple(part.replace("~1", "/").replace("~0", "~") for part in ref[2:].split("/"))
            target: Any = self._spec
            for key in keys:
                target = target[key]
            schema, location = target, SchemaLocation(keys)
            seen += 1
        return schema, location

    def check(
        self, value: Any, schema: Mapping[str, Any], location: SchemaLocation, *, operation: str, status: int | None
    ) -> list[Finding]:
        """Every disagreement of ``value`` with ``schema``."""
        return _Walk(self, operation, status).check(value, schema, location, "")


class _Walk:
    """One check of one answer: the operation and status every finding carries."""

    def __init__(self, checker: SchemaChecker, operation: str, status: int | None) -> None:
        self.checker = checker
        self.operation = operation
        self.status = status

    def finding(self, pointer: str, kind: FindingKind, detail: str, **extra: Any) -> Finding:
        return Finding(self.operation, pointer, kind, detail, status=self.status, **extra)

    def check(self, value: Any, schema: Mapping[str, Any], location: SchemaLocation, pointer: str) -> list[Finding]:
        schema, location = self.checker.resolve(schema, location)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                return self.check_alternatives(value, schema, location, pointer, keyword)
        problems: list[Finding] = []
        expected = schema.get("type")
        if expected is not None:
            types = [expected] if isinstance(expected, str) else list(expected)
            if not any(_type_matches(value, t) for t in types):
                shown = " or ".join(types)
                return [self.finding(pointer, FindingKind.WRONG_TYPE, f"expected {shown}, got {json_type(value)}")]
        if "const" in schema and value != schema["const"]:
            problems.append(self.enum_finding(value, [schema["const"]], location, pointer, secret=_is_secret(schema)))
        if "enum" in schema and value not in schema["enum"]:
            problems.append(
                self.enum_finding(
                    value, list(schema["enum"]), location.child("enum"), pointer, secret=_is_secret(schema)
                )
            )
        if isinstance(value, dict):
            problems.extend(self.check_object(value, schema, location, pointer))
        elif isinstance(value, list):
            problems.extend(self.check_array(value, schema, location, pointer))
        problems.extend(self.check_bounds(value, schema, pointer))
        return problems

    def enum_finding(
        self, value: Any, allowed: list[Any], location: SchemaLocation, pointer: str, *, secret: bool
    ) -> Finding:
        shown = ", ".join(map(str, allowed))
        if secret or not isinstance(value, str | int | bool):
            return self.finding(pointer, FindingKind.UNKNOWN_ENUM_VALUE, f"a value outside [{shown}]")
        return self.finding(
            pointer,
            FindingKind.UNKNOWN_ENUM_VALUE,
            f"{value!r} is not one of [{shown}]",
            value=str(value),
            schema_location=location,
        )

    def check_alternatives(
        self, value: Any, schema: Mapping[str, Any], location: SchemaLocation, pointer: str, keyword: str
    ) -> list[Finding]:
        branches = [(branch, location.child(keyword, i)) for i, branch in enumerate(schema[keyword])]
        open_enum = self.open_enum(branches)
        if open_enum is not None and isinstance(value, str):
            allowed, enum_location = open_enum
            if value in allowed:
                return []
            return [self.enum_finding(value, allowed, enum_location, pointer, secret=False)]
        results = [self.check(value, branch, loc, pointer) for branch, loc in branches]
        if any(not problems for problems in results):
            return []
        # The branch the value fits best: first one without a type mismatch at the top, then fewest problems.
        return min(results, key=lambda problems: (_top_level_type_mismatch(problems, pointer), len(problems)))

    def open_enum(
        self, branches: list[tuple[Mapping[str, Any], SchemaLocation]]
    ) -> tuple[list[Any], SchemaLocation] | None:
        """For ``anyOf: [enum of strings, {type: string}]`` (an open enum), the enum and its location."""
        resolved = [self.checker.resolve(branch, loc) for branch, loc in branches]
        enums = [(s, loc) for s, loc in resolved if "enum" in s]
        plain = [s for s, _ in resolved if set(s) - {"description", "title"} == {"type"} and s.get("type") == "string"]
        if len(enums) == 1 and plain:
            enum_schema, enum_location = enums[0]
            return list(enum_schema["enum"]), enum_location.child("enum")
        return None

    def check_object(
        self, value: dict[str, Any], schema: Mapping[str, Any], location: SchemaLocation, pointer: str
    ) -> list[Finding]:
        problems: list[Finding] = []
        properties: Mapping[str, Any] = schema.get("properties") or {}
        aliases = _aliases(properties)
        for name in schema.get("required") or ():
            if name not in value and not any(value_name in value for value_name in _spellings(aliases, name)):
                problems.append(
                    self.finding(
                        f"{pointer}/{escape_pointer_token(name)}",
                        FindingKind.MISSING_REQUIRED_FIELD,
                        f"required field {name!r} is absent",
                    )
                )
        extra_schema = schema.get("additionalProperties")
        for name, item in value.items():
            child = f"{pointer}/{escape_pointer_token(name)}"
            if name in properties:
                problems.extend(self.check(item, properties[name], location.child("properties", name), child))
            elif name in aliases:  # the other spelling the spec documents ("Also sent as `x`.")
                documented = aliases[name]
                problems.extend(
                    self.check(item, properties[documented], location.child("properties", documented), child)
                )
            elif isinstance(extra_schema, Mapping):
                problems.extend(self.check(item, extra_schema, location.child("additionalProperties"), child))
            else:
                inferred = infer_schema(item)
                problems.append(
                    self.finding(
                        child,
                        FindingKind.UNDOCUMENTED_FIELD,
                        f"field {name!r} ({json_type(item)}) is not in the spec",
                        schema_location=location,
                        observed_schema=inferred,
                    )
                )
        return problems

    def check_array(
        self, value: list[Any], schema: Mapping[str, Any], location: SchemaLocation, pointer: str
    ) -> list[Finding]:
        items = schema.get("items")
        if not isinstance(items, Mapping):
            return []
        problems: list[Finding] = []
        for index, item in enumerate(value):
            problems.extend(self.check(item, items, location.child("items"), f"{pointer}/{index}"))
        return problems

    def check_bounds(self, value: Any, schema: Mapping[str, Any], pointer: str) -> list[Finding]:
        broken = [rule for rule in _bound_rules(value, schema) if rule]
        return [self.finding(pointer, FindingKind.CONSTRAINT_VIOLATION, rule) for rule in broken]


def _bound_rules(value: Any, schema: Mapping[str, Any]) -> list[str]:
    """The names of the bounds ``value`` breaks (never the value)."""
    out: list[str] = []
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            out.append(f"below minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            out.append(f"above maximum {schema['maximum']}")
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            out.append(f"shorter than minLength {schema['minLength']}")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            out.append(f"longer than maxLength {schema['maxLength']}")
        if "pattern" in schema and not re.search(str(schema["pattern"]), value):
            out.append("does not match the pattern")
    if isinstance(value, list):
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            out.append(f"more than maxItems {schema['maxItems']}")
        if "minItems" in schema and len(value) < schema["minItems"]:
            out.append(f"fewer than minItems {schema['minItems']}")
    if isinstance(value, dict):
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            out.append(f"more than maxProperties {schema['maxProperties']}")
        if "minProperties" in schema and len(value) < schema["minProperties"]:
            out.append(f"fewer than minProperties {schema['minProperties']}")
    return out


def _is_secret(schema: Mapping[str, Any]) -> bool:
    return str(schema.get("description", "")).startswith("Secret:")


def _top_level_type_mismatch(problems: list[Finding], pointer: str) -> bool:
    return any(p.kind is FindingKind.WRONG_TYPE and p.pointer == pointer for p in problems)


def _aliases(properties: Mapping[str, Any]) -> dict[str, str]:
    """The other spellings the spec documents for its properties, each with the property's own name."""
    found: dict[str, str] = {}
    for name, schema in properties.items():
        alias = also_sent_as(schema.get("description")) if isinstance(schema, Mapping) else None
        if alias:
            found[alias] = name
    return found


def _spellings(aliases: Mapping[str, str], name: str) -> list[str]:
    """The other names under which the property ``name`` may arrive."""
    return [alias for alias, documented in aliases.items() if documented == name]
