"""POST signed webhook events the way Sendbird does: wait 1 s for a response, up to 3 tries until a 2xx.

`send_test_event` lets users exercise their own handler end to end; `WebhookSender` and
`AsyncWebhookSender` take raw bytes and a long-lived client, for the mock server.
"""

import base64
import json
import logging
import math
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Final, Self

import httpx

from .._constants import ERROR_BODY_BYTES, LOGGER_NAME
from .._secret import Secret
from ..core.options import CallOptions
from ..core.request import Prepared
from ..core.send import AsyncSender, SyncSender
from ..errors import (
    APIConnectionError,
    APITimeoutError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    SendbirdCallsError,
)
from ..rate_limit import NoRateLimit
from ..retry import RetryPolicy
from .signature import SIGNATURE_HEADER, sign

DEFAULT_WEBHOOK_TIMEOUT: Final = 1.0
"""Seconds one try may take in all (connect, send, the whole response), as Sendbird waits."""

DEFAULT_WEBHOOK_TRIES: Final = 3
"""Sendbird sends the same POST up to three times until it gets a 2xx."""

WEBHOOK_USER_AGENT: Final = "SendBird"
WEBHOOK_CONTENT_TYPE: Final = "application/json"

_log = logging.getLogger(f"{LOGGER_NAME}.webhooks")


class WebhookDeliveryError(SendbirdCallsError):
    """Every try of a webhook POST failed: timeout, connection error, or a non-2xx answer."""

    url: str
    """The target URL, without any ``user:password@`` part."""
    attempts: int
    response: httpx.Response | None
    """The last try's response, or ``None`` if it got no answer (see ``__cause__``)."""

    def __init__(self, url: str, attempts: int, failure: str, response: httpx.Response | None) -> None:
        noun = "try" if attempts == 1 else "tries"
        super().__init__(f"webhook delivery to {url} failed after {attempts} {noun}: last try {failure}")
        self.url = url
        self.attempts = attempts
        self.response = response


def encode_event(event: Mapping[str, Any] | bytes) -> bytes:
    """Serialise an event as compact UTF-8 JSON; bytes pass through untouched, to test exact payloads."""
    if isinstance(event, bytes | bytearray | memoryview):
        return bytes(event)
    if not isinstance(event, Mapping):
        raise InvalidArgumentTypeError(f"event must be a mapping or the exact body bytes, not {type(event).__name__}")
    return json.dumps(event, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_json_default).encode(
        "utf-8"
    )


class WebhookSender:
    """Signs raw bodies with the API token and POSTs them with Sendbird's timeout and retry policy.

    Sends through the client's one request loop (``core.send``): each try, its whole response
    included, ends within ``timeout`` (a slow-dripping handler is cut off; with a client of yours,
    between body chunks); every failure (a timeout, a refused connection, a non-2xx answer) is
    tried again, up to ``tries`` in all. Redirects are not followed: a 3xx is a failed try. The
    handler's response body is kept up to 64 KiB. Owns (and closes) its ``httpx.Client`` unless
    one is passed in.
    """

    __slots__ = ("_api_token", "_client", "_options", "_owns_client", "_sender", "_tries")

    def __init__(
        self,
        api_token: str,
        *,
        timeout: float = DEFAULT_WEBHOOK_TIMEOUT,
        tries: int = DEFAULT_WEBHOOK_TRIES,
        client: httpx.Client | None = None,
    ) -> None:
        sign(b"", api_token)  # validates the token now rather than at the first send
        self._api_token = Secret(api_token)
        self._options = _options(_check_timeout(timeout), _check_tries(tries))
        self._tries = tries
        self._owns_client = client is None
        if client is None:
            from ..core.network import DeadlineTransport

            client = httpx.Client(transport=DeadlineTransport(), follow_redirects=False)
        self._client = client
        self._sender = SyncSender(client, rate_limiter=NoRateLimit(), logger=_log)

    def send(self, url: str, body: bytes) -> httpx.Response:
        """POST ``body`` signed; return the first 2xx response or raise `WebhookDeliveryError`."""
        prepared = _prepared(url, body, self._api_token)
        try:
            answer = self._sender.send(prepared, self._options)
        except APIConnectionError as exc:
            raise _failed(prepared, self._tries, exc) from exc
        if not 200 <= answer.status_code < 300:
            raise WebhookDeliveryError(
                _display(url), self._tries, f"answered HTTP {answer.status_code}", answer.http_response
            )
        return answer.http_response

    def close(self) -> None:
        """Close the HTTP client if this sender created it."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(timeout={self._options.deadline / self._tries:g}, tries={self._tries})"


class AsyncWebhookSender:
    """The async twin of `WebhookSender`, on an `httpx.AsyncClient`."""

    __slots__ = ("_api_token", "_client", "_options", "_owns_client", "_sender", "_tries")

    def __init__(
        self,
        api_token: str,
        *,
        timeout: float = DEFAULT_WEBHOOK_TIMEOUT,
        tries: int = DEFAULT_WEBHOOK_TRIES,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        sign(b"", api_token)
        self._api_token = Secret(api_token)
        self._options = _options(_check_timeout(timeout), _check_tries(tries))
        self._tries = tries
        self._owns_client = client is None
        self._client = httpx.AsyncClient(follow_redirects=False) if client is None else client
        self._sender = AsyncSender(self._client, rate_limiter=NoRateLimit(), logger=_log)

    async def send(self, url: str, body: bytes) -> httpx.Response:
        """POST ``body`` signed; return the first 2xx response or raise `WebhookDeliveryError`."""
        prepared = _prepared(url, body, self._api_token)
        try:
            answer = await self._sender.send(prepared, self._options)
        except APIConnectionError as exc:
            raise _failed(prepared, self._tries, exc) from exc
        if not 200 <= answer.status_code < 300:
            raise WebhookDeliveryError(
                _display(url), self._tries, f"answered HTTP {answer.status_code}", answer.http_response
            )
        return answer.http_response

    async def aclose(self) -> None:
        """Close the HTTP client if this sender created it."""
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(timeout={self._options.deadline / self._tries:g}, tries={self._tries})"


def send_test_event(
    url: str,
    event: Mapping[str, Any] | bytes,
    api_token: str,
    *,
    timeout: float = DEFAULT_WEBHOOK_TIMEOUT,
    tries: int = DEFAULT_WEBHOOK_TRIES,
    client: httpx.Client | None = None,
) -> httpx.Response:
    """Send ``event`` to your handler as Sendbird would (compact JSON, signed, 1 s timeout, 3 tries).

    Args:
        url: Your handler's URL.
        event: The event as a mapping (sent as compact JSON), or the exact body bytes.
        api_token: The master API token that signs the body.
        timeout: Seconds each try may take (Sendbird waits 1 s).
        tries: How many times to POST before giving up (Sendbird tries 3 times).
        client: An ``httpx.Client`` to send with; by default a new one, closed afterwards.

    Returns:
        The first 2xx response.

    Raises:
        WebhookDeliveryError: Every try failed (timeout, connection error or a non-2xx answer).
        TypeError: ``event`` is neither a mapping nor bytes.
    """
    body = encode_event(event)
    with WebhookSender(api_token, timeout=timeout, tries=tries, client=client) as sender:
        return sender.send(url, body)


async def asend_test_event(
    url: str,
    event: Mapping[str, Any] | bytes,
    api_token: str,
    *,
    timeout: float = DEFAULT_WEBHOOK_TIMEOUT,
    tries: int = DEFAULT_WEBHOOK_TRIES,
    client: httpx.AsyncClient | None = None,
) -> httpx.Response:
    """The async twin of `send_test_event`.

    Args:
        url: Your handler's URL.
        event: The event as a mapping (sent as compact JSON), or the exact body bytes.
        api_token: The master API token that signs the body.
        timeout: Seconds each try may take (Sendbird waits 1 s).
        tries: How many times to POST before giving up (Sendbird tries 3 times).
        client: An ``httpx.AsyncClient`` to send with; by default a new one, closed afterwards.

    Returns:
        The first 2xx response.

    Raises:
        WebhookDeliveryError: Every try failed (timeout, connection error or a non-2xx answer).
    """
    body = encode_event(event)
    async with AsyncWebhookSender(api_token, timeout=timeout, tries=tries, client=client) as sender:
        return await sender.send(url, body)


def _headers(body: bytes, api_token: str) -> list[tuple[str, str]]:
    """The headers Sendbird sends; signing also rejects a str body with a clear TypeError."""
    return [
        ("content-type", WEBHOOK_CONTENT_TYPE),
        ("user-agent", WEBHOOK_USER_AGENT),
        (SIGNATURE_HEADER, sign(body, api_token)),
    ]


def _options(timeout: float, tries: int) -> CallOptions:
    """Sendbird's delivery: each try bounded by ``timeout`` in all, every failure retried at once."""
    return CallOptions(
        timeout=httpx.Timeout(timeout),
        retry_policy=RetryPolicy(max_retries=tries - 1, initial_delay=0.0, jitter=False, retry_every_failure=True),
        deadline=timeout * tries,
        max_response_bytes=ERROR_BODY_BYTES,
        cut_long_bodies=True,
    )


def _prepared(url: str, body: bytes, api_token: Secret) -> Prepared:
    """The POST of one delivery; logs show the target's origin only (a path may hold a secret).

    A ``user:password@`` in the URL is sent as the Basic ``Authorization`` header it stands for
    (what httpx would send), so the URL that httpx logs and a response's ``request`` keeps holds
    no credentials.
    """
    parsed = _parse_url(url)
    if isinstance(body, str) or not isinstance(body, bytes | bytearray | memoryview):
        raise InvalidArgumentTypeError(f"body must be the exact bytes to send, not {type(body).__name__}")
    content = bytes(body)
    origin = f"{parsed.scheme}://{parsed.host}" + (f":{parsed.port}" if parsed.port else "")
    headers = _headers(content, api_token.reveal())
    if parsed.userinfo:
        credentials = f"{parsed.username}:{parsed.password}".encode()
        headers.append(("authorization", "Basic " + base64.b64encode(credentials).decode("ascii")))
        url = str(parsed.copy_with(userinfo=b""))
    return Prepared("webhook_delivery", "POST", url, log_path=f"{origin}/…", headers=headers, content=content)


def _failed(prepared: Prepared, tries: int, error: APIConnectionError) -> WebhookDeliveryError:
    """The delivery error of a last try that got no answer, without echoing the exception text."""
    cause = error.__cause__
    name = type(cause).__name__ if cause is not None else type(error).__name__
    if isinstance(error, APITimeoutError):
        failure = f"got no response in time ({name})"
    else:
        failure = f"could not complete the request ({name})"
    return WebhookDeliveryError(_display(prepared.url), tries, failure, None)


def _parse_url(url: str) -> httpx.URL:
    """An absolute http(s) URL, or an InvalidArgumentError."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidArgumentError(f"url must be an absolute http or https URL: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InvalidArgumentError("url must be an absolute http or https URL, e.g. http://127.0.0.1:8000/webhook")
    return parsed


def _display(url: str) -> str:
    """The URL as messages show it: without any ``user:password@`` part."""
    parsed = _parse_url(url)
    return str(parsed.copy_with(userinfo=b"")) if parsed.userinfo else str(parsed)


def _check_timeout(timeout: float) -> float:
    """A finite positive number of seconds: Sendbird never waits forever."""
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise InvalidArgumentTypeError(f"timeout must be a number of seconds, not {type(timeout).__name__}")
    if not (timeout > 0 and math.isfinite(timeout)):
        raise InvalidArgumentError(f"timeout must be a finite number of seconds above 0, got {timeout!r}")
    return float(timeout)


def _check_tries(tries: int) -> int:
    """At least one try."""
    if isinstance(tries, bool) or not isinstance(tries, int):
        raise InvalidArgumentTypeError(f"tries must be an int, not {type(tries).__name__}")
    if tries < 1:
        raise InvalidArgumentError(f"tries must be at least 1, got {tries}")
    return tries


def _json_default(value: object) -> object:
    """Let nested mappings of any type serialise; anything else is the caller's bug."""
    if isinstance(value, Mapping):
        return dict(value)
    raise InvalidArgumentTypeError(f"cannot serialise {type(value).__name__} in a webhook event: use JSON types")
