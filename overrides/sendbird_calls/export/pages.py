"""Pages of any list operation as plain JSON items, starting from any ``next`` token.

A list method (``client.rooms.list``) starts from any ``next`` token and follows the pages with
the client's loop guard; this hands out each page's items as plain dicts and the token after it,
for an export that resumes from a saved token. ``operation`` is the operationId or method name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from enum import Enum
from typing import Any

import attrs

from ..core.model import to_json_value
from ..errors import InvalidArgumentError
from ..operations import find_operation


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
    """Calls ``api.<tag>.<list method>`` page after page from ``start``; each page's items as plain dicts."""
    try:
        op = find_operation(operation)  # an operationId
    except InvalidArgumentError:
        op = find_operation(f"{tag}.{operation}")  # a method name
    if op.tag != tag or op.paging is None:
        raise ValueError(f"{tag}.{operation} is not a list operation")
    keywords = dict(filters or {})
    if start is not None:
        keywords[op.paging.token_param] = start
    first = getattr(getattr(api, tag), op.name)(*args, **keywords)
    for page in first.iter_pages():
        yield Page(items=[to_json_value(item) for item in page.items], next=page.next_token)


__all__ = ["Page", "iter_pages", "plain"]
