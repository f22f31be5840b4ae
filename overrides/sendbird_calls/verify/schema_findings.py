"""An answer's JSON against the spec's schemas, checked by jsonschema, each disagreement a finding by kind and pointer.

The validator is jsonschema's Draft 2020-12 over the whole OpenAPI document, its ``$ref``s resolved
by a referencing registry holding that document. Three keywords are extended for what verify-spec
looks for: a property the schema does not list is reported (an undocumented field: the drift this
tool exists to find, although clients keep unknown fields); a property's other spelling ("Also
sent as `x`.") is checked as that property and satisfies ``required``; a boolean the spec says is
"Also sent as a string." may be ``"true"`` or ``"false"`` (the models read both); a new value of an
open enum (``anyOf`` of an enum and any string) is reported although any string is valid. Details
never hold a value of the answer, except an enum value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final
from urllib.parse import quote

from jsonschema import Draft202012Validator, ValidationError
from jsonschema.protocols import Validator
from jsonschema.validators import extend
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from ..core.model import json_type_name
from ..spec_doc import SpecUnavailableError, also_sent_as, sent_as_string
from .findings import Finding, FindingKind, SchemaLocation, escape_pointer_token, infer_schema

DOCUMENT_URI: Final = "urn:sendbird-calls:openapi"
"""Where the registry holds the OpenAPI document: every schema is checked as a ``$ref`` into it."""
UNDOCUMENTED: Final = "x-undocumented-field"
"""The ``validator`` of the errors the extended keywords raise for a property the schema does not list."""

_BASE: Final = Draft202012Validator.VALIDATORS
_CONSTRAINTS: Final = {
    "minimum": "below minimum {}",
    "maximum": "above maximum {}",
    "exclusiveMinimum": "not above exclusiveMinimum {}",
    "exclusiveMaximum": "not below exclusiveMaximum {}",
    "multipleOf": "not a multiple of {}",
    "minLength": "shorter than minLength {}",
    "maxLength": "longer than maxLength {}",
    "pattern": "does not match the pattern {}",
    "minItems": "fewer than minItems {}",
    "maxItems": "more than maxItems {}",
    "uniqueItems": "items are not unique",
    "minProperties": "fewer than minProperties {}",
    "maxProperties": "more than maxProperties {}",
    "not": "matches what the spec excludes (not: {})",
}


def _aliases(properties: Mapping[str, Any]) -> dict[str, str]:
    """The other spellings the spec documents for its properties, each with the property's own name."""
    found: dict[str, str] = {}
    for name, schema in properties.items():
        alias = also_sent_as(schema.get("description")) if isinstance(schema, Mapping) else None
        if alias and alias not in properties:
            found[alias] = name
    return found


_BOOL_SPELLINGS: Final = {"true": True, "false": False}


def _spelled_booleans(properties: Mapping[str, Any], instance: Mapping[str, Any]) -> dict[str, bool]:
    """The values of "Also sent as a string." booleans that came as ``"true"``/``"false"``, as booleans."""
    found: dict[str, bool] = {}
    for name, schema in properties.items():
        value = instance.get(name)
        spelled = _BOOL_SPELLINGS.get(value) if isinstance(value, str) else None
        if spelled is not None and isinstance(schema, Mapping) and sent_as_string(schema.get("description")):
            found[name] = spelled
    return found


def _undocumented(name: str, value: Any) -> ValidationError:
    return ValidationError(f"field {name!r} is not in the spec", validator=UNDOCUMENTED, path=[name], instance=value)


def _properties(
    validator: Validator, properties: Mapping[str, Any], instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    """``properties``, plus: an alias is checked as its property, and (without ``additionalProperties``)
    a property the schema does not list is an undocumented field."""
    if not validator.is_type(instance, "object"):
        return
    spelled = _spelled_booleans(properties, instance)
    yield from _BASE["properties"](validator, properties, {**instance, **spelled} if spelled else instance, schema)
    aliases = _aliases(properties)
    for alias, name in aliases.items():
        if alias in instance:
            yield from validator.descend(instance[alias], properties[name], path=alias, schema_path=name)
    if "additionalProperties" in schema or "patternProperties" in schema:
        return  # that keyword decides about the other properties
    for name, value in instance.items():
        if name not in properties and name not in aliases:
            yield _undocumented(name, value)


def _additional_properties(
    validator: Validator, extra: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    """``additionalProperties``, where an alias is not additional and ``false`` names each field it refuses."""
    if not validator.is_type(instance, "object"):
        return
    properties: Mapping[str, Any] = schema.get("properties") or {}
    patterns = list(schema.get("patternProperties") or ())
    aliases = _aliases(properties)
    names = [
        name
        for name in instance
        if name not in properties and name not in aliases and not any(re.search(p, name) for p in patterns)
    ]
    if validator.is_type(extra, "object"):
        for name in names:
            yield from validator.descend(instance[name], extra, path=name)
    elif extra is False:
        for name in names:
            yield _undocumented(name, instance[name])


def _required(
    validator: Validator, required: list[str], instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    """``required``, where a property sent under its other spelling is present; the error points at the field."""
    if not validator.is_type(instance, "object"):
        return
    spellings: dict[str, list[str]] = {}
    for alias, name in _aliases(schema.get("properties") or {}).items():
        spellings.setdefault(name, []).append(alias)
    for name in required:
        if name not in instance and not any(alias in instance for alias in spellings.get(name, ())):
            yield ValidationError(f"required field {name!r} is absent", path=[name])


def _is_any_string(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "string" and set(schema) <= {"type", "description"}


def _any_of(validator: Validator, branches: list[Any], instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    """``anyOf``; for an open enum (an enum, or any string) a string outside the enum is reported anyway."""
    if isinstance(instance, str) and len(branches) == 2 and any(map(_is_any_string, branches)):
        index = 0 if _is_any_string(branches[1]) else 1
        errors = list(validator.descend(instance, branches[index], schema_path=index))
        if errors and all(error.validator == "enum" for error in errors):
            yield from errors
            return
    yield from _BASE["anyOf"](validator, branches, instance, schema)


SpecValidator = extend(
    Draft202012Validator,
    {
        "properties": _properties,
        "additionalProperties": _additional_properties,
        "required": _required,
        "anyOf": _any_of,
    },
)
"""Draft 2020-12 with the three extensions above."""


class SpecSchemas:
    """The schemas of one OpenAPI document, and the findings of a JSON value against any of them."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document: dict[str, Any] = json.loads(json.dumps(document, default=str))
        """The document as JSON has it (YAML's unquoted ``200`` key becomes ``"200"``), so every JSON pointer
        into it resolves; the caller's document is left as it is."""
        resource: Resource[Any] = Resource.from_contents(self.document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(DOCUMENT_URI, resource)
        self._resolver = self.registry.resolver(base_uri=DOCUMENT_URI)
        self._locations: dict[int, tuple[str | int, ...]] = {}
        self._index(self.document, ())
        self._validators: dict[int, Validator] = {}

    def _index(self, node: Any, keys: tuple[str | int, ...]) -> None:
        """Where every object and array of the document lives: jsonschema hands back the same objects."""
        if isinstance(node, Mapping):
            self._locations.setdefault(id(node), keys)
            for key, child in node.items():
                self._index(child, (*keys, str(key)))
        elif isinstance(node, list):
            self._locations.setdefault(id(node), keys)
            for index, child in enumerate(node):
                self._index(child, (*keys, index))

    def location(self, node: Any) -> SchemaLocation | None:
        """Where ``node`` (an object of the document) lives in the document."""
        keys = self._locations.get(id(node))
        return None if keys is None else SchemaLocation(keys)

    def resolve(self, node: Any) -> Any:
        """``node`` with its ``$ref`` followed (to the document's own object), as often as it takes."""
        for _ in range(32):
            if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
                return node
            try:
                node = self._resolver.lookup(node["$ref"]).contents
            except Unresolvable:
                raise SpecUnavailableError(f"the spec's $ref {node['$ref']!r} points nowhere") from None
        raise SpecUnavailableError("the spec has a $ref that refers to itself")

    def _validator(self, schema: Mapping[str, Any]) -> Validator:
        validator = self._validators.get(id(schema))
        if validator is None:
            location = self.location(schema)
            if location is None:
                raise ValueError("only a schema of the document can be checked against")
            pointer = "".join("/" + escape_pointer_token(key) for key in location.keys)
            wrapper = {"$ref": f"{DOCUMENT_URI}#{quote(pointer, safe='/~')}"}
            validator = self._validators[id(schema)] = SpecValidator(wrapper, registry=self.registry)
        return validator

    def check(self, value: Any, schema: Mapping[str, Any], *, operation: str, status: int | None) -> list[Finding]:
        """Every disagreement of ``value`` with ``schema`` (a schema object of the document)."""
        try:
            errors = list(self._validator(schema).iter_errors(value))
        except RecursionError:
            deep = "too deeply nested to check"
            return [Finding(operation, "", FindingKind.CONSTRAINT_VIOLATION, deep, status=status)]
        except Unresolvable as exc:
            raise SpecUnavailableError(f"the spec's $ref {exc.ref!r} points nowhere") from None
        findings = [self._finding(error, operation, status) for error in _deciding(errors)]
        retyped = {f.pointer for f in findings if f.kind is FindingKind.WRONG_TYPE}
        return [f for f in findings if f.kind is FindingKind.WRONG_TYPE or f.pointer not in retyped]

    def _finding(self, error: ValidationError, operation: str, status: int | None) -> Finding:
        pointer = "".join("/" + escape_pointer_token(part) for part in error.absolute_path)
        keyword, value, schema = error.validator, error.instance, error.schema

        def found(kind: FindingKind, detail: str, **extra: Any) -> Finding:
            return Finding(operation, pointer, kind, detail, status=status, **extra)

        if keyword == UNDOCUMENTED:
            return found(
                FindingKind.UNDOCUMENTED_FIELD,
                f"field {error.path[-1]!r} ({json_type_name(value)}) is not in the spec",
                schema_location=self.location(schema),
                observed_schema=infer_schema(value),
            )
        if keyword == "required":
            return found(FindingKind.MISSING_REQUIRED_FIELD, f"required field {error.path[-1]!r} is absent")
        if keyword == "type":
            expected = error.validator_value
            types = [expected] if isinstance(expected, str) else list(expected)
            return found(FindingKind.WRONG_TYPE, f"expected {' or '.join(types)}, got {json_type_name(value)}")
        if keyword in ("enum", "const"):
            allowed = list(error.validator_value) if keyword == "enum" else [error.validator_value]
            shown = ", ".join(map(str, allowed))
            secret = isinstance(schema, Mapping) and str(schema.get("description", "")).startswith("Secret:")
            if secret or not isinstance(value, str | int | bool):
                return found(FindingKind.UNKNOWN_ENUM_VALUE, f"a value outside [{shown}]")
            location = self.location(schema) if keyword == "enum" else None
            return found(
                FindingKind.UNKNOWN_ENUM_VALUE,
                f"{value!r} is not one of [{shown}]",
                value=str(value),
                schema_location=None if location is None else location.child("enum"),
            )
        rule = _CONSTRAINTS.get(str(keyword))
        if keyword is None:  # a ``false`` schema
            detail = "the spec allows no value here"
        elif rule is None:
            detail = f"breaks {keyword}"
        elif keyword == "not":
            detail = rule.format(json.dumps(error.validator_value, separators=(",", ":"))[:80])
        else:
            detail = rule.format(error.validator_value)
        if "propertyNames" in error.absolute_schema_path:
            detail = "a key " + ("" if detail.startswith(("does", "matches")) else "is ") + detail
        return found(FindingKind.CONSTRAINT_VIOLATION, detail)


def _deciding(errors: Iterable[ValidationError]) -> Iterator[ValidationError]:
    """The errors that become findings: for a failed ``anyOf``/``oneOf``, the errors of its best branch."""
    for error in errors:
        if error.validator in ("anyOf", "oneOf") and error.context:
            yield from _deciding(_best_branch(error.context))
        else:
            yield error


def _best_branch(context: list[ValidationError]) -> list[ValidationError]:
    """The branch the value fits best: one without a type mismatch at the top, then the fewest errors."""
    branches: dict[Any, list[ValidationError]] = {}
    for error in context:
        branches.setdefault(error.relative_schema_path[0], []).append(error)

    def rank(errors: list[ValidationError]) -> tuple[bool, int]:
        return any(e.validator == "type" and not e.relative_path for e in errors), len(errors)

    return min(branches.values(), key=rank)


__all__ = ["DOCUMENT_URI", "SpecSchemas", "SpecValidator"]
