"""The API token never leaks: not in a repr, a result, an exception (its traceback, its ``request``), a
``response.request``, a log record of any logger (httpx's own INFO line included), nor to another host.

The loop puts the token on the request only while it is sent and takes it off before anything can
reach a caller. Secondary tokens are secrets too: their values in reprs, and the path of
``api_tokens.revoke(token)`` / ``retrieve(token)`` wherever a path is shown. The master token is the
canary ``API_TOKEN``; the property tests draw tokens and server answers of their own.
"""

from __future__ import annotations

import html
import json
import logging
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendbird_calls import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncCallsClient,
    CallsClient,
    ConfigurationError,
    RedirectError,
    ResponseValidationError,
    SendbirdCallsError,
)
from sendbird_calls._secret import Secret
from sendbird_calls_api.api import operations
from tests.loopback import Exchange, StartLoopback
from tests.send_support import (
    MODES,
    ROOM_ANSWER,
    Mode,
    call_client,
    method_of,
    sample_arguments,
    settle,
    spec_answer,
)
from tests.spec_examples import API_TOKEN, APP_ID, ClientFactory

SECONDARY_TOKEN = "SECRET2-secondary-canary"
MASKED_TOKEN_PATH = "/v3/applications/api_tokens/***"
ERROR_JSON = b'{"error": true, "code": %d, "type": "SOME_TYPE", "message": "refused"}'
LOGGERS = ("", "httpx", "httpcore", "sendbird_calls")
TOKEN_CHARS = "".join(chr(code) for code in range(0x21, 0x7F))
"""What a token may hold: printable ASCII without spaces (anything else is refused at construction)."""


def exception_chain(error: BaseException) -> Iterator[BaseException]:
    """The error and every exception behind it (causes and contexts, even suppressed ones)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def everything_shown(value: object) -> str:
    """All the text a user could get from an object: its repr and str; for an exception also its formatted
    traceback, and the URL, headers and content of any httpx request or response anywhere in its chain."""
    shown = [repr(value), str(value)]
    if isinstance(value, BaseException):
        shown.append("".join(traceback.format_exception(value)))
        for error in exception_chain(value):
            shown += [repr(error), str(error)]
            request = getattr(error, "_request", None) or getattr(error, "request", None)
            response = getattr(error, "response", None)
            if isinstance(response, httpx.Response):
                shown += [response.text, repr(response.request.headers.raw), str(response.request.url)]
            if isinstance(request, httpx.Request):
                shown += [str(request.url), repr(request.headers.raw)]
    if isinstance(value, httpx.Response):
        shown += [str(value.request.url), repr(value.request.headers.raw)]
    if isinstance(value, httpx.Request):
        shown += [str(value.url), repr(value.headers.raw)]
    return "\n".join(shown)


def assert_hidden(secret: str, *values: object) -> None:
    for value in values:
        assert secret not in everything_shown(value), value


def assert_request_carries_no_token(response: httpx.Response | None, token: str = API_TOKEN) -> None:
    """The request kept on a response never holds the Api-Token header."""
    assert response is not None
    assert "api-token" not in response.request.headers
    assert token not in repr(response.request.headers.raw)


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every record of the root, httpx, httpcore and sendbird_calls loggers, at DEBUG."""
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name or None)
    return caplog


def logged_text(caplog: pytest.LogCaptureFixture) -> Iterator[str]:
    """Every record as a handler could render it: message, arguments, every attribute, any traceback."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in caplog.records:
        yield formatter.format(record)
        yield repr(vars(record))


def answering(status_code: int, content: bytes, headers: dict[str, str] | None = None) -> Any:
    return lambda _: httpx.Response(status_code, content=content, headers=headers)


# --- reprs and results --------------------------------------------------------------------------------------------


@given(token=st.text(alphabet=TOKEN_CHARS, max_size=64).map(lambda text: f"Zq9~{text}"))
def test_no_repr_of_a_client_or_its_configuration_shows_any_token(token: str) -> None:
    transport = httpx.MockTransport(lambda _: httpx.Response(200))
    clients = [CallsClient(APP_ID, token, transport=transport), AsyncCallsClient(APP_ID, token, transport=transport)]

    for client in clients:
        for value in (client, client.config, client.config.api_token):
            assert token not in repr(value)
            assert token not in str(value)
        assert client.config.api_token.reveal() == token


def test_a_secret_refuses_to_be_pickled() -> None:
    with pytest.raises(TypeError, match="cannot be pickled"):
        Secret(API_TOKEN).__reduce__()


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.qualified_name)
async def test_no_result_or_raw_response_of_any_operation_holds_the_token(op: Any, make_clients: ClientFactory) -> None:
    clients = make_clients(spec_answer)
    arguments = sample_arguments(op)

    raws = [
        method_of(clients.sync, op, raw=True)(**arguments),
        await method_of(clients.aio, op, raw=True)(**arguments),
    ]

    for raw in raws:
        assert raw.status_code == 200
        assert_hidden(API_TOKEN, raw, raw.parsed, raw.http_response, raw.http_response.request)
        assert_request_carries_no_token(raw.http_response)


async def test_generated_and_listed_secondary_tokens_are_masked_in_reprs(make_clients: ClientFactory) -> None:
    token = {"token": SECONDARY_TOKEN, "created_at": 1767225600}
    answers = {"GET": {"api_tokens": [token]}, "POST": token}
    clients = make_clients(lambda request: httpx.Response(200, json=answers[request.method]))

    generated = [clients.sync.api_tokens.generate(), await clients.aio.api_tokens.generate()]
    listed = [clients.sync.api_tokens.list(), await clients.aio.api_tokens.list()]

    assert [result.token for result in generated] == [SECONDARY_TOKEN, SECONDARY_TOKEN]
    assert [tokens[0].token for tokens in listed] == [SECONDARY_TOKEN, SECONDARY_TOKEN]
    assert_hidden(SECONDARY_TOKEN, *generated, *listed)


# --- errors -------------------------------------------------------------------------------------------------------

ERROR_ANSWERS = {
    "400": (400, ERROR_JSON % 400200),
    "401": (401, ERROR_JSON % 401121),
    "429": (429, b'{"message": "Too many requests", "code": 429100}'),
    "500": (500, ERROR_JSON % 500999),
    "520-empty": (520, b""),
    "502-html": (502, b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
}


@pytest.mark.parametrize(("status_code", "content"), ERROR_ANSWERS.values(), ids=ERROR_ANSWERS.keys())
async def test_no_api_error_holds_the_token(status_code: int, content: bytes, make_clients: ClientFactory) -> None:
    clients = make_clients(answering(status_code, content), max_retries=0)

    with pytest.raises(APIError) as sync_raised:
        clients.sync.rooms.retrieve("r1")
    with pytest.raises(APIError) as async_raised:
        await clients.aio.rooms.retrieve("r1")

    for error in (sync_raised.value, async_raised.value):
        assert error.status_code == status_code
        assert_hidden(API_TOKEN, error)
        assert_request_carries_no_token(error.response)


@pytest.mark.parametrize(
    ("failure", "error_class"),
    [
        (httpx.ConnectError, APIConnectionError),
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.ReadError, APIConnectionError),
    ],
)
async def test_no_connection_error_holds_the_token_not_even_on_its_request(
    failure: type[httpx.TransportError], error_class: type[APIConnectionError], make_clients: ClientFactory
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise failure(f"no answer from {request.url.host}", request=request)

    clients = make_clients(fail, max_retries=0)

    with pytest.raises(error_class) as sync_raised:
        clients.sync.rooms.retrieve("r1")
    with pytest.raises(error_class) as async_raised:
        await clients.aio.rooms.retrieve("r1")

    for error in (sync_raised.value, async_raised.value):
        assert isinstance(error.__cause__, httpx.RequestError)
        assert "api-token" not in error.__cause__.request.headers  # httpx's own exception keeps the request
        assert_hidden(API_TOKEN, error)


async def test_no_response_validation_error_holds_the_token(make_clients: ClientFactory) -> None:
    clients = make_clients(answering(200, b'{"room": {"room_id": "r1"}}'))

    with pytest.raises(ResponseValidationError) as sync_raised:
        clients.sync.rooms.retrieve("r1")
    with pytest.raises(ResponseValidationError) as async_raised:
        await clients.aio.rooms.retrieve("r1")

    for error in (sync_raised.value, async_raised.value):
        assert_hidden(API_TOKEN, error)
        assert_request_carries_no_token(error.response)


@given(
    prefix=st.text(alphabet="abcdef0123456789", max_size=20),
    bad=st.characters(exclude_categories=()).filter(lambda ch: not "!" <= ch <= "~"),
    suffix=st.text(alphabet="abcdef0123456789", max_size=20),
)
def test_a_token_that_cannot_be_a_header_is_refused_at_construction_without_echoing_it(
    prefix: str, bad: str, suffix: str
) -> None:
    token = f"SECRET{prefix}{bad}{suffix}"

    with pytest.raises(ConfigurationError) as caught:
        CallsClient(APP_ID, token)

    assert_hidden("SECRET", caught.value)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status_code", [400, 401, 403, 500, 502])
async def test_an_error_page_echoing_the_request_headers_shows_the_token_masked(
    mode: Mode, status_code: int, loopback: StartLoopback
) -> None:
    """Debugging proxies and some servers quote the request in their error pages: the error must not."""
    server = loopback(lambda exchange: exchange.echo_headers(status_code))

    with pytest.raises(APIError) as caught:
        await call_client(mode, lambda c: c.rooms.retrieve("r1"), base_url=server.base_url, max_retries=0)

    assert server.exchanges[0].headers["api-token"] == API_TOKEN  # the server did echo it
    error = caught.value
    assert error.response is not None
    assert ["Api-Token", "**********"] in json.loads(error.response.content)["headers"]
    assert_hidden(API_TOKEN, error)


async def test_a_success_body_is_never_changed(make_clients: ClientFactory) -> None:
    """Masking is for error bodies only: a 2xx body is the caller's data, kept byte for byte."""
    body = json.dumps({"token": API_TOKEN, "created_at": 1767225600}).encode()
    clients = make_clients(answering(200, body))

    raw = clients.sync.api_tokens.with_raw_response.generate()

    assert raw.content == body


# --- secondary tokens in paths ------------------------------------------------------------------------------------

REVOKE_FAILURES = {
    "400": (400, ERROR_JSON % 400200),
    "401": (401, ERROR_JSON % 401120),
    "500": (500, ERROR_JSON % 500999),
    "502-html": (502, b"<html>Bad Gateway</html>"),
}


@pytest.mark.parametrize(("status_code", "content"), REVOKE_FAILURES.values(), ids=REVOKE_FAILURES.keys())
async def test_errors_of_a_revoke_show_its_path_masked(
    status_code: int, content: bytes, make_clients: ClientFactory
) -> None:
    clients = make_clients(answering(status_code, content), max_retries=0)

    with pytest.raises(APIError) as sync_raised:
        clients.sync.api_tokens.revoke(SECONDARY_TOKEN)
    with pytest.raises(APIError) as async_raised:
        await clients.aio.api_tokens.revoke(SECONDARY_TOKEN)

    for error in (sync_raised.value, async_raised.value):
        assert error.path == MASKED_TOKEN_PATH
        assert error.response is not None
        assert error.response.request.url.path == MASKED_TOKEN_PATH
        assert_hidden(SECONDARY_TOKEN, error, error.response.request)
        assert_hidden(API_TOKEN, error)


@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ReadTimeout])
async def test_connection_errors_of_a_revoke_show_its_path_masked(
    failure: type[httpx.TransportError], make_clients: ClientFactory
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise failure(f"cannot reach {request.url.host}", request=request)

    clients = make_clients(refuse, max_retries=0)

    with pytest.raises(APIConnectionError) as sync_raised:
        clients.sync.api_tokens.revoke(SECONDARY_TOKEN)
    with pytest.raises(APIConnectionError) as async_raised:
        await clients.aio.api_tokens.revoke(SECONDARY_TOKEN)

    for error in (sync_raised.value, async_raised.value):
        assert error.path == MASKED_TOKEN_PATH
        assert_hidden(SECONDARY_TOKEN, error)


@pytest.mark.parametrize("mode", MODES)
async def test_a_revoke_reaches_the_server_whole_and_every_log_line_shows_it_masked(
    mode: Mode, loopback: StartLoopback, all_logs: pytest.LogCaptureFixture
) -> None:
    def unavailable_once(exchange: Exchange) -> None:
        if exchange.number == 1:
            exchange.answer(503, ERROR_JSON % 500999, {"Retry-After": "0"})
        else:
            exchange.answer(200, b"")

    server = loopback(unavailable_once)

    await call_client(mode, lambda c: c.api_tokens.revoke(SECONDARY_TOKEN), base_url=server.base_url)

    assert [e.path for e in server.exchanges] == 2 * [f"/v3/applications/api_tokens/{SECONDARY_TOKEN}"]
    ours = [record for record in all_logs.records if record.name == "sendbird_calls"]
    assert len(ours) >= 3  # two attempts and a retry
    assert {getattr(record, "log_path", None) for record in ours} == {MASKED_TOKEN_PATH}
    httpx_lines = [record.getMessage() for record in all_logs.records if record.name == "httpx"]
    assert len(httpx_lines) == 2
    assert all(MASKED_TOKEN_PATH in line for line in httpx_lines)  # httpx's own INFO line shows the masked URL
    for text in logged_text(all_logs):
        assert SECONDARY_TOKEN not in text
        assert API_TOKEN not in text


@pytest.mark.parametrize("mode", MODES)
async def test_viewing_one_token_logs_its_path_masked_and_masks_the_answer(
    mode: Mode, loopback: StartLoopback, all_logs: pytest.LogCaptureFixture
) -> None:
    answer = json.dumps({"token": SECONDARY_TOKEN, "created_at": 1767225600}).encode()
    server = loopback(lambda exchange: exchange.answer(200, answer))

    raw = await call_client(
        mode, lambda c: c.api_tokens.with_raw_response.retrieve(SECONDARY_TOKEN), base_url=server.base_url
    )

    assert [e.path for e in server.exchanges] == [f"/v3/applications/api_tokens/{SECONDARY_TOKEN}"]
    assert raw.parsed.token == SECONDARY_TOKEN
    assert_hidden(SECONDARY_TOKEN, raw.parsed, raw.http_response.request)
    assert raw.http_response.request.url.path == MASKED_TOKEN_PATH
    for text in logged_text(all_logs):
        assert SECONDARY_TOKEN not in text


# --- logs ---------------------------------------------------------------------------------------------------------


def noisy(exchange: Exchange) -> None:
    """Answers by path: retries, errors, resets and successes, so every kind of record gets written."""
    path = exchange.path
    if path.endswith("/retry-me"):
        exchange.answer(429, b'{"code": 429100, "message": "slow down"}', {"Retry-After": "0"})
    elif path.endswith("/fail-me"):
        exchange.answer(401, ERROR_JSON % 401121)
    elif path.endswith("/drop-me"):
        exchange.reset()
    elif "/applications/api_tokens" in path:
        exchange.answer(200, b'{"api_tokens": []}' if exchange.method == "GET" else b"")
    elif exchange.method == "POST":
        exchange.answer(200, ROOM_ANSWER)
    else:
        exchange.answer(200, ROOM_ANSWER if "/rooms/" in path else b'{"rooms": [], "next": ""}')


@pytest.mark.parametrize("mode", MODES)
async def test_no_record_of_any_logger_holds_a_token_at_debug(
    mode: Mode, loopback: StartLoopback, all_logs: pytest.LogCaptureFixture
) -> None:
    server = loopback(noisy)

    async def calls(client: Any) -> None:
        await settle(client.rooms.retrieve("room-1"))
        await settle(client.rooms.list())
        await settle(client.rooms.create(type="small_room_for_video"))
        await settle(client.api_tokens.list())
        await settle(client.api_tokens.revoke(SECONDARY_TOKEN))
        for room_id in ("retry-me", "fail-me", "drop-me"):
            with pytest.raises(SendbirdCallsError):
                await settle(client.rooms.retrieve(room_id))

    await call_client(mode, calls, base_url=server.base_url, max_retries=1)

    assert {e.headers["api-token"] for e in server.exchanges} == {API_TOKEN}
    names = {record.name.split(".")[0] for record in all_logs.records}
    assert {"httpx", "httpcore", "sendbird_calls"} <= names, "the loggers under test said nothing"
    assert any(record.levelno == logging.WARNING for record in all_logs.records), "no retry was logged"
    for text in logged_text(all_logs):
        assert API_TOKEN not in text
        assert SECONDARY_TOKEN not in text


# --- the token goes only to the configured host -------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status_code", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("follow", [True, False], ids=["following-client", "plain-client"])
async def test_a_redirect_never_carries_the_token_anywhere_even_through_a_following_client(
    mode: Mode, status_code: int, follow: bool, loopback: StartLoopback
) -> None:
    elsewhere = loopback(lambda exchange: exchange.answer(200, ROOM_ANSWER))
    origin = loopback(
        lambda exchange: exchange.answer(status_code, b"", {"Location": f"{elsewhere.base_url}/rooms/r1"})
    )
    own: httpx.Client | httpx.AsyncClient = (
        httpx.Client(follow_redirects=follow) if mode == "sync" else httpx.AsyncClient(follow_redirects=follow)
    )

    try:
        with pytest.raises(RedirectError) as caught:
            await call_client(mode, lambda c: c.rooms.retrieve("r1"), base_url=origin.base_url, http_client=own)
        with pytest.raises(RedirectError):  # the client's own httpx client, too
            await call_client(mode, lambda c: c.rooms.retrieve("r1"), base_url=origin.base_url)
    finally:
        await settle(own.close() if isinstance(own, httpx.Client) else own.aclose())

    assert elsewhere.exchanges == []
    assert len(origin.exchanges) == 2
    assert caught.value.status_code == status_code
    assert caught.value.location_origin == elsewhere.origin
    assert "redirect" in str(caught.value)
    assert_hidden(API_TOKEN, caught.value)


# --- any token, any answer ----------------------------------------------------------------------------------------

answers = st.one_of(
    st.tuples(st.sampled_from([200, 201, 301, 400, 401, 404, 429, 500, 502, 520]), st.binary(max_size=200)),
    st.tuples(
        st.sampled_from([200, 400, 429, 500]),
        st.dictionaries(st.text(max_size=8), st.text(max_size=8) | st.integers(), max_size=3).map(
            lambda body: json.dumps({"code": 400100, "message": "m", **body}).encode()
        ),
    ),
    st.sampled_from([httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("cut")]),
    st.tuples(st.sampled_from([300, 400, 401, 404, 429, 500, 502]), st.sampled_from(["raw", "json", "html"])),
)
"""A status and body; a transport failure; or an error status whose body echoes the token (as is, inside
a JSON message, or HTML-escaped in a page)."""


tokens = st.tuples(
    st.text(alphabet=TOKEN_CHARS, max_size=24),
    st.sampled_from("\"\\/&<>'a"),
    st.text(alphabet=TOKEN_CHARS, max_size=24),
).map(lambda parts: f"Zq9~tk8{parts[0]}{parts[1]}{parts[2]}")
"""Tokens of every printable character, often one JSON or HTML would escape; the prefix is one no output
of the client contains by chance, and makes them 8 characters or more: the core masks no shorter
secret (masking a 3-letter word everywhere would garble messages; a real token has 40)."""


def echoing(token: str, how: str) -> bytes:
    if how == "raw":
        return f"Api-Token: {token}".encode()
    if how == "json":
        return json.dumps({"code": 401121, "message": f"bad token {token}"}).encode()
    return f"<html><pre>Api-Token: {html.escape(token)}</pre></html>".encode()


@settings(max_examples=120, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    token=tokens,
    answer=answers,
    secret_path=st.booleans(),
)
async def test_any_token_stays_hidden_whatever_the_server_answers(
    token: str, answer: Any, secret_path: bool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.clear()  # one example's records: the fixture outlives the examples

    def handle(request: httpx.Request) -> httpx.Response:
        assert request.headers["api-token"] == token  # it is sent...
        if isinstance(answer, Exception):
            raise type(answer)(str(answer), request=request)
        status_code, content = answer
        if isinstance(content, str):  # an echo
            content = echoing(token, content)
        return httpx.Response(status_code, content=content, headers={"Retry-After": "0"})

    shown: list[object] = []
    retries = 0 if isinstance(answer, Exception) else 1  # answers say Retry-After: 0; a failure would back off
    options: dict[str, Any] = {"transport": httpx.MockTransport(handle), "rate_limits": None, "max_retries": retries}
    for client in (CallsClient(APP_ID, token, **options), AsyncCallsClient(APP_ID, token, **options)):
        call = client.api_tokens.with_raw_response.revoke if secret_path else client.rooms.with_raw_response.retrieve
        try:
            raw = await settle(call("r1"))
        except SendbirdCallsError as error:  # ...and nothing but a SendbirdCallsError comes out
            shown.append(error)
        else:
            shown += [raw, raw.parsed, raw.http_response]
            assert_request_carries_no_token(raw.http_response, token)
        await settle(client.close() if isinstance(client, CallsClient) else client.aclose())

    for value in shown:  # ...but never shown
        assert token not in everything_shown(value)
    for text in logged_text(caplog):
        assert token not in text


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    token=tokens,
    how=st.sampled_from(["raw", "json", "html"]),
    status_code=st.sampled_from([400, 401, 403, 404, 429, 500, 502]),
)
async def test_an_error_echoing_any_token_in_any_form_never_shows_it(
    token: str, how: str, status_code: int, make_clients: ClientFactory
) -> None:
    """As is, inside a JSON message (which the error unescapes) or HTML-escaped in a page."""
    clients = make_clients(answering(status_code, echoing(token, how)), api_token=token, max_retries=0)

    with pytest.raises(APIError) as sync_raised:
        clients.sync.rooms.retrieve("r1")
    with pytest.raises(APIError) as async_raised:
        await clients.aio.rooms.retrieve("r1")

    for error in (sync_raised.value, async_raised.value):
        assert token not in everything_shown(error)
        assert html.escape(token) not in everything_shown(error)


@settings(max_examples=50, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(token=tokens, kept=st.integers(min_value=1, max_value=60))
async def test_a_token_cut_in_two_by_the_64_kib_limit_loses_its_first_part_too(
    token: str, kept: int, make_clients: ClientFactory
) -> None:
    """The error body is cut at 64 KiB; an echoed token straddling the cut must not leave its head behind."""
    kept = min(kept, len(token) - 1)
    body = b"x" * (64 * 1024 - kept) + token.encode() + b" and more"
    clients = make_clients(answering(500, body), api_token=token, max_retries=0)

    with pytest.raises(APIError) as caught:
        clients.sync.rooms.retrieve("r1")

    assert caught.value.response is not None
    content = caught.value.response.content
    assert len(content) <= 64 * 1024
    assert not any(content.endswith(token[:length].encode()) for length in range(4, len(token)))
