"""Parameters: where they go, their vendor extensions, and how path values fill the path template.

A parameter written once (in ``components.parameters``) is judged once, where it is written;
what depends on the path (its template, the other parameters) is judged where it is used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sendbird_calls.spec_doc import schema_type
from tools.lint_spec.document import SpecDocument, mapping
from tools.lint_spec.findings import Finding, Location

LOCATIONS = ("path", "query")
"""Where the client sends parameters (``sendbird_calls.core.operation.Param.location``)."""
UNITS = ("ms", "s")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def parameter_rules(document: SpecDocument) -> Iterator[Finding]:
    """``in`` is path or query; path parameters are required; ``x-unit`` is ms or s on an integer;
    ``x-secret`` is a boolean on path parameters only."""
    judged: set[Location] = set()
    for site in document.parameters():
        if site.definition in judged or not site.value:
            continue
        judged.add(site.definition)
        yield from _definition(document, site.value, site.definition)
    for name, value in mapping(mapping(document.raw.get("components")).get("parameters")).items():
        if ("components", "parameters", str(name)) not in judged and isinstance(value, dict):
            yield from _definition(document, document.resolve(value), ("components", "parameters", str(name)))
    for node in document.nodes():
        if "x-secret" in node.value and not _parameter(node.location, schema=node.schema):
            yield Finding(
                (*node.location, "x-secret"),
                "`x-secret` is only read on path parameters (it masks the path in logs)",
                "remove it; a secret property of a body or an answer starts its description with `Secret:`",
            )


def _parameter(location: Location, *, schema: bool) -> bool:
    """Whether an object at ``location`` is a Parameter object the client may send."""
    listed = len(location) >= 3 and location[0] == "paths" and location[-2] == "parameters"
    defined = location[:2] == ("components", "parameters") and len(location) == 3
    return not schema and (listed or defined)


def _definition(document: SpecDocument, value: dict[str, Any], where: Location) -> Iterator[Finding]:
    place = value.get("in")
    if place not in LOCATIONS:
        yield Finding(
            (*where, "in"),
            f"`in: {place}` parameters are not sent by the client (only path and query parameters are)",
            "make it a query parameter, or leave it to callers (`request_options={'extra_headers': ...}`)",
        )
    if place == "path" and value.get("required") is not True:
        yield Finding(
            (*where, "required"),
            "a path parameter must be `required: true`",
            "add `required: true`",
        )
    if "x-unit" in value:
        unit = value["x-unit"]
        kind = schema_type(document.resolve(value.get("schema")))
        if unit not in UNITS:
            yield Finding(
                (*where, "x-unit"), f"`x-unit` is {unit!r}, not `ms` or `s`", "write `x-unit: ms` or `x-unit: s`"
            )
        elif kind != "integer":
            yield Finding(
                (*where, "x-unit"),
                f"`x-unit` is only read on integer parameters, and this one is {kind or 'untyped'}",
                "remove `x-unit`, or make the parameter `type: integer`",
            )
    if "x-secret" in value:
        if place != "path":
            yield Finding(
                (*where, "x-secret"),
                "`x-secret` is only read on path parameters (it masks the path in logs)",
                "remove it, or make the parameter a path parameter",
            )
        elif not isinstance(value["x-secret"], bool):
            yield Finding(
                (*where, "x-secret"),
                f"`x-secret` is {value['x-secret']!r}, not a boolean",
                "write `x-secret: true`",
            )


def path_rules(document: SpecDocument) -> Iterator[Finding]:
    """Each ``{name}`` of a path template is one whole segment with a path parameter; each path parameter
    is in the template; no two parameters of an operation share a name (each is a keyword argument)."""
    paths = document.raw.get("paths")
    if not isinstance(paths, dict):
        return
    sites = list(document.parameters())
    for path in map(str, paths):
        placeholders = _PLACEHOLDER.findall(path)
        for segment in path.split("/"):
            if "{" in segment and not re.fullmatch(r"\{[^{}]+\}", segment):
                yield Finding(
                    ("paths", path),
                    f"the segment {segment!r} mixes a parameter with other text (a path value fills one whole "
                    "segment, percent-encoded)",
                    "give the parameter a segment of its own",
                )
        listed = [
            site
            for site in sites
            if site.path == path and isinstance(site.value.get("name"), str) and isinstance(site.value.get("in"), str)
        ]
        for site in listed:
            name = site.value.get("name")
            if site.value.get("in") == "path" and name not in placeholders:
                yield Finding(
                    site.location,
                    f"path parameter {name!r} is not in the path template {path!r}",
                    f"add `{{{name}}}` to the path, or make it a query parameter",
                )
        for operation in [site for site in document.operations() if site.name == path]:
            mine = [s for s in listed if s.operation is None or s.operation.location == operation.location]
            by_place = {(s.value.get("name"), s.value.get("in")): s for s in mine}
            names = {name for name, place in by_place if place == "path"}
            for placeholder in placeholders:
                if placeholder not in names:
                    yield Finding(
                        operation.location,
                        f"the path template's `{{{placeholder}}}` has no path parameter",
                        f"add `{{name: {placeholder}, in: path, required: true, schema: {{type: string}}}}` to the "
                        "path item's `parameters`",
                    )
            seen: dict[object, object] = {}
            for name, place in by_place:
                if name in seen:
                    yield Finding(
                        operation.location,
                        f"the {seen[name]} parameter {name!r} and the {place} parameter {name!r} share a name "
                        "(each becomes the keyword argument of that name)",
                        "rename one of them",
                    )
                seen.setdefault(name, place)
