"""Pages of a list operation: one obvious way to page.

``client.rooms.list(...)`` fetches the first page and returns a ``SyncPage``: ``page.items`` are its
items, ``page.next_token`` the cursor of the next page (pass it back as ``next=`` to resume later),
``page.next_page()`` fetches that page, and iterating the page yields every item of this page and
of every page after it, fetching each when needed. ``AsyncCallsClient`` returns an
``AsyncPaginator``: ``await`` it for the first ``AsyncPage``, or ``async for`` over every item.
Every iteration ends (``pagination.TokenGuard``): a repeated token, a run of empty pages or a
runaway page count raise ``PaginationError``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

from ..pagination import TokenGuard
from .model import Model
from .unset import UNSET

ItemT = TypeVar("ItemT")


def next_token_of(body: Model, attribute: str) -> str | None:
    """A page's ``next`` cursor, or None at the end of the list (empty, null or absent)."""
    token = getattr(body, attribute, UNSET)
    if token is UNSET or token is None or token == "":
        return None
    return str(token)


class SyncPage(Generic[ItemT]):
    """One page of a list; iterating it yields every item of this page and of the pages after it."""

    __slots__ = ("_fetch", "_operation", "body", "items", "next_token")

    def __init__(
        self,
        operation: str,
        body: Model,
        items: list[ItemT],
        next_token: str | None,
        fetch: Callable[[str], SyncPage[ItemT]],
    ) -> None:
        self._operation = operation
        self._fetch = fetch
        self.body = body
        """The page as the API sent it (``RoomList``...): ``prev``, ``has_next`` and unknown fields too."""
        self.items = items
        """This page's items."""
        self.next_token = next_token
        """The cursor of the next page, or None on the last one; ``list(..., next=token)`` resumes there."""

    def has_next_page(self) -> bool:
        """Whether a page follows this one."""
        return self.next_token is not None

    def next_page(self) -> SyncPage[ItemT] | None:
        """Fetches the page after this one; None on the last page."""
        return None if self.next_token is None else self._fetch(self.next_token)

    def iter_pages(self) -> Iterator[SyncPage[ItemT]]:
        """This page, then every page after it, each fetched when the loop reaches it."""
        guard = TokenGuard(self._operation)
        page = self
        while True:
            yield page
            token = page.next_token
            if token is None:
                return
            guard.follow(not page.items, token)
            page = page._fetch(token)

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items

    def to_dict(self) -> dict[str, Any]:
        """The page as the API sent it."""
        return self.body.to_dict()

    def __repr__(self) -> str:
        return f"SyncPage({self._operation}, items={len(self.items)}, next_token={self.next_token!r})"


class AsyncPage(Generic[ItemT]):
    """One page of a list; ``async for`` over it yields every item of this page and of the pages after it."""

    __slots__ = ("_fetch", "_operation", "body", "items", "next_token")

    def __init__(
        self,
        operation: str,
        body: Model,
        items: list[ItemT],
        next_token: str | None,
        fetch: Callable[[str], Awaitable[AsyncPage[ItemT]]],
    ) -> None:
        self._operation = operation
        self._fetch = fetch
        self.body = body
        """The page as the API sent it (``RoomList``...): ``prev``, ``has_next`` and unknown fields too."""
        self.items = items
        """This page's items."""
        self.next_token = next_token
        """The cursor of the next page, or None on the last one; ``list(..., next=token)`` resumes there."""

    def has_next_page(self) -> bool:
        """Whether a page follows this one."""
        return self.next_token is not None

    async def next_page(self) -> AsyncPage[ItemT] | None:
        """Fetches the page after this one; None on the last page."""
        return None if self.next_token is None else await self._fetch(self.next_token)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT]]:
        """This page, then every page after it, each fetched when the loop reaches it."""
        guard = TokenGuard(self._operation)
        page = self
        while True:
            yield page
            token = page.next_token
            if token is None:
                return
            guard.follow(not page.items, token)
            page = await page._fetch(token)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def to_dict(self) -> dict[str, Any]:
        """The page as the API sent it."""
        return self.body.to_dict()

    def __repr__(self) -> str:
        return f"AsyncPage({self._operation}, items={len(self.items)}, next_token={self.next_token!r})"


class AsyncPaginator(Generic[ItemT]):
    """What an async ``list`` returns: ``await`` it for the first page, ``async for`` it for every item."""

    __slots__ = ("_first",)

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[ItemT]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self._first()
        async for item in page:
            yield item


__all__ = ["AsyncPage", "AsyncPaginator", "SyncPage", "next_token_of"]
