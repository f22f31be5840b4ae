"""Enums read from answers are open: ``anyOf: [<the enum>, {type: string}]``.

Sendbird adds enum values over time; a closed enum in an answer or a webhook payload makes the
generated model refuse the new value. How an enum is classified: starting from every answer's
schema (any status) and every webhook payload, every subschema is visited through ``$ref``s,
``properties``, ``items``, ``additionalProperties``, ``allOf``, ``anyOf``, ``oneOf`` and
``prefixItems``; an ``anyOf`` branch that is a bare type (``{type: string}``, no enum) opens the
enum branches whose values it covers, which are then not visited. An enum visited this way is
read side: an error. An enum reached only under ``not``, ``if``/``then``/``else``,
``propertyNames``, ``patternProperties``, ``contains``, ``dependentSchemas`` or ``unevaluated*``
is a warning: those keywords do not become typed fields, so the linter cannot decide. An enum
never reached from an answer (parameters, request bodies) is request side and may stay closed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sendbird_calls.spec_doc import value_type
from tools.lint_spec.document import SpecDocument, mapping, ref_location
from tools.lint_spec.findings import Finding, Location, Severity

TYPED = ("properties", "items", "additionalProperties", "allOf", "prefixItems")
"""Keywords whose subschemas become typed fields of the generated models."""
UNDECIDED = (
    "not",
    "if",
    "then",
    "else",
    "propertyNames",
    "patternProperties",
    "contains",
    "dependentSchemas",
    "unevaluatedItems",
    "unevaluatedProperties",
)
"""Keywords under which the linter cannot tell whether an enum closes what answers may hold."""


@dataclass
class _Reached:
    """Where an enum was first reached from, and whether through typed keywords only."""

    via: str
    typed: bool
    keyword: str = ""
    one_of: bool = False


@dataclass
class _Walk:
    document: SpecDocument
    reached: dict[Location, _Reached] = field(default_factory=dict)
    seen: set[tuple[Location, bool]] = field(default_factory=set)

    def visit(self, node: Any, location: Location, via: str, *, typed: bool, keyword: str = "") -> None:
        if not isinstance(node, dict) or (location, typed) in self.seen:
            return
        self.seen.add((location, typed))
        target = ref_location(node.get("$ref"))
        if target is not None:
            self.visit(self.document.schema_at(target), target, via, typed=typed, keyword=keyword)
        if "enum" in node:
            known = self.reached.get(location)
            if known is None or (typed and not known.typed):
                self.reached[location] = _Reached(via, typed, keyword)
        for key in TYPED:
            for sub, here in _subschemas(node, key, location):
                self.visit(sub, here, via, typed=typed, keyword=keyword)
        for key in UNDECIDED:
            for sub, here in _subschemas(node, key, location):
                self.visit(sub, here, via, typed=False, keyword=keyword or key)
        self.branches(node, location, via, typed=typed, keyword=keyword)

    def branches(self, node: dict[str, Any], location: Location, via: str, *, typed: bool, keyword: str) -> None:
        for key in ("anyOf", "oneOf"):
            subs = list(_subschemas(node, key, location))
            opened = {kind for sub, _ in subs for kind in _bare_types(sub)}
            for sub, here in subs:
                enum_at, values = self.enum_of(sub, here)
                if values is not None and _covers(opened, values):
                    if key == "oneOf":  # a known value fits both branches, and oneOf refuses it
                        self.reached[enum_at] = _Reached(via, typed, keyword, one_of=True)
                    continue
                self.visit(sub, here, via, typed=typed, keyword=keyword)

    def enum_of(self, node: Any, location: Location) -> tuple[Location, list[Any] | None]:
        """The enum a branch is (itself or through its ``$ref``), with its values; None when it is none."""
        target = ref_location(mapping(node).get("$ref"))
        if target is not None:
            location, node = target, self.document.schema_at(target)
        values = mapping(node).get("enum")
        return location, values if isinstance(values, list) else None


def enum_rules(document: SpecDocument) -> Iterator[Finding]:
    """A closed enum read from answers or webhook payloads is an error (a warning when undecidable)."""
    walk = _Walk(document)
    for site in document.operations():
        for code, answer in mapping(site.node.get("responses")).items():
            for media, body in mapping(document.resolve(answer).get("content")).items():
                where = (*site.location, "responses", str(code), "content", str(media), "schema")
                via = ".".join((*site.location, "responses", str(code)))
                walk.visit(mapping(body).get("schema"), where, via, typed=True)
    for site in document.webhooks():
        for media, body in mapping(document.resolve(site.node.get("requestBody")).get("content")).items():
            where = (*site.location, "requestBody", "content", str(media), "schema")
            walk.visit(mapping(body).get("schema"), where, ".".join(site.location), typed=True)
    for location, reached in walk.reached.items():
        yield _finding(location, reached)


def _finding(location: Location, reached: _Reached) -> Finding:
    pointer = "#/" + "/".join(location)
    if reached.one_of:
        return Finding(
            location,
            f"an enum read from answers (from {reached.via}) is opened with `oneOf`, which refuses every known "
            "value (it fits both branches)",
            "use `anyOf` instead of `oneOf`",
        )
    wrapper = (
        f"`anyOf: [{{$ref: '{pointer}'}}, {{type: string}}]`"
        if location[:2] == ("components", "schemas") and len(location) == 3
        else "`anyOf: [{enum: [...]}, {type: string}]`"
    )
    if reached.typed:
        return Finding(
            location,
            f"a closed enum read from answers (from {reached.via}): a value Sendbird adds later fails to parse",
            f"where answers use it, use {wrapper} (requests may keep the closed enum)",
        )
    return Finding(
        location,
        f"an enum reached from answers only under `{reached.keyword}` (from {reached.via}); classified as read "
        "side, but the linter cannot decide whether it closes what answers may hold",
        f"if answers may carry other values, use {wrapper}; else move it out of the answers' schemas",
        Severity.WARNING,
    )


def _subschemas(node: dict[str, Any], key: str, location: Location) -> Iterator[tuple[Any, Location]]:
    value = node.get(key)
    if isinstance(value, dict) and key in ("properties", "patternProperties", "dependentSchemas"):
        for name, sub in value.items():
            yield sub, (*location, key, str(name))
    elif isinstance(value, list):
        for index, sub in enumerate(value):
            yield sub, (*location, key, str(index))
    elif isinstance(value, dict):
        yield value, (*location, key)


def _bare_types(node: Any) -> set[str]:
    """The types a branch admits whole: ``{type: string}`` (no enum, const or ``$ref``)."""
    node = mapping(node)
    if not node or any(key in node for key in ("enum", "const", "$ref")):
        return set()
    kind = node.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(item) for item in kinds if isinstance(item, str)}


def _covers(types: set[str], values: list[Any]) -> bool:
    """Whether every value's JSON type is among ``types`` (an integer is also a number)."""
    for value in values:
        kind = value_type(value)
        if kind not in types and not (kind == "integer" and "number" in types):
            return False
    return bool(values)
