"""The base of the generated resources (``client.rooms``...) and the ``with_raw_response`` wrappers.

A generated method is thin: it names its operation and hands the caller's arguments to
``_call`` (or ``_page`` for a list). A resource built with ``raw=True`` answers ``RawResponse``
instead; ``with_raw_response`` is such a twin, whose methods are wrapped only to tell type
checkers so (one wrapper per method, no second copy of it).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import Any, ParamSpec, TypeVar, cast

from .operation import Operation
from .options import RequestOptions
from .pages import AsyncPage, AsyncPaginator, SyncPage
from .requester import AsyncRequester, SyncRequester
from .response import RawResponse

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
ItemT = TypeVar("ItemT")


class SyncResource:
    """The operations of one tag, sent through a client's ``SyncRequester``."""

    __slots__ = ("_raw", "_requester")

    def __init__(self, requester: SyncRequester, *, raw: bool = False) -> None:
        self._requester = requester
        self._raw = raw

    def _call(self, op: Operation[T], arguments: Mapping[str, Any], request_options: RequestOptions | None) -> T:
        return cast(T, self._requester.call(op, arguments, request_options, self._raw))

    def _page(
        self, op: Operation[Any], arguments: Mapping[str, Any], request_options: RequestOptions | None
    ) -> SyncPage[Any]:
        return cast(SyncPage[Any], self._requester.page(op, arguments, request_options, self._raw))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._requester!r}>"


class AsyncResource:
    """The operations of one tag, sent through a client's ``AsyncRequester``."""

    __slots__ = ("_raw", "_requester")

    def __init__(self, requester: AsyncRequester, *, raw: bool = False) -> None:
        self._requester = requester
        self._raw = raw

    def _call(
        self, op: Operation[T], arguments: Mapping[str, Any], request_options: RequestOptions | None
    ) -> Coroutine[Any, Any, T]:
        """The coroutine of the call (the generated method awaits it: no extra frame per call)."""
        return cast("Coroutine[Any, Any, T]", self._requester.call(op, arguments, request_options, self._raw))

    def _page(
        self, op: Operation[Any], arguments: Mapping[str, Any], request_options: RequestOptions | None
    ) -> AsyncPaginator[Any]:
        return cast(AsyncPaginator[Any], self._requester.page(op, arguments, request_options, self._raw))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._requester!r}>"


def raw_response(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """Types a method of a ``raw=True`` resource as what it answers: the same call's RawResponse."""
    return cast("Callable[P, RawResponse[R]]", method)


def async_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """Async twin of ``raw_response``."""
    return cast("Callable[P, Awaitable[RawResponse[R]]]", method)


def async_page_raw_response(
    method: Callable[P, AsyncPaginator[ItemT]],
) -> Callable[P, Awaitable[RawResponse[AsyncPage[ItemT]]]]:
    """Types an async list method of a ``raw=True`` resource: it answers the first page's RawResponse."""
    return cast("Callable[P, Awaitable[RawResponse[AsyncPage[ItemT]]]]", method)


__all__ = ["AsyncResource", "SyncResource", "async_page_raw_response", "async_raw_response", "raw_response"]
