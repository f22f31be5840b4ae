"""Values generated from the spec's schemas: what the mock answers where it has no data of its own.

``SchemaValues.generate`` builds a value from a JSON Schema (Draft 2020-12 as OpenAPI 3.1 uses it:
``$ref``, ``type`` lists, ``const``, ``enum``, ``anyOf``/``oneOf``/``allOf``, bounds, ``multipleOf``,
lengths, ``pattern``, ``format``, items, properties, ``propertyNames``, ``additionalProperties``).
It is deterministic (the same schema, name and salt give the same value) and every value it returns
passes the validator it is given; one it cannot make raises ``SchemaValueError`` naming the place, so
a spec the mock cannot answer fails at start, never as a 500. A small generator rather than
hypothesis-jsonschema: the mock extra stays light (no hypothesis at run time) and values stay
readable (``nickname-3``, not random text).

``Completer`` adds to an answer the properties its schema lists and the item lacks: the required ones
always, every optional one when asked, nested objects included, so a field new in the spec reaches
clients and contract runs without code.
"""

from __future__ import annotations

import base64
import math
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeGuard

from ..errors import SendbirdCallsError
from ..spec_doc import also_sent_as, deref

Check = Callable[[Any, Any], str | None]
"""``check(schema, value)``: why ``value`` does not fit ``schema`` (a JSON Schema node of the spec), or None."""

MAX_DEPTH = 8
"""Below this nesting, optional properties are left out and arrays hold their ``minItems`` only."""
_MAX_NESTING = 64
_STRING_FALLBACKS = ("a", "A", "0", "a0", "abc", "a-0", "a_0", "A0", "aa", "a.b", "a b", "", "-", "_", "0.0")
_FORMATS: dict[str, Callable[[str, int], str]] = {
    "date-time": lambda name, salt: f"2026-01-01T00:{salt // 60 % 60:02d}:{salt % 60:02d}Z",
    "date": lambda name, salt: f"2026-01-{salt % 28 + 1:02d}",
    "time": lambda name, salt: f"00:{salt // 60 % 60:02d}:{salt % 60:02d}Z",
    "email": lambda name, salt: f"{_word(name)}{salt}@example.com",
    "idn-email": lambda name, salt: f"{_word(name)}{salt}@example.com",
    "uri": lambda name, salt: f"https://example.com/{_word(name)}/{salt}",
    "iri": lambda name, salt: f"https://example.com/{_word(name)}/{salt}",
    "uri-reference": lambda name, salt: f"https://example.com/{_word(name)}/{salt}",
    "iri-reference": lambda name, salt: f"https://example.com/{_word(name)}/{salt}",
    "url": lambda name, salt: f"https://example.com/{_word(name)}/{salt}",
    "uuid": lambda name, salt: str(uuid.UUID(int=salt + 1, version=4)),
    "hostname": lambda name, salt: f"host{salt}.example.com",
    "idn-hostname": lambda name, salt: f"host{salt}.example.com",
    "ipv4": lambda name, salt: f"192.0.2.{salt % 254 + 1}",
    "ipv6": lambda name, salt: f"2001:db8::{salt % 65535 + 1:x}",
    "byte": lambda name, salt: base64.b64encode(f"{name}-{salt}".encode()).decode(),
    "duration": lambda name, salt: f"PT{salt + 1}S",
    "json-pointer": lambda name, salt: f"/{_word(name)}/{salt}",
    "regex": lambda name, salt: "^a$",
}
_INTEGER_BITS = {"int32": 32, "int64": 64}


class SchemaValueError(SendbirdCallsError, ValueError):
    """The mock cannot make a value that fits a schema of the spec (the message names where and why)."""


def _word(name: str) -> str:
    """``name`` as a URL/e-mail friendly word."""
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower() or "value"


def copy_json(value: Any) -> Any:
    """A copy of a JSON value down to its leaves (dicts and lists rebuilt, scalars shared): faster than
    ``copy.deepcopy``, so an answer never shares a mutable object with a cache."""
    kind = type(value)
    if kind is dict:
        copied = value.copy()
        for key, item in value.items():
            if type(item) in _CONTAINERS:
                copied[key] = copy_json(item)
        return copied
    if kind is list:
        return [copy_json(item) if type(item) in _CONTAINERS else item for item in value]
    return value


_CONTAINERS = (dict, list)


class SchemaValues:
    """Generates values from the schemas of one OpenAPI document; ``check`` is the validator they must pass."""

    def __init__(self, document: Mapping[str, Any], check: Check) -> None:
        self.document = document
        self.check = check

    def generate(self, schema: Any, *, name: str = "value", salt: int = 0, where: str = "") -> Any:
        """A value that fits ``schema`` (a spec schema node, ``$ref``s allowed), the same for the same arguments.

        Raises:
            SchemaValueError: No value the generator can make fits (an unmatchable pattern, conflicting
                bounds, a ``false`` schema); the message names ``where`` and the reason.
        """
        value = self._value(schema, name, salt, 0, where or name)
        problem = self.check(schema, value)
        if problem is not None:
            raise SchemaValueError(f"{where or name}: cannot generate a value that fits the spec ({problem})")
        return value

    # --- one schema node ---------------------------------------------------------------------

    def _node(self, schema: Any, where: str) -> Any:
        node = deref(schema, self.document)
        if isinstance(node, dict) and "$ref" in node:
            raise SchemaValueError(f"{where}: the $ref {node['$ref']!r} does not resolve")
        if isinstance(node, dict) and isinstance(node.get("allOf"), list):
            node = self._merge_all_of(node, where)
        return node

    def _merge_all_of(self, node: Mapping[str, Any], where: str) -> dict[str, Any]:
        """``allOf`` parts merged into one schema (properties joined, ``required`` united, bounds tightened)."""
        merged: dict[str, Any] = {key: value for key, value in node.items() if key != "allOf"}
        for part in node["allOf"]:
            resolved = self._node(part, where)
            if resolved is False:
                raise SchemaValueError(f"{where}: an allOf part is `false`")
            if not isinstance(resolved, dict):
                continue
            for key, value in resolved.items():
                if key == "properties" and isinstance(value, dict):
                    merged["properties"] = {**merged.get("properties", {}), **value}
                elif key == "required" and isinstance(value, list):
                    merged["required"] = [*merged.get("required", []), *value]
                elif key in ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"):
                    merged[key] = max(merged.get(key, value), value)
                elif key in ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"):
                    merged[key] = min(merged.get(key, value), value)
                else:
                    merged.setdefault(key, value)
        return merged

    def _value(self, schema: Any, name: str, salt: int, depth: int, where: str) -> Any:
        if depth > _MAX_NESTING:
            raise SchemaValueError(f"{where}: the schema nests deeper than {_MAX_NESTING} levels (a required cycle?)")
        node = self._node(schema, where)
        if node is True or node == {}:
            return f"{name}-{salt}"
        if node is False:
            raise SchemaValueError(f"{where}: the schema is `false` (no value fits)")
        if not isinstance(node, dict):
            raise SchemaValueError(f"{where}: the schema is not an object")
        if "const" in node:
            return node["const"]
        if isinstance(node.get("enum"), list) and node["enum"]:
            return self._pick(node, node["enum"], salt, where, "enum")
        for key in ("anyOf", "oneOf"):
            options = node.get(key)
            if isinstance(options, list) and options:
                return self._choice(node, key, options, name=name, salt=salt, depth=depth, where=where)
        kind = _kind(node)
        maker = _MAKERS.get(kind)
        if maker is None:
            raise SchemaValueError(f"{where}: unknown type {kind!r}")
        return maker(self, node, name, salt, depth, where)

    def _pick(self, node: Mapping[str, Any], values: list[Any], salt: int, where: str, keyword: str) -> Any:
        """An enum value (non-null ones first, rotated by ``salt``) that fits the rest of the schema."""
        ordered = [value for value in values if value is not None] or list(values)
        start = salt % len(ordered)
        for value in ordered[start:] + ordered[:start]:
            if self.check(node, value) is None:
                return value
        raise SchemaValueError(f"{where}: no value of its {keyword} fits the rest of the schema")

    def _choice(
        self, node: Mapping[str, Any], key: str, options: list[Any], *, name: str, salt: int, depth: int, where: str
    ) -> Any:
        """A value of the first ``anyOf``/``oneOf`` option (non-null first) that fits the whole schema."""
        outer = {k: v for k, v in node.items() if k != key}
        resolved = [self._node(option, where) for option in options]
        ordered = sorted(range(len(options)), key=lambda i: _is_null(resolved[i]))
        reasons: list[str] = []
        for index in ordered:
            option = resolved[index]
            candidate_schema = {**outer, **option} if isinstance(option, dict) else option
            try:
                value = self._value(candidate_schema, name, salt, depth + 1, f"{where}/{key}/{index}")
            except SchemaValueError as exc:
                reasons.append(str(exc))
                continue
            if self.check(node, value) is None:
                return value
            reasons.append(f"{where}/{key}/{index}: its value does not fit the whole schema")
        raise SchemaValueError(reasons[0] if reasons else f"{where}: no {key} option fits")

    # --- by type -----------------------------------------------------------------------------

    def _null(self, node: Mapping[str, Any], name: str, salt: int, depth: int, where: str) -> Any:
        return None

    def _boolean(self, node: Mapping[str, Any], name: str, salt: int, depth: int, where: str) -> Any:
        return salt % 2 == 0

    def _integer(self, node: Mapping[str, Any], name: str, salt: int, depth: int, where: str) -> Any:
        low, high = _integer_bounds(node)
        step = node.get("multipleOf", 1)
        if not _is_number(step) or step <= 0 or step != int(step):
            raise SchemaValueError(f"{where}: an integer cannot be a multiple of {step!r}")
        step = int(step)
        if low is None and high is not None and high < 0:  # only negative values fit: count down from the top
            return high // step * step - salt * step
        first = -(-(low if low is not None else 0) // step) * step
        if high is not None and first > high:
            raise SchemaValueError(f"{where}: no integer lies between its bounds")
        span = None if high is None else (high - first) // step + 1
        return first + (salt % span if span else salt) * step

    def _number(self, node: Mapping[str, Any], name: str, salt: int, depth: int, where: str) -> Any:
        lows = [float(node[key]) for key in ("minimum", "exclusiveMinimum") if _is_number(node.get(key))]
        highs = [float(node[key]) for key in ("maximum", "exclusiveMaximum") if _is_number(node.get(key))]
        low = max(lows) if lows else None
        high = min(highs) if highs else None
        declared_step = node.get("multipleOf")
        if _is_number(declared_step) and float(declared_step) > 0:
            step = float(declared_step)
            first = math.ceil((low if low is not None else 0) / step) * step
            for candidate in (0, first + salt * step, first, first + step):  # 0 first: floats' rounding
                fits = (low is None or candidate >= low) and (high is None or candidate <= high)
                if fits and self.check(node, candidate) is None:
                    return candidate
            raise SchemaValueError(f"{where}: no multiple of {declared_step} lies between its bounds")
        if low is not None and high is not None:
            if low > high:
                raise SchemaValueError(f"{where}: no number lies between its bounds")
            return low + (high - low) * ((salt % 7) + 1) / 8 if high > low else low
        if low is not None:
            return low + salt + 0.5
        if high is not None:
            return high - salt - 0.5
        return salt + 0.5

    def _string(self, node: Mapping[str, Any], name: str, salt: int, depth: int, where: str) -> Any:
        shape = _FORMATS.get(str(node.get("format")))
        preferred = shape(name, salt) if shape is not None else f"{name}-{salt}"
        low = int(node.get("minLength", 0) or 0)
        high = node.get("maxLength")
        if isinstance(high, int) and high < low:
            raise SchemaValueError(f"{where}: maxLength {high} is below minLength {low}")
        candidates = [preferred, *_examples(node), *_STRING_FALLBACKS, f"{name}{salt}"]
        pattern = node.get("pattern")
        compiled = _compile(pattern, where) if isinstance(pattern, str) else None
        problem = "no candidate has the lengths"
        for candidate in candidates:
            sized = (
                _sized(candidate, low, high if isinstance(high, int) else None) if isinstance(candidate, str) else None
            )
            if sized is None or (compiled is not None and not compiled.search(sized)):
                continue
            problem = self.check(node, sized) or ""
            if not problem:
                return sized
        if compiled is not None:
            reason = f"its pattern {pattern!r}"
        elif node.get("format") is not None:
            reason = f"its format {node.get('format')!r} ({problem})"
        else:
            reason = f"it ({problem})"
        raise SchemaValueError(f"{where}: cannot generate a string that fits {reason}; give the schema an example")

    def _array(self, node: Mapping[str, Any], name: str, salt: int, depth: int, where: str) -> Any:
        low = int(node.get("minItems", 0) or 0)
        high = node.get("maxItems")
        count = max(low, 1 if depth < MAX_DEPTH else 0)
        if isinstance(high, int):
            if high < low:
                raise SchemaValueError(f"{where}: maxItems {high} is below minItems {low}")
            count = min(count, high)
        items = node.get("items", True)
        singular = name[:-1] if name.endswith("s") and len(name) > 1 else name
        values = [self._value(items, singular, salt + index, depth + 1, f"{where}/items") for index in range(count)]
        if node.get("uniqueItems") and len({repr(value) for value in values}) < len(values):
            raise SchemaValueError(f"{where}: cannot generate {count} distinct items")
        return values

    def _object(self, node: Mapping[str, Any], name: str, salt: int, depth: int, where: str) -> Any:
        listed = node.get("properties")
        properties: dict[str, Any] = listed if isinstance(listed, dict) else {}
        required = [key for key in node.get("required") or () if isinstance(key, str)]
        most = node.get("maxProperties")
        fewest = int(node.get("minProperties", 0) or 0)
        names = list(dict.fromkeys(required))
        if depth < MAX_DEPTH:
            names += [key for key in properties if key not in names]
        if isinstance(most, int):
            if most < fewest:
                raise SchemaValueError(f"{where}: maxProperties {most} is below minProperties {fewest}")
            if len(required) > most:
                raise SchemaValueError(f"{where}: more required properties than maxProperties {most}")
            names = names[: max(most, len(required))]
        value: dict[str, Any] = {}
        for key in names:
            schema = properties.get(key, node.get("additionalProperties", True))
            value[key] = self._value(schema, key, salt, depth + 1, f"{where}/properties/{key}")
        extra = 0
        while len(value) < fewest:
            if node.get("additionalProperties") is False:
                raise SchemaValueError(f"{where}: minProperties {fewest} needs properties the schema forbids")
            key = self._value(node.get("propertyNames", True), "key", salt + extra, depth + 1, f"{where}/propertyNames")
            extra += 1
            if not isinstance(key, str) or key in value or key in properties:
                if extra > fewest + 32:
                    raise SchemaValueError(f"{where}: cannot generate {fewest} distinct property names")
                continue
            schema = node.get("additionalProperties", True)
            value[key] = self._value(schema, "value", salt, depth + 1, f"{where}/additionalProperties")
        return value


_MAKERS: dict[str, Callable[[SchemaValues, Mapping[str, Any], str, int, int, str], Any]] = {
    "null": SchemaValues._null,
    "boolean": SchemaValues._boolean,
    "integer": SchemaValues._integer,
    "number": SchemaValues._number,
    "string": SchemaValues._string,
    "array": SchemaValues._array,
    "object": SchemaValues._object,
}


def _kind(node: Mapping[str, Any]) -> str:
    """The JSON type to generate: the declared one (not ``null`` when another is allowed), else guessed."""
    declared = node.get("type")
    if isinstance(declared, list):
        kinds = [str(kind) for kind in declared if kind != "null"]
        return kinds[0] if kinds else "null"
    if isinstance(declared, str):
        return declared
    if any(key in node for key in ("properties", "required", "additionalProperties", "propertyNames")):
        return "object"
    if any(key in node for key in ("items", "minItems", "maxItems", "prefixItems")):
        return "array"
    if any(key in node for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")):
        return "number"
    return "string"


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and (node.get("type") == "null" or node.get("const", 0) is None)


def _is_number(value: Any) -> TypeGuard[int | float]:
    """A finite JSON number (not a boolean)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _integer_bounds(node: Mapping[str, Any]) -> tuple[int | None, int | None]:
    """The inclusive integer bounds of a schema (``exclusive*`` and fractional bounds rounded inward, the
    range of ``format: int32``/``int64`` applied)."""
    lows: list[int] = []
    highs: list[int] = []
    if _is_number(node.get("minimum")):
        lows.append(math.ceil(node["minimum"]))
    if _is_number(node.get("exclusiveMinimum")):
        lows.append(math.floor(node["exclusiveMinimum"]) + 1)
    if _is_number(node.get("maximum")):
        highs.append(math.floor(node["maximum"]))
    if _is_number(node.get("exclusiveMaximum")):
        highs.append(math.ceil(node["exclusiveMaximum"]) - 1)
    bits = _INTEGER_BITS.get(str(node.get("format")))
    if bits is not None:
        highs.append((1 << (bits - 1)) - 1)
        if lows:
            lows = [max(value, -(1 << (bits - 1))) for value in lows]
    return (max(lows) if lows else None), (min(highs) if highs else None)


def _examples(node: Mapping[str, Any]) -> Iterable[Any]:
    """The values a schema names itself: ``examples``, ``example``, ``default``."""
    listed = node.get("examples")
    yield from listed if isinstance(listed, list) else ()
    for key in ("example", "default"):
        if key in node:
            yield node[key]


def _sized(text: str, low: int, high: int | None) -> str | None:
    """``text`` padded to ``low`` characters (repeating its last one) and cut to ``high``; None when impossible."""
    if len(text) < low:
        text = text + (text[-1:] or "a") * (low - len(text))
    if high is not None and len(text) > high:
        text = text[:high]
    return text if len(text) >= low else None


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise SchemaValueError(f"{where}: the pattern {pattern!r} is not a regular expression ({exc})") from None


# --- completing answers --------------------------------------------------------------------


class Completer:
    """Adds the properties of one object schema that an object lacks, with generated values."""

    __slots__ = ("_fields",)

    def __init__(self) -> None:
        self._fields: list[_Field] = []

    def fill(
        self, value: dict[str, Any], *, optional: bool, omit: Iterable[str] = (), nested: bool | None = None
    ) -> dict[str, Any]:
        """Add the missing required properties of ``value`` (and every optional one when ``optional``), nested
        objects and arrays of objects included (their optional ones when ``nested``, by default ``optional``);
        ``omit``: top-level names never added. Returns ``value``."""
        skipped = frozenset(omit)
        inner = optional if nested is None else nested
        for field in self._fields:
            key = field.name if field.name in value else field.alias if field.alias in value else None
            if key is None:
                if (field.required or optional) and field.name not in skipped:
                    value[field.name] = copy_json(field.value)
                continue
            present = value[key]
            if field.child is not None and isinstance(present, dict):
                field.child.fill(present, optional=inner)
            elif field.items is not None and isinstance(present, list):
                for item in present:
                    if isinstance(item, dict):
                        field.items.fill(item, optional=inner)
        return value


class _Field:
    __slots__ = ("alias", "child", "items", "name", "required", "value")

    def __init__(self, name: str, alias: str | None, required: bool, value: Any) -> None:
        self.name = name
        self.alias = alias
        self.required = required
        self.value = value
        self.child: Completer | None = None
        self.items: Completer | None = None


class CompleterFactory:
    """Builds ``Completer``s for the schemas of one document, each ``$ref`` target once (cycles allowed)."""

    def __init__(self, values: SchemaValues) -> None:
        self.values = values
        self._by_ref: dict[str, Completer] = {}

    def completer(self, schema: Any, where: str) -> Completer:
        """The completer of an object schema; its optional values are generated now, so a misfit fails here.

        Raises:
            SchemaValueError: A property of the schema cannot be generated.
        """
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str) and ref in self._by_ref:
            return self._by_ref[ref]
        completer = Completer()
        if isinstance(ref, str):
            self._by_ref[ref] = completer
        found = self._object_option(schema, where)
        if found is None:
            return completer
        _, node = found
        required = set(node.get("required") or ())
        for name, prop in node["properties"].items():
            place = f"{where}/properties/{name}"
            resolved = deref(prop, self.values.document)
            alias = also_sent_as(resolved.get("description")) if isinstance(resolved, dict) else None
            field = _Field(str(name), alias, name in required, self.values.generate(prop, name=str(name), where=place))
            child = self._object_option(prop, place)
            if child is not None:
                field.child = self.completer(child[0], place)
            array = self._array_option(prop, place)
            if array is not None and self._object_option(array.get("items", {}), place) is not None:
                field.items = self.completer(array.get("items", {}), f"{place}/items")
            completer._fields.append(field)
        return completer

    def _options(self, schema: Any, where: str) -> list[tuple[Any, Any]]:
        """The schema or its ``anyOf``/``oneOf`` options: each as written (a ``$ref`` stays one) and resolved."""
        node = self.values._node(schema, where)
        if isinstance(node, dict):
            for key in ("anyOf", "oneOf"):
                listed = node.get(key)
                if isinstance(listed, list):
                    return [(option, self.values._node(option, where)) for option in listed]
        return [(schema, node)]

    def _object_option(self, schema: Any, where: str) -> tuple[Any, dict[str, Any]] | None:
        """The first option of ``schema`` that is an object with properties (as written, resolved), or None."""
        for written, option in self._options(schema, where):
            if isinstance(option, dict) and _kind(option) == "object" and isinstance(option.get("properties"), dict):
                return written, option
        return None

    def _array_option(self, schema: Any, where: str) -> dict[str, Any] | None:
        """The first option of ``schema`` that is an array (resolved), or None."""
        for _, option in self._options(schema, where):
            if isinstance(option, dict) and _kind(option) == "array":
                return option
        return None


__all__ = ["Completer", "CompleterFactory", "SchemaValueError", "SchemaValues", "copy_json"]
