"""Ready-to-use mocks for tests: in-process (``CallsMock``) and real HTTP on loopback (``CallsMockServer``).

Both expose what ``CallsClient(app_id, api_token, base_url=..., chat_base_url=..., http_client=...)``
needs, plus the control surface (``state``, ``faults``, ``requests``).
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx
from starlette.applications import Starlette

from .._constants import IN_PROCESS_MOCK_HOST
from .app import MockControl, create_app
from .faults import Faults
from .http_guard import GuardedH11Protocol, ServerLimits, server_config
from .limits import MAX_CONNECTIONS, REQUEST_TIMEOUT
from .request_log import RequestLog
from .state import MockState
from .transport import AsyncASGITransport, SyncASGITransport
from .webhook_delivery import WebhookDispatcher

if TYPE_CHECKING:
    from ..client import AsyncCallsClient, CallsClient

IN_PROCESS_ORIGIN = f"http://{IN_PROCESS_MOCK_HOST}"
"""The origin of in-process URLs; no request leaves the process, so the host is only a label."""


class CallsMock:
    """A mock app reached in-process: ``client()``/``async_client()`` are httpx clients bound to it."""

    def __init__(self, app: Starlette | None = None, *, origin: str = IN_PROCESS_ORIGIN, **app_options: Any) -> None:
        if app is not None and app_options:
            raise TypeError("pass either an app or create_app options, not both")
        self.app = app if app is not None else create_app(**app_options)
        self.origin = origin.rstrip("/")
        self._sync_transport: SyncASGITransport | None = None
        self._clients: list[httpx.Client | httpx.AsyncClient] = []

    @property
    def control(self) -> MockControl:
        """The mock's control surface (``app.state.mock``)."""
        control: MockControl = self.app.state.mock
        return control

    @property
    def base_url(self) -> str:
        """The Calls API base URL (``.../v1``)."""
        return f"{self.origin}/v1"

    @property
    def chat_base_url(self) -> str:
        """The Chat API base URL of the secondary-token operations (``.../v3``)."""
        return f"{self.origin}/v3"

    @property
    def app_id(self) -> str:
        """The application ID."""
        return self.control.app_id

    @property
    def api_token(self) -> str:
        """The master API token."""
        return self.control.api_token

    @property
    def state(self) -> MockState:
        """The application's data."""
        return self.control.state

    @property
    def faults(self) -> Faults:
        """The fault rules."""
        return self.control.faults

    @property
    def webhooks(self) -> WebhookDispatcher | None:
        """The signed webhook deliveries of the mock (None when turned off)."""
        return self.control.webhooks

    @property
    def requests(self) -> RequestLog:
        """Every request received so far."""
        return self.control.requests

    def client(self, **options: Any) -> httpx.Client:
        """An ``httpx.Client`` on the app (``base_url`` defaults to ``base_url``; no token is preset)."""
        if self._sync_transport is None:
            self._sync_transport = SyncASGITransport(self.app)
        options.setdefault("base_url", self.base_url)
        client = httpx.Client(transport=self._sync_transport, **options)
        self._clients.append(client)
        return client

    def async_client(self, **options: Any) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` on the app (``base_url`` defaults to ``base_url``; no token is preset)."""
        options.setdefault("base_url", self.base_url)
        client = httpx.AsyncClient(transport=AsyncASGITransport(self.app), **options)
        self._clients.append(client)
        return client

    def calls_client(self, **options: Any) -> CallsClient:
        """A ``CallsClient`` of this mock's application, sending in-process (``options``: more client settings)."""
        from ..client import CallsClient

        return CallsClient(
            self.app_id,
            self.api_token,
            base_url=self.base_url,
            chat_base_url=self.chat_base_url,
            http_client=self.client(),
            **options,
        )

    def async_calls_client(self, **options: Any) -> AsyncCallsClient:
        """An ``AsyncCallsClient`` of this mock's application, sending in-process."""
        from ..client import AsyncCallsClient

        return AsyncCallsClient(
            self.app_id,
            self.api_token,
            base_url=self.base_url,
            chat_base_url=self.chat_base_url,
            http_client=self.async_client(),
            **options,
        )

    def close(self) -> None:
        """Close the sync clients handed out and stop the in-process event loop thread."""
        for client in self._clients:
            if isinstance(client, httpx.Client):
                client.close()
        self._clients.clear()
        if self._sync_transport is not None:
            self._sync_transport.close()
            self._sync_transport = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def bind_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening TCP socket; with port 0 the OS picks a free port (read it from ``getsockname()``).

    Created with ``IPPROTO_TCP`` and ``TCP_NODELAY``: asyncio turns Nagle off only on sockets whose
    ``proto`` says TCP, and with Nagle on, each keep-alive answer waited ~40 ms for a delayed ACK.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


class CallsMockServer(CallsMock):
    """A mock app served over real HTTP by uvicorn in a daemon thread, on a free loopback port.

    ``request_timeout`` and ``max_connections`` bound the server (``mock.http_guard``): a request
    must arrive in full within the timeout, and past the cap the connection that has waited
    longest for its request is closed to make room.
    """

    def __init__(
        self,
        app: Starlette | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        request_timeout: float = REQUEST_TIMEOUT,
        max_connections: int = MAX_CONNECTIONS,
        **app_options: Any,
    ):
        import uvicorn

        limits = ServerLimits(request_timeout=request_timeout, max_connections=max_connections)
        self._socket = bind_socket(host, port)
        self.host = host
        self.port: int = self._socket.getsockname()[1]
        url_host = f"[{host}]" if ":" in host else host
        super().__init__(app, origin=f"http://{url_host}:{self.port}", **app_options)
        config = server_config(self.app, limits, log_level="warning", access_log=False)
        self._protocol: type[GuardedH11Protocol] = config.http
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="sendbird-calls-mock-http", daemon=True
        )

    def start(self, timeout: float = 10.0) -> Self:
        """Start serving; returns once uvicorn accepts connections."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the mock server did not start")
            time.sleep(0.01)
        return self

    @property
    def connection_cap(self) -> int:
        """How many connections the server holds at once (``max_connections``, lowered to fit the
        process's file descriptor limit)."""
        return self._protocol.cap

    @property
    def open_connections(self) -> int:
        """How many connections the server holds now."""
        return len(self._protocol.open_connections)

    def client(self, **options: Any) -> httpx.Client:
        """An ``httpx.Client`` over real HTTP (``base_url`` defaults to ``base_url``)."""
        options.setdefault("base_url", self.base_url)
        client = httpx.Client(**options)
        self._clients.append(client)
        return client

    def async_client(self, **options: Any) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` over real HTTP (``base_url`` defaults to ``base_url``)."""
        options.setdefault("base_url", self.base_url)
        client = httpx.AsyncClient(**options)
        self._clients.append(client)
        return client

    def close(self) -> None:
        """Stop uvicorn and wait for its thread."""
        super().close()
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        self._socket.close()

    def __enter__(self) -> Self:
        return self.start()
