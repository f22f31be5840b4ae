"""Every failure reaches the caller as one clear, typed ``SendbirdCallsError``.

Sendbird's code decides the class when it is known, the HTTP status otherwise; a proxy's HTML page
or an empty body still gives a short, readable error; a 2xx body that does not fit its model is a
``ResponseValidationError`` naming the field; a bad argument is an ``InvalidArgumentError`` that is
also a ``ValueError`` (or ``TypeError``). The property tests throw any sequence of answers, bodies
and transport failures at the loop: nothing but a ``SendbirdCallsError`` may come out.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendbird_calls import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncCallsClient,
    AuthenticationError,
    BadRequestError,
    CallsClient,
    ClientClosedError,
    ConfigurationError,
    FreePlanEndedError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    InvalidParamsError,
    InvalidRoomError,
    MissingParamsError,
    NotAllowedError,
    NotAuthorizedError,
    NotFoundError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    ResponseValidationError,
    SendbirdCallsError,
    ServerError,
    UniqueConstraintError,
)
from sendbird_calls.errors import (
    CALLS_ERROR_CODES,
    CHAT_ERROR_CODES,
    CODE_TO_ERROR,
    ERROR_CODES,
    error_class_for_status,
    error_from_response,
    error_from_transport,
)
from sendbird_calls_api.api import operations
from tests.loopback import StartLoopback, unused_port
from tests.send_support import MODES, ROOM, Mode, call_client, call_operation
from tests.spec_examples import API_TOKEN, APP_ID, ClientFactory

DOCUMENTED_CODES = [
    (400, 400100, "INVALID_PARAMS", InvalidParamsError),
    (400, 400111, "MISSING_PARAMS", MissingParamsError),
    (400, 400200, "NOT_FOUND", NotFoundError),
    (400, 400201, "UNIQUE_CONSTRAINT", UniqueConstraintError),
    (400, 400800, "FREE_PLAN_ENDED", FreePlanEndedError),
    (400, 1400126, "INVALID_ROOM", InvalidRoomError),
    (401, 401120, "NOT_ALLOWED", NotAllowedError),
    (401, 401121, "NOT_AUTHORIZED", NotAuthorizedError),
    (429, 429100, "RATE_LIMIT_EXCEEDED", RateLimitError),
    (500, 500999, "UNKNOWN_ERROR", ServerError),
]


def answering(status_code: int, content: bytes, headers: dict[str, str] | None = None) -> Any:
    return lambda _: httpx.Response(status_code, content=content, headers=headers)


async def errors_of_retrieve(make_clients: ClientFactory, handler: Any) -> list[SendbirdCallsError]:
    """The errors of ``rooms.retrieve("room-1")`` through the sync and the async client, without retries."""
    clients = make_clients(handler, max_retries=0)
    with pytest.raises(SendbirdCallsError) as sync_error:
        clients.sync.rooms.retrieve("room-1")
    with pytest.raises(SendbirdCallsError) as async_error:
        await clients.aio.rooms.retrieve("room-1")
    return [sync_error.value, async_error.value]


def unit_error(status_code: int, body: bytes | object = b"", headers: dict[str, str] | None = None) -> APIError:
    """``error_from_response`` for an answer read whole, as the client calls it."""
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    response = httpx.Response(status_code, content=content, headers=headers, request=httpx.Request("GET", "https://h"))
    return error_from_response(response, method="GET", path="/v1/rooms")


# --- Sendbird's codes and the HTTP statuses -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status_code", "code", "type_", "cls"), DOCUMENTED_CODES, ids=[str(c[1]) for c in DOCUMENTED_CODES]
)
async def test_every_documented_code_reaches_the_caller_as_its_class(
    status_code: int, code: int, type_: str, cls: type[APIError], make_clients: ClientFactory
) -> None:
    body = json.dumps({"error": True, "code": code, "type": type_, "message": f"because {code}"}).encode()

    for error in await errors_of_retrieve(make_clients, answering(status_code, body, {"Retry-After": "7"})):
        assert type(error) is cls
        assert CODE_TO_ERROR[code] is cls
        assert (error.status_code, error.code, error.type) == (status_code, code, type_)
        assert (error.message, error.method, error.path) == (f"because {code}", "GET", "/v1/rooms/room-1")
        assert str(error) == f"{status_code} {type_} ({code}) on GET /v1/rooms/room-1: because {code}"
        if isinstance(error, RateLimitError):
            assert error.retry_after == 7.0


def test_code_to_error_covers_exactly_the_documented_codes_and_is_read_only() -> None:
    assert set(CODE_TO_ERROR) == {code for _, code, _, _ in DOCUMENTED_CODES}
    with pytest.raises(TypeError):
        CODE_TO_ERROR[1] = APIError  # type: ignore[index]


async def test_the_official_429_example_without_error_flag_gives_a_rate_limit_error_with_retry_after(
    make_clients: ClientFactory,
) -> None:
    body = b'{"message": "Too many requests", "code": 429100, "type": "RATE_LIMIT_EXCEEDED"}'

    for error in await errors_of_retrieve(make_clients, answering(429, body, {"Retry-After": "3"})):
        assert isinstance(error, RateLimitError)
        assert (error.code, error.type, error.message, error.retry_after) == (
            429100,
            "RATE_LIMIT_EXCEEDED",
            "Too many requests",
            3.0,
        )
        assert str(error) == "429 RATE_LIMIT_EXCEEDED (429100) on GET /v1/rooms/room-1: Too many requests"


def test_a_body_without_type_gets_the_documented_name_of_its_code() -> None:
    error = unit_error(400, {"code": 400200, "message": "Room not found."})

    assert isinstance(error, NotFoundError)
    assert error.type == "NOT_FOUND"
    assert str(error) == "400 NOT_FOUND (400200) on GET /v1/rooms: Room not found."


# --- the two hosts, two tables ---------------------------------------------------------------------------------

CHAT_EXAMPLE = b'{"message":"\\"User\\" not found.","code":400201,"error":true}'
"""Chat's own "not found" example (the revoke-all-session-tokens page), byte for byte."""

CHAT_DOCUMENTED = [
    (400100, InvalidParamsError, "UnexpectedParameterType"),
    (400104, InvalidParamsError, "UnexpectedParameterType"),
    (400105, MissingParamsError, "MissingRequiredParameter"),
    (400111, InvalidParamsError, "InvalidValue"),
    (400201, NotFoundError, "ResourceNotFound"),
    (400202, UniqueConstraintError, "ResourceAlreadyExists"),
]


def host_error(host: str, status_code: int, body: bytes | object) -> APIError:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    response = httpx.Response(status_code, content=content, request=httpx.Request("DELETE", "https://h"))
    return error_from_response(response, method="DELETE", path="/v3/applications/api_tokens/***", host=host)  # type: ignore[arg-type]


@pytest.mark.parametrize(("code", "cls", "type_"), CHAT_DOCUMENTED, ids=[str(c[0]) for c in CHAT_DOCUMENTED])
def test_a_chat_host_code_reads_with_chats_table_and_gets_its_name(code: int, cls: type[APIError], type_: str) -> None:
    """Chat's bodies carry no ``type``: the class and the name come from Chat's table, not Calls'."""
    error = host_error("chat", 400, {"error": True, "code": code, "message": "m"})
    assert type(error) is cls
    assert (error.code, error.type) == (code, type_)
    assert CHAT_ERROR_CODES[code].error is cls


@pytest.mark.parametrize(
    ("code", "calls", "chat"),
    [
        (400201, UniqueConstraintError, NotFoundError),
        (400111, MissingParamsError, InvalidParamsError),
        (400200, NotFoundError, BadRequestError),
        (1400126, InvalidRoomError, BadRequestError),
    ],
)
def test_the_same_number_means_what_the_answering_hosts_table_says(
    code: int, calls: type[APIError], chat: type[APIError]
) -> None:
    body = {"code": code, "message": "m"}
    assert type(host_error("calls", 400, body)) is calls
    assert type(host_error("chat", 400, body)) is chat


def test_chats_own_not_found_example_is_a_not_found_error_not_a_unique_constraint() -> None:
    error = host_error("chat", 400, CHAT_EXAMPLE)
    assert type(error) is NotFoundError
    assert (error.code, error.type, error.message) == (400201, "ResourceNotFound", '"User" not found.')
    assert not isinstance(error, UniqueConstraintError)


def test_a_type_the_body_sends_wins_over_the_tables_name() -> None:
    assert host_error("chat", 400, {"code": 400201, "type": "NOT_FOUND_NOW", "message": "m"}).type == "NOT_FOUND_NOW"


def test_the_tables_are_read_only_and_calls_is_the_default() -> None:
    assert set(ERROR_CODES) == {"calls", "chat"}
    assert {code: row.error for code, row in CALLS_ERROR_CODES.items()} == dict(CODE_TO_ERROR)
    with pytest.raises(TypeError):
        CHAT_ERROR_CODES[1] = CHAT_ERROR_CODES[400201]  # type: ignore[index]
    assert type(unit_error(400, {"code": 400201, "message": "m"})) is UniqueConstraintError


@given(
    status_code=st.integers(min_value=100, max_value=599),
    code=st.one_of(st.sampled_from(sorted({*CALLS_ERROR_CODES, *CHAT_ERROR_CODES})), st.integers(0, 2_000_000)),
    host=st.sampled_from(["calls", "chat"]),
)
@settings(max_examples=300, deadline=None)
def test_a_known_code_of_the_host_decides_else_the_status(status_code: int, code: int, host: str) -> None:
    error = host_error(host, status_code, {"code": code, "message": "m"})
    row = ERROR_CODES[host].get(code)  # type: ignore[index]
    assert type(error) is (row.error if row is not None else error_class_for_status(status_code))
    assert error.type == (row.type if row is not None else None)


async def test_a_missing_secondary_token_is_a_not_found_error_through_both_clients(make_clients: ClientFactory) -> None:
    """The secondary-token operations run on the Chat host: Chat's 400201 is ``NotFoundError`` there."""
    clients = make_clients(answering(400, CHAT_EXAMPLE))
    for call in (clients.sync.api_tokens.revoke, clients.sync.api_tokens.retrieve):
        with pytest.raises(NotFoundError) as raised:
            call("0" * 40)
        assert (raised.value.code, raised.value.type) == (400201, "ResourceNotFound")
    for acall in (clients.aio.api_tokens.revoke, clients.aio.api_tokens.retrieve):
        with pytest.raises(NotFoundError):
            await acall("0" * 40)
    with pytest.raises(UniqueConstraintError):  # the same body from the Calls host means "already exists"
        clients.sync.rooms.retrieve("room-1")


def test_the_code_decides_over_the_status() -> None:
    error = unit_error(500, {"code": 400100, "message": "bad limit"})

    assert type(error) is InvalidParamsError
    assert error.status_code == 500


@pytest.mark.parametrize(
    ("status_code", "cls"),
    [
        (301, RedirectError),
        (400, BadRequestError),
        (401, NotAuthorizedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (520, ServerError),
        (403, APIError),
        (409, APIError),
        (499, APIError),
    ],
)
def test_an_unknown_code_falls_back_to_the_status(status_code: int, cls: type[APIError]) -> None:
    error = unit_error(status_code, {"code": 999999, "message": "new failure"})

    assert type(error) is cls
    assert error.code == 999999
    assert error.type is None


def test_an_unknown_400_code_reads_as_a_bad_request() -> None:
    assert str(unit_error(400, {"code": 400555, "message": "odd"})) == "400 Bad Request (400555) on GET /v1/rooms: odd"


async def test_a_plain_404_without_a_sendbird_body_is_not_found(make_clients: ClientFactory) -> None:
    for error in await errors_of_retrieve(make_clients, answering(404, b"Not Found", {"Content-Type": "text/plain"})):
        assert type(error) is NotFoundError
        assert (error.status_code, error.code, error.type) == (404, None, None)
        assert "Not Found" in error.message


async def test_an_html_502_from_a_proxy_is_a_server_error_with_a_short_excerpt(make_clients: ClientFactory) -> None:
    page = b"<html>\n<head><title>502 Bad Gateway</title></head>\n<body>" + b"<p>upstream down</p>" * 100 + b"</body>"

    for error in await errors_of_retrieve(make_clients, answering(502, page, {"Content-Type": "text/html"})):
        assert type(error) is ServerError
        assert (error.status_code, error.code) == (502, None)
        assert error.body_excerpt.startswith("<html> <head><title>502 Bad Gateway</title>")
        assert len(error.body_excerpt) <= 200
        assert str(error).startswith("502 Bad Gateway on GET /v1/rooms/room-1: the response body is not JSON: <html>")
        assert len(str(error)) < 500


@pytest.mark.parametrize("status_code", [520, 599, 499, 299])
def test_non_standard_statuses_never_fail_while_building_the_error(status_code: int) -> None:
    error = unit_error(status_code, b"origin returned an unknown error")

    assert error.status_code == status_code
    assert error.body_excerpt == "origin returned an unknown error"
    assert (
        str(error) == f"{status_code} on GET /v1/rooms: the response body is not JSON: origin returned an unknown error"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"", "empty response body"),
        (b"  \n", "empty response body"),
        (b"[1, 2]", "the response body is JSON but not an object: [1, 2]"),
        (b'"oops"', 'the response body is JSON but not an object: "oops"'),
        (b'{"error": true}', 'no error message in the response body: {"error": true}'),
        (b"\xff\xfe not utf-8", "the response body is not JSON: \ufffd\ufffd not utf-8"),
    ],
)
def test_bodies_that_are_not_sendbird_errors_are_described(body: bytes, expected: str) -> None:
    error = unit_error(400, body)

    assert type(error) is BadRequestError
    assert error.message == expected


@pytest.mark.parametrize("raw_code", ["400100", True, 4.5, None, "12ab", -5])
def test_odd_code_values_are_read_leniently(raw_code: object) -> None:
    error = unit_error(400, {"code": raw_code, "message": "m"})

    assert type(error) is (InvalidParamsError if raw_code == "400100" else BadRequestError)


def test_an_unread_response_still_gives_an_error() -> None:
    error = error_from_response(httpx.Response(503, stream=httpx.ByteStream(b"body")), method="GET", path="/v1/rooms")

    assert type(error) is ServerError
    assert error.message == "empty response body"


def test_the_repr_names_the_facts_and_not_the_response() -> None:
    error = unit_error(401, {"code": 401121, "message": "Invalid API token."})

    assert repr(error) == (
        "NotAuthorizedError(status_code=401, code=401121, type='NOT_AUTHORIZED', "
        "message='Invalid API token.', method='GET', path='/v1/rooms')"
    )
    assert error.response is not None
    assert error.response.status_code == 401


async def test_a_redirect_is_an_error_saying_where_it_pointed_never_followed(make_clients: ClientFactory) -> None:
    handler = answering(302, b"", {"Location": "https://elsewhere.example:8443/v1/rooms/room-1?x=1"})

    for error in await errors_of_retrieve(make_clients, handler):
        assert type(error) is RedirectError
        assert error.location_origin == "https://elsewhere.example:8443"
        assert "redirects are never followed" in str(error)
        assert "?x=1" not in str(error)


def test_the_hierarchy_groups_errors_the_way_callers_catch_them() -> None:
    assert issubclass(InvalidRoomError, NotFoundError)
    assert issubclass(NotFoundError, BadRequestError)
    assert issubclass(NotAllowedError, AuthenticationError)
    assert issubclass(NotAuthorizedError, AuthenticationError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(ConfigurationError, ValueError)
    assert issubclass(InvalidArgumentTypeError, TypeError)
    assert issubclass(ClientClosedError, RuntimeError)
    for cls in (APIError, APIConnectionError, ResponseValidationError, ResponseTooLargeError, ConfigurationError):
        assert issubclass(cls, SendbirdCallsError)


# --- no answer at all -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), APIConnectionError),
        (httpx.RemoteProtocolError("Server disconnected"), APIConnectionError),
        (httpx.ReadTimeout("timed out"), APITimeoutError),
        (httpx.PoolTimeout(""), APITimeoutError),
    ],
)
def test_transport_failures_become_connection_errors(exc: httpx.TransportError, cls: type[APIConnectionError]) -> None:
    error = error_from_transport(exc, method="POST", path="/v1/rooms")

    assert type(error) is cls
    assert error.__cause__ is exc
    assert (error.method, error.path) == ("POST", "/v1/rooms")
    assert str(error).startswith(f"{type(exc).__name__} on POST /v1/rooms: ")


@pytest.mark.parametrize("mode", MODES)
async def test_a_refused_connection_is_an_api_connection_error(mode: Mode) -> None:
    base_url = f"http://127.0.0.1:{unused_port()}/v1"

    with pytest.raises(APIConnectionError) as caught:
        await call_client(mode, lambda c: c.rooms.retrieve("room-1"), base_url=base_url, max_retries=0)

    assert type(caught.value) is APIConnectionError
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert (caught.value.method, caught.value.path) == ("GET", "/v1/rooms/room-1")


@pytest.mark.parametrize("mode", MODES)
async def test_a_garbled_answer_is_an_api_connection_error(mode: Mode, loopback: StartLoopback) -> None:
    server = loopback(lambda exchange: exchange.send(b"HELLO THIS IS NOT HTTP\r\n\r\n"))

    with pytest.raises(APIConnectionError) as caught:
        await call_client(mode, lambda c: c.rooms.retrieve("room-1"), base_url=server.base_url, max_retries=0)

    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)


@pytest.mark.parametrize("mode", MODES)
async def test_a_compressed_body_that_does_not_decode_is_an_api_connection_error(mode: Mode) -> None:
    handler = answering(200, b"this is not gzip", {"Content-Encoding": "gzip"})

    with pytest.raises(APIConnectionError) as caught:
        await call_client(mode, lambda c: c.rooms.retrieve("room-1"), transport=httpx.MockTransport(handler))

    assert "could not be read" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.DecodingError)


# --- a 2xx body that does not fit -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "missing"),
    [
        ({"room": {k: v for k, v in ROOM.items() if k != "room_type"}}, "room.room_type"),
        ({"room": {k: v for k, v in ROOM.items() if k != "created_at"}}, "room.created_at"),
        ({"rooms": [ROOM]}, "room"),
    ],
    ids=["room_type", "created_at", "envelope"],
)
async def test_a_2xx_body_missing_a_required_field_names_it(
    answer: dict[str, Any], missing: str, make_clients: ClientFactory
) -> None:
    for error in await errors_of_retrieve(make_clients, answering(200, json.dumps(answer).encode())):
        assert isinstance(error, ResponseValidationError)
        assert (error.operation, error.field, error.path) == ("get_room", missing, missing)
        assert repr(missing) in str(error)


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (b"<html>OK</html>", "not JSON"),
        (b"", "the body is empty"),
        (b"\xff\xfe not utf-8", "not JSON"),
        (b"[]", "expected a JSON object, got list"),
    ],
    ids=["html", "empty", "bytes", "array"],
)
async def test_a_2xx_body_that_is_no_json_object_is_a_response_validation_error(
    content: bytes, detail: str, make_clients: ClientFactory
) -> None:
    for error in await errors_of_retrieve(make_clients, answering(200, content, {"Content-Type": "text/html"})):
        assert isinstance(error, ResponseValidationError)
        assert (error.operation, error.field) == ("get_room", None)
        assert detail in error.detail


def test_a_response_validation_error_names_the_operation_and_the_field() -> None:
    error = ResponseValidationError(operation="get_room", field="room.room_id", detail="missing")

    assert str(error) == "the response of get_room does not fit its model at field 'room.room_id': missing"
    assert "get_room" in repr(error)


DEEP = b"[" * 100_000 + b"]" * 100_000
HOSTILE_BODIES = [
    DEEP,
    b'{"room": ' + DEEP + b"}",
    b'{"a": ' + b"9" * 100_000 + b"}",
    b'{"room": {"room_id": 1e999999}}',
    b"\xff\xfe\x00{",
    b'{"room": "\xed\xa0\x80"}',
    b"NaN",
    b'{"room": [1, 2, {"x": null}]}',
    b'{"room": {"room_id": ' + b"[" * 5_000 + b"]" * 5_000 + b"}}",
    b"",
]


@pytest.mark.parametrize("body", HOSTILE_BODIES[:5], ids=["deep", "deep-room", "long-number", "huge-float", "binary"])
async def test_a_hostile_success_body_from_a_real_server_is_a_short_response_validation_error(
    body: bytes, loopback: StartLoopback
) -> None:
    server = loopback(lambda exchange: exchange.answer(200, body))

    with pytest.raises(ResponseValidationError) as caught:
        await call_client("sync", lambda c: c.rooms.retrieve("r1"), base_url=server.base_url)

    assert len(str(caught.value)) < 1000


# --- every failure of the loop is a SendbirdCallsError --------------------------------------------------------------

hostile_bodies = st.one_of(
    st.sampled_from(HOSTILE_BODIES),
    st.binary(max_size=256),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
        max_leaves=30,
    ).map(lambda value: json.dumps({"room": value, "code": 400100}).encode()),
)
header_sets = st.dictionaries(
    st.sampled_from(["Retry-After", "Content-Type", "Content-Encoding", "Location"]),
    st.sampled_from(["0", "-1", "nan", "1e309", "Wed, 21 Oct 2015 07:28:00 GMT", "gzip", "deflate", "br", "x", ""]),
    max_size=3,
)
TRANSPORT_FAILURES = [
    httpx.ConnectError("refused"),
    httpx.ConnectTimeout("slow"),
    httpx.ReadTimeout("slow"),
    httpx.WriteTimeout("slow"),
    httpx.PoolTimeout("full"),
    httpx.ReadError("reset"),
    httpx.WriteError("pipe"),
    httpx.RemoteProtocolError("cut"),
    httpx.LocalProtocolError("ours"),
    httpx.ProxyError("proxy"),
    httpx.UnsupportedProtocol("ftp"),
    httpx.DecodingError("garbled"),
]
outcomes = st.one_of(
    st.tuples(
        st.sampled_from([200, 201, 204, 301, 307, 400, 401, 404, 429, 500, 502, 503, 520]), hostile_bodies, header_sets
    ),
    st.sampled_from(TRANSPORT_FAILURES),
    st.tuples(st.just("cut"), st.binary(max_size=64)),
)
"""An answer (status, body, headers); a failure before any answer; or a body cut off by a read error."""


class CutBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that breaks off with a read error after its first bytes."""

    def __init__(self, head: bytes) -> None:
        self._head = head

    def __iter__(self) -> Any:
        yield self._head
        raise httpx.ReadError("connection reset mid-body")

    async def __aiter__(self) -> Any:
        yield self._head
        raise httpx.ReadError("connection reset mid-body")


def play(script: list[Any]) -> Any:
    remaining = list(script)

    def handle(request: httpx.Request) -> httpx.Response:
        outcome = remaining.pop(0) if len(remaining) > 1 else remaining[0]
        if isinstance(outcome, Exception):
            raise type(outcome)(str(outcome), request=request)
        if outcome[0] == "cut":
            return httpx.Response(200, stream=CutBody(outcome[1]))
        status_code, body, headers = outcome
        return httpx.Response(status_code, content=body, headers=headers)

    return handle


OPERATIONS = {op.qualified_name: op for op in operations()}
CALLS = {
    "rooms.retrieve": {"room_id": "r1"},
    "rooms.create": {"type": "small_room_for_video"},
    "rooms.list": {},
    "api_tokens.revoke": {"api_token": "secondary"},
}


@settings(max_examples=300)
@given(
    script=st.lists(outcomes, min_size=1, max_size=4),
    name=st.sampled_from(sorted(CALLS)),
    mode=st.sampled_from(MODES),
)
async def test_any_answers_and_failures_end_in_a_result_or_a_sendbird_calls_error(
    script: list[Any], name: str, mode: Mode
) -> None:
    raised: list[SendbirdCallsError] = []
    try:  # anything but a SendbirdCallsError fails the test
        await call_operation(mode, play(script), OPERATIONS[name], CALLS[name], deadline=60)
    except SendbirdCallsError as error:
        raised.append(error)

    assert all(API_TOKEN not in repr(error) and API_TOKEN not in str(error) for error in raised)


# --- refused before sending ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "kind"),
    [
        (lambda c: c.rooms.list(type="no-such-type"), InvalidArgumentError),
        (lambda c: c.rooms.list(limit=1000), InvalidArgumentError),
        (lambda c: c.rooms.list(limit="10"), InvalidArgumentTypeError),
        (lambda c: c.rooms.retrieve(""), InvalidArgumentError),
        (lambda c: c.rooms.retrieve(".."), InvalidArgumentError),
        (lambda c: c.rooms.retrieve(["r1"]), InvalidArgumentTypeError),
        (lambda c: c.rooms.retrieve(None), InvalidArgumentError),
        (lambda c: c.rooms.create(body=[1, 2]), InvalidArgumentTypeError),
        (lambda c: c.rooms.create(body={"type": "nope"}), InvalidArgumentError),
        (lambda c: c.rooms.list(request_options={"retries": 1}), InvalidArgumentTypeError),
        (lambda c: c.rooms.list(request_options={"max_retries": -1}), InvalidArgumentError),
    ],
)
@pytest.mark.parametrize("mode", MODES)
async def test_a_bad_argument_is_an_invalid_argument_error_that_keeps_its_builtin_base(
    mode: Mode, call: Any, kind: type[InvalidArgumentError]
) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200))

    with pytest.raises(kind) as caught:
        await call_client(mode, call, transport=transport)

    assert isinstance(caught.value, SendbirdCallsError)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, TypeError) == (kind is InvalidArgumentTypeError)
    assert sent == []


def test_a_huge_bad_value_is_quoted_short() -> None:
    client = CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(lambda _: httpx.Response(200)))

    with pytest.raises(InvalidArgumentError) as caught:
        client.rooms.list(type="x" * 10_000_000)

    assert len(str(caught.value)) < 500


async def test_the_async_client_refuses_the_same_arguments_before_awaiting() -> None:
    client = AsyncCallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(lambda _: httpx.Response(500)))

    with pytest.raises(InvalidArgumentError, match=r"users\.list: limit"):
        client.users.list(limit=0)
