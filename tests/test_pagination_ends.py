"""Pagination always ends (issue 11, promise 6): a server handing out fresh ``next`` tokens for empty
pages, or pages without end, stops with a ``PaginationError`` saying why, never a loop.

Through both clients for the empty pages; on ``TokenGuard`` itself for the page cap (a client's
cap is 100 000 pages) and for any run of empty pages against any limit.
"""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendbird_calls import AsyncCallsClient, CallsClient, PaginationError
from sendbird_calls.pagination import TokenGuard
from tests.spec_examples import API_TOKEN, APP_ID


class EmptyPagesForever:
    """A list operation's server answering every page empty, with a fresh next token each time."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        asked = request.url.params.get("next", "0")
        return httpx.Response(200, json={"rooms": [], "next": str(int(asked) + 1)})


def test_empty_pages_with_fresh_tokens_stop_with_a_pagination_error() -> None:
    server = EmptyPagesForever()

    with (
        CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(server), rate_limits=None) as client,
        pytest.raises(PaginationError, match="10 pages in a row had no items"),
    ):
        list(client.rooms.list())

    assert server.count == 10


async def test_async_empty_pages_with_fresh_tokens_stop_with_a_pagination_error() -> None:
    server = EmptyPagesForever()

    async with AsyncCallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(server), rate_limits=None) as client:
        with pytest.raises(PaginationError, match="in a row"):
            async for _ in client.rooms.list():
                pass

    assert server.count == 10


def test_a_page_cap_stops_an_endless_list_saying_why() -> None:
    guard = TokenGuard("rooms.list", max_pages=50)
    for number in range(1, 50):  # pages 1 to 49 hand out the tokens of pages 2 to 50
        guard.follow(empty=False, token=f"token-{number}")

    with pytest.raises(PaginationError, match="stopped after 50 pages"):
        guard.follow(empty=False, token="token-50")


@given(empties=st.integers(min_value=0, max_value=30), limit=st.integers(min_value=1, max_value=12))
def test_any_run_of_empty_pages_at_the_limit_stops_and_a_shorter_one_does_not(empties: int, limit: int) -> None:
    """A run of ``empties`` empty pages with fresh tokens, then a page with items."""
    guard = TokenGuard("rooms.list", max_empty_pages=limit)

    def follow_the_run() -> None:
        for number in range(empties):
            guard.follow(empty=True, token=f"empty-{number}")
        guard.follow(empty=False, token="full")

    if empties >= limit:
        with pytest.raises(PaginationError, match=f"{limit} pages in a row"):
            follow_the_run()
    else:
        follow_the_run()
