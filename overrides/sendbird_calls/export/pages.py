"""Pages of any list operation as plain JSON items, starting from any ``next`` token.

An export that resumes must start from a saved token: this asks for each page with ``next=``
itself, with the same loop guard as the client's pages.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from enum import Enum
from typing import Any

import attrs

from ..operations import find_operation
from ..pagination import PaginationError

MAX_EMPTY_PAGES = 100
"""Consecutive empty pages that still carry a ``next`` token before the server is called looping."""


@attrs.frozen
class Page:
    """One page: its items as the API sent them, and the token of the page after it (None at the end)."""

    items: list[dict[str, Any]]
    next: str | None


def plain(value: Any) -> Any:
    """Filter values as JSON can hold them: enum members as their values, tuples as lists."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def iter_pages(
    api: Any,
    tag: str,
    operation: str,
    args: Sequence[Any] = (),
    filters: Mapping[str, Any] | None = None,
    *,
    start: str | None = None,
) -> Iterator[Page]:
    """Calls the list operation ``operation`` (an operationId) of ``api`` page after page from ``start``;
    each page's items as plain dicts (``tag`` must be the operation's)."""
    op = find_operation(operation)
    if op.tag != tag or op.paging is None:
        raise PaginationError(f"{tag}.{operation} is not a list operation of the spec")
    method = getattr(getattr(api, op.tag), op.name)
    seen: set[str] = set()
    empty = 0
    token = start
    while True:
        keywords = dict(filters or {})
        if token is not None:
            keywords[op.paging.token_param] = token
        page = method(*args, **keywords)
        items = [item.to_dict() for item in page.items]
        following = page.next_token
        yield Page(items=items, next=following)
        if following is None:
            return
        if following in seen:
            raise PaginationError(f"{operation}: the server repeated the next token of an earlier page; stopping")
        seen.add(following)
        empty = 0 if items else empty + 1
        if empty >= MAX_EMPTY_PAGES:
            raise PaginationError(f"{operation}: {empty} empty pages in a row that still had a next token; stopping")
        token = following


__all__ = ["MAX_EMPTY_PAGES", "Page", "iter_pages", "plain"]
