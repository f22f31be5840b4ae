"""Following ``next`` through the public clients: every item once, lazily, and never in a loop.

A MockTransport plays a server that pages a collection with opaque tokens (base64-like, so they
need percent-encoding) and records the ``next`` each request carried.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendbird_calls import AsyncCallsClient, CallsClient, PaginationError, models
from sendbird_calls.pagination import _TokenGuard

APP_ID = "6b1e7f40-0c3d-4e5f-8a9b-0c1d2e3f4a5b"
API_TOKEN = "pagination-canary-token-0042"

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
        tokens: Callable[[int], str] = token,
    ) -> None:
        self.key = key
        self.make_item = make_item
        self.total = total
        self.last_page = {"next": ""} if last_page is None else last_page
        self.tokens = tokens
        self.requests: list[httpx.QueryParams] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url.params)
        limit = int(request.url.params.get("limit", "10"))
        asked = request.url.params.get("next")
        page = 0 if asked is None else self._page_of(asked)
        start = page * limit
        body: dict[str, Any] = {self.key: [self.make_item(n) for n in range(start, min(start + limit, self.total))]}
        if start + limit < self.total:
            body["next"] = self.tokens(page + 1)
            body["has_next"] = True
        else:
            body.update(self.last_page)
        return httpx.Response(200, json=body)

    def _page_of(self, asked: str) -> int:
        for page in range(1, self.total + 1):
            if self.tokens(page) == asked:
                return page
        raise AssertionError(f"the client sent a next token the server never gave: {asked!r}")

    @property
    def sent_tokens(self) -> list[str | None]:
        return [params.get("next") for params in self.requests]


class CyclingServer:
    """Answers one room per page with the tokens of ``cycle`` in turn, starting over at its end."""

    def __init__(self, cycle: list[str]) -> None:
        self.cycle = cycle
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        answer = {"rooms": [room(self.requests)], "next": self.cycle[self.requests % len(self.cycle)]}
        self.requests += 1
        return httpx.Response(200, json=answer)


def sync_client(handler: Callable[[httpx.Request], httpx.Response]) -> CallsClient:
    return CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(handler), rate_limits=None)


def async_client(handler: Callable[[httpx.Request], httpx.Response]) -> AsyncCallsClient:
    return AsyncCallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(handler), rate_limits=None)


EXPECTED_TOKENS = [None] + [token(page) for page in range(1, PAGES)]
"""The ``next`` of each request: none first, then the previous page's token."""


def test_iter_rooms_over_1000_rooms_in_pages_of_100_yields_each_once_in_10_requests_following_next() -> None:
    server = PagedServer("rooms", room)
    with sync_client(server) as sync:
        ids = [item.room_id for item in sync.rooms.iter_rooms(limit=100)]

    assert ids == [f"room-{n:04d}" for n in range(TOTAL)]
    assert len(set(ids)) == TOTAL
    assert len(server.requests) == PAGES
    assert server.sent_tokens == EXPECTED_TOKENS
    assert all(params.get("limit") == "100" for params in server.requests)


def test_iter_direct_calls_over_1000_calls_in_pages_of_100_yields_each_once_in_10_requests() -> None:
    server = PagedServer("calls", call, last_page={"next": None, "has_next": False})
    with sync_client(server) as sync:
        ids = [item.call_id for item in sync.direct_calls.iter_direct_calls(limit=100, end_result=["completed"])]

    assert ids == [f"call-{n:04d}" for n in range(TOTAL)]
    assert server.sent_tokens == EXPECTED_TOKENS
    assert all(params.get("end_result") == "completed" for params in server.requests)


async def test_async_iter_rooms_over_1000_rooms_yields_each_once_in_10_requests_following_next() -> None:
    server = PagedServer("rooms", room)
    async with async_client(server) as aio:
        ids = [item.room_id async for item in aio.rooms.iter_rooms(limit=100)]

    assert ids == [f"room-{n:04d}" for n in range(TOTAL)]
    assert server.sent_tokens == EXPECTED_TOKENS


async def test_async_iter_direct_calls_over_1000_calls_yields_each_once_in_10_requests() -> None:
    server = PagedServer("calls", call)
    async with async_client(server) as aio:
        ids = [item.call_id async for item in aio.direct_calls.iter_direct_calls(limit=100)]

    assert ids == [f"call-{n:04d}" for n in range(TOTAL)]
    assert server.sent_tokens == EXPECTED_TOKENS


def test_iter_rooms_pages_yields_each_page_with_its_next_token() -> None:
    server = PagedServer("rooms", room)
    with sync_client(server) as sync:
        pages = list(sync.rooms.iter_rooms_pages(limit=100))

    assert all(isinstance(page, models.RoomList) for page in pages)
    assert [len(page.rooms) for page in pages] == PAGES * [PAGE]
    assert [page.next_ for page in pages] == [token(n) for n in range(1, PAGES)] + [""]
    assert [page.rooms[0].room_id for page in pages] == [f"room-{n * PAGE:04d}" for n in range(PAGES)]


async def test_async_iter_direct_calls_pages_yields_each_page() -> None:
    server = PagedServer("calls", call, last_page={"has_next": False})
    async with async_client(server) as aio:
        pages = [page async for page in aio.direct_calls.iter_direct_calls_pages(limit=100)]

    assert all(isinstance(page, models.DirectCallList) for page in pages)
    assert [len(page.calls) for page in pages] == PAGES * [PAGE]
    assert pages[-1].has_next is False
    assert len(server.requests) == PAGES


def test_pages_are_fetched_lazily_one_request_per_page_consumed() -> None:
    server = PagedServer("rooms", room)
    with sync_client(server) as sync:
        pages = sync.rooms.iter_rooms_pages(limit=100)
        assert server.requests == []
        next(pages)
        next(pages)
        assert len(server.requests) == 2


def test_max_items_250_yields_250_rooms_after_3_requests() -> None:
    server = PagedServer("rooms", room)
    with sync_client(server) as sync:
        ids = [item.room_id for item in sync.rooms.iter_rooms(limit=100, max_items=250)]

    assert ids == [f"room-{n:04d}" for n in range(250)]
    assert len(server.requests) == 3


async def test_async_max_items_250_yields_250_calls_after_3_requests() -> None:
    server = PagedServer("calls", call)
    async with async_client(server) as aio:
        ids = [item.call_id async for item in aio.direct_calls.iter_direct_calls(limit=100, max_items=250)]

    assert ids == [f"call-{n:04d}" for n in range(250)]
    assert len(server.requests) == 3


@pytest.mark.parametrize(
    ("cycle", "requests"),
    [(["same"], 2), (["a", "b"], 3), (["a", "b", "c"], 4)],
    ids=["self-loop", "two-page-loop", "three-page-loop"],
)
def test_a_repeated_next_token_raises_pagination_error_instead_of_looping(cycle: list[str], requests: int) -> None:
    server = CyclingServer(cycle)
    with sync_client(server) as sync:
        seen: list[str] = []
        with pytest.raises(PaginationError, match="list_rooms"):
            seen.extend(item.room_id for item in sync.rooms.iter_rooms())

    assert server.requests == requests
    assert seen == [f"room-{n:04d}" for n in range(requests)]


async def test_async_a_repeated_next_token_raises_pagination_error_instead_of_looping() -> None:
    server = CyclingServer(["a", "b"])
    async with async_client(server) as aio:
        with pytest.raises(PaginationError):
            async for _ in aio.rooms.iter_rooms():
                pass

    assert server.requests == 3


END_MARKERS = [{"next": ""}, {"next": None}, {}]
END_IDS = ["empty", "null", "absent"]


@pytest.mark.parametrize("last_page", END_MARKERS, ids=END_IDS)
def test_next_empty_null_or_absent_ends_the_list(last_page: dict[str, Any]) -> None:
    server = PagedServer("rooms", room, total=250, last_page=last_page)
    with sync_client(server) as sync:
        ids = [item.room_id for item in sync.rooms.iter_rooms(limit=100)]

    assert ids == [f"room-{n:04d}" for n in range(250)]
    assert len(server.requests) == 3


@pytest.mark.parametrize("last_page", END_MARKERS, ids=END_IDS)
async def test_async_next_empty_null_or_absent_ends_the_list(last_page: dict[str, Any]) -> None:
    server = PagedServer("calls", call, total=50, last_page=last_page)
    async with async_client(server) as aio:
        ids = [item.call_id async for item in aio.direct_calls.iter_direct_calls(limit=100)]

    assert ids == [f"call-{n:04d}" for n in range(50)]
    assert len(server.requests) == 1


@settings(max_examples=200, deadline=None)
@given(tokens=st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=30))
def test_the_guard_refuses_exactly_the_first_repeated_token(tokens: list[str]) -> None:
    # Fingerprints stand in for tokens: any unicode text is told apart, and a repeat is caught at once.
    guard = _TokenGuard("list_rooms", max_pages=10_000)
    first_repeat = next((i for i, token in enumerate(tokens) if token in tokens[:i]), None)
    for index, token in enumerate(tokens):
        if index == first_repeat:
            with pytest.raises(PaginationError, match="repeated"):
                guard.follow(object(), token)
            return
        assert guard.follow(object(), token) == token


def test_the_guard_keeps_a_fixed_size_fingerprint_not_the_token() -> None:
    guard = _TokenGuard("list_rooms", max_pages=10_000)
    long_tokens = [f"{index:08d}" + "x" * 100_000 for index in range(50)]
    for token in long_tokens:
        guard.follow(object(), token)
    kept = guard._seen
    assert len(kept) == 50
    assert all(isinstance(fingerprint, int) and fingerprint < 2**64 for fingerprint in kept)
    with pytest.raises(PaginationError, match="repeated"):
        guard.follow(object(), long_tokens[17])
