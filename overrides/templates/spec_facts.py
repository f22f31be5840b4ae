"""Prepares the template folder for the generator: the custom templates plus ``spec_facts.jinja``.

openapi-python-client hands templates neither vendor extensions (``x-method-name``, ``x-host``,
``x-envelope``, ``x-unit``, ``x-secret``) nor a parameter's own description, range or serialisation
style. This script reads them with the package's one spec reader (``sendbird_calls.spec_doc``) and
writes them as one Jinja dictionary, ``spec_facts``, keyed by operationId, from which
``endpoint_init.py.jinja`` renders each operation's table entry, signature and docstring. A spec
the client cannot serve (an operation without ``x-method-name``, a parameter of a kind the core
does not send, a body field named like a parameter) stops generation here, naming the place;
``spec_problems`` lists every such problem at once for ``make lint-spec`` (``tools/lint_spec``).

Usage: ``python overrides/templates/spec_facts.py SPEC DEST`` (copies this folder to DEST first).
"""

from __future__ import annotations

import json
import keyword
import re
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sendbird_calls.core.options import OPTION_KEYS
from sendbird_calls.errors import error_class_for_status
from sendbird_calls.spec_doc import iter_operations, page_items, read_spec, resolve

HERE = Path(__file__).resolve().parent
RESERVED = frozenset({"self", "body", "request_options"})
"""Keywords every method already takes: no parameter or body field may use them."""
TAKEN_NAMES = frozenset({"with_raw_response"})
"""Attributes every generated resource class already has: no method may use them."""
OPERATION_ID = re.compile(r"[a-z][a-z0-9_]*")
"""An operationId the templates can use: its upper case names the Operation constant (``CREATE_ROOM``)."""


Location = tuple[str, ...]
"""Keys from the document's root to a node: ``("paths", "/rooms", "post", "x-method-name")``."""


class SpecError(Exception):
    """The spec breaks a rule the generated client relies on; the message names where and the fix.

    ``location`` (the node to edit), ``problem`` and ``fix`` are kept apart for ``make lint-spec``.
    """

    def __init__(self, where: str, problem: str, fix: str, location: Location = ()) -> None:
        super().__init__(f"{where}: {problem}; {fix}")
        self.where = where
        self.problem = problem
        self.fix = fix
        self.location = location


def as_mapping(value: object) -> Mapping[str, Any]:
    """``value`` when it is an object, else an empty one: a malformed spot reads as absent here (the
    validator and ``make lint-spec`` name it)."""
    return value if isinstance(value, Mapping) else {}


def names(value: object) -> set[str]:
    """The strings of a list such as ``required`` (empty when it is not a list)."""
    return {item for item in value if isinstance(item, str)} if isinstance(value, list) else set()


def words(text: object) -> str:
    """The text on one line, whitespace collapsed."""
    return " ".join(str(text or "").split())


def keyword_for(wire: str) -> str | None:
    """The keyword argument for an API name: the name itself when Python allows it, else None (the
    template then uses the generator's Python name)."""
    return wire if wire.isidentifier() and not keyword.iskeyword(wire) and wire not in RESERVED else None


def param_kind(
    where: str, location: Location, param: Mapping[str, Any], schema: Mapping[str, Any], raw: Mapping[str, Any]
) -> str:
    """How the core checks and writes a parameter: string, integer, boolean, enum or csv."""
    kind = schema.get("type")
    if "enum" in schema:
        return "enum"
    if kind == "array":
        if param.get("style", "form") != "form" or param.get("explode", True) is not False:
            raise SpecError(
                where,
                "an array parameter must be `style: form, explode: false` (one comma-separated value)",
                "add `style: form` and `explode: false` to the parameter",
                location,
            )
        items = resolve(schema.get("items", {}), raw)
        if items.get("type") != "string":
            raise SpecError(
                where,
                "the items of a comma-separated parameter must be strings (or a string enum)",
                "give its `items` `type: string`, or a `$ref` to a string enum",
                location,
            )
        return "csv"
    if kind in ("string", "integer", "boolean"):
        return str(kind)
    raise SpecError(
        where,
        f"parameters of type {kind!r} are not supported",
        "use string, integer, boolean, an enum or an array of strings",
        location,
    )


def describe(text: str, schema: Mapping[str, Any], raw: Mapping[str, Any]) -> str:
    """A parameter's help line: its description, then its allowed values, range, length and default."""
    parts = [words(text)]
    items = resolve(schema.get("items", {}), raw) if schema.get("type") == "array" else {}
    enum = schema.get("enum") or items.get("enum")
    if isinstance(enum, list) and enum:
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


def param_facts(where: str, location: Location, param: Mapping[str, Any], raw: Mapping[str, Any]) -> dict[str, Any]:
    """What the table, the signature and the docstring need of one parameter."""
    schema = resolve(param.get("schema", {}), raw)
    items = resolve(schema.get("items", {}), raw) if schema.get("type") == "array" else {}
    name = str(param.get("name"))
    return {
        "kind": param_kind(where, location, param, schema, raw),
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


def success_schema(operation: Mapping[str, Any], raw: Mapping[str, Any]) -> tuple[dict[str, Any], bool, str]:
    """The JSON schema of the operation's 2xx body, whether some 2xx may come without one, and the status
    code whose schema it is (empty when none has a body)."""
    schema: dict[str, Any] = {}
    empty = False
    status = ""
    for code, answer in sorted((str(code), answer) for code, answer in as_mapping(operation.get("responses")).items()):
        if not code.startswith("2"):
            continue
        resolved = resolve(answer, raw)
        content = as_mapping(resolved.get("content")).get("application/json")
        if content is None:
            empty = True
        elif not schema:
            schema, status = resolve(as_mapping(content).get("schema", {}), raw), code
    return schema, empty, status


def public_name(name: object) -> bool:
    """Whether ``name`` can be a generated method: an identifier, no keyword, not private, not taken."""
    return (
        isinstance(name, str)
        and name.isidentifier()
        and not keyword.iskeyword(name)
        and not name.startswith("_")
        and name not in TAKEN_NAMES
    )


def operation_facts(
    where: str, location: Location, operation: Mapping[str, Any], raw: Mapping[str, Any], problems: list[SpecError]
) -> dict[str, Any]:
    """Everything the templates need of one operation (see the module's docstring); each rule the operation
    breaks is appended to ``problems``."""
    # Without x-method-name (an older spec, as api-diff generates for a base release) the operationId names
    # the method; `make lint-spec` requires the extension on the working spec.
    method_name = operation.get("x-method-name", operation.get("operationId"))
    if not public_name(method_name):
        problems.append(
            SpecError(
                where,
                f"`x-method-name` {method_name!r} is not a public Python name "
                "(an identifier, not a keyword, not starting with `_`, not `with_raw_response`)",
                "name the method by its verb, such as `list` or `retrieve`",
                (*location, "x-method-name"),
            )
        )
    params: dict[str, Any] = {}
    for name, param in operation["parameters"].items():
        try:
            params[str(name)] = param_facts(
                f"{where} parameter {name!r}", (*location, "parameters", str(name)), param, raw
            )
        except SpecError as problem:
            problems.append(problem)
    body_ref = resolve(operation.get("requestBody", {}), raw)
    media = as_mapping(as_mapping(body_ref.get("content")).get("application/json"))
    body_schema = resolve(media.get("schema", {}), raw)
    body: dict[str, Any] | None = None
    if body_ref:
        required = names(body_schema.get("required"))
        fields = {
            str(name): {
                "keyword": keyword_for(str(name)),
                "required": name in required,
                "help": words(resolve(prop, raw).get("description") or as_mapping(prop).get("description")),
            }
            for name, prop in as_mapping(body_schema.get("properties")).items()
        }
        clash = set(fields) & set(params)
        if clash:
            problems.append(
                SpecError(
                    where,
                    f"the body field(s) {sorted(clash)} share a name with a parameter",
                    "rename the field or the parameter: both become keyword arguments of one method",
                    (*location, "requestBody"),
                )
            )
        body = {
            "required": bool(body_ref.get("required")),
            "help": words(body_ref.get("description") or body_schema.get("description")),
            "fields": fields,
        }
    success, empty_success, status = success_schema(operation, raw)
    envelope = success.get("x-envelope")
    properties = as_mapping(success.get("properties"))
    if envelope is not None and not (
        isinstance(envelope, str) and envelope in names(success.get("required")) and envelope in properties
    ):
        problems.append(
            SpecError(
                where,
                f"x-envelope {envelope!r} must name a required property of the success body",
                "list the property in the body schema's `properties` and `required`, or remove `x-envelope`",
                (*location, "responses", status),
            )
        )
        envelope = None
    items = page_items(operation, raw)  # the one paging rule, shared with the mock
    paging = {"items": items} if items is not None else None
    answers = {str(code): resolve(answer, raw) for code, answer in as_mapping(operation.get("responses")).items()}
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
        if code[:1] in ("4", "5") and code.isdigit():
            name = error_class_for_status(int(code)).__name__
            found.setdefault(name, f"HTTP {code}: {words(answer.get('description'))}")
    return found


def collect(raw: Mapping[str, Any]) -> tuple[dict[str, Any], list[SpecError]]:
    """Per operationId, its facts; and every rule the spec breaks, in the spec's order (method names must
    be unique within a tag)."""
    found: dict[str, Any] = {}
    problems: list[SpecError] = []
    names: dict[tuple[str, str], str] = {}
    for path, method, operation in iter_operations(raw):
        location: Location = ("paths", path, method.lower())
        operation_id, tags = operation.get("operationId"), operation.get("tags")
        where = f"{method} {path} ({operation_id or 'no operationId'})"
        if not isinstance(operation_id, str) or not operation_id:
            problems.append(
                SpecError(
                    where,
                    "the operation has no operationId",
                    "add a snake_case `operationId`, such as `list_rooms`",
                    location,
                )
            )
        elif not OPERATION_ID.fullmatch(operation_id):
            problems.append(
                SpecError(
                    where,
                    f"operationId {operation_id!r} is not a snake_case Python name",
                    "use lower-case letters, digits and underscores, starting with a letter "
                    "(the generated Operation constant is its upper case)",
                    (*location, "operationId"),
                )
            )
        if not isinstance(tags, list) or not tags or not isinstance(tags[0], str):
            problems.append(
                SpecError(
                    where,
                    "the operation has no tag",
                    "add `tags: [<tag>]`: the first tag names the client resource (`client.<tag>`)",
                    location,
                )
            )
        if not isinstance(operation_id, str) or not operation_id or not isinstance(tags, list) or not tags:
            continue
        facts = operation_facts(where, location, operation, raw, problems)
        key = (str(tags[0]), str(facts["method_name"]))
        if key in names:
            problems.append(
                SpecError(
                    where,
                    f"x-method-name {key[1]!r} is already used by {names[key]} in tag {key[0]!r}",
                    "choose another name: methods are unique within a tag (they share `client.<tag>`)",
                    (*location, "x-method-name"),
                )
            )
        names.setdefault(key, operation_id)
        found[operation_id] = facts
    return found, problems


def spec_problems(raw: Mapping[str, Any]) -> list[SpecError]:
    """Every rule of the generated client that ``raw`` breaks (empty when it can be generated)."""
    return collect(raw)[1]


def all_facts(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Per operationId, its facts; raises the first SpecError when the spec breaks a rule."""
    found, problems = collect(raw)
    if problems:
        raise problems[0]
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
