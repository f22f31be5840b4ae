"""Follows ``next`` tokens page after page, for every list operation, sync and async.

A page ends the list when its ``next`` is empty, null or absent. Iteration always ends: a token
the server already gave once, MAX_EMPTY_PAGES pages in a row without items but with a fresh
``next``, or more than MAX_PAGES pages raise PaginationError, saying which, instead of fetching
forever.
"""

import hashlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

from sendbird_calls_api.types import UNSET

from ._constants import MAX_EMPTY_PAGES, MAX_PAGES
from .errors import InvalidArgumentError, InvalidArgumentTypeError, SendbirdCallsError

PageT = TypeVar("PageT")


class PaginationError(SendbirdCallsError):
    """Following ``next`` would not end: a repeated token, too many empty pages, or too many pages."""


def next_token(page: Any) -> str | None:
    """The page's ``next`` token, or None at the end of the list."""
    token = getattr(page, "next_", UNSET)
    if token is UNSET or token is None or token == "":
        return None
    return str(token)


def is_empty(page: Any) -> bool:
    """True when no list field of the page holds an item (a page of a list operation has one)."""
    import attrs  # pages are attrs models, loaded by then; importing it here keeps attrs off start-up

    if not attrs.has(type(page)):
        return False
    return not any(isinstance(value, list) and value for value in attrs.asdict(page, recurse=False).values())


def _fingerprint(token: str) -> int:
    """A 64-bit BLAKE2b digest of a token: what the guard keeps instead of the token itself.

    A token is opaque and may be long; its fingerprint costs the same few bytes whatever its
    length. Two different tokens share one with probability 2**-64 per pair (about 3e-10 over
    MAX_PAGES pages), and a collision could only stop an iteration early with a PaginationError,
    never loop or skip silently.
    """
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


class _TokenGuard:
    """Refuses a repeated token, a run of empty pages and a runaway page count, naming which.

    Memory per page is one 64-bit fingerprint of its token, not the token: bounded however long
    the server's tokens are, and at most MAX_PAGES of them.
    """

    def __init__(self, operation: str, max_pages: int = MAX_PAGES, max_empty_pages: int = MAX_EMPTY_PAGES) -> None:
        self._operation = operation
        self._seen: set[int] = set()
        self._pages = 1
        self._empty_run = 0
        self._max_pages = max_pages
        self._max_empty_pages = max_empty_pages

    def follow(self, page: Any, token: str) -> str:
        pages = self._pages
        fingerprint = _fingerprint(token)
        if fingerprint in self._seen:
            raise PaginationError(
                f"{self._operation}: the server repeated the next token of an earlier page after "
                f"{pages} page(s); stopping instead of looping forever"
            )
        self._empty_run = self._empty_run + 1 if is_empty(page) else 0
        if self._empty_run >= self._max_empty_pages:
            raise PaginationError(
                f"{self._operation}: {self._empty_run} pages in a row had no items but a new next token; "
                "stopping instead of fetching empty pages forever"
            )
        if pages >= self._max_pages:
            raise PaginationError(
                f"{self._operation}: stopped after {pages} pages (the client's limit); narrow the query "
                "or iterate the pages in parts"
            )
        self._seen.add(fingerprint)
        self._pages += 1
        return token


def iterate_pages(
    operation: str,
    fetch: Callable[[str | None], PageT],
    *,
    max_pages: int = MAX_PAGES,
    max_empty_pages: int = MAX_EMPTY_PAGES,
) -> Iterator[PageT]:
    """Yields pages lazily: ``fetch(None)`` first, then ``fetch(token)`` while tokens come."""
    guard = _TokenGuard(operation, max_pages, max_empty_pages)
    token: str | None = None
    while True:
        page = fetch(token)
        yield page
        following = next_token(page)
        if following is None:
            return
        token = guard.follow(page, following)


async def aiterate_pages(
    operation: str,
    fetch: Callable[[str | None], Awaitable[PageT]],
    *,
    max_pages: int = MAX_PAGES,
    max_empty_pages: int = MAX_EMPTY_PAGES,
) -> AsyncIterator[PageT]:
    """Async twin of iterate_pages."""
    guard = _TokenGuard(operation, max_pages, max_empty_pages)
    token: str | None = None
    while True:
        page = await fetch(token)
        yield page
        following = next_token(page)
        if following is None:
            return
        token = guard.follow(page, following)


def check_max_items(max_items: Any) -> int | None:
    """``max_items`` when it is None or an int >= 0; a clear argument error before any request otherwise."""
    if max_items is None:
        return None
    if isinstance(max_items, bool) or not isinstance(max_items, int):
        raise InvalidArgumentTypeError(f"max_items must be an int >= 0 or None, not {type(max_items).__name__}")
    if max_items < 0:
        raise InvalidArgumentError(f"max_items must be >= 0 or None, got {max_items}")
    return max_items
