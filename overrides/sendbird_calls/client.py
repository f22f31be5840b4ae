"""CallsClient and AsyncCallsClient: one object configured once, every operation as a typed method.

The resources (``client.rooms``...) come from the generated ``SyncApi``/``AsyncApi`` (one per tag,
one method per operation), so a regenerated spec brings new operations with no change here. This
module only wires the one HTTP stack: the resolved configuration, one ``httpx.Client`` (yours, or
one over the deadline-bound transport) and the sending loop (``core.send``) behind the requester.
"""

from types import TracebackType
from typing import Self

import httpx

from sendbird_calls_api.api import AsyncApi, SyncApi

from ._constants import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMITS,
    DEFAULT_TIMEOUT,
    IN_PROCESS_MOCK_HOST,
)
from ._logging import configure_from_env
from .config import ClientConfig, resolve_config
from .core.options import CallOptions
from .core.request import BASE_HEADERS, CALLER_CLIENT_HEADERS
from .core.requester import AsyncRequester, SyncRequester
from .core.send import AsyncSender, SyncSender
from .errors import ConfigurationError, InvalidArgumentError, InvalidArgumentTypeError
from .rate_limit import RateLimitSetting, rate_limiter_from
from .retry import RetryPolicy


def _configure(
    app_id: str | None,
    api_token: str | None,
    *,
    base_url: str | None,
    chat_base_url: str | None,
    timeout: float | httpx.Timeout,
    max_retries: int,
    deadline: float,
    max_response_bytes: int,
) -> ClientConfig:
    """The checked configuration of a new client; SENDBIRD_CALLS_LOG is read once here."""
    configure_from_env()
    return resolve_config(
        app_id,
        api_token,
        base_url=base_url,
        chat_base_url=chat_base_url,
        timeout=timeout,
        max_retries=max_retries,
        deadline=deadline,
        max_response_bytes=max_response_bytes,
    )


def _defaults(config: ClientConfig) -> CallOptions:
    """The options every call runs with unless its ``request_options`` say otherwise."""
    return CallOptions(
        timeout=config.timeout,
        retry_policy=RetryPolicy(max_retries=config.max_retries),
        deadline=config.deadline,
        max_response_bytes=config.max_response_bytes,
    )


def _check_mock_address(config: ClientConfig, http_client: object, transport: object) -> None:
    """The in-process mock's URLs lead nowhere without its transport: say what to do instead of a DNS error."""
    if http_client is None and transport is None and httpx.URL(config.base_url).host == IN_PROCESS_MOCK_HOST:
        raise ConfigurationError(
            f"base_url {config.base_url!r} is the in-process mock's address, reachable only through the mock's own "
            "transport: pass http_client=calls_mock.client() (async: calls_mock.async_client()), or take a ready "
            "client from calls_mock.calls_client() or the calls_client fixture"
        )


def _check_one_of(http_client: object, transport: object, client_type: type, transport_type: type) -> None:
    if http_client is not None and transport is not None:
        raise InvalidArgumentError("pass either http_client or transport, not both")
    if http_client is not None and not isinstance(http_client, client_type):
        raise InvalidArgumentTypeError(
            f"http_client must be an {client_type.__module__}.{client_type.__name__}, got {type(http_client).__name__}"
        )
    if transport is not None and not isinstance(transport, transport_type):
        raise InvalidArgumentTypeError(
            f"transport must be an {transport_type.__module__}.{transport_type.__name__}, "
            f"got {type(transport).__name__}"
        )


class _Configured:
    """What both clients show of their configuration: a masked ``config`` and a token-free repr."""

    _config: ClientConfig

    @property
    def config(self) -> ClientConfig:
        """The resolved configuration (the token inside is masked)."""
        return self._config

    def __repr__(self) -> str:
        return f"{type(self).__name__}(app_id={self._config.app_id!r}, base_url={self._config.base_url!r})"


class CallsClient(_Configured, SyncApi):
    """Synchronous client of the Sendbird Calls Platform API.

    Operations are grouped by tag, named by their verb: ``client.rooms.create(type=...)``,
    ``client.rooms.retrieve(room_id)``, ``client.users.list_calls(user_id)``; a single resource is
    returned itself, a list as a page that iterates over every item of every page. Use it as a
    context manager, or call ``close()``. Redirects are never followed: a 3xx answer raises
    ``RedirectError``.

    Args:
        app_id: The application ID (letters, digits, hyphens; it becomes part of the host).
            Defaults to the SENDBIRD_APP_ID environment variable.
        api_token: The master or a secondary API token (printable ASCII), kept masked. Defaults
            to the SENDBIRD_API_TOKEN environment variable.
        base_url: Replaces ``https://api-{app_id}.calls.sendbird.com/v1`` (a mock, a proxy).
            Defaults to SENDBIRD_CALLS_BASE_URL when set.
        chat_base_url: Where the secondary-token operations go; by default the ``/v3`` sibling
            of ``base_url``.
        timeout: Seconds, or an ``httpx.Timeout``; by default 5 s to connect and 30 s to read,
            write and wait for a pooled connection (an attempt ends by its longest phase).
            ``None`` (no timeout), infinities and NaN are refused.
        deadline: Seconds one call may take in all, retries and waits included; 120 s by default.
        max_retries: Retries of a failed request (429, 5xx, network errors), 0 for none; 2 by
            default. POSTs are never retried once sent.
        max_response_bytes: The largest answer body read (16 MiB by default); past it
            ``ResponseTooLargeError``.
        rate_limits: Requests per second per HTTP method and operation (a mapping merged into
            Sendbird's documented limits), a shared ``BatchRateLimiter``, or ``None`` to turn the
            limiter off.
        http_client: Your own ``httpx.Client``: the one client every request goes through (its
            proxies, TLS, event hooks), never following redirects; it stays open on ``close()``.
            Its hooks see requests as sent (the token included). Exclusive with ``transport``.
        transport: An httpx transport to send through (proxies, TLS, ``httpx.MockTransport``).

    Raises:
        ConfigurationError: A missing app ID or token, or a value the client cannot work with.
    """

    def __init__(
        self,
        app_id: str | None = None,
        api_token: str | None = None,
        *,
        base_url: str | None = None,
        chat_base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        rate_limits: RateLimitSetting = DEFAULT_RATE_LIMITS,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._config = _configure(
            app_id,
            api_token,
            base_url=base_url,
            chat_base_url=chat_base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        _check_one_of(http_client, transport, httpx.Client, httpx.BaseTransport)
        _check_mock_address(self._config, http_client, transport)
        self._owns_http = http_client is None
        socket_deadline = http_client is None and transport is None
        if http_client is None:
            if transport is None:
                from .core.network import DeadlineTransport  # httpcore loads with the first client, not at import

                transport = DeadlineTransport()
            http_client = httpx.Client(
                transport=transport, timeout=self._config.timeout, headers=BASE_HEADERS, follow_redirects=False
            )
        self._http = http_client
        sender = SyncSender(
            http_client,
            token=self._config.api_token,
            rate_limiter=rate_limiter_from(rate_limits),
            default_headers=() if self._owns_http else CALLER_CLIENT_HEADERS,
            socket_deadline=socket_deadline,
        )
        self._requester = SyncRequester(self._config, _defaults(self._config), sender)

    def close(self) -> None:
        """Closes the connection pool (a caller-supplied http_client stays open: its owner closes it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncCallsClient(_Configured, AsyncApi):
    """Asynchronous twin of CallsClient: the same arguments, the same method names, awaitable.

    Use it as an async context manager, or await ``aclose()``.

    Args:
        app_id: The application ID; defaults to the SENDBIRD_APP_ID environment variable.
        api_token: The master or a secondary API token, kept masked; defaults to
            SENDBIRD_API_TOKEN.
        base_url: Replaces ``https://api-{app_id}.calls.sendbird.com/v1``; defaults to
            SENDBIRD_CALLS_BASE_URL when set.
        chat_base_url: Where the secondary-token operations go; by default the ``/v3`` sibling
            of ``base_url``.
        timeout: Seconds, or an ``httpx.Timeout``; 5 s to connect and 30 s to read by default.
        max_retries: Retries of a failed request, 0 for none; 2 by default.
        deadline: Seconds one call may take in all, retries and waits included; 120 s by default.
        max_response_bytes: The largest answer body read (16 MiB by default).
        rate_limits: A mapping of rates merged into the defaults, a shared ``BatchRateLimiter``,
            or ``None``.
        http_client: Your own ``httpx.AsyncClient`` to send through. Exclusive with
            ``transport``.
        transport: An async httpx transport to send through.

    Raises:
        ConfigurationError: A missing app ID or token, or a value the client cannot work with.
    """

    def __init__(
        self,
        app_id: str | None = None,
        api_token: str | None = None,
        *,
        base_url: str | None = None,
        chat_base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        rate_limits: RateLimitSetting = DEFAULT_RATE_LIMITS,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._config = _configure(
            app_id,
            api_token,
            base_url=base_url,
            chat_base_url=chat_base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        _check_one_of(http_client, transport, httpx.AsyncClient, httpx.AsyncBaseTransport)
        _check_mock_address(self._config, http_client, transport)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.AsyncClient(
                transport=transport if transport is not None else httpx.AsyncHTTPTransport(),
                timeout=self._config.timeout,
                headers=BASE_HEADERS,
                follow_redirects=False,
            )
        self._http = http_client
        sender = AsyncSender(
            http_client,
            token=self._config.api_token,
            rate_limiter=rate_limiter_from(rate_limits),
            default_headers=() if self._owns_http else CALLER_CLIENT_HEADERS,
        )
        self._requester = AsyncRequester(self._config, _defaults(self._config), sender)

    async def aclose(self) -> None:
        """Closes the connection pool (a caller-supplied http_client stays open: its owner closes it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
