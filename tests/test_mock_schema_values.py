"""The mock's value generator and completer: every value fits its schema, the same arguments give the same
value, and a schema no value can fit is refused with its place named, never answered.

Schemas are generated (hypothesis) from the keywords the spec uses, satisfiable by construction, and
each generated value is checked again by jsonschema-rs, independently of the generator's own check.
"""

from __future__ import annotations

import copy
from typing import Any

import jsonschema_rs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendbird_calls.mock.facts import facts_of
from sendbird_calls.mock.schema_values import CompleterFactory, SchemaValueError, SchemaValues, copy_json
from sendbird_calls.mock.spec import load_spec
from sendbird_calls.mock.validation import SpecValidators
from sendbird_calls.spec_doc import iter_operations

PATTERNS = ["^[^,]+$", "^[a-z0-9]+$", "^[A-Za-z0-9_-]*$", "[0-9]", "^a", "^.{2,5}$", "^[a-z]+(-[0-9]+)?$"]
FORMATS = ["date-time", "date", "email", "uri", "uuid", "ipv4", "ipv6", "hostname", "byte", None]
LEAVES = {
    "Leaf": {"type": "string", "minLength": 1},
    "Count": {"type": "integer", "minimum": 0, "maximum": 9},
}

names = st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True)


@st.composite
def integers(draw: st.DrawFn) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "integer"}
    low = draw(st.none() | st.integers(-1000, 1000))
    high = draw(st.none() | st.integers(-1000, 1000))
    if low is not None and high is not None and low > high:
        low, high = high, low
    if low is not None:
        schema["exclusiveMinimum" if draw(st.booleans()) and (high is None or high > low + 1) else "minimum"] = low
    if high is not None:
        schema["exclusiveMaximum" if draw(st.booleans()) and (low is None or high > low + 1) else "maximum"] = high
    if draw(st.booleans()) and low is None and high is None:
        schema["multipleOf"] = draw(st.integers(1, 50))
    if draw(st.booleans()):
        schema["format"] = draw(st.sampled_from(["int32", "int64"]))
    return schema


@st.composite
def numbers(draw: st.DrawFn) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "number"}
    low = draw(st.none() | st.floats(-1e6, 1e6))
    high = draw(st.none() | st.floats(-1e6, 1e6))
    if low is not None and high is not None and low > high:
        low, high = high, low
    if low is not None:
        schema["minimum"] = low
    if high is not None:
        schema["maximum"] = high
    return schema


@st.composite
def strings(draw: st.DrawFn) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": draw(st.sampled_from(["string", ["string", "null"]]))}
    fmt = draw(st.sampled_from(FORMATS))
    if fmt is not None:
        schema["format"] = fmt
        return schema
    low = draw(st.integers(0, 20))
    schema["minLength"] = low
    if draw(st.booleans()):
        schema["maxLength"] = draw(st.integers(max(low, 1), 40))
    if draw(st.booleans()) and low <= 2:
        schema["pattern"] = draw(st.sampled_from(PATTERNS))
        schema.pop("maxLength", None)
    return schema


leaf_schemas = st.one_of(
    integers(),
    numbers(),
    strings(),
    st.just({"type": "boolean"}),
    st.just({"type": "null"}),
    st.just({}),
    st.lists(st.text(max_size=5) | st.integers(), min_size=1, max_size=4, unique=True).map(lambda v: {"enum": v}),
    (st.text(max_size=5) | st.integers() | st.booleans()).map(lambda v: {"const": v}),
    st.sampled_from([{"$ref": f"#/components/schemas/{name}"} for name in LEAVES]),
)


def split_in_two(schema: dict[str, Any]) -> dict[str, Any]:
    """An object schema as the ``allOf`` of two parts holding half of its properties each (as a spec writes it)."""
    names_ = sorted(schema["properties"])
    parts = []
    for half in (names_[::2], names_[1::2]):
        part = {key: value for key, value in schema.items() if key not in ("properties", "required")}
        part["properties"] = {name: schema["properties"][name] for name in half}
        part["required"] = [name for name in schema["required"] if name in half]
        parts.append(part)
    return {"allOf": parts}


def containers(inner: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    @st.composite
    def objects(draw: st.DrawFn) -> dict[str, Any]:
        properties = draw(st.dictionaries(names, inner, max_size=5))
        required = draw(st.lists(st.sampled_from(sorted(properties)), unique=True)) if properties else []
        schema: dict[str, Any] = {"type": "object", "properties": properties, "required": required}
        if draw(st.booleans()):
            schema["maxProperties"] = draw(st.integers(len(required), len(properties) + 1))
        if draw(st.booleans()) and not properties:
            schema["minProperties"] = draw(st.integers(0, min(4, schema.get("maxProperties", 4))))
            schema["propertyNames"] = {"type": "string", "pattern": "^[^,]+$", "maxLength": 8}
            schema["additionalProperties"] = {"type": "string", "maxLength": 5}
        return schema

    @st.composite
    def arrays(draw: st.DrawFn) -> dict[str, Any]:
        low = draw(st.integers(0, 3))
        schema: dict[str, Any] = {"type": "array", "items": draw(inner), "minItems": low}
        if draw(st.booleans()):
            schema["maxItems"] = draw(st.integers(low, 5))
        return schema

    nullable = inner.map(lambda schema: {"anyOf": [schema, {"type": "null"}], "description": "nullable"})
    open_enum = st.just({"anyOf": [{"type": "string", "enum": ["a", "b"]}, {"type": "string"}]})
    merged = objects().map(split_in_two)
    return st.one_of(objects(), arrays(), nullable, open_enum, merged)


schemas = st.recursive(leaf_schemas, containers, max_leaves=12)


def document_of(schema: dict[str, Any]) -> dict[str, Any]:
    """A document holding ``schema`` as ``#/components/schemas/Under``, beside the shared leaves."""
    return {"components": {"schemas": {**copy.deepcopy(LEAVES), "Under": schema}}}


def make(schema: dict[str, Any]) -> tuple[SchemaValues, dict[str, Any]]:
    """A generator over the document of ``schema``, and the reference to it."""
    document = document_of(schema)
    return SchemaValues(document, SpecValidators(document, ()).problem), {"$ref": "#/components/schemas/Under"}


def independent(schema: dict[str, Any]) -> Any:
    """jsonschema-rs's validator of ``schema``: a check the generator does not use."""
    registry = jsonschema_rs.Registry([("urn:test", document_of(schema))])
    return jsonschema_rs.validator_for(
        {"$ref": "urn:test#/components/schemas/Under"}, registry=registry, validate_formats=False
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schema=schemas, salt=st.integers(0, 10_000), name=names)
def test_a_generated_value_fits_its_schema_and_is_the_same_every_time(
    schema: dict[str, Any], salt: int, name: str
) -> None:
    values, ref = make(schema)
    check = independent(schema)

    value = values.generate(ref, name=name, salt=salt)

    assert check.is_valid(value), (schema, value)
    assert values.generate(ref, name=name, salt=salt) == value


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schema=containers(leaf_schemas), data=st.data())
def test_completing_adds_what_is_missing_and_keeps_what_is_there(schema: dict[str, Any], data: st.DataObject) -> None:
    values, ref = make(schema)
    check = independent(schema)
    full = values.generate(ref, salt=1)
    if not isinstance(full, dict) or not schema.get("properties"):
        return
    kept = data.draw(st.lists(st.sampled_from(sorted(full)), unique=True)) if full else []
    partial = {key: full[key] for key in kept}
    completer = CompleterFactory(values).completer(ref, "Under")

    required_only = completer.fill(copy_json(partial), optional=False)
    everything = completer.fill(copy_json(partial), optional=True)

    required = set(schema.get("required", ()))
    assert set(required_only) == set(partial) | required
    assert set(everything) == set(partial) | set(schema["properties"])
    assert all(everything[key] == partial[key] for key in partial)
    if "maxProperties" not in schema:
        assert check.is_valid(everything), (schema, everything)


@pytest.mark.parametrize(
    ("schema", "reason"),
    [
        ({"type": "integer", "minimum": 5, "maximum": 4}, "no integer lies between its bounds"),
        ({"type": "integer", "exclusiveMinimum": 3, "exclusiveMaximum": 4}, "no integer lies between its bounds"),
        ({"type": "number", "minimum": 2.5, "maximum": 1}, "no number lies between its bounds"),
        ({"type": "string", "minLength": 5, "maxLength": 2}, "maxLength 2 is below minLength 5"),
        ({"type": "string", "pattern": "^REC-[0-9]{6}$"}, "its pattern '^REC-[0-9]{6}$'; give the schema an example"),
        ({"type": "string", "format": "date-time", "maxLength": 4}, "its format 'date-time'"),
        ({"type": "string", "pattern": "(unclosed"}, "is not a regular expression"),
        ({"type": "array", "minItems": 3, "maxItems": 1}, "maxItems 1 is below minItems 3"),
        ({"type": "object", "required": ["a", "b"], "maxProperties": 1}, "more required properties than"),
        ({"type": "object", "minProperties": 2, "additionalProperties": False}, "needs properties the schema forbids"),
        ({"type": "object", "minProperties": 2, "maxProperties": 1}, "maxProperties 1 is below minProperties 2"),
        ({"not": {}}, "cannot generate a string that fits it (value: fails not {})"),
        ({"type": "integer", "not": {}}, "cannot generate a value that fits the spec (value: fails not {})"),
        ({"$ref": "#/components/schemas/Missing"}, "a $ref does not resolve"),
        ({"properties": {"x": False}, "required": ["x"]}, "is `false`"),
        ({"type": "integer", "multipleOf": 0.5}, "cannot be a multiple of 0.5"),
        ({"enum": ["a", "b"], "minLength": 3}, "no value of its enum fits"),
    ],
)
def test_a_schema_no_value_fits_is_refused_naming_the_place(schema: dict[str, Any], reason: str) -> None:
    values, ref = make(schema)
    with pytest.raises(SchemaValueError) as raised:
        values.generate(ref, where="Under")
    assert str(raised.value).startswith("Under")
    assert reason in str(raised.value)


def test_a_required_cycle_is_refused_instead_of_looping() -> None:
    values, ref = make(
        {"type": "object", "required": ["next"], "properties": {"next": {"$ref": "#/components/schemas/Under"}}}
    )
    with pytest.raises(SchemaValueError, match="nests deeper than"):
        values.generate(ref)


def test_an_optional_cycle_ends_at_the_depth_bound_and_completes() -> None:
    schema = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "parent": {"$ref": "#/components/schemas/Under"}},
    }
    values, ref = make(schema)
    check = independent(schema)
    value = values.generate(ref)
    completer = CompleterFactory(values).completer(ref, "Under")
    assert check.is_valid(value)
    assert completer.fill({"id": "x", "parent": {"id": "y"}}, optional=True)["parent"]["parent"]["id"] == "id-0"


def test_every_schema_of_the_spec_can_be_generated_and_fits() -> None:
    spec = load_spec()
    values = facts_of(spec).values
    for name in spec.raw["components"]["schemas"]:
        for salt in (0, 1, 7):
            values.generate({"$ref": f"#/components/schemas/{name}"}, salt=salt, where=name)
    for _, _, operation in iter_operations(spec.raw):
        for param in operation["parameters"].values():
            values.generate(param["schema"], name=param["name"], where=f"{operation['operationId']} {param['name']}")


def test_a_completed_answer_shares_nothing_with_the_completer() -> None:
    values, ref = make(
        {"type": "object", "properties": {"meta": {"type": "object", "properties": {"a": {"type": "string"}}}}}
    )
    completer = CompleterFactory(values).completer(ref, "Under")
    first = completer.fill({}, optional=True)
    first["meta"]["a"] = "changed"
    assert completer.fill({}, optional=True) == {"meta": {"a": "a-0"}}
