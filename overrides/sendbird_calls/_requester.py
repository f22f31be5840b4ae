"""Sends the generated operations: the requesters behind CallsClient and AsyncCallsClient."""

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

import httpx

from sendbird_calls_api.api import Build, OperationInfo, RawResponse, RequestOptions
from sendbird_calls_api.types import UNSET

from ._prepare import next_arguments, parse_response, prepare_request
from .config import ClientConfig
from .errors import APIConnectionError, ClientClosedError, error_from_transport
from .pagination import aiterate_pages, check_max_items, iterate_pages

T = TypeVar("T")
PageT = TypeVar("PageT")


class SyncRequester:
    """Prepares, sends and parses operations over one ``httpx.Client``."""

    def __init__(self, config: ClientConfig, http: httpx.Client) -> None:
        self._config = config
        self._http = http

    def call(
        self,
        op: OperationInfo,
        build: Build,
        arguments: dict[str, Any],
        parse: Callable[[Any], T],
        options: RequestOptions | None,
    ) -> RawResponse[T]:
        prepared = prepare_request(self._config, op, build, arguments, options)
        if self._http.is_closed:
            raise _closed(op)
        try:
            response = self._http.request(prepared.method, prepared.url, **prepared.request_kwargs())
        except httpx.HTTPError as exc:
            raise _from_httpx(exc, prepared.method, prepared.log_path) from exc
        return parse_response(op, prepared, response, parse)

    def paginate(
        self,
        op: OperationInfo,
        build: Build,
        arguments: dict[str, Any],
        parse: Callable[[Any], PageT],
        options: RequestOptions | None,
    ) -> Iterator[PageT]:
        def fetch(token: str | None) -> PageT:
            args = next_arguments(op, arguments, UNSET if token is None else token)
            return self.call(op, build, args, parse, options).parsed

        return iterate_pages(op.name, fetch)

    def check_max_items(self, max_items: Any) -> int | None:
        """``max_items`` checked before any request: an int >= 0 or None."""
        return check_max_items(max_items)

    def __repr__(self) -> str:
        return f"SyncRequester(base_url={self._config.base_url!r})"


class AsyncRequester:
    """Prepares, sends and parses operations over one ``httpx.AsyncClient``."""

    def __init__(self, config: ClientConfig, http: httpx.AsyncClient) -> None:
        self._config = config
        self._http = http

    async def call(
        self,
        op: OperationInfo,
        build: Build,
        arguments: dict[str, Any],
        parse: Callable[[Any], T],
        options: RequestOptions | None,
    ) -> RawResponse[T]:
        prepared = prepare_request(self._config, op, build, arguments, options)
        if self._http.is_closed:
            raise _closed(op)
        try:
            response = await self._http.request(prepared.method, prepared.url, **prepared.request_kwargs())
        except httpx.HTTPError as exc:
            raise _from_httpx(exc, prepared.method, prepared.log_path) from exc
        return parse_response(op, prepared, response, parse)

    def paginate(
        self,
        op: OperationInfo,
        build: Build,
        arguments: dict[str, Any],
        parse: Callable[[Any], PageT],
        options: RequestOptions | None,
    ) -> AsyncIterator[PageT]:
        async def fetch(token: str | None) -> PageT:
            args = next_arguments(op, arguments, UNSET if token is None else token)
            return (await self.call(op, build, args, parse, options)).parsed

        return aiterate_pages(op.name, fetch)

    def check_max_items(self, max_items: Any) -> int | None:
        """``max_items`` checked before any request: an int >= 0 or None."""
        return check_max_items(max_items)

    def __repr__(self) -> str:
        return f"AsyncRequester(base_url={self._config.base_url!r})"


def _closed(op: OperationInfo) -> ClientClosedError:
    return ClientClosedError(f"{op.name}: the client is closed; create a new one (or call inside its `with` block)")


def _from_httpx(exc: httpx.HTTPError, method: str, path: str) -> APIConnectionError:
    """A transport failure, or any other httpx error (an undecodable compressed body), as a typed error."""
    if isinstance(exc, httpx.TransportError):
        return error_from_transport(exc, method=method, path=path)
    return APIConnectionError(
        f"{type(exc).__name__} on {method} {path}: the answer could not be read", method=method, path=path
    )
