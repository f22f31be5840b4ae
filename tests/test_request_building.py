"""A call becomes exactly the request the spec describes, or is refused before anything is sent.

The operations and their parameters come from the generated table (``sendbird_calls_api.api.operations()``),
so every path value, query value and body of every operation is covered with no list kept here.
Requests are caught by an ``httpx.MockTransport``: ``request.url.raw_path`` and ``raw_path``'s query
are the bytes httpx writes on the wire as the request-target.

Parts: path segments (one value, one segment, or refused); query values (kinds, bounds, enums,
comma-separated lists, the millisecond unit); bodies (fields as keywords or ``body=``, never both);
what the client fills itself (``application_id``) and which host serves each operation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, unquote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendbird_calls import (
    InvalidArgumentError,
    InvalidArgumentTypeError,
    SendbirdCallsError,
    drift,
    models,
)
from sendbird_calls._constants import CONTENT_TYPE
from sendbird_calls.core.operation import Operation, Param
from tests.spec_examples import (
    API_TOKEN,
    APP_ID,
    ClientFactory,
    Recorder,
    RecordingClient,
    call_arguments,
    expected_url,
    generated_operations,
    json_body,
    method_of,
    minimal_body,
    minimal_instance,
    op_id,
    resolve,
    spec_operations,
)

OPERATIONS = generated_operations()
BY_NAME = {op.qualified_name: op for op in OPERATIONS}
PATH_PARAMS = [(op, p) for op in OPERATIONS for p in op.path_params]
FREE_PATH_PARAMS = [(op, p) for op, p in PATH_PARAMS if p.kind == "string"]
ENUM_PATH_VALUES = [(op, p, member) for op, p in PATH_PARAMS if p.enum is not None for member in p.enum]
QUERY_PARAMS = [(op, p) for op in OPERATIONS for p in op.query_params]
STRING_QUERY = [(op, p) for op, p in QUERY_PARAMS if p.kind == "string"]
INTEGER_QUERY = [(op, p) for op, p in QUERY_PARAMS if p.kind == "integer"]
ENUM_QUERY = [(op, p) for op, p in QUERY_PARAMS if p.kind == "enum"]
CSV_QUERY = [(op, p) for op, p in QUERY_PARAMS if p.kind == "csv"]
MS_QUERY = [(op, p) for op, p in INTEGER_QUERY if p.unit == "ms"]
BODY_OPERATIONS = [op for op in OPERATIONS if op.body is not None]
REQUIRED_FIELD_OPERATIONS = [op for op in BODY_OPERATIONS if any(f.required for f in op.body.fields)]  # type: ignore[union-attr]

COLLAPSING = frozenset({"", ".", ".."})
UNRESERVED_OR_ESCAPE = re.compile(r"(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})*")
FRAGMENTS = ["/", "?", "#", "%", " ", ".", "..", "%2e", "%2E", "%252e", "%2f", "ü", "日本", "+", "&", "=", ";"]
FRAGMENTS += ["~", "a", "Z9", "\\", "\x00", "\n", "\u200b", "😀", "%zz", "@", ":", "\ud800", "\udfff"]
TRICKY = ["a/b", "../x", "..", ".", "", "%2e%2e", "%2E", ".%2e", "%252e%252e", "a?b=c#d", "100%", " lead", "ü/日本"]

any_text = st.text(st.characters(codec=None), max_size=12)
"""Any str, lone surrogates included: a str the hint allows but UTF-8 cannot carry must be refused, not crash."""
segment_values = st.one_of(
    st.sampled_from(TRICKY), st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=5).map("".join), any_text
)


def ids(value: object) -> str:
    return op_id(value)


def has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(char) <= 0xDFFF for char in text)


def decodings(value: str) -> Iterator[str]:
    """``value`` percent-decoded once, twice, ... until decoding changes nothing."""
    current = value
    for _ in range(5):
        decoded = unquote(current)
        if decoded == current:
            return
        yield decoded
        current = decoded


def must_be_refused(value: str) -> bool:
    """``""``, ``.``, ``..``, what percent-decodes once to them, and lone surrogates can never be a segment."""
    return value in COLLAPSING or unquote(value) in COLLAPSING or has_surrogate(value)


def may_be_refused(value: str) -> bool:
    """Deeper encodings of a dot segment (``%252e``): refusing them is allowed, not required."""
    return must_be_refused(value) or any(decoded in COLLAPSING for decoded in decodings(value))


@pytest.fixture(scope="module")
def sent() -> Iterator[RecordingClient]:
    made = RecordingClient()
    yield made
    made.close()


def raw_query_values(request: httpx.Request, key: str) -> list[str]:
    """The raw (still encoded) values of ``key`` in the request-target's query."""
    target = request.url.raw_path.decode("ascii")
    query = target.split("?", 1)[1] if "?" in target else ""
    pairs = [part.split("=", 1) for part in query.split("&") if part]
    return [value for name, value in pairs if name == key]


# --- path segments ----------------------------------------------------------------------------------------------


def path_values(op: Operation[Any], arguments: dict[str, Any]) -> dict[str, str]:
    """Wire name to the plain (unencoded) value every path parameter must arrive as."""
    values = {p.wire: APP_ID for p in op.path_params if p.client_filled}
    return values | {
        p.wire: str(getattr(arguments[p.name], "value", arguments[p.name]))
        for p in op.path_params
        if p.name in arguments
    }


def assert_segments(op: Operation[Any], request: httpx.Request, values: dict[str, str]) -> None:
    """The raw path has the template's segments: literals as they are, each parameter encoded in
    exactly one segment (only unreserved characters and escapes) that decodes back to its value."""
    spec_op = spec_operations()[op.id]
    template = (spec_op.server_path + spec_op.path).split("/")
    received = request.url.raw_path.decode("ascii").split("?", 1)[0].split("/")
    assert len(received) == len(template), request.url.raw_path
    for expected, raw in zip(template, received, strict=True):
        if expected.startswith("{"):
            assert UNRESERVED_OR_ESCAPE.fullmatch(raw), raw
            assert unquote(raw, errors="strict") == values[expected[1:-1]]
        else:
            assert raw == expected


@pytest.mark.parametrize(("op", "param"), FREE_PATH_PARAMS, ids=ids)
@settings(max_examples=40)
@given(value=segment_values)
def test_each_path_value_arrives_in_its_own_segment_or_is_refused_before_any_request(
    op: Operation[Any], param: Param, value: str, sent: RecordingClient
) -> None:
    arguments = call_arguments(op) | {param.name: value}

    if must_be_refused(value):
        error = sent.refused(op, **arguments)
        assert str(error).startswith(f"{op.qualified_name}: ")
        assert param.name in str(error)
        return
    try:
        request = sent.call(op, **arguments)
    except InvalidArgumentError:
        assert may_be_refused(value), f"{value!r} was refused though it is a valid segment"
        return

    assert request.method == op.method
    assert_segments(op, request, path_values(op, arguments))


@pytest.mark.parametrize(("op", "param", "member"), ENUM_PATH_VALUES, ids=ids)
def test_every_enum_path_value_arrives_in_its_segment_given_as_member_or_string(
    op: Operation[Any], param: Param, member: Any, sent: RecordingClient
) -> None:
    for value in (member, member.value):
        arguments = call_arguments(op) | {param.name: value}
        assert_segments(op, sent.call(op, **arguments), path_values(op, arguments))


@pytest.mark.parametrize(("op", "param"), [(op, p) for op, p in PATH_PARAMS if p.enum is not None], ids=ids)
def test_an_enum_path_value_outside_the_enum_is_refused_listing_the_allowed_ones(
    op: Operation[Any], param: Param, sent: RecordingClient
) -> None:
    error = sent.refused(op, **call_arguments(op) | {param.name: "not-a-member"})

    assert str(error).startswith(f"{op.qualified_name}: {param.name} must be one of ")
    assert all(repr(member.value) in str(error) for member in param.enum or ())


@pytest.mark.parametrize(("op", "param"), FREE_PATH_PARAMS, ids=ids)
async def test_the_async_client_fills_and_refuses_path_segments_like_the_sync_client(
    op: Operation[Any], param: Param, make_clients: ClientFactory
) -> None:
    recorder = Recorder()
    aio = make_clients(recorder).aio
    for value in [value for value in TRICKY if not may_be_refused(value)]:
        arguments = call_arguments(op) | {param.name: value}
        await method_of(aio, op)(**arguments)
        assert_segments(op, recorder.requests[-1], path_values(op, arguments))
    received = len(recorder.requests)
    for value in ("", ".", "..", "%2e", "%2E%2e", "\udc00"):
        with pytest.raises(InvalidArgumentError, match=f"^{re.escape(op.qualified_name)}: .*{param.name}"):
            await method_of(aio, op)(**call_arguments(op) | {param.name: value})
    assert len(recorder.requests) == received


@pytest.mark.parametrize(("op", "param"), [(op, p) for op, p in FREE_PATH_PARAMS if p.required], ids=ids)
@pytest.mark.parametrize("value", [5, 5.0, b"r1", ["r1"], {"id": "r1"}, True], ids=repr)
def test_a_path_value_that_is_not_a_string_is_a_type_error_not_its_str(
    op: Operation[Any], param: Param, value: Any, sent: RecordingClient
) -> None:
    """``str(5)`` or ``str(['r1'])`` would address another resource: the hint says str, and so does the check."""
    error = sent.refused(op, **call_arguments(op) | {param.name: value})

    assert isinstance(error, InvalidArgumentTypeError)
    assert str(error) == f"{op.qualified_name}: {param.name} must be a string, not {type(value).__name__}"


# --- query values ---------------------------------------------------------------------------------------------

query_text = st.text(st.characters(codec="utf-8"), min_size=1, max_size=20)


@pytest.mark.parametrize(("op", "param"), STRING_QUERY, ids=ids)
@settings(max_examples=25)
@given(value=query_text)
def test_a_string_query_value_arrives_as_one_value_that_decodes_to_itself(
    op: Operation[Any], param: Param, value: str, sent: RecordingClient
) -> None:
    request = sent.call(op, **call_arguments(op) | {param.name: value})

    [raw] = raw_query_values(request, param.wire)
    assert UNRESERVED_OR_ESCAPE.fullmatch(raw), raw  # no & = # + left to split or cut the query
    assert unquote(raw, errors="strict") == value
    assert list(request.url.params) == [param.wire]


@pytest.mark.parametrize(("op", "param"), STRING_QUERY, ids=ids)
def test_an_empty_or_unencodable_string_query_value_is_refused(
    op: Operation[Any], param: Param, sent: RecordingClient
) -> None:
    assert str(sent.refused(op, **call_arguments(op) | {param.name: ""})) == (
        f"{op.qualified_name}: {param.name} must be at least {param.min_length} characters long"
    )
    assert "lone surrogate" in str(sent.refused(op, **call_arguments(op) | {param.name: "a\ud800"}))


@pytest.mark.parametrize(("op", "param"), INTEGER_QUERY, ids=ids)
@settings(max_examples=30)
@given(data=st.data())
def test_an_integer_within_the_bounds_is_sent_and_one_outside_is_refused_naming_the_bound(
    op: Operation[Any], param: Param, data: st.DataObject, sent: RecordingClient
) -> None:
    low = param.minimum if param.unit != "ms" else max(param.minimum or 0, 10**11)
    valid = data.draw(st.integers(min_value=low, max_value=param.maximum), label="valid")
    assert raw_query_values(sent.call(op, **call_arguments(op) | {param.name: valid}), param.wire) == [str(valid)]

    outside = []
    if param.minimum is not None:
        outside.append(st.integers(max_value=param.minimum - 1).map(lambda v: (v, f"at least {param.minimum}")))
    if param.maximum is not None:
        outside.append(st.integers(min_value=param.maximum + 1).map(lambda v: (v, f"at most {param.maximum}")))
    if not outside:
        return
    value, bound = data.draw(st.one_of(outside), label="outside")
    error = sent.refused(op, **call_arguments(op) | {param.name: value})
    assert str(error) == f"{op.qualified_name}: {param.name} must be {bound}, got {value}"


def test_limit_of_1000_is_refused_with_the_message_the_contract_promises(sent: RecordingClient) -> None:
    error = sent.refused(BY_NAME["rooms.list"], limit=1000)
    assert str(error) == "rooms.list: limit must be at most 100, got 1000"


@pytest.mark.parametrize(("op", "param"), MS_QUERY, ids=ids)
@settings(max_examples=30)
@given(seconds=st.integers(min_value=1, max_value=10**11 - 1))
def test_a_time_in_seconds_is_refused_saying_the_api_takes_milliseconds(
    op: Operation[Any], param: Param, seconds: int, sent: RecordingClient
) -> None:
    error = sent.refused(op, **call_arguments(op) | {param.name: seconds})

    assert str(error).startswith(f"{op.qualified_name}: {param.name} is in Unix milliseconds, and {seconds} would be ")
    assert "multiply it by 1000" in str(error)


@pytest.mark.parametrize(("op", "param"), MS_QUERY, ids=ids)
def test_a_ten_digit_unix_time_is_refused_and_the_same_time_in_milliseconds_is_sent(
    op: Operation[Any], param: Param, sent: RecordingClient
) -> None:
    seconds = 1_767_225_600
    assert "before 1973" in str(sent.refused(op, **call_arguments(op) | {param.name: seconds}))

    request = sent.call(op, **call_arguments(op) | {param.name: seconds * 1000})
    assert raw_query_values(request, param.wire) == [str(seconds * 1000)]


@pytest.mark.parametrize(("op", "param"), ENUM_QUERY, ids=ids)
def test_an_enum_query_value_is_sent_from_a_member_or_its_string_and_refused_otherwise(
    op: Operation[Any], param: Param, sent: RecordingClient
) -> None:
    assert param.enum is not None
    for member in param.enum:
        for value in (member, member.value):
            request = sent.call(op, **call_arguments(op) | {param.name: value})
            assert raw_query_values(request, param.wire) == [quote(member.value, safe="")]

    error = sent.refused(op, **call_arguments(op) | {param.name: "not-a-member"})
    choices = ", ".join(repr(member.value) for member in param.enum)
    assert str(error) == f"{op.qualified_name}: {param.name} must be one of {choices}, got 'not-a-member'"


def csv_item(param: Param) -> st.SearchStrategy[str]:
    if param.enum is not None:
        return st.sampled_from([member.value for member in param.enum])
    return st.text(st.characters(codec="utf-8", exclude_characters=","), min_size=1, max_size=10)


@pytest.mark.parametrize(("op", "param"), CSV_QUERY, ids=ids)
@settings(max_examples=30)
@given(data=st.data())
def test_a_list_goes_on_the_wire_as_one_value_of_encoded_items_between_literal_commas(
    op: Operation[Any], param: Param, data: st.DataObject, sent: RecordingClient
) -> None:
    items = data.draw(st.lists(csv_item(param), min_size=1, max_size=param.max_items or 5), label="items")
    expected = [",".join(quote(item, safe="") for item in items)]
    given_as = [items, tuple(items), ",".join(items)]
    if param.enum is not None:
        given_as.append([param.enum(item) for item in items])

    for value in given_as:
        request = sent.call(op, **call_arguments(op) | {param.name: value})
        assert raw_query_values(request, param.wire) == expected
        assert [unquote(item) for item in raw_query_values(request, param.wire)[0].split(",")] == items


def valid_item(param: Param) -> str:
    return str(next(iter(param.enum)).value) if param.enum is not None else "id-1"


@pytest.mark.parametrize(("op", "param"), CSV_QUERY, ids=ids)
@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda good: ["a,b"], "every {name} value must be a non-empty string without a comma, got 'a,b'"),
        (lambda good: [good, ""], "every {name} value must be a non-empty string without a comma, got ''"),
        (lambda good: f"{good},,{good}", "every {name} value must be a non-empty string without a comma, got ''"),
        (lambda good: [good, 7], "every {name} value must be a non-empty string without a comma, got 7"),
        (lambda good: [], "{name} must hold at least one value"),
        (lambda good: {good: good}, "{name} must be a list of strings or one comma-separated string, got dict"),
        (lambda good: good.encode(), "{name} must be a list of strings or one comma-separated string, got bytes"),
    ],
    ids=["comma", "empty-item", "empty-in-string", "not-a-string", "no-items", "dict", "bytes"],
)
def test_a_bad_list_is_refused_naming_the_parameter_and_the_item(
    op: Operation[Any], param: Param, make: Any, problem: str, sent: RecordingClient
) -> None:
    error = sent.refused(op, **call_arguments(op) | {param.name: make(valid_item(param))})

    assert str(error) == f"{op.qualified_name}: " + problem.format(name=param.name)


@pytest.mark.parametrize(("op", "param"), [(op, p) for op, p in CSV_QUERY if p.enum is not None], ids=ids)
def test_a_list_item_outside_the_enum_is_refused_listing_the_allowed_ones(
    op: Operation[Any], param: Param, sent: RecordingClient
) -> None:
    assert param.enum is not None
    good = next(iter(param.enum)).value
    for value in ([good, "tiny"], f"{good},tiny"):
        error = sent.refused(op, **call_arguments(op) | {param.name: value})
        assert f"every {param.name} value must be one of " in str(error)
        assert str(error).endswith("got 'tiny'")


@pytest.mark.parametrize(("op", "param"), [(op, p) for op, p in CSV_QUERY if p.max_items], ids=ids)
def test_a_list_longer_than_max_items_is_refused(op: Operation[Any], param: Param, sent: RecordingClient) -> None:
    assert param.max_items is not None
    items = [f"id-{n}" for n in range(param.max_items + 1)]
    error = sent.refused(op, **call_arguments(op) | {param.name: items})
    assert str(error) == (
        f"{op.qualified_name}: {param.name} may hold at most {param.max_items} values, got {param.max_items + 1}"
    )
    assert raw_query_values(sent.call(op, **call_arguments(op) | {param.name: items[:-1]}), param.wire)


@pytest.mark.parametrize(("op", "param"), [(op, p) for op, p in QUERY_PARAMS if p.kind == "boolean"], ids=ids)
def test_a_boolean_query_value_is_sent_as_true_or_false(
    op: Operation[Any], param: Param, sent: RecordingClient
) -> None:
    for value, wire in ((True, "true"), (False, "false")):
        assert raw_query_values(sent.call(op, **call_arguments(op) | {param.name: value}), param.wire) == [wire]


@pytest.mark.parametrize("op", [op for op in OPERATIONS if op.query_params], ids=ids)
def test_none_means_not_given_and_sends_no_query_at_all(op: Operation[Any], sent: RecordingClient) -> None:
    nones = {param.name: None for param in op.query_params}
    request = sent.call(op, **call_arguments(op) | nones)
    assert b"?" not in request.url.raw_path


# --- bodies ------------------------------------------------------------------------------------------------------


def wire_body(op: Operation[Any], fields: dict[str, Any]) -> dict[str, Any]:
    """The JSON names of body fields given by keyword."""
    assert op.body is not None
    by_name = {field.name: field.wire for field in op.body.fields}
    return {by_name[name]: value for name, value in fields.items()}


def field_value(op: Operation[Any], wire: str) -> Any:
    """The smallest value the spec allows for one body field."""
    schema = spec_operations()[op.id].request_schema
    assert schema is not None
    return minimal_instance(resolve(schema)["properties"][wire])


def sample_body(op: Operation[Any]) -> dict[str, Any]:
    """The minimal body, or, when that is empty, one with the first field set (so it is sent either way)."""
    assert op.body is not None
    body = minimal_body(op)
    if not body and op.body.fields:
        body = {op.body.fields[0].wire: field_value(op, op.body.fields[0].wire)}
    return body


def path_arguments(op: Operation[Any]) -> dict[str, Any]:
    return {param.name: value for param in op.path_params if (value := call_arguments(op).get(param.name))}


@pytest.mark.parametrize("op", BODY_OPERATIONS, ids=ids)
async def test_the_body_from_its_fields_from_a_dict_and_from_the_model_is_the_same_json(
    op: Operation[Any], make_clients: ClientFactory
) -> None:
    assert op.body is not None
    recorder = Recorder()
    clients = make_clients(recorder)
    body = sample_body(op)
    by_wire = {field.wire: field.name for field in op.body.fields}
    fields = {by_wire[wire]: value for wire, value in body.items()}
    model = op.body.model.from_dict(body)

    for arguments in (fields, {"body": body}, {"body": model}):
        method_of(clients.sync, op)(**path_arguments(op), **arguments)
        await method_of(clients.aio, op)(**path_arguments(op), **arguments)

    assert [json_body(request) for request in recorder.requests] == 6 * [body]


def test_fields_as_keywords_are_sent_under_their_json_names_and_unset_ones_are_left_out(sent: RecordingClient) -> None:
    request = sent.call(BY_NAME["rooms.create"], type="large_room_for_audio_only", custom_items={"topic": "standup"})
    assert json_body(request) == {"type": "large_room_for_audio_only", "custom_items": {"topic": "standup"}}

    request = sent.call(BY_NAME["webhooks.update_settings"], enabled=False)
    assert json_body(request) == {"enabled": False}

    request = sent.call(BY_NAME["rooms.create"], type=models.RoomType.SMALL_ROOM_FOR_VIDEO)
    assert json_body(request) == {"type": "small_room_for_video"}


def test_an_optional_body_is_sent_only_when_a_field_or_body_is_given(sent: RecordingClient) -> None:
    op = BY_NAME["rooms.delete_custom_items"]
    assert sent.call(op, room_id="r").content == b""
    assert json_body(sent.call(op, room_id="r", keys=["a", "b"])) == {"keys": ["a", "b"]}
    assert json_body(sent.call(op, room_id="r", body={})) == {}


def test_a_required_body_without_fields_is_sent_as_an_empty_object(sent: RecordingClient) -> None:
    assert json_body(sent.call(BY_NAME["api_tokens.generate"])) == {}


@pytest.mark.parametrize("op", [op for op in BODY_OPERATIONS if op.body and op.body.fields], ids=ids)
def test_fields_and_body_at_once_are_refused(op: Operation[Any], sent: RecordingClient) -> None:
    assert op.body is not None
    field = op.body.fields[0]
    arguments = path_arguments(op) | {field.name: field_value(op, field.wire), "body": sample_body(op)}

    error = sent.refused(op, **arguments)
    assert str(error) == (
        f"{op.qualified_name}: give the body's fields as keywords or the whole body as body=, not both"
    )


@pytest.mark.parametrize("op", REQUIRED_FIELD_OPERATIONS, ids=ids)
def test_a_missing_required_field_is_named(op: Operation[Any], sent: RecordingClient) -> None:
    assert op.body is not None
    required = [field for field in op.body.fields if field.required]
    path = path_arguments(op)

    error = sent.refused(op, **path)
    assert str(error) == f"{op.qualified_name}: {', '.join(f.name for f in required)} required (or pass body=)"

    error = sent.refused(op, **path, body={})
    assert str(error).startswith(
        f"{op.qualified_name}: body.{required[0].wire} does not fit {op.body.model.__name__}: "
    )
    assert str(error).endswith("a required field is missing")


@pytest.mark.parametrize(
    ("body", "where", "detail"),
    [
        (
            {"type": 5},
            "body.type",
            "expected one of 'large_room_for_audio_only', 'small_room_for_video', got an integer",
        ),
        ({"type": "tiny_room"}, "body.type", "got a string"),
        ({"type": "small_room_for_video", "custom_items": {"k": 1}}, "body.custom_items.k", "expected a string"),
        ({"type": "small_room_for_video", "custom_items": []}, "body.custom_items", "expected an object, got an array"),
    ],
)
def test_a_body_dict_that_does_not_fit_is_refused_naming_its_path(
    body: dict[str, Any], where: str, detail: str, sent: RecordingClient
) -> None:
    error = sent.refused(BY_NAME["rooms.create"], body=body)

    assert str(error).startswith(f"rooms.create: {where} does not fit CreateRoomRequest: ")
    assert detail in str(error)


def test_a_field_keyword_that_does_not_fit_is_refused_naming_the_field(sent: RecordingClient) -> None:
    error = sent.refused(BY_NAME["rooms.create"], type="small_room_for_video", custom_items={"k": 1})
    assert str(error).startswith("rooms.create: custom_items.k does not fit CreateRoomRequest: expected a string")


@pytest.mark.parametrize("body", [["type"], "type=small_room_for_video", 5, b"{}"], ids=repr)
def test_a_body_that_is_neither_the_model_nor_a_dict_is_a_type_error(body: Any, sent: RecordingClient) -> None:
    error = sent.refused(BY_NAME["rooms.create"], body=body)
    assert isinstance(error, InvalidArgumentTypeError)
    assert str(error) == f"rooms.create: body must be a CreateRoomRequest or a dict, got {type(body).__name__}"


def test_a_body_that_cannot_be_json_is_refused_not_crashed(sent: RecordingClient) -> None:
    error = sent.refused(BY_NAME["rooms.create"], type="small_room_for_video", custom_items={"k": "\ud800"})
    assert str(error).startswith("rooms.create: the body cannot be sent as JSON: ")


def test_a_body_dict_with_a_key_the_spec_does_not_know_is_sent_as_given_and_is_not_drift(sent: RecordingClient) -> None:
    drift.reset()
    request = sent.call(BY_NAME["rooms.create"], body={"type": "small_room_for_video", "beta_flag": True})

    assert json_body(request) == {"type": "small_room_for_video", "beta_flag": True}
    assert drift.counts() == {}


# --- what the client fills itself, and where each operation goes ---------------------------------------------


@pytest.mark.parametrize("op", OPERATIONS, ids=ids)
async def test_every_operation_sends_its_method_to_its_url_with_its_body(
    op: Operation[Any], make_clients: ClientFactory
) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)
    arguments = call_arguments(op)

    method_of(clients.sync, op)(**arguments)
    await method_of(clients.aio, op)(**arguments)

    expected_body = minimal_body(op) if op.body is not None and (op.body.required or minimal_body(op)) else None
    for request in recorder.requests:
        assert request.method == spec_operations()[op.id].method
        assert str(request.url) == expected_url(op, arguments)
        assert json_body(request) == expected_body
        assert request.headers["content-type"] == CONTENT_TYPE


@pytest.mark.parametrize("op", [op for op in OPERATIONS if any(p.client_filled for p in op.params)], ids=ids)
async def test_application_id_comes_from_the_client_unless_given(
    op: Operation[Any], make_clients: ClientFactory
) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)
    arguments = call_arguments(op)

    method_of(clients.sync, op)(**arguments)
    await method_of(clients.aio, op)(**arguments)
    method_of(clients.sync, op)(**arguments, application_id="other-app")
    await method_of(clients.aio, op)(**arguments, application_id="other app/ü")

    template = spec_operations()[op.id].server_path + op.path
    paths = [request.url.raw_path.decode() for request in recorder.requests]
    assert paths == [
        template.replace("{application_id}", value) for value in (APP_ID, APP_ID, "other-app", "other%20app%2F%C3%BC")
    ]


@pytest.mark.parametrize("op", OPERATIONS, ids=ids)
def test_each_operation_goes_to_the_host_its_spec_entry_names(op: Operation[Any], sent: RecordingClient) -> None:
    request = sent.call(op, **call_arguments(op))
    spec_host = spec_operations()[op.id].raw.get("x-host", "calls")
    base = {
        "calls": f"https://api-{APP_ID}.calls.sendbird.com/v1/",
        "chat": f"https://api-{APP_ID}.sendbird.com/v3/",
    }[spec_host]
    assert str(request.url).startswith(base)


def test_a_base_url_with_a_path_prefix_keeps_it_for_both_hosts() -> None:
    proxy = RecordingClient(base_url="https://proxy.example/sendbird/v1", chat_base_url="https://proxy.example/chat/v3")
    with proxy.client:
        calls = proxy.call(BY_NAME["rooms.retrieve"], room_id="r 1")
        chat = proxy.call(BY_NAME["api_tokens.retrieve"], api_token="t")
    assert str(calls.url) == "https://proxy.example/sendbird/v1/rooms/r%201"
    assert str(chat.url) == "https://proxy.example/chat/v3/applications/api_tokens/t"


def test_a_refused_call_raises_a_library_error_a_value_error_and_names_no_token(sent: RecordingClient) -> None:
    error = sent.refused(BY_NAME["rooms.list"], limit="ten")
    assert isinstance(error, SendbirdCallsError)
    assert isinstance(error, ValueError)
    assert isinstance(error, TypeError)
    assert API_TOKEN not in str(error) + repr(error)
