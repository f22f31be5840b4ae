"""CallsClient and AsyncCallsClient: one object configured once, every operation as a typed method.

The operations come from the generated ``SyncApi``/``AsyncApi`` (one attribute per tag, one
method per operationId), so a regenerated spec brings new operations with no change here. This
module only wires the transport stack: auth (innermost) -> retries, rate limit, logging -> httpx.
"""

from types import TracebackType
from typing import Self

import httpx

from sendbird_calls_api.api import AsyncApi, SyncApi

from ._constants import (
    CONTENT_TYPE,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMITS,
    DEFAULT_TIMEOUT,
    USER_AGENT,
)
from ._deadline import deadline_http_transport
from ._logging import configure_from_env
from ._requester import AsyncRequester, SyncRequester
from .auth import (
    ApiTokenTransport,
    AsyncApiTokenTransport,
    AsyncClientForwardingTransport,
    ClientForwardingTransport,
)
from .config import ClientConfig, resolve_config
from .errors import InvalidArgumentError
from .rate_limit import RateLimitSetting, rate_limiter_from
from .retry import RetryPolicy
from .transport import AsyncSendbirdTransport, SendbirdTransport


def _default_headers() -> dict[str, str]:
    return {"Content-Type": CONTENT_TYPE, "User-Agent": USER_AGENT, "Accept": "application/json"}


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


def _check_one_of(http_client: object, transport: object) -> None:
    if http_client is not None and transport is not None:
        raise InvalidArgumentError("pass either http_client or transport, not both")


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

    ``app_id`` and ``api_token`` default to the SENDBIRD_APP_ID and SENDBIRD_API_TOKEN environment
    variables. ``base_url`` replaces ``https://api-{app_id}.calls.sendbird.com/v1`` (a mock, a
    proxy); the secondary-token operations use ``chat_base_url``, by default the ``/v3`` sibling of
    ``base_url``. Timeouts default to 5 s to connect and 30 s to read (an attempt ends by its
    longest phase), ``deadline`` to 120 s per call, retries and waits included; ``max_retries`` to
    2; ``max_response_bytes`` to 16 MiB; ``rate_limits`` to Sendbird's documented limits, a
    mapping merged into them (``None`` turns the limiter off). Redirects are never followed.
    Operations are grouped by tag: ``client.rooms.create_room(...)``, ``client.users.list_user_calls(...)``.
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
        _check_one_of(http_client, transport)
        inner: httpx.BaseTransport
        if http_client is not None:
            inner = ClientForwardingTransport(http_client)
        else:
            inner = transport if transport is not None else deadline_http_transport()
        stack = SendbirdTransport(
            ApiTokenTransport(inner, self._config.api_token),
            retry_policy=RetryPolicy(max_retries=self._config.max_retries),
            rate_limiter=rate_limiter_from(rate_limits),
            deadline=self._config.deadline,
            max_response_bytes=self._config.max_response_bytes,
        )
        self._http = httpx.Client(transport=stack, timeout=self._config.timeout, headers=_default_headers())
        super().__init__(SyncRequester(self._config, self._http))

    def close(self) -> None:
        """Closes the connection pool (a caller-supplied http_client stays open)."""
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
    """Asynchronous twin of CallsClient: the same arguments, the same method names, awaitable."""

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
        _check_one_of(http_client, transport)
        inner: httpx.AsyncBaseTransport
        if http_client is not None:
            inner = AsyncClientForwardingTransport(http_client)
        else:
            inner = transport if transport is not None else httpx.AsyncHTTPTransport()
        stack = AsyncSendbirdTransport(
            AsyncApiTokenTransport(inner, self._config.api_token),
            retry_policy=RetryPolicy(max_retries=self._config.max_retries),
            rate_limiter=rate_limiter_from(rate_limits),
            deadline=self._config.deadline,
            max_response_bytes=self._config.max_response_bytes,
        )
        self._http = httpx.AsyncClient(transport=stack, timeout=self._config.timeout, headers=_default_headers())
        super().__init__(AsyncRequester(self._config, self._http))

    async def aclose(self) -> None:
        """Closes the connection pool (a caller-supplied http_client stays open)."""
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
