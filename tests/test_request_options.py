"""``request_options`` and its ``extra_headers``: every bad shape or value is an ``InvalidArgumentError``
naming the method and the header, raised before anything is sent; every good one arrives as given.

A header the client must own is refused too: ``Api-Token`` (the token goes only where the client
puts it), ``Host``, ``Content-Length`` and ``Transfer-Encoding`` (a framing header contradicting the
body broke the request, or desynchronised the pooled connection, after it had been sent). So is a
value h11 would refuse mid-request (a leading or trailing space), and no message quotes a value:
a header value may be a credential.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendbird_calls import (
    AsyncCallsClient,
    CallsClient,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    SendbirdCallsError,
)
from tests.loopback import StartLoopback
from tests.send_support import MODES, Mode, call_client, settle
from tests.spec_examples import API_TOKEN, APP_ID

TOKEN_CHARS = "!#$%&'*+-.^_`|~" + string.ascii_letters + string.digits
RESERVED = ("api-token", "host", "content-length", "transfer-encoding")
PRINTABLE = "".join(chr(code) for code in range(0x20, 0x7F)) + "\t"

good_names = st.text(alphabet=TOKEN_CHARS, min_size=1, max_size=16).filter(lambda name: name.lower() not in RESERVED)
good_values = st.text(alphabet=PRINTABLE, max_size=24).filter(lambda value: value == value.strip(" \t"))
good_headers = st.dictionaries(good_names, good_values, max_size=4).filter(
    lambda headers: len({name.lower() for name in headers}) == len(headers)  # names differing by case are one header
)


def any_case(name: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(name), max_size=len(name)).map(
        lambda upper: "".join(char.upper() if up else char for char, up in zip(name, upper, strict=True))
    )


bad_name_text = st.text(max_size=12).filter(lambda name: not name or any(char not in TOKEN_CHARS for char in name))
bad_value_text = st.one_of(
    st.tuples(
        st.text(alphabet=PRINTABLE, max_size=6), st.sampled_from("\r\n\x00\x7f\x1béü€\u2028"), st.text(max_size=6)
    ).map("".join),
    st.tuples(st.sampled_from([" ", "\t"]), st.text(alphabet=PRINTABLE, max_size=8), st.booleans()).map(
        lambda parts: parts[0] + parts[1] if parts[2] else parts[1] + parts[0]
    ),
)
non_str = st.one_of(st.none(), st.binary(min_size=1, max_size=8), st.integers(), st.floats(allow_nan=False))


@st.composite
def bad_entries(draw: st.DrawFn) -> tuple[Any, Any, str]:
    """One bad header entry, and what the error must quote to name it."""
    kind = draw(st.sampled_from(["name", "name type", "reserved", "value", "value type"]))
    if kind == "name":
        name = draw(bad_name_text)
        return name, draw(good_values), repr(name)[:40]
    if kind == "name type":
        name = draw(non_str)
        return name, draw(good_values), repr(name)[:40]
    if kind == "reserved":
        name = draw(st.sampled_from(RESERVED).flatmap(any_case))
        return name, draw(good_values), name
    name = draw(good_names)
    value = draw(bad_value_text if kind == "value" else non_str)
    return name, value, repr(name)


class Recorder:
    """Keeps every request with its headers as sent (the loop takes the token off the request afterwards)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.sent_headers: list[httpx.Headers] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.sent_headers.append(httpx.Headers(request.headers))
        return httpx.Response(200, json={"rooms": []})


CALLS: dict[str, Callable[[Any, Any], Any]] = {
    "rooms.retrieve": lambda client, options: client.rooms.retrieve("r1", request_options=options),
    "rooms.list": lambda client, options: client.rooms.list(request_options=options),
}


async def refused(mode: Mode, method: str, options: Any) -> InvalidArgumentError:
    """The error of calling ``method`` with ``options`` (nothing may be sent: the test fails if it is)."""
    recorder = Recorder()
    with pytest.raises(InvalidArgumentError) as caught:
        await call_client(mode, lambda client: CALLS[method](client, options), transport=httpx.MockTransport(recorder))
    assert recorder.requests == []
    assert isinstance(caught.value, SendbirdCallsError)
    assert isinstance(caught.value, ValueError)
    assert str(caught.value).startswith(f"{method}: ")
    return caught.value


@settings(max_examples=150)
@given(
    mode=st.sampled_from(MODES),
    method=st.sampled_from(sorted(CALLS)),
    before=good_headers,
    bad=bad_entries(),
    after=good_headers,
)
async def test_any_bad_header_is_refused_naming_it_before_anything_is_sent(
    mode: Mode, method: str, before: dict[str, str], bad: tuple[Any, Any, str], after: dict[str, str]
) -> None:
    name, value, named = bad
    headers: dict[Any, Any] = {**before, name: value}
    headers.update({key: item for key, item in after.items() if key != name})

    error = await refused(mode, method, {"extra_headers": headers})

    assert named in str(error)
    if not isinstance(name, str) or not isinstance(value, str):
        assert isinstance(error, InvalidArgumentTypeError)
        assert isinstance(error, TypeError)


@given(
    secret=st.text(alphabet=string.hexdigits, min_size=8, max_size=20).map(lambda digits: f"sk_{digits}"),
    bad=st.sampled_from(["\r", "\n", "\x00", "é", " ", "\t"]),
)
async def test_a_refused_value_is_never_quoted(secret: str, bad: str) -> None:
    error = await refused("sync", "rooms.retrieve", {"extra_headers": {"Authorization": f"Bearer {secret}{bad}"}})

    assert secret not in str(error)
    assert secret not in repr(error)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "shape",
    [["X-Trace", "1"], [("X-Trace", "1")], "X-Trace: 1", b"X-Trace: 1", 42, {"X-Trace", "1"}],
    ids=["list", "pairs", "str", "bytes", "int", "set"],
)
async def test_extra_headers_that_are_not_a_mapping_are_a_type_error(mode: Mode, shape: Any) -> None:
    error = await refused(mode, "rooms.retrieve", {"extra_headers": shape})

    assert isinstance(error, InvalidArgumentTypeError)
    assert "extra_headers must be a mapping" in str(error)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("options", "words", "typed"),
    [
        ([("max_retries", 0)], "request_options must be a dict", True),
        ("max_retries=0", "request_options must be a dict", True),
        ({"retries": 1}, "unknown request_options ['retries']", True),
        ({"max_retries": -1}, "max_retries must be an integer >= 0", False),
        ({"max_retries": True}, "max_retries must be an integer >= 0", False),
        ({"max_retries": 1.5}, "max_retries must be an integer >= 0", False),
        ({"max_retries": "2"}, "max_retries must be an integer >= 0", False),
        ({"timeout": None}, "forever", False),
        ({"timeout": float("inf")}, "timeout", False),
        ({"timeout": float("nan")}, "timeout", False),
        ({"timeout": 0}, "timeout", False),
        ({"timeout": "5"}, "timeout", False),
        ({"timeout": httpx.Timeout(5.0, read=None)}, "read phase", False),
        ({"deadline": 0}, "deadline", False),
        ({"deadline": -1}, "deadline", False),
        ({"deadline": float("nan")}, "deadline", False),
        ({"deadline": float("inf")}, "deadline", False),
        ({"deadline": True}, "deadline", False),
    ],
)
async def test_a_bad_request_option_is_refused_before_anything_is_sent(
    mode: Mode, options: Any, words: str, typed: bool
) -> None:
    error = await refused(mode, "rooms.retrieve", options)

    assert words in str(error)
    assert isinstance(error, InvalidArgumentTypeError) == typed


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(headers=good_headers)
async def test_any_good_header_arrives_as_given(headers: dict[str, str]) -> None:
    recorder = Recorder()

    await call_client(
        "sync",
        lambda c: c.rooms.list(request_options={"extra_headers": headers}),
        transport=httpx.MockTransport(recorder),
    )

    (sent,) = recorder.sent_headers
    for name, value in headers.items():
        assert sent.get_list(name) == [value]
    assert sent.get_list("Api-Token") == [API_TOKEN]


@pytest.mark.parametrize("mode", MODES)
async def test_extra_headers_reach_a_real_server_and_replace_the_clients_own_by_any_case(
    mode: Mode, loopback: StartLoopback
) -> None:
    server = loopback(lambda exchange: exchange.echo_headers())
    extra = {"x-request-id": "abc-123", "user-agent": "my-app/2.0", "ACCEPT": "application/json; v=2", "X-Tab": "a\tb"}

    async def call(client: Any) -> None:
        with pytest.raises(SendbirdCallsError):  # the echo is no room: the call fails after the request went out
            await settle(client.rooms.retrieve("r1", request_options={"extra_headers": extra}))

    await call_client(mode, call, base_url=server.base_url)

    (exchange,) = server.exchanges
    names = [name.lower() for name, _ in exchange.header_list]
    assert len(names) == len(set(names))  # each header once: the caller's replaced the client's
    assert exchange.headers["x-request-id"] == "abc-123"
    assert exchange.headers["user-agent"] == "my-app/2.0"
    assert exchange.headers["accept"] == "application/json; v=2"
    assert exchange.headers["x-tab"] == "a\tb"
    assert exchange.headers["api-token"] == API_TOKEN


@pytest.mark.parametrize("mode", MODES)
async def test_no_options_and_empty_options_send_the_same_headers(mode: Mode) -> None:
    recorder = Recorder()

    async def calls(client: Any) -> None:
        await settle(client.rooms.list())
        for options in (None, {}, {"extra_headers": None}, {"extra_headers": {}}):
            await settle(client.rooms.list(request_options=options))

    await call_client(mode, calls, transport=httpx.MockTransport(recorder))

    assert len(recorder.sent_headers) == 5
    assert len({tuple(headers.multi_items()) for headers in recorder.sent_headers}) == 1


def test_the_async_pager_checks_its_options_before_anything_is_awaited() -> None:
    """``client.rooms.list(...)`` of the async client returns a paginator; a bad option is refused at once."""
    client = AsyncCallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(Recorder()))

    with pytest.raises(InvalidArgumentError, match=r"rooms\.list: extra_headers may not set Api-Token"):
        client.rooms.list(request_options={"extra_headers": {"Api-Token": "other"}})


def test_a_call_never_sends_another_token_through_extra_headers() -> None:
    recorder = Recorder()
    with CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(recorder)) as client:
        for name in ("Api-Token", "api-token", "API-TOKEN"):
            with pytest.raises(InvalidArgumentError, match="the client sends its own token"):
                client.rooms.retrieve("r1", request_options={"extra_headers": {name: "stolen"}})

    assert recorder.requests == []
