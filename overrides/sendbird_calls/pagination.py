"""Follows ``next`` tokens page after page, for every list operation, sync and async.

A page ends the list when its ``next`` is empty, null or absent. A token the server already
gave once means it is looping: that raises PaginationError instead of fetching forever.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

from sendbird_calls_api.types import UNSET

from .errors import SendbirdCallsError

PageT = TypeVar("PageT")


class PaginationError(SendbirdCallsError):
    """The server sent a ``next`` token it had already sent: following it would loop forever."""


def next_token(page: Any) -> str | None:
    """The page's ``next`` token, or None at the end of the list."""
    token = getattr(page, "next_", UNSET)
    if token is UNSET or token is None or token == "":
        return None
    return str(token)


class _TokenGuard:
    """Remembers every token followed, to refuse a repeated one."""

    def __init__(self, operation: str) -> None:
        self._operation = operation
        self._seen: set[str] = set()

    def follow(self, token: str) -> str:
        if token in self._seen:
            raise PaginationError(
                f"{self._operation}: the server repeated the next token of an earlier page after "
                f"{len(self._seen)} page(s); stopping instead of looping forever"
            )
        self._seen.add(token)
        return token


def iterate_pages(operation: str, fetch: Callable[[str | None], PageT]) -> Iterator[PageT]:
    """Yields pages lazily: ``fetch(None)`` first, then ``fetch(token)`` while tokens come."""
    guard = _TokenGuard(operation)
    token: str | None = None
    while True:
        page = fetch(token)
        yield page
        following = next_token(page)
        if following is None:
            return
        token = guard.follow(following)


async def aiterate_pages(operation: str, fetch: Callable[[str | None], Awaitable[PageT]]) -> AsyncIterator[PageT]:
    """Async twin of iterate_pages."""
    guard = _TokenGuard(operation)
    token: str | None = None
    while True:
        page = await fetch(token)
        yield page
        following = next_token(page)
        if following is None:
            return
        token = guard.follow(following)
