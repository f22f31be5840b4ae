"""What a call returns: the resource itself, None for an empty success, a RawResponse, or a page.

Single resources come back unwrapped from their envelope (``client.rooms.retrieve`` is a ``Room``);
an empty success is ``None`` where the spec allows one; ``with_raw_response`` wraps the same result
with the HTTP answer; a list is a page (``SyncPage`` / ``AsyncPage`` / ``AsyncPaginator``) whose
iteration yields every item of every page and always ends. Answers come from the spec's examples
(``httpx.MockTransport``), from scripted page servers, and from the in-process mock (``calls_mock``).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import logging
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sendbird_calls_api.api.api_tokens as api_tokens_module
from sendbird_calls import (
    AsyncCallsClient,
    AsyncPage,
    AsyncPaginator,
    CallsClient,
    InvalidArgumentError,
    PaginationError,
    RawResponse,
    ResponseValidationError,
    SyncPage,
    drift,
    models,
)
from sendbird_calls._constants import MAX_EMPTY_PAGES
from sendbird_calls.core.operation import Operation
from sendbird_calls.mock import CallsMock
from sendbird_calls.pagination import TokenGuard
from tests.spec_examples import (
    API_TOKEN,
    APP_ID,
    ClientFactory,
    Recorder,
    call_arguments,
    generated_operations,
    method_of,
    op_id,
    spec_operations,
)

OPERATIONS = generated_operations()
BY_NAME = {op.qualified_name: op for op in OPERATIONS}
PAGED = [op for op in OPERATIONS if op.paging is not None]
SINGLE = [op for op in OPERATIONS if op.paging is None]
EMPTY_SUCCESS = [op for op in OPERATIONS if op.empty_success]


def ids(value: object) -> str:
    return op_id(value)


def result_json(result: Any) -> Any:
    """A call's result as JSON: a model's ``to_dict()``, a list of them, or None."""
    if isinstance(result, list):
        return [item.to_dict() for item in result]
    return None if result is None else result.to_dict()


def expected_type(op: Operation[Any]) -> type | None:
    """The class a single-resource call returns: the envelope's property, or the response model."""
    if op.response is None:
        return None
    if op.unwrap is None:
        return op.response
    [field] = [f for f in op.response.__schema__.fields if f.attr == op.unwrap]
    sample = op.response.from_dict(spec_operations()[op.id].success_example)
    return type(getattr(sample, field.attr))


# --- single resources, unwrapped ------------------------------------------------------------------------------


@pytest.mark.parametrize("op", SINGLE, ids=ids)
async def test_every_single_resource_call_returns_the_spec_example_unwrapped_from_its_envelope(
    op: Operation[Any], make_clients: ClientFactory
) -> None:
    clients = make_clients(Recorder())
    arguments = call_arguments(op)

    results = [method_of(clients.sync, op)(**arguments), await method_of(clients.aio, op)(**arguments)]

    example = spec_operations()[op.id].returned_example
    for result in results:
        if op.response is None:  # an empty 200 (revoking a secondary token) answers None
            assert result is None
            continue
        assert type(result) is expected_type(op)
        assert result_json(result) == example


def test_an_envelope_holding_a_list_returns_the_plain_list() -> None:
    op = BY_NAME["api_tokens.list"]
    with CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(Recorder()), rate_limits=None) as client:
        tokens = client.api_tokens.list()
    assert type(tokens) is list
    assert [type(token) for token in tokens] == [models.SecondaryApiToken] * len(tokens)
    assert [token.to_dict() for token in tokens] == spec_operations()[op.id].returned_example


@pytest.mark.parametrize("op", EMPTY_SUCCESS, ids=ids)
@pytest.mark.parametrize(
    ("status", "content"), [(204, b""), (200, b""), (200, b" \r\n")], ids=["204", "200-empty", "200-whitespace"]
)
async def test_an_empty_success_answers_none_where_the_spec_allows_it(
    op: Operation[Any], status: int, content: bytes, make_clients: ClientFactory
) -> None:
    clients = make_clients(lambda _: httpx.Response(status, content=content))
    arguments = call_arguments(op)

    assert method_of(clients.sync, op)(**arguments) is None
    assert await method_of(clients.aio, op)(**arguments) is None
    for raw in (
        method_of(clients.sync, op, raw=True)(**arguments),
        await method_of(clients.aio, op, raw=True)(**arguments),
    ):
        assert (raw.parsed, raw.status_code, raw.content) == (None, status, content)


def test_every_delete_and_remove_may_answer_nothing_and_documents_a_json_body() -> None:
    deletes = {op.id for op in OPERATIONS if op.method == "DELETE"}
    assert {op.id for op in EMPTY_SUCCESS} == deletes
    assert all(op.response is not None for op in EMPTY_SUCCESS), "each also documents the JSON a 200 may carry"


@pytest.mark.parametrize("op", EMPTY_SUCCESS, ids=ids)
async def test_a_delete_that_answers_json_returns_it_parsed(op: Operation[Any], make_clients: ClientFactory) -> None:
    example = spec_operations()[op.id].success_example
    clients = make_clients(lambda _: httpx.Response(200, json=example))
    arguments = call_arguments(op)
    for result in (method_of(clients.sync, op)(**arguments), await method_of(clients.aio, op)(**arguments)):
        assert result is not None
        assert type(result) is expected_type(op)
        assert result_json(result) == spec_operations()[op.id].returned_example


@pytest.mark.parametrize(
    "body",
    [
        {"token": "0" * 40, "created_at": 1596607063},
        {"token": "0" * 40, "created_at": 1596607063.5, "revoked": True},
        {},
    ],
    ids=["sdk-shape", "float-and-extra", "empty-object"],
)
def test_a_revoke_that_answers_the_platform_sdks_body_keeps_it_and_masks_the_token(
    body: dict[str, Any], make_clients: ClientFactory
) -> None:
    clients = make_clients(lambda _: httpx.Response(200, json=body))
    revoked = clients.sync.api_tokens.revoke("0" * 40)
    assert isinstance(revoked, models.RevokedSecondaryApiToken)
    assert revoked.to_dict() == body
    assert "0" * 40 not in repr(revoked)


@pytest.fixture
def _fresh_drift() -> Iterator[None]:
    drift.reset()
    yield
    drift.reset()


@pytest.mark.usefixtures("_fresh_drift")
@pytest.mark.parametrize(
    ("content", "kind"),
    [(b'{"token": "t0000000000", "created_at": 1}', "a JSON object"), (b"ok", "not JSON")],
    ids=["json", "text"],
)
async def test_a_body_where_the_spec_documents_none_is_kept_reported_and_the_result_stays_none(
    content: bytes,
    kind: str,
    make_clients: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An operation without a response model (as the revoke was): the body is never dropped silently."""
    bodiless = dataclasses.replace(api_tokens_module.REVOKE_SECONDARY_API_TOKEN, response=None)
    monkeypatch.setattr(api_tokens_module, "REVOKE_SECONDARY_API_TOKEN", bodiless)
    caplog.set_level(logging.WARNING, logger="sendbird_calls.drift")
    clients = make_clients(lambda _: httpx.Response(200, content=content))

    assert clients.sync.api_tokens.revoke("0" * 40) is None
    assert await clients.aio.api_tokens.revoke("0" * 40) is None
    raw = clients.sync.api_tokens.with_raw_response.revoke("0" * 40)
    assert (raw.parsed, raw.content) == (None, content)

    assert drift.counts() == {drift.Drift("revoke_secondary_api_token", drift.BODY_FIELD): 3}
    (record,) = [r for r in caplog.records if r.name == "sendbird_calls.drift"]
    message = record.getMessage()
    assert message.startswith("revoke_secondary_api_token answered a body the spec does not document")
    assert kind in message
    assert "with_raw_response" in message
    assert "t0000000000" not in message  # the body's content is never logged


def test_a_room_delete_that_answers_the_room_returns_it(make_clients: ClientFactory) -> None:
    example = spec_operations()["delete_room"].success_example
    clients = make_clients(lambda _: httpx.Response(200, json=example))
    deleted = clients.sync.rooms.delete("r")
    assert isinstance(deleted, models.Room)
    assert deleted.to_dict() == example["room"]


@pytest.mark.parametrize("op", [op for op in OPERATIONS if not op.empty_success and op.response], ids=ids)
def test_an_empty_body_where_the_spec_promises_one_is_a_response_validation_error(
    op: Operation[Any], make_clients: ClientFactory
) -> None:
    clients = make_clients(lambda _: httpx.Response(200))
    with pytest.raises(ResponseValidationError, match="the body is empty") as raised:
        method_of(clients.sync, op)(**call_arguments(op))
    assert raised.value.operation == op.id


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (b"[]", "expected a JSON object, got list"),
        (b"not json", "the body is not JSON this client can read"),
        (b"\xff\xfe", "the body is not JSON this client can read"),
        (b"[" * 100_000 + b"]" * 100_000, "the body is not JSON this client can read"),
    ],
    ids=["array", "text", "not-utf8", "deep"],
)
def test_a_body_that_is_no_json_object_is_a_response_validation_error(body: bytes, detail: str) -> None:
    transport = httpx.MockTransport(lambda _: httpx.Response(200, content=body))
    client = CallsClient(APP_ID, API_TOKEN, transport=transport, rate_limits=None)
    with client, pytest.raises(ResponseValidationError) as raised:
        client.rooms.retrieve("r")
    assert detail in str(raised.value)


def test_a_wrong_type_deep_in_a_page_is_a_response_validation_error_naming_its_path() -> None:
    room = {"room_id": "r", "room_type": "small_room_for_video", "state": "open", "created_at": 1}
    rooms = [room | {"room_id": f"r{i}"} for i in range(5)]
    rooms[3] = room | {"room_id": 123}
    transport = httpx.MockTransport(lambda _: httpx.Response(200, json={"rooms": rooms}))
    client = CallsClient(APP_ID, API_TOKEN, transport=transport, rate_limits=None)
    with client, pytest.raises(ResponseValidationError) as raised:
        client.rooms.list()

    error = raised.value
    assert (error.operation, error.path, error.field) == ("list_rooms", "rooms[3].room_id", "rooms[3].room_id")
    assert error.detail == "expected a string, got an integer"


# --- RawResponse ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("op", OPERATIONS, ids=ids)
async def test_with_raw_response_wraps_the_same_result_with_status_headers_and_body(
    op: Operation[Any], make_clients: ClientFactory
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        spec_op = spec_operations()[op.id]
        content = b"" if spec_op.success_example is None else json.dumps(spec_op.success_example).encode()
        return httpx.Response(200, content=content, headers={"X-Request-Id": "req-1"})

    clients = make_clients(answer)
    arguments = call_arguments(op)
    plain = method_of(clients.sync, op)(**arguments)
    raws = [
        method_of(clients.sync, op, raw=True)(**arguments),
        await method_of(clients.aio, op, raw=True)(**arguments),
    ]

    expected = spec_operations()[op.id].success_example
    for raw in raws:
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200
        assert raw.headers["x-request-id"] == "req-1"
        assert raw.content == (b"" if expected is None else json.dumps(expected).encode())
        assert raw.http_response.status_code == 200
        assert raw.http_response.content == raw.content
        parsed = raw.parsed
        if op.paging is not None:
            assert isinstance(parsed, SyncPage | AsyncPage)
            assert parsed.body.to_dict() == plain.body.to_dict()
        else:
            assert result_json(parsed) == result_json(plain)


@pytest.mark.parametrize("op", OPERATIONS, ids=ids)
async def test_the_raw_responses_request_holds_no_token_and_masks_a_secret_path(
    op: Operation[Any], make_clients: ClientFactory
) -> None:
    clients = make_clients(Recorder())
    arguments = call_arguments(op)
    raws = [
        method_of(clients.sync, op, raw=True)(**arguments),
        await method_of(clients.aio, op, raw=True)(**arguments),
    ]
    for raw in raws:
        request = raw.http_response.request
        assert "api-token" not in request.headers
        shown = f"{request!r} {request.headers!r} {request.url} {raw!r} {raw.http_response!r}"
        assert API_TOKEN not in shown
        for param in op.path_params:
            if param.secret:
                assert arguments[param.name] not in str(request.url)


def test_a_raw_response_repr_shows_the_status_and_the_parsed_result() -> None:
    with CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(Recorder()), rate_limits=None) as client:
        raw = client.rooms.with_raw_response.retrieve("r")
    assert repr(raw).startswith("RawResponse(status_code=200, parsed=Room(")


# --- pages ---------------------------------------------------------------------------------------------------------

TOTAL = 1_000
PAGE = 100
PAGES = TOTAL // PAGE


def room(n: int) -> dict[str, Any]:
    return {"room_id": f"room-{n:04d}", "room_type": "small_room_for_video", "state": "open", "created_at": n}


def call(n: int) -> dict[str, Any]:
    return {"call_id": f"call-{n:04d}", "end_result": "completed", "duration": n}


def token(page: int) -> str:
    """An opaque token of the kind Sendbird sends: base64 with ``+``, ``/`` and ``=`` in it."""
    return f"cGFnZS0{page}+/x=="


class PagedServer:
    """Serves ``total`` items ``limit`` at a time under ``key``; ``requests`` keeps each request's query."""

    def __init__(
        self,
        key: str,
        make_item: Callable[[int], dict[str, Any]],
        *,
        total: int = TOTAL,
        last_page: Mapping[str, Any] | None = None,
    ) -> None:
        self.key = key
        self.make_item = make_item
        self.total = total
        self.last_page = {"next": ""} if last_page is None else last_page
        self.requests: list[httpx.QueryParams] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url.params)
        limit = int(request.url.params.get("limit", "10"))
        asked = request.url.params.get("next")
        page = 0 if asked is None else self._page_of(asked)
        start = page * limit
        body: dict[str, Any] = {self.key: [self.make_item(n) for n in range(start, min(start + limit, self.total))]}
        if start + limit < self.total:
            body |= {"next": token(page + 1), "has_next": True}
        else:
            body |= self.last_page
        return httpx.Response(200, json=body)

    def _page_of(self, asked: str) -> int:
        for page in range(1, self.total + 1):
            if token(page) == asked:
                return page
        raise AssertionError(f"the client sent a next token the server never gave: {asked!r}")

    @property
    def sent_tokens(self) -> list[str | None]:
        return [params.get("next") for params in self.requests]


class ScriptedPages:
    """Answers one room per page with the ``next`` tokens of ``tokens`` in turn (``items``: rooms per page)."""

    def __init__(self, tokens: list[str | None], items: int = 1) -> None:
        self.tokens = tokens
        self.items = items
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        rooms = [room(self.requests) for _ in range(self.items)]
        answer = {"rooms": rooms, "next": self.tokens[self.requests % len(self.tokens)]}
        self.requests += 1
        return httpx.Response(200, json=answer)


def sync_client(handler: Callable[[httpx.Request], httpx.Response]) -> CallsClient:
    return CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(handler), rate_limits=None)


def async_client(handler: Callable[[httpx.Request], httpx.Response]) -> AsyncCallsClient:
    return AsyncCallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(handler), rate_limits=None)


EXPECTED_TOKENS = [None] + [token(page) for page in range(1, PAGES)]
"""The ``next`` of each request: none first, then the previous page's token."""


def test_a_list_returns_its_first_page_with_items_next_token_and_body() -> None:
    server = PagedServer("rooms", room)
    with sync_client(server) as client:
        page = client.rooms.list(limit=100)

    assert isinstance(page, SyncPage)
    assert [item.room_id for item in page.items] == [f"room-{n:04d}" for n in range(PAGE)]
    assert all(type(item) is models.Room for item in page.items)
    assert page.next_token == token(1)
    assert page.has_next_page()
    assert isinstance(page.body, models.RoomList)
    assert page.body["has_next"] is True  # a field RoomList does not declare stays on the body
    assert page.to_dict() == page.body.to_dict()
    assert repr(page) == f"SyncPage(list_rooms, items={PAGE}, next_token={token(1)!r})"
    assert len(server.requests) == 1


def test_iterating_a_page_yields_every_item_of_every_page_following_next_once_each() -> None:
    server = PagedServer("rooms", room)
    with sync_client(server) as client:
        ids = [item.room_id for item in client.rooms.list(limit=100, state="open")]

    assert ids == [f"room-{n:04d}" for n in range(TOTAL)]
    assert server.sent_tokens == EXPECTED_TOKENS
    assert all(params.get("limit") == "100" and params.get("state") == "open" for params in server.requests)


def test_next_page_and_iter_pages_walk_the_pages_lazily() -> None:
    server = PagedServer("calls", call, last_page={"next": None, "has_next": False})
    with sync_client(server) as client:
        first = client.direct_calls.list(limit=100, end_result=["completed"])
        second = first.next_page()
        assert second is not None
        assert [c.call_id for c in second.items][:1] == ["call-0100"]
        assert len(server.requests) == 2

        pages = first.iter_pages()
        assert next(pages) is first
        assert len(server.requests) == 2  # the first page is not fetched again
        rest = list(pages)

    assert [len(page.items) for page in [first, *rest]] == PAGES * [PAGE]
    assert rest[-1].next_token is None
    assert rest[-1].next_page() is None
    assert not rest[-1].has_next_page()
    assert all(params.get("end_result") == "completed" for params in server.requests)


def test_islice_stops_without_fetching_further_pages() -> None:
    server = PagedServer("rooms", room)
    with sync_client(server) as client:
        ids = [item.room_id for item in itertools.islice(client.rooms.list(limit=100), 250)]

    assert ids == [f"room-{n:04d}" for n in range(250)]
    assert len(server.requests) == 3


def test_next_resumes_where_a_page_left_off() -> None:
    server = PagedServer("rooms", room)
    with sync_client(server) as client:
        first = client.rooms.list(limit=100)
        assert first.next_token is not None
        resumed = client.rooms.list(limit=100, next=first.next_token)
        following = first.next_page()

    assert following is not None
    assert [r.room_id for r in resumed.items] == [r.room_id for r in following.items]
    assert server.sent_tokens == [None, token(1), token(1)]


@pytest.mark.parametrize("last_page", [{"next": ""}, {"next": None}, {}], ids=["empty", "null", "absent"])
async def test_next_empty_null_or_absent_ends_the_list(last_page: dict[str, Any]) -> None:
    server = PagedServer("rooms", room, total=250, last_page=last_page)
    with sync_client(server) as client:
        sync_ids = [item.room_id for item in client.rooms.list(limit=100)]
    async with async_client(server) as aclient:
        async_ids = [item.room_id async for item in aclient.rooms.list(limit=100)]

    assert sync_ids == async_ids == [f"room-{n:04d}" for n in range(250)]
    assert len(server.requests) == 6


@pytest.mark.parametrize(
    ("cycle", "requests"),
    [(["same"], 2), (["a", "b"], 3), (["a", "b", "c"], 4)],
    ids=["self-loop", "two-page-loop", "three-page-loop"],
)
async def test_a_repeated_next_token_raises_pagination_error_instead_of_looping(
    cycle: list[str | None], requests: int
) -> None:
    server = ScriptedPages(cycle)
    seen: list[str] = []
    with sync_client(server) as client, pytest.raises(PaginationError, match="list_rooms: the server repeated"):
        seen.extend(item.room_id for item in client.rooms.list())
    assert server.requests == requests
    assert seen == [f"room-{n:04d}" for n in range(requests)]

    server = ScriptedPages(cycle)
    async with async_client(server) as aclient:
        with pytest.raises(PaginationError, match="repeated"):
            async for _ in aclient.rooms.list():
                pass
    assert server.requests == requests


async def test_a_run_of_empty_pages_with_fresh_tokens_raises_pagination_error() -> None:
    tokens: list[str | None] = [f"t{n}" for n in range(MAX_EMPTY_PAGES * 3)]
    server = ScriptedPages(tokens, items=0)
    with sync_client(server) as client, pytest.raises(PaginationError, match="pages in a row had no items"):
        list(client.rooms.list())
    assert server.requests == MAX_EMPTY_PAGES

    server = ScriptedPages(tokens, items=0)
    async with async_client(server) as aclient:
        with pytest.raises(PaginationError, match="pages in a row had no items"):
            [item async for item in aclient.rooms.list()]
    assert server.requests == MAX_EMPTY_PAGES


def test_a_few_empty_pages_between_full_ones_are_followed() -> None:
    answers = iter([([], "t1"), ([room(1)], "t2"), ([], "t3"), ([], "t4"), ([room(2)], None)])

    def answer(request: httpx.Request) -> httpx.Response:
        rooms, following = next(answers)
        return httpx.Response(200, json={"rooms": rooms, "next": following})

    with sync_client(answer) as client:
        assert [r.room_id for r in client.rooms.list()] == ["room-0001", "room-0002"]


@settings(max_examples=200)
@given(tokens=st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=30))
def test_the_guard_refuses_exactly_the_first_repeated_token(tokens: list[str]) -> None:
    guard = TokenGuard("list_rooms", max_pages=10_000)
    first_repeat = next((i for i, token in enumerate(tokens) if token in tokens[:i]), None)
    for index, next_token in enumerate(tokens):
        if index == first_repeat:
            with pytest.raises(PaginationError, match="repeated"):
                guard.follow(False, next_token)
            return
        assert guard.follow(False, next_token) == next_token


def test_the_guard_keeps_a_fixed_size_fingerprint_not_the_token_and_stops_a_runaway_count() -> None:
    guard = TokenGuard("list_rooms", max_pages=10_000)
    long_tokens = [f"{index:08d}" + "x" * 100_000 for index in range(50)]
    for long_token in long_tokens:
        guard.follow(False, long_token)
    assert len(guard._seen) == 50
    assert all(isinstance(fingerprint, int) and fingerprint < 2**64 for fingerprint in guard._seen)
    with pytest.raises(PaginationError, match="repeated"):
        guard.follow(False, long_tokens[17])

    short = TokenGuard("list_rooms", max_pages=3)
    short.follow(False, "a")
    short.follow(False, "b")
    with pytest.raises(PaginationError, match="stopped after 3 pages"):
        short.follow(False, "c")


# --- async pages --------------------------------------------------------------------------------------------------


async def test_awaiting_an_async_list_gives_its_first_page_and_async_for_gives_every_item() -> None:
    server = PagedServer("calls", call)
    async with async_client(server) as client:
        paginator = client.direct_calls.list(limit=100)
        assert isinstance(paginator, AsyncPaginator)
        assert server.requests == []  # nothing is sent before it is awaited or iterated
        first = await paginator
        assert isinstance(first, AsyncPage)
        assert [c.call_id for c in first.items][:2] == ["call-0000", "call-0001"]
        assert first.next_token == token(1)
        assert first.has_next_page()
        assert isinstance(first.body, models.DirectCallList)
        second = await first.next_page()
        assert second is not None
        assert second.items[0].call_id == "call-0100"
        pages = [page async for page in first.iter_pages()]
        every = [c.call_id async for c in client.direct_calls.list(limit=100)]

    assert pages[0] is first
    assert len(pages) == PAGES
    assert await pages[-1].next_page() is None
    assert every == [f"call-{n:04d}" for n in range(TOTAL)]
    assert repr(first) == f"AsyncPage(list_direct_calls, items={PAGE}, next_token={token(1)!r})"


async def test_async_iteration_over_a_page_continues_from_that_page() -> None:
    server = PagedServer("rooms", room, total=300)
    async with async_client(server) as client:
        second = await (await client.rooms.list(limit=100)).next_page()
        assert second is not None
        ids = [r.room_id async for r in second]
    assert ids == [f"room-{n:04d}" for n in range(100, 300)]


async def test_an_async_list_checks_its_arguments_before_it_is_awaited() -> None:
    server = PagedServer("rooms", room)
    async with async_client(server) as client:
        with pytest.raises(InvalidArgumentError, match=r"^rooms\.list: limit must be at most 100, got 1000$"):
            client.rooms.list(limit=1000)
    assert server.requests == []


async def test_with_raw_response_list_answers_the_first_page_with_its_http_answer() -> None:
    server = PagedServer("rooms", room, total=250)
    with sync_client(server) as client:
        raw = client.rooms.with_raw_response.list(limit=100)
        assert isinstance(raw, RawResponse)
        assert isinstance(raw.parsed, SyncPage)
        assert raw.status_code == 200
        assert json.loads(raw.content)["next"] == token(1)
        assert len(list(raw.parsed)) == 250  # the raw page still iterates every page
    async with async_client(server) as aclient:
        araw = await aclient.rooms.with_raw_response.list(limit=100)
        assert isinstance(araw, RawResponse)
        assert isinstance(araw.parsed, AsyncPage)
        assert araw.status_code == 200
        assert len([r async for r in araw.parsed]) == 250


# --- with the in-process mock -------------------------------------------------------------------------------------


@pytest.mark.calls_mock(seed=7, users=30, calls=437)
def test_iterating_every_direct_call_of_the_mock_yields_each_seeded_call_once(calls_mock: CallsMock) -> None:
    with calls_mock.calls_client(rate_limits=None) as client:
        pages = list(client.direct_calls.list(limit=100).iter_pages())
        ids = [c.call_id for c in client.direct_calls.list(limit=100)]

    seeded = {calls_mock.state.call_json(index)["call_id"] for index in range(calls_mock.state.calls.count)}
    assert len(ids) == len(set(ids)) == calls_mock.state.calls.count
    assert set(ids) == seeded
    assert [len(page.items) for page in pages] == [100, 100, 100, 100, 37]
    assert pages[-1].next_token is None


@pytest.mark.calls_mock(seed=2, users=23)
async def test_iterating_every_user_of_the_mock_sync_and_async_agree(calls_mock: CallsMock) -> None:
    with calls_mock.calls_client(rate_limits=None) as client:
        sync_ids = [u.user_id for u in client.users.list(limit=5)]
        resumed = client.users.list(limit=5, next=client.users.list(limit=5).next_token)
    async with calls_mock.async_calls_client(rate_limits=None) as aclient:
        async_ids = [u.user_id async for u in aclient.users.list(limit=5)]

    assert sync_ids == async_ids
    assert len(set(sync_ids)) == calls_mock.state.users.count == 23
    assert [u.user_id for u in resumed.items] == sync_ids[5:10]
