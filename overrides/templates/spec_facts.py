"""Prepares the template folder for the generator: the custom templates plus ``spec_facts.jinja``.

openapi-python-client hands templates neither vendor extensions (``x-method-name``, ``x-host``,
``x-envelope``, ``x-unit``, ``x-secret``) nor a parameter's own description, range or serialisation
style. This script reads them with the package's one spec reader (``sendbird_calls.spec_doc``) and
writes them as one Jinja dictionary, ``spec_facts``, keyed by operationId, from which
``endpoint_init.py.jinja`` renders each operation's table entry, signature and docstring. A spec
the client cannot serve (an operation without ``x-method-name``, a parameter of a kind the core
does not send, a body field named like a parameter) stops generation here, naming the place.

Usage: ``python overrides/templates/spec_facts.py SPEC DEST`` (copies this folder to DEST first).
"""

from __future__ import annotations

import json
import keyword
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sendbird_calls.core.options import OPTION_KEYS
from sendbird_calls.errors import error_class_for_status
from sendbird_calls.spec_doc import iter_operations, read_spec, resolve

HERE = Path(__file__).resolve().parent
RESERVED = frozenset({"self", "body", "request_options"})
"""Keywords every method already takes: no parameter or body field may use them."""


class SpecError(Exception):
    """The spec breaks a rule the generated client relies on; the message names where and the fix."""


def words(text: object) -> str:
    """The text on one line, whitespace collapsed."""
    return " ".join(str(text or "").split())


def keyword_for(wire: str) -> str | None:
    """The keyword argument for an API name: the name itself when Python allows it, else None (the
    template then uses the generator's Python name)."""
    return wire if wire.isidentifier() and not keyword.iskeyword(wire) and wire not in RESERVED else None


def param_kind(where: str, param: Mapping[str, Any], schema: Mapping[str, Any], raw: Mapping[str, Any]) -> str:
    """How the core checks and writes a parameter: string, integer, boolean, enum or csv."""
    kind = schema.get("type")
    if "enum" in schema:
        return "enum"
    if kind == "array":
        if param.get("style", "form") != "form" or param.get("explode", True) is not False:
            raise SpecError(
                f"{where}: an array parameter must be `style: form, explode: false` (one comma-separated value)"
            )
        items = resolve(schema.get("items", {}), raw)
        if items.get("type") != "string":
            raise SpecError(f"{where}: the items of a comma-separated parameter must be strings (or a string enum)")
        return "csv"
    if kind in ("string", "integer", "boolean"):
        return str(kind)
    raise SpecError(
        f"{where}: parameters of type {kind!r} are not supported; use string, integer, boolean, an enum or an array"
    )


def describe(text: str, schema: Mapping[str, Any], raw: Mapping[str, Any]) -> str:
    """A parameter's help line: its description, then its allowed values, range, length and default."""
    parts = [words(text)]
    items = resolve(schema.get("items", {}), raw) if schema.get("type") == "array" else {}
    enum = schema.get("enum") or items.get("enum")
    if enum:
        parts.append("Allowed values: " + ", ".join(json.dumps(value) for value in enum) + ".")
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        parts.append(f"Range: {low} to {high}.")
    elif low is not None:
        parts.append(f"Minimum: {low}.")
    elif high is not None:
        parts.append(f"Maximum: {high}.")
    if schema.get("maxLength") is not None:
        parts.append(f"At most {schema['maxLength']} characters.")
    if schema.get("maxItems") is not None:
        parts.append(f"At most {schema['maxItems']} values.")
    if schema.get("default") is not None:
        default = schema["default"]
        parts.append(
            f"Default (server side, when omitted): {json.dumps(default) if isinstance(default, str) else default}."
        )
    if schema.get("type") == "array":
        parts.append("Pass a list of strings or one comma-separated string.")
    return " ".join(part for part in parts if part)


def param_facts(where: str, param: Mapping[str, Any], raw: Mapping[str, Any]) -> dict[str, Any]:
    """What the table, the signature and the docstring need of one parameter."""
    schema = resolve(param.get("schema", {}), raw)
    items = resolve(schema.get("items", {}), raw) if schema.get("type") == "array" else {}
    name = str(param["name"])
    return {
        "kind": param_kind(where, param, schema, raw),
        "keyword": keyword_for(name),
        "required": bool(param.get("required")),
        "enum_items": "enum" in items,
        "minimum": schema.get("minimum"),
        "maximum": schema.get("maximum"),
        "min_length": schema.get("minLength"),
        "max_length": schema.get("maxLength"),
        "max_items": schema.get("maxItems"),
        "unit": param.get("x-unit"),
        "secret": bool(param.get("x-secret")),
        "client_filled": param.get("in") == "path" and name == "application_id",
        "help": describe(str(param.get("description") or schema.get("description") or ""), schema, raw),
    }


def success_schema(operation: Mapping[str, Any], raw: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
    """The JSON schema of the operation's 2xx body, and whether some 2xx may come without one."""
    schema: dict[str, Any] = {}
    empty = False
    for code, answer in sorted((str(code), answer) for code, answer in operation.get("responses", {}).items()):
        if not code.startswith("2"):
            continue
        resolved = resolve(answer, raw)
        content = resolved.get("content", {}).get("application/json")
        if content is None:
            empty = True
        elif not schema:
            schema = resolve(content.get("schema", {}), raw)
    return schema, empty


def operation_facts(where: str, operation: Mapping[str, Any], raw: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the templates need of one operation (see the module's docstring)."""
    # Without x-method-name (an older spec, as api-diff generates for a base release) the operationId names
    # the method; `make lint-spec` requires the extension on the working spec.
    method_name = operation.get("x-method-name", operation.get("operationId"))
    if not isinstance(method_name, str) or not method_name.isidentifier() or keyword.iskeyword(method_name):
        raise SpecError(f"{where}: `x-method-name` must be a Python name such as `list` or `retrieve`")
    params = {
        str(name): param_facts(f"{where} parameter {name!r}", p, raw) for name, p in operation["parameters"].items()
    }
    body_ref = resolve(operation.get("requestBody", {}), raw)
    body_schema = resolve(body_ref.get("content", {}).get("application/json", {}).get("schema", {}), raw)
    body: dict[str, Any] | None = None
    if body_ref:
        required = set(body_schema.get("required", ()))
        fields = {
            str(name): {
                "keyword": keyword_for(str(name)),
                "required": name in required,
                "help": words(resolve(prop, raw).get("description") or prop.get("description")),
            }
            for name, prop in (body_schema.get("properties") or {}).items()
        }
        clash = set(fields) & set(params)
        if clash:
            raise SpecError(f"{where}: the body field(s) {sorted(clash)} share a name with a parameter; rename one")
        body = {
            "required": bool(body_ref.get("required")),
            "help": words(body_ref.get("description") or body_schema.get("description")),
            "fields": fields,
        }
    success, empty_success = success_schema(operation, raw)
    envelope = success.get("x-envelope")
    if envelope is not None and envelope not in set(success.get("required", ())):
        raise SpecError(f"{where}: x-envelope {envelope!r} must name a required property of the success body")
    properties = success.get("properties") or {}
    arrays = [str(name) for name, prop in properties.items() if resolve(prop, raw).get("type") == "array"]
    paging = None
    if "next" in params and "next" in properties and len(arrays) == 1 and envelope is None:
        paging = {"items": arrays[0]}
    answers = {str(code): resolve(answer, raw) for code, answer in operation.get("responses", {}).items()}
    success_answers = [answer for code, answer in answers.items() if code.startswith("2")]
    return {
        "method_name": method_name,
        "host": operation.get("x-host", "calls"),
        "summary": words(operation.get("summary")),
        "params": params,
        "body": body,
        "unwrap": envelope,
        "paging": paging,
        "empty_success": empty_success,
        "returns": words(success_answers[0].get("description")) if success_answers else "",
        "raises": raises(answers),
    }


def raises(answers: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """The exception class of each documented error status, with what the spec says of it."""
    found: dict[str, str] = {}
    for code, answer in sorted(answers.items()):
        if code[0] in "45" and code.isdigit():
            name = error_class_for_status(int(code)).__name__
            found.setdefault(name, f"HTTP {code}: {words(answer.get('description'))}")
    return found


def all_facts(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Per operationId, its facts; method names must be unique within a tag."""
    found: dict[str, Any] = {}
    names: dict[tuple[str, str], str] = {}
    for path, method, operation in iter_operations(raw):
        where = f"{method} {path} ({operation.get('operationId', 'no operationId')})"
        if "operationId" not in operation or not operation.get("tags"):
            raise SpecError(f"{where}: every operation needs an operationId and a tag")
        facts = operation_facts(where, operation, raw)
        key = (str(operation["tags"][0]), facts["method_name"])
        if key in names:
            raise SpecError(f"{where}: x-method-name {key[1]!r} is already used by {names[key]} in tag {key[0]!r}")
        names[key] = str(operation["operationId"])
        found[str(operation["operationId"])] = facts
    return found


def without_none(value: Any) -> Any:
    """``value`` without None-valued keys: JSON without null is a Jinja literal (a missing key reads as none)."""
    if isinstance(value, dict):
        return {key: without_none(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_none(item) for item in value]
    return value


def render(spec_path: Path) -> str:
    """The Jinja source of ``spec_facts.jinja``."""
    raw = read_spec(spec_path)
    literal = json.dumps(without_none(all_facts(raw)), indent=1, sort_keys=True, ensure_ascii=True)
    keys = ", ".join(f"`{key}`" for key in sorted(OPTION_KEYS))
    tags = {str(tag["name"]): words(tag.get("description")) for tag in raw.get("tags", ()) if "name" in tag}
    return (
        "{# Derived from the spec by spec_facts.py; never committed. #}\n"
        f"{{% set spec_facts = {literal} %}}\n{{% set request_option_keys = {json.dumps(keys)} %}}\n"
        f"{{% set tag_descriptions = {json.dumps(tags, sort_keys=True)} %}}\n"
    )


def main(argv: list[str]) -> int:
    """Copies the templates to DEST and writes DEST/spec_facts.jinja from SPEC."""
    if len(argv) != 2:
        print("usage: spec_facts.py SPEC DEST", file=sys.stderr)
        return 2
    spec_path, dest = Path(argv[0]), Path(argv[1])
    try:
        source = render(spec_path)
    except SpecError as exc:
        print(f"error: {spec_path}: {exc}", file=sys.stderr)
        return 1
    shutil.copytree(HERE, dest, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    (dest / "spec_facts.jinja").write_text(source, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
