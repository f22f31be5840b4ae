"""Every failure is a SendbirdCallsError, and pagination always ends (issue 11, promises 2, 6, 8).

Hostile bodies come from a mock transport and a loopback server; the property tests generate
bodies, tokens and arguments, and check the one boundary: nothing but a SendbirdCallsError leaves
a call.
"""

from __future__ import annotations

import itertools
import json
from http.server import BaseHTTPRequestHandler
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendbird_calls import (
    AsyncCallsClient,
    CallsClient,
    ClientClosedError,
    ConfigurationError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    PaginationError,
    ResponseValidationError,
    SendbirdCallsError,
)
from sendbird_calls.pagination import aiterate_pages, iterate_pages
from tests.spec_examples import API_TOKEN, APP_ID, ClientFactory, serve_in_thread

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
STATUSES = [200, 201, 400, 401, 404, 429, 500, 502, 520]

hostile = st.one_of(
    st.sampled_from(HOSTILE_BODIES),
    st.binary(max_size=256),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
        max_leaves=30,
    ).map(lambda value: json.dumps({"room": value}).encode()),
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=hostile, status=st.sampled_from(STATUSES))
async def test_no_body_makes_a_call_raise_anything_but_a_sendbird_calls_error(
    make_clients: ClientFactory, body: bytes, status: int
) -> None:
    clients = make_clients(lambda _: httpx.Response(status, content=body), max_retries=0)

    errors: list[SendbirdCallsError] = []
    for call in (lambda: clients.sync.rooms.get_room("r1"), clients.sync.rooms.list_rooms):
        try:
            call()
        except SendbirdCallsError as error:  # anything else fails the test
            errors.append(error)
    try:
        await clients.aio.rooms.get_room("r1")
    except SendbirdCallsError as error:
        errors.append(error)

    assert all(API_TOKEN not in repr(error) and API_TOKEN not in str(error) for error in errors)


@pytest.mark.parametrize("body", HOSTILE_BODIES[:5])
def test_a_hostile_success_body_from_a_real_server_is_a_response_validation_error(body: bytes) -> None:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    with (
        serve_in_thread(Handler) as origin,
        CallsClient(APP_ID, API_TOKEN, base_url=f"{origin}/v1", rate_limits=None) as client,
        pytest.raises(ResponseValidationError) as caught,
    ):
        client.rooms.get_room("r1")

    assert len(str(caught.value)) < 1000


def test_a_closed_client_raises_client_closed_error() -> None:
    client = CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(lambda _: httpx.Response(200)))
    client.close()

    with pytest.raises(ClientClosedError, match="closed"):
        client.rooms.get_room("r1")


async def test_a_closed_async_client_raises_client_closed_error() -> None:
    client = AsyncCallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(lambda _: httpx.Response(200)))
    await client.aclose()

    with pytest.raises(ClientClosedError):
        await client.rooms.get_room("r1")


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

    assert "SECRET" not in str(caught.value)
    assert "SECRET" not in repr(caught.value)


@pytest.mark.parametrize(
    ("call", "kind"),
    [
        (lambda c: c.rooms.list_rooms(type_="no-such-type"), InvalidArgumentError),
        (lambda c: c.rooms.get_room(""), InvalidArgumentError),
        (lambda c: c.rooms.get_room(".."), InvalidArgumentError),
        (lambda c: c.rooms.get_room(["r1"]), InvalidArgumentTypeError),
        (lambda c: c.rooms.get_room(None), InvalidArgumentError),
        (lambda c: c.rooms.create_room(body=[1, 2]), InvalidArgumentTypeError),
        (lambda c: c.rooms.create_room(body={"type": "nope"}), InvalidArgumentError),
        (lambda c: c.rooms.list_rooms(request_options={"retries": 1}), InvalidArgumentTypeError),
        (lambda c: c.rooms.list_rooms(request_options={"max_retries": -1}), InvalidArgumentError),
        (lambda c: c.rooms.list_rooms(request_options={"deadline": float("nan")}), InvalidArgumentError),
        (lambda c: c.rooms.list_rooms(request_options={"timeout": float("inf")}), InvalidArgumentError),
    ],
)
def test_a_bad_argument_is_an_invalid_argument_error_that_keeps_its_builtin_base(call: Any, kind: type) -> None:
    client = CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(lambda _: httpx.Response(200)))

    with pytest.raises(kind) as caught:
        call(client)

    assert isinstance(caught.value, SendbirdCallsError)
    assert isinstance(caught.value, ValueError)
    if kind is InvalidArgumentTypeError:
        assert isinstance(caught.value, TypeError)


def test_passing_both_http_client_and_transport_is_an_invalid_argument() -> None:
    with httpx.Client() as own, pytest.raises(InvalidArgumentError):
        CallsClient(APP_ID, API_TOKEN, http_client=own, transport=httpx.MockTransport(lambda _: httpx.Response(200)))


@pytest.mark.parametrize("rates", [{"GTE": 1}, {"GET": 10, "PATCH": 1}, {"GET": float("inf")}, {"get": -1}])
def test_a_client_refuses_a_rate_limit_typo_or_a_bad_rate(rates: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError):
        CallsClient(APP_ID, API_TOKEN, rate_limits=rates)


# 6. Pagination always ends.


def empty_pages_forever(request: httpx.Request) -> httpx.Response:
    asked = request.url.params.get("next", "0")
    return httpx.Response(200, json={"rooms": [], "next": str(int(asked) + 1)})


def test_empty_pages_with_fresh_tokens_stop_with_a_pagination_error() -> None:
    requests = itertools.count()

    def handler(request: httpx.Request) -> httpx.Response:
        next(requests)
        return empty_pages_forever(request)

    with (
        CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(handler), rate_limits=None) as client,
        pytest.raises(PaginationError, match="in a row had no items"),
    ):
        list(client.rooms.iter_rooms())

    assert next(requests) == 10


async def test_async_empty_pages_with_fresh_tokens_stop_with_a_pagination_error() -> None:
    transport = httpx.MockTransport(empty_pages_forever)
    async with AsyncCallsClient(APP_ID, API_TOKEN, transport=transport, rate_limits=None) as client:
        with pytest.raises(PaginationError, match="in a row"):
            async for _ in client.rooms.iter_rooms():
                pass


@attrs.define
class RoomsPage:
    """A list operation's page: one list field and the next token."""

    rooms: list[int]
    next_: str


def test_a_page_cap_stops_an_endless_list_saying_why() -> None:
    fetched: list[str | None] = []

    def fetch(token: str | None) -> RoomsPage:
        fetched.append(token)
        return RoomsPage([1], f"token-{len(fetched)}")

    with pytest.raises(PaginationError, match="stopped after 50 pages"):
        list(iterate_pages("list_rooms", fetch, max_pages=50))

    assert len(fetched) == 50


@given(empties=st.integers(min_value=0, max_value=30), limit=st.integers(min_value=1, max_value=12))
async def test_any_run_of_empty_pages_at_the_limit_stops_and_a_shorter_one_does_not(empties: int, limit: int) -> None:
    """A run of ``empties`` empty pages with fresh tokens, then a page with an item that ends the list."""

    async def fetch(token: str | None) -> RoomsPage:
        number = 0 if token is None else int(token)
        return RoomsPage([], str(number + 1)) if number < empties else RoomsPage([1], "")

    pages = aiterate_pages("list_rooms", fetch, max_empty_pages=limit)
    if empties >= limit:
        with pytest.raises(PaginationError, match=f"{limit} pages in a row"):
            async for _ in pages:
                pass
    else:
        assert len([page async for page in pages]) == empties + 1


def test_a_closed_http_client_of_the_caller_raises_client_closed_error() -> None:
    own = httpx.Client(transport=httpx.MockTransport(lambda _: httpx.Response(200)))
    own.close()

    with (
        CallsClient(APP_ID, API_TOKEN, http_client=own) as client,
        pytest.raises(ClientClosedError, match="http_client"),
    ):
        client.rooms.get_room("r1")


def test_a_huge_bad_enum_value_is_quoted_short() -> None:
    client = CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(lambda _: httpx.Response(200)))

    with pytest.raises(InvalidArgumentError) as caught:
        client.rooms.list_rooms(type_="x" * 10_000_000)

    assert len(str(caught.value)) < 500


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    max_items=st.one_of(
        st.integers(max_value=-1), st.booleans(), st.floats(), st.text(max_size=5), st.lists(st.integers(), max_size=2)
    )
)
def test_a_bad_max_items_is_an_invalid_argument_error_before_any_request(max_items: Any) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200, json={"rooms": []}))
    with CallsClient(APP_ID, API_TOKEN, transport=transport) as client:
        with pytest.raises(InvalidArgumentError, match="max_items") as raised:
            client.rooms.iter_rooms(max_items=max_items)
        assert isinstance(raised.value, SendbirdCallsError)
    assert sent == []


async def test_a_bad_max_items_is_refused_by_the_async_client_too() -> None:
    async with AsyncCallsClient(
        APP_ID, API_TOKEN, transport=httpx.MockTransport(lambda r: httpx.Response(500))
    ) as client:
        with pytest.raises(InvalidArgumentError, match="max_items"):
            client.users.iter_users(max_items=-1)
