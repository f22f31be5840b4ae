"""POST signed webhook events the way Sendbird does: wait 1 s for a response, up to 3 tries until a 2xx.

`send_test_event` lets users exercise their own handler end to end; `WebhookSender` and
`AsyncWebhookSender` take raw bytes and a long-lived client, for the mock server.
"""

import json
import logging
import math
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Final, Self

import httpx

from .._constants import LOGGER_NAME
from .._secret import Secret
from ..errors import InvalidArgumentError, InvalidArgumentTypeError, SendbirdCallsError
from .signature import SIGNATURE_HEADER, sign

DEFAULT_WEBHOOK_TIMEOUT: Final = 1.0
"""Seconds Sendbird waits for each phase of one try (connect, send, response)."""

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

    Owns (and closes) its `httpx.Client` unless one is passed in; the sender's timeout applies to
    each try whatever the client's own. Redirects are not followed: a 3xx is a failed try.
    """

    __slots__ = ("_api_token", "_client", "_owns_client", "_timeout", "_tries")

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
        self._timeout = _check_timeout(timeout)
        self._tries = _check_tries(tries)
        self._owns_client = client is None
        self._client = httpx.Client() if client is None else client

    def send(self, url: str, body: bytes) -> httpx.Response:
        """POST ``body`` signed; return the first 2xx response or raise `WebhookDeliveryError`."""
        display_url = _check_url(url)
        headers = _headers(body, self._api_token.reveal())
        failure, response, error = "was not made", None, None
        for attempt in range(1, self._tries + 1):
            try:
                response = self._client.post(
                    url, content=bytes(body), headers=headers, timeout=self._timeout, follow_redirects=False
                )
            except httpx.TransportError as exc:
                response, error, failure = None, exc, _describe(exc, self._timeout)
            else:
                if response.is_success:
                    return response
                error, failure = None, f"answered HTTP {response.status_code}"
            _log_failed_try(attempt, self._tries, failure)
        raise WebhookDeliveryError(display_url, self._tries, failure, response) from error

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
        return f"{type(self).__name__}(timeout={self._timeout}, tries={self._tries})"


class AsyncWebhookSender:
    """The async twin of `WebhookSender`, on an `httpx.AsyncClient`."""

    __slots__ = ("_api_token", "_client", "_owns_client", "_timeout", "_tries")

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
        self._timeout = _check_timeout(timeout)
        self._tries = _check_tries(tries)
        self._owns_client = client is None
        self._client = httpx.AsyncClient() if client is None else client

    async def send(self, url: str, body: bytes) -> httpx.Response:
        """POST ``body`` signed; return the first 2xx response or raise `WebhookDeliveryError`."""
        display_url = _check_url(url)
        headers = _headers(body, self._api_token.reveal())
        failure, response, error = "was not made", None, None
        for attempt in range(1, self._tries + 1):
            try:
                response = await self._client.post(
                    url, content=bytes(body), headers=headers, timeout=self._timeout, follow_redirects=False
                )
            except httpx.TransportError as exc:
                response, error, failure = None, exc, _describe(exc, self._timeout)
            else:
                if response.is_success:
                    return response
                error, failure = None, f"answered HTTP {response.status_code}"
            _log_failed_try(attempt, self._tries, failure)
        raise WebhookDeliveryError(display_url, self._tries, failure, response) from error

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
        return f"{type(self).__name__}(timeout={self._timeout}, tries={self._tries})"


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

    Returns the first 2xx response; raises `WebhookDeliveryError` once every try failed.
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
    """The async twin of `send_test_event`."""
    body = encode_event(event)
    async with AsyncWebhookSender(api_token, timeout=timeout, tries=tries, client=client) as sender:
        return await sender.send(url, body)


def _headers(body: bytes, api_token: str) -> dict[str, str]:
    """The headers Sendbird sends; signing also rejects a str body with a clear TypeError."""
    return {
        "content-type": WEBHOOK_CONTENT_TYPE,
        "user-agent": WEBHOOK_USER_AGENT,
        SIGNATURE_HEADER: sign(body, api_token),
    }


def _log_failed_try(attempt: int, tries: int, failure: str) -> None:
    """WARNING for each try that will be retried (the last one raises); never the URL or body."""
    if attempt < tries:
        _log.warning("webhook try %d/%d %s; retrying", attempt, tries, failure, extra={"attempt": attempt})


def _describe(exc: httpx.TransportError, timeout: float) -> str:
    """Say what went wrong without echoing the exception text (which may quote the request)."""
    if isinstance(exc, httpx.TimeoutException):
        return f"got no response within {timeout:g} s ({type(exc).__name__})"
    return f"could not complete the request ({type(exc).__name__})"


def _check_url(url: str) -> str:
    """Reject what is not an absolute http(s) URL, and return it without credentials for messages."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidArgumentError(f"url must be an absolute http or https URL: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InvalidArgumentError("url must be an absolute http or https URL, e.g. http://127.0.0.1:8000/webhook")
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
