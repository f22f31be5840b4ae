"""What a client hands its resources: one call is prepare -> send -> read the result, nothing else.

``SyncRequester.call(op, arguments, request_options)`` is the whole request path of a generated
method: the options are merged once (``CallOptions``), the request is prepared from the operations
table (``request.prepare``), sent by the one loop (``send``), and its answer becomes the result
(``response.read_result``). ``page`` does the same for the first page of a list and wires the page
to fetch the next ones with the same arguments, options and client.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import httpx

from ..config import ClientConfig
from .operation import Operation
from .options import CallOptions, RequestOptions
from .pages import AsyncPage, AsyncPaginator, SyncPage, next_token_of
from .request import Prepared, prepare
from .response import RawResponse, read_result
from .secrets import CURRENT_SECRETS, Secrets
from .send import Answer, AsyncSender, SyncSender


@functools.lru_cache(maxsize=16)
def _base_path(base: str) -> str:
    """The path part of a base URL (``/v1``), parsed once per base rather than once per request."""
    return httpx.URL(base).raw_path.decode("ascii").rstrip("/")


class _Preparer:
    """The part both requesters share: options merged, request prepared for the operation's host."""

    def __init__(self, config: ClientConfig, defaults: CallOptions, secrets: Secrets) -> None:
        self.config = config
        self.defaults = defaults
        self.secrets = secrets

    def options(self, op: Operation[Any], request_options: RequestOptions | None) -> CallOptions:
        return self.defaults.merge(op.qualified_name, request_options)

    def read(self, op: Operation[Any], prepared: Prepared, answer: Answer) -> Any:
        """The result of an answer; secret fields read on the way join the client's secrets."""
        token = CURRENT_SECRETS.set(self.secrets)
        try:
            return read_result(op, prepared, answer)
        finally:
            CURRENT_SECRETS.reset(token)

    def prepare(self, op: Operation[Any], arguments: Mapping[str, Any]) -> Prepared:
        base = self.config.base_for(op.host, op.qualified_name)
        return prepare(op, arguments, base, _base_path(base), self.config.app_id)


class SyncRequester(_Preparer):
    """Sends operations through a ``SyncSender``; what the generated sync resources call."""

    def __init__(self, config: ClientConfig, defaults: CallOptions, sender: SyncSender) -> None:
        super().__init__(config, defaults, sender.secrets)
        self.sender = sender

    def call(
        self, op: Operation[Any], arguments: Mapping[str, Any], request_options: RequestOptions | None, raw: bool
    ) -> Any:
        """The result of one operation (or a RawResponse around it)."""
        options = self.options(op, request_options)
        prepared = self.prepare(op, arguments)
        answer = self.sender.send(prepared, options)
        result = self.read(op, prepared, answer)
        return RawResponse(result, answer) if raw else result

    def page(
        self, op: Operation[Any], arguments: Mapping[str, Any], request_options: RequestOptions | None, raw: bool
    ) -> Any:
        """The first page of a list operation (or a RawResponse around it); it fetches the next ones itself."""
        paging = op.paging
        assert paging is not None
        options = self.options(op, request_options)

        def fetch(token: str | None) -> tuple[SyncPage[Any], Any]:
            args = arguments if token is None else {**arguments, paging.token_param: token}
            prepared = self.prepare(op, args)
            answer = self.sender.send(prepared, options)
            body = self.read(op, prepared, answer)
            page: SyncPage[Any] = SyncPage(
                op.id, body, getattr(body, paging.items), next_token_of(body, paging.next), fetch_next
            )
            return page, answer

        def fetch_next(token: str) -> SyncPage[Any]:
            return fetch(token)[0]

        first, answer = fetch(None)
        return RawResponse(first, answer) if raw else first

    def __repr__(self) -> str:
        return f"SyncRequester(base_url={self.config.base_url!r})"


class AsyncRequester(_Preparer):
    """Sends operations through an ``AsyncSender``; what the generated async resources call."""

    def __init__(self, config: ClientConfig, defaults: CallOptions, sender: AsyncSender) -> None:
        super().__init__(config, defaults, sender.secrets)
        self.sender = sender

    async def call(
        self, op: Operation[Any], arguments: Mapping[str, Any], request_options: RequestOptions | None, raw: bool
    ) -> Any:
        """The result of one operation (or a RawResponse around it)."""
        options = self.options(op, request_options)
        prepared = self.prepare(op, arguments)
        answer = await self.sender.send(prepared, options)
        result = self.read(op, prepared, answer)
        return RawResponse(result, answer) if raw else result

    def page(
        self, op: Operation[Any], arguments: Mapping[str, Any], request_options: RequestOptions | None, raw: bool
    ) -> Any:
        """An AsyncPaginator of a list operation (raw: an awaitable of the first page's RawResponse).

        Arguments and options are checked now, before anything is awaited, as a sync call checks them.
        """
        paging = op.paging
        assert paging is not None
        options = self.options(op, request_options)
        self.prepare(op, arguments)

        async def fetch(token: str | None) -> tuple[AsyncPage[Any], Any]:
            args = arguments if token is None else {**arguments, paging.token_param: token}
            prepared = self.prepare(op, args)
            answer = await self.sender.send(prepared, options)
            body = self.read(op, prepared, answer)
            page: AsyncPage[Any] = AsyncPage(
                op.id, body, getattr(body, paging.items), next_token_of(body, paging.next), fetch_next
            )
            return page, answer

        async def fetch_next(token: str) -> AsyncPage[Any]:
            return (await fetch(token))[0]

        async def first() -> AsyncPage[Any]:
            return (await fetch(None))[0]

        async def first_raw() -> RawResponse[AsyncPage[Any]]:
            page, answer = await fetch(None)
            return RawResponse(page, answer)

        return first_raw() if raw else AsyncPaginator(first)

    def __repr__(self) -> str:
        return f"AsyncRequester(base_url={self.config.base_url!r})"


__all__ = ["AsyncRequester", "SyncRequester"]
