"""User data in paths and queries reaches a real server exactly as given, or is refused before sending.

Every path parameter of every generated operation is fed arbitrary text (hypothesis) and sent to
a loopback HTTP server, which records the raw request-target: the value must arrive in its own
segment, percent-encoded, and decode back to itself; values a URL normalizer would collapse
(``""``, ``.``, ``..`` and their percent-encoded spellings) must raise ValueError instead.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendbird_calls import AsyncCallsClient, CallsClient
from tests.spec_examples import (
    API_TOKEN,
    APP_ID,
    ClientFactory,
    LoopbackServer,
    RecordedRequest,
    Recorder,
    ScriptedAnswer,
    TaggedOperation,
    call_arguments,
    generated_operations,
    spec_operations,
)

OPERATIONS = generated_operations()
FREE_PATH_PARAMS = [(op, name) for op in OPERATIONS for name in op.info.path_params if name not in op.info.enum_params]
ENUM_PATH_VALUES = [
    (op, name, member.value)
    for op in OPERATIONS
    for name, enum_type in op.info.enum_params.items()
    if name in op.info.path_params
    for member in enum_type
]
LIST_PARAMS = [(op, name) for op in OPERATIONS for name in op.info.list_params]
ENUM_PARAMS = [(op, name) for op in OPERATIONS for name in op.info.enum_params]

COLLAPSING = frozenset({"", ".", ".."})
UNRESERVED_OR_ESCAPE = re.compile(r"(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})*")
FRAGMENTS = ["/", "?", "#", "%", " ", ".", "..", "%2e", "%2E", "%252e", "%2f", "%", "ü", "日本", "+", "&", "=", ";"]
FRAGMENTS += ["~", "a", "Z9", "\\", "\x00", "\n", "\u200b", "😀", "%zz", "@", ":"]
TRICKY = ["a/b", "../x", "..", ".", "", "%2e%2e", "%2E", ".%2e", "%252e%252e", "a?b=c#d", "100%", " lead", "ü/日本"]

segment_values = st.one_of(
    st.sampled_from(TRICKY),
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=5).map("".join),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=12),
)


def op_id(value: object) -> str:
    return value.id if isinstance(value, TaggedOperation) else str(value)


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
    """``""``, ``.``, ``..`` and what percent-decodes once to them can never be a segment."""
    return value in COLLAPSING or unquote(value) in COLLAPSING


def may_be_refused(value: str) -> bool:
    """Deeper encodings of a dot segment (``%252e``): refusing them is allowed, not required."""
    return value in COLLAPSING or any(decoded in COLLAPSING for decoded in decodings(value))


def path_values(op: TaggedOperation, arguments: dict[str, Any]) -> dict[str, str]:
    """Wire name to the plain (unencoded) value every path parameter must arrive as."""
    values = dict.fromkeys(op.info.client_filled, APP_ID) | {
        name: str(arguments[name]) for name in op.info.path_params if name in arguments
    }
    return {op.info.wire_names.get(name, name): value for name, value in values.items()}


def assert_segments(op: TaggedOperation, recorded: RecordedRequest, values: dict[str, str]) -> None:
    """The raw path has the template's segments: literals as they are, each parameter encoded in
    exactly one segment (only unreserved characters and escapes) that decodes back to its value."""
    spec_op = spec_operations()[op.info.name]
    template = (spec_op.server_path + spec_op.path).split("/")
    received = recorded.raw_path.split("/")
    assert len(received) == len(template), recorded.raw_path
    for expected, raw in zip(template, received, strict=True):
        if expected.startswith("{"):
            assert UNRESERVED_OR_ESCAPE.fullmatch(raw), raw
            assert unquote(raw, errors="strict") == values[expected[1:-1]]
        else:
            assert raw == expected


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        yield running


@pytest.fixture(scope="module")
def client(server: LoopbackServer) -> Iterator[CallsClient]:
    with CallsClient(APP_ID, API_TOKEN, base_url=server.base_url, rate_limits=None, max_retries=0) as sync_client:
        yield sync_client


def script_example(server: LoopbackServer, op: TaggedOperation) -> int:
    """Makes the operation's 200 example the server's next answer; returns how many requests came so far."""
    spec_op = spec_operations()[op.info.name]
    body = b"" if spec_op.success_schema is None else json.dumps(spec_op.success_example).encode()
    server.script = [ScriptedAnswer(200, body)]
    return len(server.requests)


def send(
    client: CallsClient, server: LoopbackServer, op: TaggedOperation, arguments: dict[str, Any]
) -> list[RecordedRequest]:
    """Calls the operation once against the loopback server; returns the requests it received."""
    before = script_example(server, op)
    try:
        op.method_of(client)(**arguments)
    finally:
        server.script = []
    return server.requests[before:]


async def asend(
    client: AsyncCallsClient, server: LoopbackServer, op: TaggedOperation, arguments: dict[str, Any]
) -> list[RecordedRequest]:
    """The async twin of ``send``."""
    before = script_example(server, op)
    try:
        await op.method_of(client)(**arguments)
    finally:
        server.script = []
    return server.requests[before:]


@pytest.mark.parametrize(("op", "name"), FREE_PATH_PARAMS, ids=op_id)
@settings(max_examples=30, deadline=None)
@given(value=segment_values)
def test_each_path_value_arrives_in_its_own_segment_or_is_refused_before_any_request(
    op: TaggedOperation, name: str, value: str, server: LoopbackServer, client: CallsClient
) -> None:
    arguments = call_arguments(op.info) | {name: value}
    before = len(server.requests)

    if must_be_refused(value):
        with pytest.raises(ValueError, match=name):
            send(client, server, op, arguments)
        assert len(server.requests) == before
        return
    try:
        received = send(client, server, op, arguments)
    except ValueError:
        assert may_be_refused(value), f"{value!r} was refused though it is a valid segment"
        assert len(server.requests) == before
        return

    [recorded] = received
    assert recorded.method == op.info.method
    assert_segments(op, recorded, path_values(op, arguments))


@pytest.mark.parametrize(("op", "name", "value"), ENUM_PATH_VALUES, ids=op_id)
def test_every_valid_enum_path_value_arrives_in_its_segment(
    op: TaggedOperation, name: str, value: str, server: LoopbackServer, client: CallsClient
) -> None:
    arguments = call_arguments(op.info) | {name: value}

    [recorded] = send(client, server, op, arguments)

    assert_segments(op, recorded, path_values(op, arguments))


@pytest.mark.parametrize(("op", "name"), FREE_PATH_PARAMS, ids=op_id)
async def test_the_async_client_fills_and_refuses_path_segments_like_the_sync_client(
    op: TaggedOperation, name: str, server: LoopbackServer
) -> None:
    async with AsyncCallsClient(APP_ID, API_TOKEN, base_url=server.base_url, rate_limits=None) as aclient:
        for value in [value for value in TRICKY if not may_be_refused(value)]:
            arguments = call_arguments(op.info) | {name: value}
            [recorded] = await asend(aclient, server, op, arguments)
            assert_segments(op, recorded, path_values(op, arguments))
        received_so_far = len(server.requests)
        for value in ("", ".", "..", "%2e", "%2E%2e"):
            with pytest.raises(ValueError, match=name):
                await asend(aclient, server, op, call_arguments(op.info) | {name: value})
        assert len(server.requests) == received_so_far


def query_values(recorded: RecordedRequest, key: str) -> list[str]:
    """The raw (still encoded) values of ``key`` in the request's query."""
    pairs = [part.split("=", 1) for part in recorded.raw_query.split("&") if part]
    return [value for name, value in pairs if name == key]


@pytest.mark.parametrize("end_result", [["completed", "no_answer"], ("completed", "no_answer"), "completed,no_answer"])
def test_end_result_goes_on_the_wire_as_one_comma_separated_value(
    end_result: Any, server: LoopbackServer, client: CallsClient
) -> None:
    by_id = {op.info.name: op for op in OPERATIONS}
    for op_name, arguments in (("list_direct_calls", {}), ("list_user_calls", {"user_id": "alice"})):
        [recorded] = send(client, server, by_id[op_name], {**arguments, "end_result": end_result})

        assert query_values(recorded, "end_result") == ["completed,no_answer"]


def test_room_filters_send_each_item_percent_encoded_between_literal_commas(
    server: LoopbackServer, client: CallsClient
) -> None:
    [list_rooms] = [op for op in OPERATIONS if op.info.name == "list_rooms"]
    room_ids = ["room 1", "ü/x?#", "a&b=c", "100%"]

    [recorded] = send(client, server, list_rooms, {"room_ids": room_ids, "created_by_user_ids": ("alice", "bob")})

    assert query_values(recorded, "room_ids") == [",".join(quote(item, safe="") for item in room_ids)]
    assert query_values(recorded, "created_by_user_ids") == ["alice,bob"]
    assert [unquote(item) for item in query_values(recorded, "room_ids")[0].split(",")] == room_ids


@pytest.mark.parametrize(("op", "name"), LIST_PARAMS, ids=op_id)
@pytest.mark.parametrize("items", [["a,b"], ["completed", ""], [""], []], ids=repr)
async def test_a_list_item_with_a_comma_or_empty_is_a_value_error_before_any_request(
    op: TaggedOperation, name: str, items: list[str], make_clients: ClientFactory
) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)
    arguments = call_arguments(op.info) | {name: items}

    with pytest.raises(ValueError, match=name):
        op.method_of(clients.sync)(**arguments)
    with pytest.raises(ValueError, match=name):
        await op.method_of(clients.aio)(**arguments)
    assert recorder.requests == []


@pytest.mark.parametrize(("op", "name"), ENUM_PARAMS, ids=op_id)
async def test_a_wrong_enum_value_is_a_value_error_listing_the_allowed_ones(
    op: TaggedOperation, name: str, make_clients: ClientFactory
) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)
    arguments = call_arguments(op.info) | {name: "not-a-member"}

    with pytest.raises(ValueError, match="not-a-member") as sync_raised:
        op.method_of(clients.sync)(**arguments)
    with pytest.raises(ValueError, match="not-a-member") as async_raised:
        await op.method_of(clients.aio)(**arguments)

    for error in (sync_raised.value, async_raised.value):
        for member in op.info.enum_params[name]:
            assert str(member.value) in str(error)
    assert recorder.requests == []
