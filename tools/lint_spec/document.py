"""The spec as the rules see it: read with the project's one reader, walked with locations.

``read_spec``/``resolve`` (``sendbird_calls.spec_doc``) read the document and follow ``$ref``s. The
walks here only name places: ``operations()`` and ``webhooks()`` every operation, ``parameters()``
every parameter where it is used, ``nodes()`` every object outside example values, marked when it
is a schema. Examples are validated with jsonschema (Draft 2020-12) against a registry holding
the whole document, so a schema's ``$ref`` to ``#/components/...`` resolves as in the mock.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from sendbird_calls.spec_doc import read_spec, resolve
from tools.lint_spec.findings import Location

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
"""Every method an OpenAPI path item may hold (the client supports the first five and PATCH)."""
SPEC_URI = "urn:sendbird-calls:lint-spec"
_DATA_KEYS = frozenset({"example", "default", "const", "enum"})
"""Keys whose values are data, never walked: a ``$ref`` key inside them is a value, not a reference."""
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SUBSCHEMA_ONE = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


@dataclass(frozen=True)
class Node:
    """An object of the document at ``location``; ``schema`` when it sits where a JSON schema goes."""

    location: Location
    value: dict[str, Any]
    schema: bool


@dataclass(frozen=True)
class OperationSite:
    """One operation: under ``paths`` (``name`` is the path template) or ``webhooks`` (the event name)."""

    location: Location
    name: str
    method: str
    node: dict[str, Any]
    item: dict[str, Any]


@dataclass(frozen=True)
class ParameterSite:
    """A parameter where a path item or an operation lists it; ``definition`` is where it is written
    (its ``$ref`` target, else ``location``); ``value`` is resolved."""

    location: Location
    definition: Location
    path: str
    operation: OperationSite | None
    value: dict[str, Any]


class SpecDocument:
    """One parsed spec and the walks the rules share (each computed once)."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw: Mapping[str, Any] = raw

    @classmethod
    def read(cls, path: Path) -> SpecDocument:
        """Reads ``path`` with the project's reader (``SpecUnavailableError`` when it cannot)."""
        return cls(read_spec(path))

    def resolve(self, node: Any) -> dict[str, Any]:
        """``node`` with its ``$ref``s followed by the project's reader (``{}`` when it is not an object)."""
        return resolve(node, self.raw)

    def operations(self) -> Iterator[OperationSite]:
        """Every operation under ``paths``, in the document's order (path items that are a ``$ref`` skipped)."""
        yield from _operations(self.raw.get("paths"), "paths", follow=False, raw=self.raw)

    def webhooks(self) -> Iterator[OperationSite]:
        """Every operation under the top-level ``webhooks`` (a path item ``$ref`` is followed)."""
        yield from _operations(self.raw.get("webhooks"), "webhooks", follow=True, raw=self.raw)

    def parameters(self) -> Iterator[ParameterSite]:
        """Every parameter as listed by a path item or an operation, named by its ``name``."""
        paths = self.raw.get("paths")
        if not isinstance(paths, dict):
            return
        sites = {(site.name, site.method): site for site in self.operations()}
        for path, item in paths.items():
            if not isinstance(item, dict) or "$ref" in item:
                continue
            yield from self._listed(("paths", str(path)), str(path), None, item.get("parameters"))
            for method in HTTP_METHODS:
                site = sites.get((str(path), method))
                if site is not None:
                    yield from self._listed(site.location, str(path), site, site.node.get("parameters"))

    def _listed(
        self, owner: Location, path: str, operation: OperationSite | None, listed: Any
    ) -> Iterator[ParameterSite]:
        if not isinstance(listed, list):
            return
        for index, entry in enumerate(listed):
            if not isinstance(entry, dict):
                continue
            value = self.resolve(entry)
            name = value.get("name")
            key = name if isinstance(name, str) else str(index)
            target = ref_location(entry.get("$ref"))
            definition = target if target is not None else (*owner, "parameters", key)
            yield ParameterSite((*owner, "parameters", key), definition, path, operation, value)

    @functools.cached_property
    def objects(self) -> dict[Location, Any]:
        """Every object and list of the document by location, example values included: what a ``$ref``
        may point to."""
        found: dict[Location, Any] = {}
        _index(self.raw, (), found)
        return found

    def nodes(self) -> Iterator[Node]:
        """Every object outside data (example values, defaults, enums, ``x-`` extensions), in document
        order, schemas marked; a schema's subschemas are walked by keyword, so a property named
        ``example`` is still a schema."""
        yield from _walk(self.raw, ())

    def schema_at(self, location: Location) -> dict[str, Any] | None:
        """The object at ``location`` (a ``$ref`` target), or None when there is none."""
        found = self.objects.get(location)
        return found if isinstance(found, dict) else None

    @functools.cached_property
    def registry(self) -> Registry[Any]:
        """The whole document as one JSON Schema 2020-12 resource, at ``SPEC_URI``."""
        resource: Resource[Any] = DRAFT202012.create_resource(dict(self.raw))
        registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        return registry

    def validation_error(self, schema: Any, instance: Any) -> jsonschema.ValidationError | None:
        """The most relevant reason ``instance`` does not fit ``schema`` (a node of this document), or None.

        Raises ``referencing.exceptions.Unresolvable`` when the schema refers to nothing.
        """
        validator = jsonschema.Draft202012Validator(
            _rebased(schema), registry=self.registry, format_checker=jsonschema.FormatChecker()
        )
        return jsonschema.exceptions.best_match(validator.iter_errors(instance))


def mapping(value: object) -> dict[str, Any]:
    """``value`` when it is an object, else an empty one (rules read what is there, the validator judges shapes)."""
    return value if isinstance(value, dict) else {}


def ref_location(ref: object) -> Location | None:
    """The location a local ``$ref`` names, as the project's reader reads it (``#/a/b`` -> ``("a", "b")``,
    no unescaping); None for anything else."""
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return None
    return tuple(ref[2:].split("/"))


def _operations(items: Any, root: str, *, follow: bool, raw: Mapping[str, Any]) -> Iterator[OperationSite]:
    if not isinstance(items, dict):
        return
    for name, written in items.items():
        if isinstance(written, dict) and "$ref" in written and not follow:
            continue
        item = resolve(written, raw)
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield OperationSite((root, str(name), method), str(name), method, operation, item)


def _index(node: Any, location: Location, found: dict[Location, Any]) -> None:
    if isinstance(node, dict):
        found[location] = node
        for key, value in node.items():
            _index(value, (*location, str(key)), found)
    elif isinstance(node, list):
        found[location] = node
        for index, value in enumerate(node):
            _index(value, (*location, str(index)), found)


def _walk(node: Any, location: Location) -> Iterator[Node]:
    """The OpenAPI structure: objects are walked key by key, ``schema`` values and
    ``components.schemas`` entries as schemas, Example objects without their ``value``."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, (*location, str(index)))
        return
    if not isinstance(node, dict):
        return
    yield Node(location, node, schema=False)
    for key, value in node.items():
        name = str(key)
        here = (*location, name)
        if name.startswith("x-") or name in _DATA_KEYS:
            continue
        if name == "schema":
            yield from _walk_schema(value, here)
        elif name == "schemas" and location == ("components",) and isinstance(value, dict):
            for schema_name, schema in value.items():
                yield from _walk_schema(schema, (*here, str(schema_name)))
        elif name == "examples" and isinstance(value, dict):
            for example_name, example in value.items():
                if isinstance(example, dict):
                    yield Node((*here, str(example_name)), example, schema=False)
        else:
            yield from _walk(value, here)


def _walk_schema(node: Any, location: Location) -> Iterator[Node]:
    """A schema and its subschemas, by keyword (``$ref`` targets are walked where they are written)."""
    if not isinstance(node, dict):
        return
    yield Node(location, node, schema=True)
    for key in _SUBSCHEMA_MAPS:
        named = node.get(key)
        if isinstance(named, dict):
            for name, sub in named.items():
                yield from _walk_schema(sub, (*location, key, str(name)))
    for key in _SUBSCHEMA_ONE:
        sub = node.get(key)
        if isinstance(sub, list):
            for index, item in enumerate(sub):
                yield from _walk_schema(item, (*location, key, str(index)))
        else:
            yield from _walk_schema(sub, (*location, key))
    for key in _SUBSCHEMA_LISTS:
        subs = node.get(key)
        if isinstance(subs, list):
            for index, item in enumerate(subs):
                yield from _walk_schema(item, (*location, key, str(index)))


def _rebased(node: Any) -> Any:
    """``node`` with its local ``$ref``s made absolute (``SPEC_URI#/...``), so they resolve in the registry
    (values under ``const``, ``enum``, ``default`` and ``examples`` are data and stay as they are)."""
    if isinstance(node, dict):
        return {
            key: f"{SPEC_URI}{value}"
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else value
            if key in _DATA_KEYS or key == "examples"
            else _rebased(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rebased(item) for item in node]
    return node
