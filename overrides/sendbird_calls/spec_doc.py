"""The spec's own words at run time: parameter and body help for the CLI, item schemas for exports.

The OpenAPI document ships inside the wheel (``sendbird_calls/_spec``; the repository's
``openapi/`` in an editable install) and is parsed once per process, on first use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import SendbirdCallsError

SPEC_FILENAME = "calls-v1.yaml"
_SPACES = re.compile(r"\s+")
_HTTP_METHODS = ("get", "put", "post", "delete", "patch")


class SpecUnavailableError(SendbirdCallsError):
    """The packaged OpenAPI document is missing or unreadable (a broken installation)."""


_ALSO_SENT_AS = re.compile(r"^Also sent as `([^`]+)`\.")


def also_sent_as(description: object) -> str | None:
    """The other name a property arrives under, when its description starts "Also sent as `x`."."""
    found = _ALSO_SENT_AS.match(description) if isinstance(description, str) else None
    return found.group(1) if found else None


SENT_AS_STRING = "Also sent as a string."
"""How a boolean property's description starts when sources also show its value as ``"true"``/``"false"``."""


def sent_as_string(description: object) -> bool:
    """Whether a property's description starts "Also sent as a string." (a boolean also read from
    ``"true"``/``"false"``)."""
    return isinstance(description, str) and description.startswith(SENT_AS_STRING)


def spec_path() -> Path:
    """The spec the wheel ships, else the repository's ``openapi/`` (editable install)."""
    shipped = resources.files("sendbird_calls") / "_spec" / SPEC_FILENAME
    if shipped.is_file():
        return Path(str(shipped))
    return Path(__file__).resolve().parents[2] / "openapi" / SPEC_FILENAME


def read_spec(path: Path) -> dict[str, Any]:
    """Any OpenAPI document on disk, parsed (not cached: tools compare two of them)."""
    try:
        text = path.read_text(encoding="utf-8")
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        document = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, chosen above
    except (OSError, yaml.YAMLError) as exc:
        raise SpecUnavailableError(f"cannot read the OpenAPI spec {path}: {type(exc).__name__}") from None
    if not isinstance(document, dict):
        raise SpecUnavailableError(f"the OpenAPI spec {path} is not a mapping")
    return document


def value_type(value: Any) -> str:
    """The JSON type of a literal read from the spec (an enum value, a const, an example); a bool is a
    ``boolean``, not an ``integer``, and anything not listed is an ``object``."""
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
    return "array" if isinstance(value, list) else "object"


@functools.cache
def load_spec() -> Mapping[str, Any]:
    """The packaged spec, parsed once per process."""
    return read_spec(spec_path())


def deref(node: Any, document: Mapping[str, Any] | None = None) -> Any:
    """``node`` with its local ``$ref`` followed (siblings of the ``$ref`` kept), nothing else changed:
    where a ``null`` option matters (a validator, a parameter's types); ``document`` defaults to the packaged spec."""
    root: Mapping[str, Any] = load_spec() if document is None else document
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 32:
        target: Any = root
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        outer = {key: value for key, value in node.items() if key != "$ref"}
        node = {**target, **outer} if isinstance(target, dict) else outer
        seen += 1
    return node


def resolve(node: Any, document: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A schema or parameter with its local ``$ref`` followed (siblings of the ``$ref`` kept), and
    ``anyOf [X, null]`` reduced to X; ``document`` defaults to the packaged spec."""
    root: Mapping[str, Any] = load_spec() if document is None else document
    node = deref(node, root)
    if not isinstance(node, dict):
        return {}
    for key in ("anyOf", "oneOf"):
        listed = node.get(key)
        options = [resolve(option, root) for option in listed] if isinstance(listed, list) else []
        kept = [option for option in options if option.get("type") != "null"]
        if len(kept) == 1:
            outer = {name: value for name, value in node.items() if name != key}
            return {**kept[0], **outer}
    return node


def iter_operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every operation of ``document``: (path, METHOD, the operation with ``parameters`` merged from its
    path item and resolved, by name)."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        shared = _parameters(item, document)
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            params = {param["name"]: param for param in shared}
            params.update({param["name"]: param for param in _parameters(operation, document)})
            yield str(path), method.upper(), {**operation, "parameters": params}


def _parameters(owner: Mapping[str, Any], document: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The resolved parameters a path item or an operation lists (those without a string name skipped:
    a malformed spec reads as incomplete here, and `make lint-spec` names the problem)."""
    listed = owner.get("parameters")
    resolved = [resolve(param, document) for param in listed] if isinstance(listed, list) else []
    return [param for param in resolved if isinstance(param.get("name"), str)]


def success_response(operation: Mapping[str, Any], document: Mapping[str, Any]) -> tuple[int, dict[str, Any]]:
    """An operation's first 2xx status and its response, resolved (``(200, {})`` when it lists none)."""
    responses = operation.get("responses")
    codes = sorted(str(code) for code in responses) if isinstance(responses, dict) else []
    for code in codes:
        if code.startswith("2") and code.isdigit():
            answer = responses.get(code, responses.get(int(code)))  # type: ignore[union-attr]
            return int(code), resolve(answer, document)
    return 200, {}


def page_items(operation: Mapping[str, Any], document: Mapping[str, Any]) -> str | None:
    """The array property of a list operation's page (``rooms``), or None when the operation does not page.

    The generator's rule (``spec_facts``): a ``next`` query parameter, a ``next`` property in the success
    body, exactly one array property, and no ``x-envelope``.
    """
    _, answer = success_response(operation, document)
    content = answer.get("content")
    media = content.get("application/json") if isinstance(content, dict) else None
    body = resolve(media.get("schema", {}), document) if isinstance(media, dict) else {}
    listed = body.get("properties")
    properties: dict[str, Any] = listed if isinstance(listed, dict) else {}
    params = operation.get("parameters")
    if not (isinstance(params, dict) and "next" in params and "next" in properties) or "x-envelope" in body:
        return None
    arrays = [str(name) for name, prop in properties.items() if resolve(prop, document).get("type") == "array"]
    return arrays[0] if len(arrays) == 1 else None


def schema_type(schema: Mapping[str, Any]) -> str | None:
    """The schema's type, ignoring ``null`` in a type list (``[string, "null"]`` is a string)."""
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [item for item in kind if item != "null"]
        return str(kinds[0]) if kinds else None
    return None if kind is None else str(kind)


@functools.cache
def operations() -> Mapping[str, Mapping[str, Any]]:
    """Every operation of the packaged spec by operationId, with ``parameters`` merged and resolved."""
    return {
        str(operation["operationId"]): operation
        for _, _, operation in iter_operations(load_spec())
        if "operationId" in operation
    }


def operation(operation_id: str) -> Mapping[str, Any]:
    """One operation of the spec (empty when the spec does not know it)."""
    return operations().get(operation_id, {})


def describe(schema: Mapping[str, Any], description: str | None = None) -> str:
    """One line of help: the description, then the allowed values, range and default from the schema."""
    schema = resolve(dict(schema))
    parts = [_SPACES.sub(" ", description or schema.get("description") or "").strip()]
    items = resolve(schema.get("items", {})) if schema_type(schema) == "array" else {}
    enum = schema.get("enum") or items.get("enum")
    if enum:
        parts.append("One of: " + ", ".join(str(value) for value in enum if value is not None) + ".")
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        parts.append(f"Range {low}..{high}.")
    elif low is not None:
        parts.append(f"At least {low}.")
    if "default" in schema:
        parts.append(f"Default {schema['default']}.")
    return " ".join(part for part in parts if part)


def parameter_help(operation_id: str, wire_name: str) -> str:
    """The help line of one parameter of an operation."""
    param = operation(operation_id).get("parameters", {}).get(wire_name)
    if not param:
        return ""
    return describe(param.get("schema", {}), param.get("description"))


def body_schema(operation_id: str) -> dict[str, Any]:
    """The JSON request body schema of an operation (empty when it takes none)."""
    body = resolve(operation(operation_id).get("requestBody", {}))
    return resolve(body.get("content", {}).get("application/json", {}).get("schema", {}))


def body_help(operation_id: str) -> list[str]:
    """One line per field of the request body: ``name (required): description``."""
    schema = body_schema(operation_id)
    required = set(schema.get("required", ()))
    lines = []
    for name, field in (schema.get("properties") or {}).items():
        flag = " (required)" if name in required else ""
        lines.append(f"{name}{flag}: {describe(field)}")
    return lines


def response_schema(operation_id: str) -> dict[str, Any]:
    """The JSON schema of an operation's 200 (or first 2xx) answer."""
    responses = operation(operation_id).get("responses", {})
    for status in sorted(str(code) for code in responses):
        if status.startswith("2"):
            answer = resolve(responses.get(status) or responses.get(int(status), {}))
            return resolve(answer.get("content", {}).get("application/json", {}).get("schema", {}))
    return {}


def list_field(operation_id: str) -> tuple[str, dict[str, Any]]:
    """The array property of a list operation's page, and its item schema (``calls``, DirectCall)."""
    for name, field in (response_schema(operation_id).get("properties") or {}).items():
        resolved = resolve(field)
        if schema_type(resolved) == "array":
            return str(name), resolve(resolved.get("items", {}))
    raise SpecUnavailableError(f"{operation_id} does not answer with a page holding a list")


__all__ = [
    "SpecUnavailableError",
    "body_help",
    "body_schema",
    "deref",
    "describe",
    "iter_operations",
    "list_field",
    "load_spec",
    "operation",
    "page_items",
    "parameter_help",
    "read_spec",
    "resolve",
    "response_schema",
    "schema_type",
    "spec_path",
    "success_response",
    "value_type",
]
