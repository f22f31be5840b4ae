"""httpx transports that call an ASGI app in-process, sync and async, honouring the read timeout.

httpx's own ``ASGITransport`` is async only and ignores timeouts. ``SyncASGITransport`` runs it on
a private event loop in a daemon thread, so a plain ``httpx.Client`` works from any thread,
inside a running event loop too (where ``asyncio.run`` would fail). Both raise
``httpx.ReadTimeout`` when the app answers slower than the request's read timeout, so a latency
fault is seen exactly as over the network.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

import httpx

ASGIApp = Callable[..., Coroutine[Any, Any, None]]


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout") or {}
    value = timeout.get("read")
    return float(value) if value is not None else None


async def _call_app(inner: httpx.ASGITransport, request: httpx.Request) -> httpx.Response:
    response = await inner.handle_async_request(request)
    content = await response.aread()
    return httpx.Response(response.status_code, headers=response.headers, content=content, request=request)


async def _cancel_pending() -> None:
    """Cancel what still runs on the loop (a request abandoned at its timeout) and wait for it to end."""
    tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


class AsyncASGITransport(httpx.AsyncBaseTransport):
    """``httpx.ASGITransport`` with the read timeout enforced."""

    def __init__(self, app: ASGIApp) -> None:
        self._inner = httpx.ASGITransport(app=app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await asyncio.wait_for(_call_app(self._inner, request), _read_timeout(request))
        except TimeoutError as exc:
            raise httpx.ReadTimeout("the mock did not answer within the read timeout", request=request) from exc


class SyncASGITransport(httpx.BaseTransport):
    """A sync transport over an ASGI app: requests run on one event loop in a background thread."""

    def __init__(self, app: ASGIApp) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="sendbird-calls-mock-asgi", daemon=True)
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        async_request = httpx.Request(
            request.method, request.url, headers=request.headers, content=content, extensions=request.extensions
        )
        future = asyncio.run_coroutine_threadsafe(_call_app(self._inner, async_request), self._ensure_loop())
        try:
            response = future.result(_read_timeout(request))
        except FutureTimeout as exc:
            future.cancel()
            raise httpx.ReadTimeout("the mock did not answer within the read timeout", request=request) from exc
        response.request = request
        return response

    def close(self) -> None:
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is not None and thread is not None:
            asyncio.run_coroutine_threadsafe(_cancel_pending(), loop).result(timeout=5)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=5)
            loop.close()
