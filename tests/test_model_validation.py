"""A body is what its type says: every model parses what its schema allows, and refuses the rest by path.

Instances are generated from the spec's own schemas (``strategy`` below covers the JSON Schema
subset the spec uses), so the family of inputs is the spec's, not a hand-picked example: a valid one
must parse and give back the same JSON; the same one with one declared value of a wrong JSON type,
or one required field left out, must raise ``ModelValidationError`` naming exactly that value's
path (``calls[3].participants[0].role``).
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendbird_calls import CallsClient, ResponseValidationError, drift, models
from sendbird_calls_api.types import ModelValidationError
from tests.spec_examples import API_TOKEN, APP_ID

SPEC: dict[str, Any] = yaml.safe_load((Path(__file__).resolve().parents[1] / "openapi/calls-v1.yaml").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
MODEL_NAMES = sorted(
    name for name, schema in SCHEMAS.items() if schema.get("type") == "object" and hasattr(models, name)
)
SAMPLES: dict[str, Any] = {
    "null": None,
    "boolean": True,
    "integer": 7,
    "number": 1.5,
    "string": "x",
    "array": [],
    "object": {},
}
"""One value of each JSON type; a wrong-type mutation puts one the schema does not allow."""
PART_CHARS = 64
"""ModelValidationError shortens longer names in a path (generated custom-item keys can be 128 long)."""


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return {float: "number", str: "string", list: "array", dict: "object"}[type(value)]


def allowed_types(schema: dict[str, Any]) -> set[str]:
    """The JSON types a schema accepts (an integer is a number; an unconstrained schema takes all)."""
    schema = resolve(schema)
    if "anyOf" in schema:
        return set().union(*(allowed_types(branch) for branch in schema["anyOf"]))
    if "const" in schema:
        return {json_type(schema["const"])}
    if "enum" in schema:
        return {json_type(value) for value in schema["enum"]}
    declared = schema.get("type")
    if declared is None:
        return set(SAMPLES)
    types = set(declared) if isinstance(declared, list) else {declared}
    return types | {"integer"} if "number" in types else types


def branch_for(schema: dict[str, Any], value: Any) -> dict[str, Any] | None:
    """The object or array branch of a (union) schema that ``value`` took, to walk into it."""
    schema = resolve(schema)
    for branch in [resolve(b) for b in schema.get("anyOf", [])] or [schema]:
        if "anyOf" in branch:
            found = branch_for(branch, value)
            if found is not None:
                return found
        declared = branch.get("type")
        if isinstance(value, dict) and declared == "object":
            return branch
        if isinstance(value, list) and declared == "array":
            return branch
    return None


def part(name: str | int) -> str:
    if isinstance(name, int):
        return f"[{name}]"
    shown = name if len(name) <= PART_CHARS else name[: PART_CHARS - 1] + "…"
    return shown if shown.isprintable() else repr(shown)


def join(path: str, name: str | int) -> str:
    shown = part(name)
    return path + shown if isinstance(name, int) or not path else f"{path}.{shown}"


Site = tuple[str, Any, "str | int", dict[str, Any], bool]
"""(path, container, key, schema of the value, required): one value a mutation may change or drop."""


def sites(value: Any, schema: dict[str, Any], path: str = "") -> Iterator[Site]:
    """Every declared value of an instance, depth first, with its schema: what the model checks."""
    schema = resolve(schema)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            item_schema = properties.get(key, extra if isinstance(extra, dict) else None)
            if item_schema is None:
                continue
            yield join(path, key), value, key, item_schema, key in required
            inner = branch_for(item_schema, item)
            if inner is not None:
                yield from sites(item, inner, join(path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield join(path, index), value, index, schema["items"], True
            inner = branch_for(schema["items"], item)
            if inner is not None:
                yield from sites(item, inner, join(path, index))


KEYS = st.text(st.characters(blacklist_characters=",", blacklist_categories=["Cs"]), min_size=1, max_size=128)
EXTRA_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
"""Values of fields the spec does not declare: any JSON, as a later API version might send."""


def strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Valid instances of a schema, for the JSON Schema subset the spec uses (checked: anything else fails)."""
    schema = resolve(schema)
    if "anyOf" in schema:
        return st.one_of([strategy(branch) for branch in schema["anyOf"]])
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    declared = schema.get("type")
    if isinstance(declared, list):
        return st.one_of([strategy(schema | {"type": one}) for one in declared])
    if declared == "null":
        return st.none()
    if declared == "boolean":
        return st.booleans()
    if declared == "integer":
        return st.integers(min_value=schema.get("minimum", -(2**63)), max_value=2**63 - 1)
    if declared == "string":
        return st.text(min_size=schema.get("minLength", 0), max_size=schema.get("maxLength", 40))
    if declared == "array":
        return st.lists(strategy(schema["items"]), max_size=min(schema.get("maxItems", 3), 3))
    assert declared == "object", f"schema kind not covered by this generator: {schema}"
    return objects(schema)


def objects(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    declared = st.fixed_dictionaries(
        {key: strategy(sub) for key, sub in properties.items() if key in required},
        optional={key: strategy(sub) for key, sub in properties.items() if key not in required},
    )
    extra_schema = schema.get("additionalProperties", True)
    if extra_schema is False:
        return declared
    extra_values = EXTRA_VALUES if extra_schema is True else strategy(extra_schema)
    extras = st.dictionaries(
        KEYS.filter(lambda key: key not in properties),
        extra_values,
        max_size=min(schema.get("maxProperties", 3), 3),
    )
    return st.builds(lambda known, more: more | known, declared, extras)


@functools.cache
def instances(name: str) -> st.SearchStrategy[dict[str, Any]]:
    """Valid JSON instances of a component schema (extra fields included where the schema allows them)."""
    return objects(SCHEMAS[name])


PROPERTY_SETTINGS = settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@PROPERTY_SETTINGS
@given(data=st.data())
def test_every_instance_the_schema_allows_parses_and_gives_back_the_same_json(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(MODEL_NAMES), label="model")
    instance = data.draw(instances(name), label="instance")
    sent = copy.deepcopy(instance)

    with drift.suppressed():
        parsed = getattr(models, name).from_dict(instance)

    assert instance == sent, "from_dict must not change its input"
    assert parsed.to_dict() == sent


@PROPERTY_SETTINGS
@given(data=st.data())
def test_one_value_of_a_wrong_json_type_is_refused_naming_exactly_its_path(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(MODEL_NAMES), label="model")
    instance = data.draw(instances(name), label="instance")
    candidates = list(sites(instance, SCHEMAS[name]))
    if not candidates:
        return  # a schema without declared values in this instance: nothing to mutate
    path, container, key, schema, _ = data.draw(st.sampled_from(candidates), label="site")
    wrong = data.draw(st.sampled_from(sorted(set(SAMPLES) - allowed_types(schema))), label="wrong type")
    container[key] = copy.deepcopy(SAMPLES[wrong])

    with drift.suppressed(), pytest.raises(ModelValidationError) as raised:
        getattr(models, name).from_dict(instance)

    assert raised.value.path == path
    assert raised.value.detail.startswith("expected ")


@PROPERTY_SETTINGS
@given(data=st.data())
def test_a_required_field_left_out_is_refused_naming_its_path(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(MODEL_NAMES), label="model")
    instance = data.draw(instances(name), label="instance")
    candidates = [site for site in sites(instance, SCHEMAS[name]) if site[4] and isinstance(site[1], dict)]
    if not candidates:
        return
    path, container, key, _, _ = data.draw(st.sampled_from(candidates), label="site")
    del container[key]

    with drift.suppressed(), pytest.raises(ModelValidationError) as raised:
        getattr(models, name).from_dict(instance)

    assert (raised.value.path, raised.value.detail) == (path, "a required field is missing")


# --- the rules the type checks follow, one by one ---------------------------------------------------------------

ROOM: dict[str, Any] = {
    "room_id": "r1",
    "room_type": "small_room_for_video",
    "state": "open",
    "created_at": 1_700_000_000_000,
}


@pytest.mark.parametrize(
    ("field", "value", "found"),
    [
        ("room_id", None, "null"),
        ("room_id", 123, "an integer"),
        ("created_at", "yesterday", "a string"),
        ("created_at", True, "a boolean"),
        ("created_at", 1.5, "a number with a fraction"),
        ("created_at", float("inf"), "a non-finite number"),
        ("current_participants", {}, "an object"),
        ("custom_items", ["a"], "an array"),
        ("room_type", 1, "an integer"),
    ],
)
def test_a_wrong_type_names_the_field_what_was_expected_and_what_came(field: str, value: Any, found: str) -> None:
    with pytest.raises(ModelValidationError) as raised:
        models.Room.from_dict(ROOM | {field: value})

    assert raised.value.path == field
    assert raised.value.found == found
    assert str(raised.value) == f"{field}: expected {raised.value.expected}, got {found}"


def test_an_integer_field_takes_a_float_without_a_fraction_as_that_integer() -> None:
    """JSON Schema counts 1.0 as an integer, and some JSON encoders write whole numbers that way."""
    room = models.Room.from_dict(ROOM | {"created_at": 1_700_000_000_000.0})

    assert room.created_at == 1_700_000_000_000
    assert type(room.created_at) is int


def test_nullable_fields_take_null_and_open_enums_take_new_strings() -> None:
    call = models.DirectCall.from_dict({"call_id": "c", "end_result": None, "duration": None, "user_role": "dc_x"})

    assert (call.end_result, call.duration, call.user_role) == (None, None, "dc_x")
    assert (
        models.DirectCall.from_dict({"call_id": "c", "end_result": "completed"}).end_result
        is models.EndResult.COMPLETED
    )


def test_a_value_is_never_quoted_in_the_error() -> None:
    secret = "secret-canary-0001"
    with pytest.raises(ModelValidationError) as raised:
        models.SecondaryApiTokenList.from_dict({"api_tokens": [{"token": secret, "created_at": secret}]})

    assert raised.value.path == "api_tokens[0].created_at"
    assert secret not in str(raised.value)
    assert secret not in repr(raised.value)


def test_a_hostile_key_is_shortened_in_the_path_and_cannot_break_a_line() -> None:
    with pytest.raises(ModelValidationError) as raised:
        models.CustomItems.from_dict({"k" * 10_000: 1})
    assert len(raised.value.path) == PART_CHARS

    with pytest.raises(ModelValidationError) as raised:
        models.CustomItems.from_dict({"a\nERROR forged": 1})
    assert "\n" not in str(raised.value)


# --- through the clients: responses and request bodies ----------------------------------------------------------


def answering(payload: Any) -> httpx.MockTransport:
    return httpx.MockTransport(lambda _: httpx.Response(200, content=json.dumps(payload).encode()))


def test_a_response_with_a_wrong_type_deep_in_a_page_raises_response_validation_error_with_its_path() -> None:
    rooms = [ROOM | {"room_id": f"r{i}"} for i in range(5)]
    rooms[3] = ROOM | {"room_id": 123}
    client = CallsClient(APP_ID, API_TOKEN, transport=answering({"rooms": rooms}), rate_limits=None)
    with client, pytest.raises(ResponseValidationError) as raised:
        client.rooms.list_rooms()

    error = raised.value
    assert (error.operation, error.path, error.field) == ("list_rooms", "rooms[3].room_id", "rooms[3].room_id")
    assert error.detail == "expected a string, got an integer"
    assert "'rooms[3].room_id'" in str(error)


@pytest.mark.parametrize(
    ("body", "where", "detail"),
    [
        (
            {"type": 5},
            "body.type",
            "expected one of 'large_room_for_audio_only', 'small_room_for_video', got an integer",
        ),
        ({"type": "tiny_room"}, "body.type", "got a string"),
        ({}, "body.type", "a required field is missing"),
        ({"type": "small_room_for_video", "custom_items": {"k": 1}}, "body.custom_items.k", "expected a string"),
        ({"type": "small_room_for_video", "custom_items": []}, "body.custom_items", "expected an object, got an array"),
    ],
)
def test_a_request_body_dict_that_does_not_fit_is_a_value_error_naming_its_path(
    body: dict[str, Any], where: str, detail: str
) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200, json={}))
    client = CallsClient(APP_ID, API_TOKEN, transport=transport, rate_limits=None)
    with client, pytest.raises(ValueError, match="create_room") as raised:
        client.rooms.create_room(body=body)

    assert f"{where} does not fit CreateRoomRequest: " in str(raised.value)
    assert detail in str(raised.value)
    assert sent == []
