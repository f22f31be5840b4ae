"""Request, response and webhook-event validation against the spec, with validators compiled once.

The operations are the ones ``spec_doc.iter_operations`` reads (parameters merged and resolved by the
project's one spec reader); each parameter, request body, response and webhook event body gets its
JSON Schema validators when the spec is loaded (Draft 2020-12, the dialect of OpenAPI 3.1, with
OpenAPI's integer and number formats), its local ``$ref``s pointed into one registry of the whole
document, so no request re-resolves a ``$ref`` or rebuilds a validator. Each check runs on
``jsonschema-rs`` (compiled, ~1 ms for a page of 100 calls, where pure-Python ``jsonschema`` takes
~150 ms), on copies where OpenAPI's ``int32``/``int64`` formats are spelled as ranges
(``jsonschema-rs`` checks formats on strings only); ``jsonschema`` words the error when there is one.
Query and header values are cast from text by their schema's type first, as OpenAPI's
``form``/``simple`` styles define it. Request problems become Sendbird's 400111 (something required
is missing) or 400100 (anything else), with echoed values clipped."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jsonschema
import jsonschema_rs
import referencing
import referencing.exceptions
from jsonschema import FormatChecker
from referencing.jsonschema import DRAFT202012

from ..spec_doc import deref, resolve
from .errors import INVALID_PARAMS, MISSING_PARAMS, MockError, clip

SPEC_URI = "urn:sendbird-calls:spec"
_PARAMETER_KINDS = ("path", "query", "header")
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_TRUE = ("y", "yes", "t", "true", "on", "1")
_FALSE = ("n", "no", "f", "false", "off", "0")
_MAX_PROBLEMS = 5
_UNPARSED: Any = object()


def _format_checker() -> FormatChecker:
    """JSON Schema's formats plus OpenAPI's ``int32``/``int64``/``float``/``double`` ranges."""
    checker = FormatChecker()

    def in_range(bits: int) -> Callable[[object], bool]:
        def check(instance: object) -> bool:
            if isinstance(instance, bool) or not isinstance(instance, int):
                return True
            return -(1 << (bits - 1)) <= instance < 1 << (bits - 1)

        return check

    checker.checks("int32")(in_range(32))
    checker.checks("int64")(in_range(64))
    checker.checks("float")(lambda value: not isinstance(value, float) or math.isfinite(value))
    checker.checks("double")(lambda value: not isinstance(value, float) or math.isfinite(value))
    return checker


@dataclass(frozen=True, slots=True)
class ValidRequest:
    """The parameters and body of a request that fits the spec, cast to their types with defaults."""

    query: Mapping[str, Any]
    body: Any


@dataclass(frozen=True, slots=True)
class _Parameter:
    name: str
    location: str
    required: bool
    types: tuple[str, ...]
    item_types: tuple[str, ...]
    explode: bool
    default: Any
    has_default: bool
    validator: _Check


@dataclass(frozen=True, slots=True)
class _Body:
    required: bool
    media_types: Mapping[str, Any]
    """Media type -> (validator, schema) of its content."""
    defaults: Any


@dataclass(frozen=True, slots=True)
class _Response:
    headers: tuple[tuple[str, bool, tuple[str, ...], _Check | None], ...]
    media_types: Mapping[str, Any]


class _OperationValidator:
    """The compiled checks of one operation: its parameters, body and answers."""

    def __init__(self, parameters: tuple[_Parameter, ...], body: _Body | None, responses: Mapping[str, _Response]):
        self.parameters = parameters
        self.body = body
        self.responses = responses


class SchemaCheck:
    """One compiled schema of the spec: why a value does not fit it, in words that never quote a long value."""

    __slots__ = ("_check",)

    def __init__(self, check: _Check) -> None:
        self._check = check

    def first_problem(self, value: Any) -> str | None:
        """The most telling reason ``value`` does not fit (``at key: message``), or None when it fits."""
        error = _first_error(self._check, value)
        if error is None:
            return None
        return f"does not fit the spec{_location(error.absolute_path)}: {_error_text(error)}"


class SpecValidators:
    """Every operation's validators (and every webhook event's), compiled once from what ``spec_doc`` reads."""

    def __init__(
        self,
        document: Mapping[str, Any],
        operations: Iterable[tuple[str, Mapping[str, Any]]],
        events: Mapping[str, Any] | None = None,
    ) -> None:
        self._document = document
        resource = DRAFT202012.create_resource(document)
        self._registry: referencing.Registry[Any] = referencing.Registry().with_resource(SPEC_URI, resource).crawl()
        self._checker = _format_checker()
        self._fast_registry = jsonschema_rs.Registry([(SPEC_URI, _with_integer_ranges(document))])
        # String formats are checked by the same code as in ``jsonschema`` (a format it leaves
        # unchecked, like ``uri`` without rfc3987, stays unchecked), so both sides agree.
        self._fast_formats = {name: self._format_check(name) for name in _formats_in(document)}
        self._operations: dict[str, _OperationValidator] = {
            operation_id: self._compile(operation_id, operation) for operation_id, operation in operations
        }
        self._events: dict[str, _Check] = {
            category: self._validator(schema) for category, schema in (events or {}).items()
        }

    def _format_check(self, name: str) -> Callable[[str], bool]:
        checker = self._checker
        return lambda value: checker.conforms(value, name)

    def __getitem__(self, operation_id: str) -> _OperationValidator:
        return self._operations[operation_id]

    # --- compiling ------------------------------------------------------------------------

    def _validator(self, schema: Any) -> _Check:
        """Both libraries' validators of a schema node of the spec, its ``$ref``s pointing into the registry."""
        absolute = _absolute_refs(schema)
        python = jsonschema.Draft202012Validator(absolute, registry=self._registry, format_checker=self._checker)
        fast = jsonschema_rs.Draft202012Validator(
            _with_integer_ranges(absolute),
            registry=self._fast_registry,
            validate_formats=True,
            formats=self._fast_formats,
        )
        return _Check(python, fast)

    def compile(self, schema: Any) -> SchemaCheck:
        """A reusable check of one schema node of the spec (compiled now, like the operations' checks)."""
        return SchemaCheck(self._validator(schema))

    def problem(self, schema: Any, value: Any) -> str | None:
        """Why ``value`` does not fit ``schema`` (a node of the spec), or None; checked by ``jsonschema`` only
        (no compiling: for the generator's few one-off checks)."""
        absolute = _absolute_refs(schema)
        validator = jsonschema.Draft202012Validator(absolute, registry=self._registry, format_checker=self._checker)
        try:
            error = jsonschema.exceptions.best_match(validator.iter_errors(value))
        except RecursionError:
            return "nested too deeply"
        except referencing.exceptions.Unresolvable as exc:
            return f"a $ref does not resolve ({type(exc).__name__})"
        return None if error is None else f"{_location(error.absolute_path).strip() or 'value'}: {_shape(error)}"

    def _types(self, schema: Any, depth: int = 0) -> tuple[str, ...]:
        """The JSON types a parameter's text may be cast to (through ``$ref``, ``anyOf``/``oneOf``/``allOf``)."""
        schema = deref(schema, self._document)
        if not isinstance(schema, Mapping) or depth > 32:
            return ()
        declared = schema.get("type")
        if declared is not None:
            return (declared,) if isinstance(declared, str) else tuple(declared)
        found: list[str] = []
        for keyword in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(keyword) or ():
                found.extend(t for t in self._types(sub, depth + 1) if t not in found)
        return tuple(found)

    def _compile(self, operation_id: str, operation: Mapping[str, Any]) -> _OperationValidator:
        parameters = tuple(self._parameter(operation_id, item) for item in operation["parameters"].values())
        body = None
        if "requestBody" in operation:
            body = self._body(resolve(operation["requestBody"], self._document))
        responses = {
            str(status): self._response(resolve(item, self._document))
            for status, item in (operation.get("responses") or {}).items()
        }
        return _OperationValidator(parameters, body, responses)

    def _parameter(self, operation_id: str, item: Mapping[str, Any]) -> _Parameter:
        location = item.get("in")
        where = f"{operation_id} parameter {item['name']!r}"
        if location not in _PARAMETER_KINDS:
            raise ValueError(f"the mock does not support {location} parameters ({where})")
        if "schema" not in item:
            raise ValueError(f"{where} has no schema (content parameters are not supported)")
        types = self._types(item["schema"])
        if "object" in types:
            raise ValueError(f"the mock does not support object parameters ({where})")
        schema = deref(item["schema"], self._document)
        item_types: tuple[str, ...] = ()
        if "array" in types and isinstance(schema, Mapping):
            item_types = self._types(schema.get("items") or {})
        style_default = "form" if location == "query" else "simple"
        explode = bool(item.get("explode", (item.get("style") or style_default) == "form"))
        has_default = isinstance(schema, Mapping) and "default" in schema
        return _Parameter(
            name=item["name"],
            location=location,
            required=bool(item.get("required", location == "path")),
            types=types,
            item_types=item_types,
            explode=explode,
            default=schema.get("default") if has_default else None,
            has_default=has_default,
            validator=self._validator(item["schema"]),
        )

    def _body(self, item: Mapping[str, Any]) -> _Body:
        media_types: dict[str, Any] = {}
        defaults: Any = None
        for media_type, content in (item.get("content") or {}).items():
            if isinstance(content, Mapping) and "schema" in content:
                media_types[_media_type(media_type)] = self._validator(content["schema"])
                defaults = defaults or self._defaults(content["schema"])
        return _Body(bool(item.get("required", False)), media_types, defaults)

    def _defaults(self, schema: Any, depth: int = 0) -> Any:
        """The ``default`` of each object property, nested: ``{name: (default | None, nested)}``."""
        schema = deref(schema, self._document)
        if depth > 8 or not isinstance(schema, Mapping) or not isinstance(schema.get("properties"), Mapping):
            return None
        found: dict[str, tuple[Any, Any]] = {}
        for name, sub in schema["properties"].items():
            resolved = deref(sub, self._document)
            default = (True, resolved["default"]) if isinstance(resolved, Mapping) and "default" in resolved else None
            nested = self._defaults(resolved, depth + 1)
            if default is not None or nested:
                found[name] = (default, nested)
        return found or None

    def _response(self, item: Mapping[str, Any]) -> _Response:
        headers = []
        for name, declared in (item.get("headers") or {}).items():
            header = resolve(declared, self._document)
            types = self._types(header.get("schema") or {})
            validator = self._validator(header["schema"]) if "schema" in header else None
            headers.append((name.lower(), bool(header.get("required", False)), types, validator))
        media_types: dict[str, Any] = {}
        for media_type, content in (item.get("content") or {}).items():
            validator = (
                self._validator(content["schema"]) if isinstance(content, Mapping) and "schema" in content else None
            )
            media_types[_media_type(media_type)] = validator
        return _Response(tuple(headers), media_types)

    def event_problems(self, category: str, payload: Any) -> list[str]:
        """Why a webhook event's payload does not fit the spec's ``webhooks`` entry (empty when it does)."""
        check = self._events.get(category)
        if check is None:
            return [f"the spec defines no webhook event {category!r}"]
        return [f"body{_location(e.absolute_path)}: {_shape(e)}" for e in check.errors(payload, limit=_MAX_PROBLEMS)]

    # --- checking -------------------------------------------------------------------------

    def validate_request(
        self,
        operation_id: str,
        path_params: Mapping[str, str],
        *,
        query: Sequence[tuple[str, str]],
        headers: Sequence[tuple[str, str]],
        body: bytes,
    ) -> ValidRequest:
        """Check a request against its operation; raise ``MockError`` 400111 or 400100 when it does not fit."""
        compiled = self._operations[operation_id]
        sources: dict[str, Mapping[str, str]] = {
            "path": path_params,
            "query": dict(query),
            "header": {name.lower(): value for name, value in headers},
        }
        values: dict[str, Any] = {}
        for parameter in compiled.parameters:
            key = parameter.name.lower() if parameter.location == "header" else parameter.name
            raw = sources[parameter.location].get(key)
            if raw is None:
                if parameter.required:
                    raise MockError(
                        MISSING_PARAMS, f"Missing required {parameter.location} parameter {parameter.name!r}."
                    )
                if parameter.has_default and parameter.location == "query":
                    values[parameter.name] = parameter.default
                continue
            value = _cast_parameter(parameter, raw)
            error = _first_error(parameter.validator, value)
            if error is not None:
                where = f"{parameter.location} parameter {parameter.name!r}"
                raise MockError(INVALID_PARAMS, f"Invalid {where}: {_error_text(error)}")
            if parameter.location == "query":
                values[parameter.name] = value
        return ValidRequest(query=values, body=self._request_body(compiled.body, headers, body))

    def _request_body(self, spec_body: _Body | None, headers: Sequence[tuple[str, str]], body: bytes) -> Any:
        if spec_body is None:
            return None
        if not body:
            if spec_body.required:
                raise MockError(MISSING_PARAMS, "The request body is required.")
            return None
        content_type = next((value for name, value in headers if name.lower() == "content-type"), "application/json")
        media_type = _media_type(content_type)
        if media_type not in spec_body.media_types:
            allowed = ", ".join(spec_body.media_types) or "none"
            raise MockError(INVALID_PARAMS, f"Content-Type {clip(content_type)!r} is not supported (use: {allowed}).")
        payload = parse_json(body)
        error = _first_error(spec_body.media_types[media_type], payload)
        if error is not None:
            if error.validator == "required" and not list(error.absolute_path):
                raise MockError(MISSING_PARAMS, f"The request body is missing a field: {_error_text(error)}")
            location = _location(error.absolute_path)
            raise MockError(INVALID_PARAMS, f"Invalid request body{location}: {_error_text(error)}")
        return _with_defaults(payload, spec_body.defaults)

    def response_problems(
        self, operation_id: str, *, status: int, headers: Mapping[str, str], body: bytes, payload: Any = _UNPARSED
    ) -> list[str]:
        """Why an answer does not fit the spec (empty when it does); the messages never quote values.

        ``payload`` is the value ``body`` was encoded from, when the caller has it: checking it
        saves parsing the body again (a page of 100 calls takes longer to parse than to check).
        """
        responses = self._operations[operation_id].responses
        spec_response = responses.get(str(status)) or responses.get(f"{status // 100}XX") or responses.get("default")
        if spec_response is None:
            return [f"status {status} is not declared (declared: {', '.join(responses)})"]
        problems: list[str] = []
        lowered = {name.lower(): value for name, value in headers.items()}
        for name, required, types, validator in spec_response.headers:
            if name not in lowered:
                if required:
                    problems.append(f"header {name} is required")
                continue
            if validator is not None:
                value = _cast(lowered[name], types)
                errors = validator.errors(value, limit=_MAX_PROBLEMS)
                problems.extend(f"header {name}: {_shape(e)}" for e in errors)
        if not spec_response.media_types:
            return problems
        media_type = _media_type(lowered.get("content-type", ""))
        if media_type not in spec_response.media_types:
            return [*problems, f"Content-Type {clip(media_type)!r} is not declared"]
        validator = spec_response.media_types[media_type]
        if validator is None:
            return problems
        if payload is _UNPARSED:
            try:
                payload = parse_json(body)
            except MockError:
                return [*problems, "the body is not JSON"]
        errors = validator.errors(payload, limit=_MAX_PROBLEMS)
        problems.extend(f"body{_location(e.absolute_path)}: {_shape(e)}" for e in errors)
        return problems


# --- helpers ------------------------------------------------------------------------------


def _media_type(content_type: str) -> str:
    """``application/json; charset=utf8`` -> ``application/json`` (lower-case, parameters dropped)."""
    return content_type.split(";", 1)[0].strip().lower()


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json(body: bytes) -> Any:
    """Strict JSON (no NaN or Infinity); not JSON, not UTF-8 or nested too deeply is 400100."""
    try:
        return json.loads(body, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        reason = "it is nested too deeply" if isinstance(exc, RecursionError) else clip(str(exc))
        raise MockError(INVALID_PARAMS, f"The request body is not valid JSON: {reason}.") from None


def _cast_parameter(parameter: _Parameter, raw: str) -> Any:
    if "array" in parameter.types:
        items = raw.split(",") if not parameter.explode or parameter.location != "query" else [raw]
        return [_cast(item, parameter.item_types) for item in items]
    return _cast(raw, parameter.types)


def _cast(raw: str, types: tuple[str, ...]) -> Any:
    """A parameter's text as the first of ``types`` it reads as; left as text when none fits (then invalid)."""
    for kind in types:
        if kind == "integer" and _INTEGER.fullmatch(raw):
            return int(raw)
        if kind == "number" and _NUMBER.fullmatch(raw):
            return float(raw) if any(c in raw for c in ".eE") else int(raw)
        if kind == "boolean" and raw.lower() in _TRUE + _FALSE:
            return raw.lower() in _TRUE
        if kind == "null" and raw == "":
            return None
        if kind == "string":
            return raw
    return raw


class _Check:
    """One schema location, compiled for ``jsonschema-rs`` (the fast yes/no) and ``jsonschema`` (the words)."""

    __slots__ = ("fast", "python")

    def __init__(self, python: Any, fast: Any) -> None:
        self.python = python
        self.fast = fast

    def errors(self, value: Any, *, limit: int) -> list[Any]:
        """Up to ``limit`` errors of ``value``: none when ``jsonschema-rs`` says it fits, else ``jsonschema``'s."""
        try:
            if _fast_is_valid(self.fast, value):
                return []
            errors: list[Any] = []
            for error in self.python.iter_errors(value):
                errors.append(error)
                if len(errors) == limit:
                    break
            if not errors:  # the two libraries disagree: say what jsonschema-rs saw
                fast_error = next(iter(self.fast.iter_errors(value)), None)
                if fast_error is not None:
                    path = list(fast_error.instance_path)
                    errors.append(jsonschema.ValidationError(fast_error.message, validator="schema", path=path))
            return errors
        except RecursionError:
            return [jsonschema.ValidationError("is nested too deeply", validator="maxDepth", instance=None)]


def _fast_is_valid(fast: Any, value: Any) -> bool:
    """``jsonschema-rs``'s verdict; False (ask ``jsonschema``) for a value it cannot take (a non-str key)."""
    try:
        return bool(fast.is_valid(value))
    except (ValueError, TypeError, OverflowError):
        return False


def _first_error(check: _Check, value: Any) -> Any:
    errors = check.errors(value, limit=_MAX_PROBLEMS)
    return jsonschema.exceptions.best_match(errors) if errors else None


def _absolute_refs(node: Any) -> Any:
    """A copy of a schema node whose local ``$ref``s (``#/components/...``) point into the registry's document."""
    if isinstance(node, list):
        return [_absolute_refs(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    copy = {key: _absolute_refs(value) for key, value in node.items()}
    ref = copy.get("$ref")
    if isinstance(ref, str) and ref.startswith("#"):
        copy["$ref"] = SPEC_URI + ref
    return copy


_INTEGER_RANGES = {"int32": 32, "int64": 64}


def _with_integer_ranges(node: Any) -> Any:
    """A copy of ``node`` where each ``format: int32``/``int64`` also says its range (for ``jsonschema-rs``).

    The range goes into an added ``allOf`` item, which checks numbers only, as the format does.
    """
    if isinstance(node, list):
        return [_with_integer_ranges(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    copy = {key: _with_integer_ranges(value) for key, value in node.items()}
    declared = copy.get("format")
    bits = _INTEGER_RANGES.get(declared) if isinstance(declared, str) else None
    if bits is not None:
        limits = {"minimum": -(1 << (bits - 1)), "maximum": (1 << (bits - 1)) - 1}
        copy["allOf"] = [*(copy.get("allOf") or []), limits]
    return copy


def _formats_in(node: Any) -> set[str]:
    """Every ``format`` named in the spec (each gets the same check in both libraries)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            if isinstance(item.get("format"), str):
                found.add(item["format"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _error_text(error: Any) -> str:
    """A jsonschema message with the echoed value clipped (a 10 MB string is not sent back whole)."""
    message = str(error.message)
    if error.instance is not None and not isinstance(error.instance, bool | int | float):
        try:
            shown = repr(error.instance)
        except RecursionError:
            shown = ""
        if shown and len(shown) > 80 and shown in message:
            message = message.replace(shown, clip(shown, 80))
    return clip(message, 500)


def _shape(error: Any) -> str:
    """What a value failed, without the value: an answer may hold a secret (a new API token)."""
    return f"fails {error.validator!s} {clip(json.dumps(error.validator_value, default=str), 120)}"


def _location(path: Iterable[Any]) -> str:
    parts = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
    return f" at {clip(parts.lstrip('.'), 120)}" if parts else ""


def _with_defaults(payload: Any, defaults: Any) -> Any:
    """``payload`` with the schema's property defaults filled in where a property is absent."""
    if not defaults or not isinstance(payload, dict):
        return payload
    for name, (default, nested) in defaults.items():
        if name not in payload:
            if default is not None:
                payload[name] = default[1]
        elif nested:
            _with_defaults(payload[name], nested)
    return payload
