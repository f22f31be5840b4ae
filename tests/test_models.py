"""The models' engine (``sendbird_calls.core.model``): a body is what its type says, and nothing is lost.

Instances are generated from the spec's own schemas (``schema_values``), so the family of inputs is the
spec's, not a hand-picked example. Parts:

- parsing: every instance a schema allows parses and gives back the same JSON (``to_dict``,
  ``to_json``), ``from_dict(to_dict(x)) == x``; one value of a wrong JSON type, or one required field
  left out, raises ``ModelValidationError`` naming exactly that value's path (``calls[3].participants[0].role``);
- the rules one by one: integers, nullable fields, open and closed enums, unions, constants,
  error messages that never quote a value;
- alternate names ("Also sent as `x`." in the spec) read into one attribute;
- secrets: masked in reprs (fields marked ``Secret:``, names like ``access_token`` at any depth of
  unknown fields) while ``to_dict()`` returns them whole;
- forward compatibility and drift: new fields and enum values round-trip unchanged through the
  clients and are reported to ``sendbird_calls.drift`` without their values.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendbird_calls import AsyncCallsClient, CallsClient, ModelValidationError, drift, models, spec_doc
from sendbird_calls.core.model import (
    ANY,
    BOOL,
    INT,
    MASK,
    NULL,
    STR,
    Model,
    Schema,
    also_string,
    is_secret_name,
    union,
)
from sendbird_calls.core.model import field as engine_field
from sendbird_calls.drift import Drift
from tests.spec_examples import (
    API_TOKEN,
    APP_ID,
    JSON_TYPES,
    json_type,
    load_spec,
    minimal_instance,
    resolve,
    schema_values,
)

SCHEMAS: dict[str, Any] = load_spec()["components"]["schemas"]
MODEL_NAMES = sorted(
    name for name in SCHEMAS if isinstance(cls := getattr(models, name, None), type) and issubclass(cls, Model)
)
OPEN_MODELS = [name for name in MODEL_NAMES if getattr(models, name).__schema__.additional is ANY]
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
PROPERTY = settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(autouse=True)
def _fresh_drift() -> Iterator[None]:
    drift.reset()
    yield
    drift.reset()


def model_class(name: str) -> type[Model]:
    cls: type[Model] = getattr(models, name)
    return cls


@functools.cache
def instances(name: str) -> st.SearchStrategy[dict[str, Any]]:
    """Valid JSON instances of a component schema (extra fields included where the schema allows them)."""
    return schema_values(SCHEMAS[name])


def test_every_object_schema_of_the_spec_has_a_model() -> None:
    objects = {name for name, schema in SCHEMAS.items() if schema.get("type") == "object"}
    assert objects
    assert objects <= set(MODEL_NAMES)


# --- parsing: every instance the schema allows, every mutation it does not ----------------------------------------


@PROPERTY
@given(data=st.data())
def test_every_instance_the_schema_allows_parses_and_gives_back_the_same_json(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(MODEL_NAMES), label="model")
    instance = data.draw(instances(name), label="instance")
    sent = copy.deepcopy(instance)

    with drift.suppressed():
        parsed = model_class(name).from_dict(instance)

    assert instance == sent, "from_dict must not change its input"
    assert parsed.to_dict() == sent
    assert json.loads(parsed.to_json()) == sent
    assert json.loads(parsed.to_json(indent=2)) == sent


@PROPERTY
@given(data=st.data())
def test_from_dict_of_to_dict_gives_back_an_equal_model(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(MODEL_NAMES), label="model")
    with drift.suppressed():
        model = model_class(name).from_dict(data.draw(instances(name), label="instance"))
        again = model_class(name).from_dict(model.to_dict())

    assert again == model
    assert again.to_dict() == model.to_dict()
    assert model_class(name).from_dict(json.loads(model.to_json())) == model


def join(path: str, name: str | int) -> str:
    if isinstance(name, int):
        return f"{path}[{name}]"
    shown = name if len(name) <= PART_CHARS else name[: PART_CHARS - 1] + "…"
    shown = shown if shown.isprintable() else repr(shown)
    return f"{path}.{shown}" if path else shown


def allowed_types(schema: dict[str, Any]) -> set[str]:
    """The JSON types a schema accepts (an integer is a number; an unconstrained schema takes all); the
    ``$ref`` is followed without dropping a ``null`` option (``anyOf [X, null]`` takes null)."""
    schema = spec_doc.deref(schema)
    if "anyOf" in schema:
        return set().union(*(allowed_types(branch) for branch in schema["anyOf"]))
    if "const" in schema:
        return {json_type(schema["const"])}
    if "enum" in schema:
        return {json_type(value) for value in schema["enum"]}
    declared = schema.get("type")
    if declared is None:
        return set(JSON_TYPES)
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
        if (isinstance(value, dict) and declared == "object") or (isinstance(value, list) and declared == "array"):
            return branch
    return None


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


@PROPERTY
@given(data=st.data())
def test_one_value_of_a_wrong_json_type_is_refused_naming_exactly_its_path(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(MODEL_NAMES), label="model")
    instance = data.draw(instances(name), label="instance")
    candidates = [site for site in sites(instance, SCHEMAS[name]) if allowed_types(site[3]) != JSON_TYPES]
    if not candidates:
        return  # nothing declared in this instance to mutate
    path, container, key, schema, _ = data.draw(st.sampled_from(candidates), label="site")
    wrong = data.draw(st.sampled_from(sorted(set(SAMPLES) - allowed_types(schema))), label="wrong type")
    container[key] = copy.deepcopy(SAMPLES[wrong])

    with drift.suppressed(), pytest.raises(ModelValidationError) as raised:
        model_class(name).from_dict(instance)

    assert raised.value.path == path
    assert raised.value.detail.startswith("expected ")
    assert raised.value.detail.endswith(f"got {raised.value.found}")


@PROPERTY
@given(data=st.data())
def test_a_required_field_left_out_is_refused_naming_its_path(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(MODEL_NAMES), label="model")
    instance = data.draw(instances(name), label="instance")
    candidates = [site for site in sites(instance, SCHEMAS[name]) if site[4] and isinstance(site[1], dict)]
    if not candidates:
        return
    path, container, key, _, _ = data.draw(st.sampled_from(candidates), label="site")
    if spec_doc.also_sent_as(resolve(SCHEMAS[name]).get("properties", {}).get(key, {}).get("description")):
        return  # its other name could stand in for it
    del container[key]

    with drift.suppressed(), pytest.raises(ModelValidationError) as raised:
        model_class(name).from_dict(instance)

    assert (raised.value.path, raised.value.detail) == (path, "a required field is missing")
    assert raised.value.missing


@pytest.mark.parametrize("name", MODEL_NAMES)
@pytest.mark.parametrize("document", [[], "x", 7, None, True], ids=repr)
def test_a_document_that_is_no_object_is_refused_with_an_empty_path(name: str, document: Any) -> None:
    with pytest.raises(ModelValidationError) as raised:
        model_class(name).from_dict(document)
    assert raised.value.path == ""
    assert str(raised.value) == f"expected an object, got {raised.value.found}"


# --- the rules one by one ------------------------------------------------------------------------------------------

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


def test_nullable_fields_take_null_and_say_so_when_refusing() -> None:
    call = models.DirectCall.from_dict({"call_id": "c", "end_result": None, "duration": None})
    assert (call.end_result, call.duration) == (None, None)

    with pytest.raises(ModelValidationError) as raised:
        models.DirectCall.from_dict({"call_id": "c", "duration": "long"})
    assert raised.value.expected.endswith(" or null")


def test_open_enums_take_new_strings_as_str_and_known_ones_as_members() -> None:
    call = models.DirectCall.from_dict({"call_id": "c", "end_result": "a_new_result", "user_role": "dc_x"})
    assert (call.end_result, call.user_role) == ("a_new_result", "dc_x")
    assert type(call.end_result) is str

    known = models.DirectCall.from_dict({"call_id": "c", "end_result": "completed"})
    assert known.end_result is models.EndResult.COMPLETED
    with pytest.raises(ModelValidationError, match="end_result: expected a string or null, got an integer"):
        models.DirectCall.from_dict({"call_id": "c", "end_result": 3})


def test_a_closed_enum_refuses_a_value_it_does_not_list() -> None:
    with pytest.raises(ModelValidationError) as raised:
        models.CreateRoomRequest.from_dict({"type": "tiny_room"})
    assert str(raised.value) == (
        "type: expected one of 'large_room_for_audio_only', 'small_room_for_video', got a string"
    )
    assert models.CreateRoomRequest.from_dict({"type": models.RoomType.SMALL_ROOM_FOR_VIDEO}).type_ is (
        models.RoomType.SMALL_ROOM_FOR_VIDEO
    )


@pytest.mark.parametrize(
    "body",
    [{"token": "t", "type": "fcm_voip"}, {"token": ["t1", "t2"], "type": "GCM", "user": {"user_id": "u"}}, {}],
    ids=["string", "array", "empty"],
)
def test_a_union_takes_each_of_its_kinds_and_gives_it_back(body: dict[str, Any]) -> None:
    assert models.PushTokenResult.from_dict(body).to_dict() == body


def test_a_union_refuses_what_none_of_its_kinds_take_and_keeps_a_nested_reason() -> None:
    with pytest.raises(ModelValidationError) as raised:
        models.PushTokenResult.from_dict({"token": 5})
    assert (raised.value.path, raised.value.found) == ("token", "an integer")

    with pytest.raises(ModelValidationError) as raised:
        models.PushTokenResult.from_dict({"token": ["t", 5]})
    assert raised.value.path == "token[1]"


def test_a_constant_takes_only_itself() -> None:
    event = models.RoomCreateEvent.from_dict({"category": "room:create", "occurred_at": 1, "room": {"room_id": "r"}})
    assert event.category == "room:create"
    with pytest.raises(ModelValidationError, match="category: expected the constant 'room:create', got a string"):
        models.RoomCreateEvent.from_dict({"category": "room:delete", "occurred_at": 1, "room": {"room_id": "r"}})


def test_a_nested_error_names_the_whole_path_through_lists_and_models() -> None:
    page = {"calls": [{"call_id": "c"}, {"call_id": "d", "participants": [{"user_id": "u"}, {"user_id": 5}]}]}
    with pytest.raises(ModelValidationError) as raised:
        models.DirectCallList.from_dict(page)
    assert raised.value.path == "calls[1].participants[1].user_id"


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


def test_unknown_fields_are_kept_by_key_and_declared_ones_by_attribute() -> None:
    room = models.Room.from_dict(ROOM | {"region": "eu", "beta": {"x": [1]}})
    assert room.room_id == "r1"
    assert room.additional_keys == ["region", "beta"]
    assert (room["region"], "beta" in room, "room_id" in room) == ("eu", True, False)
    room["region"] = "us"
    del room["beta"]
    assert room.to_dict() == ROOM | {"region": "us"}


def test_to_json_keeps_non_ascii_text_as_is() -> None:
    room = models.Room.from_dict(ROOM | {"room_id": "会議室-ü"})
    assert '"会議室-ü"' in room.to_json()
    assert room.to_json(indent=2).startswith("{\n  ")


# --- alternate names -------------------------------------------------------------------------------------------------


def aliased_properties() -> list[tuple[str, str, str]]:
    """(schema, documented name, alias) for every property of the spec using the "Also sent as" convention."""
    found = []
    for schema_name, schema in SCHEMAS.items():
        for name, prop in (schema.get("properties") or {}).items():
            alias = spec_doc.also_sent_as(prop.get("description"))
            if alias is not None:
                found.append((schema_name, name, alias))
    return found


ALIASED = aliased_properties()


def test_the_spec_uses_the_alternate_name_convention() -> None:
    assert ALIASED


@pytest.mark.parametrize(("schema_name", "name", "alias"), ALIASED)
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_aliased_property_reads_either_name_into_one_attribute(
    schema_name: str, name: str, alias: str, data: st.DataObject
) -> None:
    schema = resolve(SCHEMAS[schema_name])
    instance = data.draw(schema_values(schema, extra_fields=False).filter(lambda v: name in v), label="instance")
    renamed = {(alias if key == name else key): value for key, value in instance.items()}
    model = model_class(schema_name)
    [field] = [f for f in model.__schema__.fields if f.wire == name]
    assert field.also == alias

    documented, other = model.from_dict(instance), model.from_dict(renamed)

    assert getattr(documented, field.attr) == getattr(other, field.attr)
    assert documented.to_dict() == other.to_dict() == instance  # written back under the documented name
    assert alias not in other.additional_properties
    assert not [seen for seen in drift.counts() if seen.field in {name, alias}]


@pytest.mark.parametrize(("schema_name", "name", "alias"), ALIASED)
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_both_names_at_once_keep_the_documented_one_and_the_other_as_unknown(
    schema_name: str, name: str, alias: str, data: st.DataObject
) -> None:
    schema = resolve(SCHEMAS[schema_name])
    instance = data.draw(schema_values(schema, extra_fields=False).filter(lambda v: name in v), label="instance")
    other = data.draw(schema_values(schema["properties"][name], extra_fields=False), label="other")

    parsed = model_class(schema_name).from_dict(instance | {alias: other})

    assert parsed.to_dict() == instance | {alias: other}
    assert parsed.additional_properties == {alias: other}
    assert not [seen for seen in drift.counts() if seen.field in {name, alias}]  # a documented name is no drift


# --- "Also sent as a string.": a boolean also read from "true"/"false" ---------------------------------------------


def string_booleans() -> list[tuple[str, str]]:
    """(schema, property) for every boolean of the spec whose description says it is also sent as a string."""
    return [
        (schema_name, name)
        for schema_name, schema in SCHEMAS.items()
        for name, prop in (schema.get("properties") or {}).items()
        if spec_doc.sent_as_string(prop.get("description"))
    ]


STRING_BOOLEANS = string_booleans()


def test_is_video_call_uses_the_string_boolean_convention_wherever_it_is_declared() -> None:
    declared = {
        schema_name for schema_name, schema in SCHEMAS.items() if "is_video_call" in (schema.get("properties") or {})
    }
    assert {(name, "is_video_call") for name in declared} <= set(STRING_BOOLEANS)
    assert {"DirectCall", "WebhookDirectCall", "WebhookCallPayload"} <= declared


@pytest.mark.parametrize(("schema_name", "name"), STRING_BOOLEANS)
@pytest.mark.parametrize(("sent", "read"), [(True, True), ("true", True), (False, False), ("false", False)])
def test_a_string_boolean_reads_either_spelling_into_one_bool_and_writes_json_booleans(
    schema_name: str, name: str, sent: object, read: bool
) -> None:
    schema = resolve(SCHEMAS[schema_name])
    model = model_class(schema_name)
    [declared] = [f for f in model.__schema__.fields if f.wire == name]
    parsed = model.from_dict(minimal_instance(schema) | {name: sent})

    assert getattr(parsed, declared.attr) is read
    assert parsed.to_dict()[name] is read
    assert not drift.counts()  # a documented spelling is no drift


@pytest.mark.parametrize(("schema_name", "name"), STRING_BOOLEANS)
@pytest.mark.parametrize("sent", ["True", "FALSE", "yes", "1", "", " true", 1, 0, None, [], {}])
def test_a_string_boolean_refuses_any_other_value_naming_its_path(schema_name: str, name: str, sent: object) -> None:
    schema = resolve(SCHEMAS[schema_name])
    with pytest.raises(ModelValidationError) as raised:
        model_class(schema_name).from_dict(minimal_instance(schema) | {name: sent})
    assert raised.value.path == name
    assert raised.value.detail.startswith('expected a boolean or the string "true" or "false", got ')
    assert repr(sent) not in str(raised.value) or sent in (1, 0, None, [], {})


class _Flags(Model):
    """A model built by hand on the engine: a string boolean, and a nullable one."""

    __slots__ = ("additional_properties", "maybe", "video")


_Flags.__schema__ = Schema(
    "Flags",
    (
        engine_field("video", "video", also_string(BOOL), required=True),
        engine_field("maybe", "maybe", also_string(union(BOOL, NULL))),
    ),
)


@given(value=st.one_of(st.booleans(), st.text(max_size=6), st.integers(), st.none(), st.floats(allow_nan=False)))
def test_the_engine_takes_exactly_the_four_spellings_and_null_only_where_declared(value: object) -> None:
    spellings = {True: True, False: False, "true": True, "false": False}
    accepted = isinstance(value, bool | str) and value in spellings
    for key, nullable in (("video", False), ("maybe", True)):
        document = {"video": True, "maybe": None} | {key: value}
        if accepted or (nullable and value is None):
            parsed = _Flags.from_dict(document)
            assert getattr(parsed, key) is (None if value is None else spellings[value])  # type: ignore[index]
        else:
            with pytest.raises(ModelValidationError) as raised:
                _Flags.from_dict(document)
            assert raised.value.path == key


@pytest.mark.parametrize("kind", [STR, INT, union(STR, NULL)], ids=["string", "integer", "nullable-string"])
def test_the_string_spelling_applies_to_booleans_only(kind: Any) -> None:
    with pytest.raises(TypeError, match=re.escape('"Also sent as a string." applies to a boolean')):
        also_string(kind)


def test_a_direct_call_reads_nested_participants_of_either_spelling_and_new_values_of_its_open_enums() -> None:
    call = models.DirectCall.from_dict(
        {
            "call_id": "c",
            "end_result": "completed",
            "end_result_ex": "not_connected",
            "call_relay": "turn",
            "participants": [{"user_id": "a", "metadata": {"team": "x"}}, {"user_id": "b", "meta_data": {"team": "y"}}],
        }
    )
    assert isinstance(call.participants, list)
    assert [p.to_dict()["metadata"] for p in call.participants] == [{"team": "x"}, {"team": "y"}]
    assert call.end_result_ex is models.EndResultEx.NOT_CONNECTED
    assert call.call_relay == "turn"
    later = models.DirectCall.from_dict({"call_id": "c", "end_result_ex": "a_value_sendbird_adds_next_year"})
    assert later.end_result_ex == "a_value_sendbird_adds_next_year"


# --- secrets ---------------------------------------------------------------------------------------------------------

CREDENTIAL_NAMES = ["access_token", "session_tokens", "client_secret", "password", "api_key", "Authorization"]
CREDENTIAL_NAMES += ["refresh_token", "private_key", "cookie", "credentials", "x-api-key", "secret"]
CANARY = "canary-SECRET-5f3a"


def test_credential_names_are_told_from_plain_ones() -> None:
    assert all(is_secret_name(name) for name in CREDENTIAL_NAMES)
    assert not any(is_secret_name(name) for name in ("room_id", "user_id", "nickname", "created_at", "state"))


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_every_field_the_spec_marks_secret_or_names_like_a_credential_is_masked_in_the_repr(name: str) -> None:
    schema = resolve(SCHEMAS[name])
    for field in model_class(name).__schema__.fields:
        described = str(resolve(schema["properties"][field.wire]).get("description", ""))
        assert field.secret is (described.startswith("Secret:") or is_secret_name(field.wire)), field.wire
    instance = model_class(name).from_dict(minimal_instance(schema))
    shown = repr(instance)
    for field in model_class(name).__schema__.fields:
        if field.secret:
            assert f"{field.attr}={MASK}" in shown, field.attr


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("SecondaryApiToken", {"token": CANARY, "created_at": 1}),
        ("SecondaryApiTokenList", {"api_tokens": [{"token": CANARY, "created_at": 1}]}),
        ("PushTokenList", {"tokens": [CANARY], "type": "apns_voip"}),
        ("PushTokenResult", {"token": CANARY, "type": "apns_voip"}),
        ("AddPushTokenRequest", {"token": CANARY}),
    ],
)
def test_a_token_never_shows_in_a_repr_but_to_dict_returns_it_whole(name: str, payload: dict[str, Any]) -> None:
    instance = model_class(name).from_dict(payload)
    assert CANARY not in repr(instance)
    assert CANARY not in str(instance)
    assert instance.to_dict() == payload
    assert CANARY in instance.to_json()


DOCUMENTED_USER = {
    "user_id": "alice",
    "nickname": "Alice",
    "profile_url": "https://example.com/a.png",
    "access_token": CANARY,
    "session_tokens": [{"session_token": CANARY + "-s1", "expires_at": 1767225600000}],
    "has_ever_logged_in": True,
    "metadata": {"team": "core"},
    "is_active": True,
    "is_online": False,
    "discovery_keys": ["k1"],
    "preferred_languages": ["en", "ko"],
}
"""Every field of the Calls user page (synthetic values)."""


def test_a_user_with_every_documented_field_parses_without_drift_and_masks_its_credentials(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="sendbird_calls.drift")
    user = models.User.from_dict(copy.deepcopy(DOCUMENTED_USER))

    assert not drift.counts()
    assert not drift_records(caplog)
    assert user.additional_properties == {}
    assert user.has_ever_logged_in is True
    assert user.preferred_languages == ["en", "ko"]
    assert CANARY not in repr(user)
    assert f"access_token={MASK}" in repr(user)
    assert f"session_tokens={MASK}" in repr(user)
    assert isinstance(user.session_tokens, list)
    assert CANARY not in repr(user.session_tokens[0])
    assert user.to_dict() == DOCUMENTED_USER  # whole, for the caller who needs the credential
    assert CANARY in user.to_json()


async def test_a_user_list_with_credentials_never_shows_them_and_reports_no_drift(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    page = {"users": [copy.deepcopy(DOCUMENTED_USER)], "next": ""}
    with sync_client(page) as client:
        users = list(client.users.list())
    assert [u.to_dict() for u in users] == [DOCUMENTED_USER]
    assert CANARY not in repr(users)
    assert CANARY not in caplog.text
    assert not drift.counts()


def secret_trees(depth: int = 3) -> st.SearchStrategy[Any]:
    """JSON in which every value under a credential-named key holds the canary, at any depth."""
    plain_keys = st.sampled_from(["a", "data", "auth", "items", "profile", "nested"])
    secrets = st.fixed_dictionaries(
        {}, optional={name: st.sampled_from([CANARY, [CANARY], {"v": CANARY}]) for name in CREDENTIAL_NAMES}
    )
    if depth == 0:
        return secrets
    inner = secret_trees(depth - 1)
    return st.one_of(
        secrets,
        st.builds(lambda known, more: known | more, secrets, st.dictionaries(plain_keys, inner, max_size=2)),
        st.lists(inner, min_size=1, max_size=2),
        st.just("plain"),
    )


@PROPERTY
@given(data=st.data())
def test_unknown_fields_named_like_credentials_are_masked_at_any_depth_and_kept_whole(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(OPEN_MODELS), label="model")
    instance = data.draw(schema_values(SCHEMAS[name], extra_fields=False), label="instance")
    extras = data.draw(
        st.dictionaries(
            st.sampled_from(["extra", "auth", *CREDENTIAL_NAMES]), secret_trees(), min_size=1, max_size=3
        ).filter(lambda more: not set(more) & (set(instance) | set(SCHEMAS[name].get("properties") or {}))),
        label="extras",
    )
    with drift.suppressed():
        model = model_class(name).from_dict(instance | extras)

    assert CANARY not in repr(model)
    assert model.to_dict() == instance | extras
    assert json.loads(model.to_json()) == instance | extras


def test_a_deeply_nested_unknown_field_has_a_repr() -> None:
    deep: Any = CANARY
    for _ in range(500):
        deep = [deep]
    room = models.Room.from_dict(ROOM | {"deep": deep, "auth": {"password": CANARY}})
    shown = repr(room)
    assert "[...]" in shown
    assert CANARY not in shown


# --- forward compatibility through the clients ------------------------------------------------------------------

FUTURE_CALL: dict[str, Any] = {
    "call": {
        "call_id": "8f3c2b1a-0000-4000-8000-000000000001",
        "call_type": "direct",
        "is_video_call": True,
        "state": "ended",
        "end_result": "transferred_to_voicemail",
        "user_role": "dc_caller",
        "participants": [
            {
                "user_id": "alice",
                "nickname": "Alice",
                "profile_url": "",
                "metadata": {"team": "blue"},
                "is_active": True,
                "role": "dc_caller",
                "device": {"os": "android", "app_version": "4.2.0"},
            },
            {"user_id": "bob", "role": "dc_observer", "network_quality": 3},
        ],
        "started_by": "alice",
        "ended_by": "bob",
        "started_at": 1_700_000_000_000,
        "ended_at": 1_700_000_060_000,
        "duration": 58_000,
        "custom_items": {"ticket": "T-1"},
        "recording": {"url": "https://example.invalid/r.mp4", "size_bytes": 1024, "tags": ["a", None]},
        "quality_score": 4.5,
    },
    "trace_id": "abc-123",
}
"""A direct call as a later API version might send it: a new end_result, a new role, new fields at
the envelope, the call, and a participant. Synthetic, like every example in this repository."""


def answering(payload: Any) -> httpx.MockTransport:
    return httpx.MockTransport(lambda _: httpx.Response(200, content=json.dumps(payload).encode()))


def sync_client(payload: Any) -> CallsClient:
    return CallsClient(APP_ID, API_TOKEN, transport=answering(payload), rate_limits=None)


def async_client(payload: Any) -> AsyncCallsClient:
    return AsyncCallsClient(APP_ID, API_TOKEN, transport=answering(payload), rate_limits=None)


async def test_a_new_end_result_and_new_fields_round_trip_unchanged_through_both_clients() -> None:
    with sync_client(copy.deepcopy(FUTURE_CALL)) as client:
        call = client.direct_calls.retrieve(FUTURE_CALL["call"]["call_id"])
        raw = client.direct_calls.with_raw_response.retrieve(FUTURE_CALL["call"]["call_id"])
    async with async_client(copy.deepcopy(FUTURE_CALL)) as aclient:
        acall = await aclient.direct_calls.retrieve(FUTURE_CALL["call"]["call_id"])

    for result in (call, acall):
        assert isinstance(result, models.DirectCall)
        assert result.to_dict() == FUTURE_CALL["call"]
        assert result.end_result == "transferred_to_voicemail"
        assert type(result.end_result) is str
        assert result["recording"] == FUTURE_CALL["call"]["recording"]
        assert isinstance(result.participants, list)
        assert result.participants[0]["device"] == {"os": "android", "app_version": "4.2.0"}
        assert result.participants[1].role == "dc_observer"
    assert json.loads(raw.content)["trace_id"] == "abc-123"  # the envelope's own new field: in the raw answer


@pytest.mark.parametrize("value", [member.value for member in models.EndResult])
def test_each_documented_end_result_parses_as_its_enum_member_and_round_trips(value: str) -> None:
    payload = {"call": {"call_id": "c-1", "end_result": value}}
    with sync_client(payload) as client:
        call = client.direct_calls.retrieve("c-1")

    assert call.end_result is models.EndResult(value)
    assert call.to_dict() == payload["call"]


def future_room(room_type: str, state: str) -> dict[str, Any]:
    return {
        "room_id": "room-1",
        "room_type": room_type,
        "state": state,
        "created_at": 1_700_000_000_000,
        "created_by": "",
        "current_participants": [
            {
                "room_id": "room-1",
                "participant_id": "p-1",
                "user_id": "alice",
                "state": "reconnecting",
                "entered_at": 1_700_000_000_100,
                "exited_at": None,
                "duration": None,
                "hand_raised": True,
            }
        ],
        "custom_items": {},
        "region": "ap-2",
    }


async def test_unknown_room_values_parse_as_str_and_a_page_with_new_fields_keeps_them() -> None:
    with sync_client({"room": future_room("large_room_for_stage", "archived")}) as client:
        room = client.rooms.retrieve("room-1")
    assert (room.room_type, room.state) == ("large_room_for_stage", "archived")
    assert type(room.room_type) is str
    assert isinstance(room.current_participants, list)
    assert room.current_participants[0].state == "reconnecting"
    assert room.to_dict() == future_room("large_room_for_stage", "archived")

    payload = {"rooms": [future_room("webinar", "paused")], "next": None, "prev": None, "total_count": 1}
    async with async_client(payload) as aclient:
        page = await aclient.rooms.list()
    assert (page.items[0].room_type, page.items[0].state) == ("webinar", "paused")
    assert page.to_dict() == payload


def test_known_room_values_still_parse_as_enum_members() -> None:
    payload = future_room("small_room_for_video", "open")
    payload["current_participants"][0]["state"] = "connected"
    with sync_client({"room": payload}) as client:
        room = client.rooms.retrieve("room-1")

    assert room.room_type is models.RoomType.SMALL_ROOM_FOR_VIDEO
    assert room.state is models.RoomState.OPEN
    assert isinstance(room.current_participants, list)
    assert room.current_participants[0].state is models.ParticipantState.CONNECTED


def test_an_ongoing_call_accepts_null_ended_at_duration_end_result_and_ended_by() -> None:
    ongoing = {
        "call_id": "c-1",
        "state": "connected",
        "end_result": None,
        "started_by": "alice",
        "ended_by": None,
        "started_at": 1_700_000_000_000,
        "ended_at": None,
        "duration": None,
    }
    with sync_client({"call": ongoing}) as client:
        call = client.direct_calls.retrieve("c-1")

    assert (call.end_result, call.ended_by, call.ended_at, call.duration) == (None, None, None, None)
    assert call.to_dict() == ongoing


def test_a_participant_still_in_the_room_has_null_exited_at_and_duration_in_a_page() -> None:
    payload = {
        "participants": [
            {"room_id": "room-1", "participant_id": "p-1", "state": "connected", "exited_at": None, "duration": None},
            {
                "room_id": "room-1",
                "participant_id": "p-2",
                "state": "exited",
                "exited_at": 1_700_000_000_900,
                "duration": 9,
            },
        ],
        "next": None,
        "prev": None,
    }
    with sync_client(payload) as client:
        page = client.rooms.list_participants("room-1")

    assert [(p.exited_at, p.duration) for p in page.items] == [(None, None), (1_700_000_000_900, 9)]
    assert page.next_token is None
    assert page.to_dict() == payload


# --- drift ---------------------------------------------------------------------------------------------------------

SECRET_VALUE = "secret-canary-value-0042"


def drift_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "sendbird_calls.drift"]


def test_every_new_field_and_value_of_a_future_call_is_reported_as_drift_without_its_value() -> None:
    with sync_client(copy.deepcopy(FUTURE_CALL)) as client:
        client.direct_calls.retrieve(FUTURE_CALL["call"]["call_id"])

    assert drift.counts() == {
        Drift("DirectCallEnvelope", "trace_id"): 1,
        Drift("DirectCall", "recording"): 1,
        Drift("DirectCall", "quality_score"): 1,
        Drift("DirectCall", "end_result", "transferred_to_voicemail"): 1,
        Drift("CallParticipant", "device"): 1,
        Drift("CallParticipant", "network_quality"): 1,
        Drift("CallParticipant", "role", "dc_observer"): 1,
    }


def test_a_page_with_a_new_field_and_a_new_enum_value_is_counted_per_item_and_logged_once_each(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rooms = [ROOM | {"room_id": f"r{i}", "region": SECRET_VALUE, "state": "archived"} for i in range(5)]
    caplog.set_level(logging.WARNING, logger="sendbird_calls.drift")
    with sync_client({"rooms": rooms, "total": 5}) as client:
        client.rooms.list()
        client.rooms.list()

    assert drift.counts() == {
        Drift("Room", "region"): 10,
        Drift("Room", "state", "archived"): 10,
        Drift("RoomList", "total"): 2,
    }
    records = drift_records(caplog)
    assert len(records) == 3
    assert all(record.levelno == logging.WARNING for record in records)
    messages = [record.getMessage() for record in records]
    assert any("Room.'region'" in message for message in messages)
    assert any("Room.state" in message and "'archived'" in message for message in messages)
    for record in records:
        assert SECRET_VALUE not in record.getMessage()
        assert SECRET_VALUE not in repr(vars(record))


def test_reset_forgets_counts_so_the_next_sighting_is_logged_again(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="sendbird_calls.drift")
    models.Room.from_dict(ROOM | {"region": "x"})
    drift.reset()
    assert drift.counts() == {}

    models.Room.from_dict(ROOM | {"region": "x"})

    assert drift.counts() == {Drift("Room", "region"): 1}
    assert len(drift_records(caplog)) == 2


def test_an_answer_that_matches_the_spec_reports_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="sendbird_calls.drift")
    models.RoomList.from_dict({"rooms": [ROOM | {"custom_items": {"any-key": "v"}}], "next": None})

    assert drift.counts() == {}
    assert drift_records(caplog) == []


@given(value=st.text(min_size=1, max_size=500).filter(lambda v: v not in {"dc_caller", "dc_callee"}))
def test_an_unknown_enum_value_is_shown_truncated(value: str) -> None:
    drift.reset()
    models.CallParticipant.from_dict({"user_id": "u", "role": value})

    ((key, count),) = drift.counts().items()
    assert (key.model, key.field, count) == ("CallParticipant", "role", 1)
    assert key.value is not None
    assert len(key.value) <= drift.VALUE_CHARS
    assert key.value == value or (len(value) > drift.VALUE_CHARS and key.value == value[: drift.VALUE_CHARS - 1] + "…")


def test_a_secret_fields_unknown_value_is_never_shown(caplog: pytest.LogCaptureFixture) -> None:
    """The engine passes ``secret=True`` for a field marked "Secret:" or named like a credential."""
    caplog.set_level(logging.WARNING, logger="sendbird_calls.drift")
    drift.unknown_value("SecondaryApiToken", "token", SECRET_VALUE, True)

    assert drift.counts() == {Drift("SecondaryApiToken", "token", drift.SECRET_VALUE): 1}
    assert all(SECRET_VALUE not in record.getMessage() for record in drift_records(caplog))


def test_an_unknown_field_named_like_a_credential_is_reported_by_name_only(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="sendbird_calls.drift")
    models.User.from_dict({"user_id": "u", "refresh_tokens": [SECRET_VALUE]})

    assert drift.counts() == {Drift("User", "refresh_tokens"): 1}
    assert all(SECRET_VALUE not in repr(vars(record)) for record in drift_records(caplog))


def test_a_hostile_field_name_is_shortened_and_new_kinds_stop_growing_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drift, "MAX_ENTRIES", 3)
    models.Room.from_dict(ROOM | {"n" * 10_000: 1})
    (key,) = drift.counts()
    assert len(key.field) == drift.NAME_CHARS

    models.Room.from_dict(ROOM | {"a": 1, "b": 2, "c": 3, "d": 4})

    counts = drift.counts()
    assert len(counts) == 4  # three kinds, and the overflow entry
    assert counts[drift.OVERFLOW] == 2


def test_a_webhook_event_with_a_new_field_is_drift() -> None:
    from sendbird_calls.webhooks import event_from_dict

    event_from_dict({"category": "room:create", "occurred_at": 1, "room": {"room_id": "r"}, "region": "eu"})

    assert drift.counts() == {Drift("RoomCreateEvent", "region"): 1}
