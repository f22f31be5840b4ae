"""Reading one spec: ``$ref`` resolution, a schema's JSON types, enums and formats, and where each component is used.

Where a component is used decides how its changes are classed: a schema users *send* (parameters,
request bodies) breaks them when it narrows, a schema users *read* (answers, webhook payloads)
when it widens. An enum reached through ``anyOf [enum, {type: string}]`` is *open*: any string
parses, so a new value in answers breaks nobody.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Literal

from sendbird_calls.spec_doc import value_type
from tools.api_diff.changes import CannotCompareError

Node = Mapping[str, Any]
Direction = Literal["request", "response"]
Site = tuple[Direction, bool]  # (direction, reached as an open enum)
REQUEST: Direction = "request"
RESPONSE: Direction = "response"
COMPONENT_PREFIX = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
BRANCHES = ("anyOf", "oneOf", "allOf")
EMPTY: Node = {}


def as_node(value: Any) -> Node:
    """A schema as a mapping: boolean schemas (``true``/``false``) and other values read as ``{}``."""
    return value if isinstance(value, Mapping) else EMPTY


class Spec:
    """One parsed spec with local ``$ref`` resolution."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Node:
        """Follows ``$ref`` until a concrete object; a dangling or external ``$ref`` is CannotCompareError."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
                raise CannotCompareError(f"cannot resolve $ref {ref!r} (only local, acyclic references are read)")
            seen.add(ref)
            target: Any = self.document
            for raw in ref[2:].split("/"):
                part = raw.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, Mapping) or part not in target:
                    raise CannotCompareError(f"cannot resolve $ref {ref!r}")
                target = target[part]
            node = target
        return node if isinstance(node, Mapping) else EMPTY

    def components(self) -> Mapping[str, Node]:
        """``components.schemas`` by name."""
        found = self.document.get("components", {}) or {}
        schemas = found.get("schemas", {}) if isinstance(found, Mapping) else {}
        return schemas if isinstance(schemas, Mapping) else {}

    def json_types(self, node: Node, depth: int = 0) -> frozenset[str]:
        """The JSON types a value of this schema may have (``any`` when it does not say)."""
        if depth > 20:
            return frozenset({"any"})
        if "$ref" in node:
            return self.json_types(self.resolve(node), depth + 1)
        found: set[str] = set()
        declared = node.get("type")
        if isinstance(declared, str):
            found.add(declared)
        elif isinstance(declared, list):
            found.update(str(item) for item in declared)
        if node.get("nullable") is True:
            found.add("null")
        if not declared:
            values = [node["const"]] if "const" in node else list(node.get("enum") or [])
            found.update(value_type(value) for value in values)
        for key in ("anyOf", "oneOf"):
            for branch in node.get(key) or []:
                found.update(self.json_types(as_node(branch), depth + 1))
        for branch in node.get("allOf") or []:
            found.update(self.json_types(as_node(branch), depth + 1) - {"any"})
        if not found and ("properties" in node or "additionalProperties" in node):
            found.add("object")
        return frozenset(found or {"any"})

    def is_plain_string(self, node: Node) -> bool:
        """``{type: string}`` with nothing that restricts it: the catch-all branch of an open enum."""
        node = self.resolve(node)
        restricting = ("enum", "const", "format", "pattern", "anyOf", "oneOf", "allOf")
        return node.get("type") == "string" and not any(key in node for key in restricting)

    def is_open(self, node: Node) -> bool:
        """An ``anyOf``/``oneOf`` of some values and any string: unknown strings parse too."""
        for key in ("anyOf", "oneOf"):
            branches = node.get(key) or []
            if len(branches) > 1 and any(self.is_plain_string(branch) for branch in branches):
                return True
        return False


def component_name(ref: Any) -> str | None:
    """``#/components/schemas/Room`` as ``Room``; other references as None."""
    if isinstance(ref, str) and ref.startswith(COMPONENT_PREFIX):
        return ref.removeprefix(COMPONENT_PREFIX)
    return None


def refs_at(node: Node) -> frozenset[str]:
    """The components this schema names itself or in its ``anyOf``/``oneOf``/``allOf`` branches (not deeper)."""
    found: set[str] = set()
    name = component_name(node.get("$ref"))
    if name:
        found.add(name)
    for key in BRANCHES:
        for branch in node.get(key) or []:
            if isinstance(branch, Mapping):
                found.update(refs_at(branch))
    return frozenset(found)


def inline_branches(node: Node) -> Iterator[Node]:
    """The node and its inline (not ``$ref``) ``anyOf``/``oneOf``/``allOf`` branches."""
    if "$ref" in node:
        return
    yield node
    for key in BRANCHES:
        for branch in node.get(key) or []:
            if isinstance(branch, Mapping) and "$ref" not in branch:
                yield from inline_branches(branch)


def enum_values(node: Node) -> tuple[Any, ...] | None:
    """The values of an inline enum (or ``const``) at this node or its inline branches; None without one."""
    values: list[Any] = []
    found = False
    for part in inline_branches(node):
        if "enum" in part and isinstance(part["enum"], list):
            values.extend(part["enum"])
            found = True
        if "const" in part:
            values.append(part["const"])
            found = True
    return tuple(values) if found else None


def formats(node: Node) -> frozenset[str]:
    """The ``format`` keywords at this node and its inline branches."""
    return frozenset(str(part["format"]) for part in inline_branches(node) if "format" in part)


def media_schema(spec: Spec, holder: Any) -> Node | None:
    """The JSON schema of a request body or answer (``application/json`` first); None without content."""
    content = spec.resolve(holder).get("content") or {}
    if not isinstance(content, Mapping) or not content:
        return None
    media = content.get("application/json") or next(iter(content.values()))
    schema = media.get("schema") if isinstance(media, Mapping) else None
    return schema if isinstance(schema, Mapping) else EMPTY


def operations(spec: Spec, section: str = "paths") -> dict[str, tuple[str, str, Node, list[Node]]]:
    """Operations of ``paths`` (or one webhook event's item) by operationId: (method, path, operation, parameters)."""
    found: dict[str, tuple[str, str, Node, list[Node]]] = {}
    items = spec.document.get(section) or {}
    for path, raw_item in items.items() if isinstance(items, Mapping) else []:
        item = spec.resolve(raw_item)
        shared = [spec.resolve(parameter) for parameter in item.get("parameters") or []]
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            own = [spec.resolve(parameter) for parameter in operation.get("parameters") or []]
            names = {(parameter.get("in"), parameter.get("name")) for parameter in own}
            parameters = [p for p in shared if (p.get("in"), p.get("name")) not in names] + own
            key = str(operation.get("operationId") or f"{method.upper()} {path}")
            found[key] = (method, str(path), operation, parameters)
    return found


def webhook_payloads(spec: Spec) -> dict[str, list[Node]]:
    """The top-level ``webhooks``: each event's payload schemas (what a webhook receiver reads)."""
    found: dict[str, list[Node]] = {}
    events = spec.document.get("webhooks") or {}
    for event, raw_item in events.items() if isinstance(events, Mapping) else []:
        item = spec.resolve(raw_item)
        payloads: list[Node] = []
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping) and "requestBody" in operation:
                schema = media_schema(spec, operation["requestBody"])
                if schema is not None:
                    payloads.append(schema)
        found[str(event)] = payloads
    return found


def usage(spec: Spec) -> dict[str, set[Site]]:
    """Per component: the directions it is used in, and whether it is reached as an open enum."""
    sites: dict[str, set[Site]] = {}
    seen: set[tuple[str, Direction, bool]] = set()

    def walk(node: Any, direction: Direction, is_open: bool) -> None:
        if not isinstance(node, Mapping):
            return
        if "$ref" in node:
            name = component_name(node["$ref"])
            if name is not None:
                sites.setdefault(name, set()).add((direction, is_open))
                if (name, direction, is_open) in seen:
                    return
                seen.add((name, direction, is_open))
            walk(spec.resolve(node), direction, is_open)
            return
        node_open = spec.is_open(node)
        for key in BRANCHES:
            for branch in node.get(key) or []:
                walk(branch, direction, is_open or node_open)
        for child in (node.get("properties") or {}).values():
            walk(child, direction, False)
        for key in ("items", "additionalProperties", "not"):
            walk(node.get(key), direction, False)

    for _method, _path, operation, parameters in operations(spec).values():
        for parameter in parameters:
            walk(parameter.get("schema"), REQUEST, False)
        if "requestBody" in operation:
            walk(media_schema(spec, operation["requestBody"]), REQUEST, False)
        for answer in (operation.get("responses") or {}).values():
            walk(media_schema(spec, answer), RESPONSE, False)
    for payloads in webhook_payloads(spec).values():
        for payload in payloads:
            walk(payload, RESPONSE, False)
    return sites
