"""POST signed webhook events the way Sendbird does: wait 1 s for a response, up to 3 tries until a 2xx.

`send_test_event` lets users exercise their own handler end to end; `WebhookSender` and
`AsyncWebhookSender` take raw bytes and a long-lived client, for the mock server.
"""

import json
import logging
import math
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Final, Self

import anyio
import httpx

from .._constants import ERROR_BODY_BYTES, LOGGER_NAME
from .._deadline import deadline_http_transport, deadline_scope
from .._secret import Secret
from ..errors import InvalidArgumentError, InvalidArgumentTypeError, SendbirdCallsError
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

    Owns (and closes) its `httpx.Client` unless one is passed in; the sender's timeout bounds
    each whole try whatever the client's own (a slow-dripping handler is cut off; with a client
    of yours, between body chunks). Redirects are not followed: a 3xx is a failed try. The
    response body is kept up to 64 KiB.
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
        self._client = httpx.Client(transport=deadline_http_transport()) if client is None else client

    def send(self, url: str, body: bytes) -> httpx.Response:
        """POST ``body`` signed; return the first 2xx response or raise `WebhookDeliveryError`."""
        display_url = _check_url(url)
        headers = _headers(body, self._api_token.reveal())
        failure, response, error = "was not made", None, None
        for attempt in range(1, self._tries + 1):
            try:
                response = self._try(url, body, headers)
            except httpx.TransportError as exc:
                response, error, failure = None, exc, _describe(exc, self._timeout)
            else:
                if response.is_success:
                    return response
                error, failure = None, f"answered HTTP {response.status_code}"
            _log_failed_try(attempt, self._tries, failure)
        raise WebhookDeliveryError(display_url, self._tries, failure, response) from error

    def _try(self, url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        """One POST, its whole response read within the timeout."""
        deadline = time.monotonic() + self._timeout
        request = self._client.build_request("POST", url, content=bytes(body), headers=headers, timeout=self._timeout)
        with deadline_scope(deadline):
            response = self._client.send(request, stream=True, follow_redirects=False)
            try:
                chunks = _Chunks(response)
                for chunk in response.iter_bytes():
                    if chunks.add(chunk) or time.monotonic() > deadline:
                        break
            finally:
                response.close()
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("the try's deadline passed", request=request)
        return chunks.response()

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
                response = await self._try(url, body, headers)
            except httpx.TransportError as exc:
                response, error, failure = None, exc, _describe(exc, self._timeout)
            else:
                if response.is_success:
                    return response
                error, failure = None, f"answered HTTP {response.status_code}"
            _log_failed_try(attempt, self._tries, failure)
        raise WebhookDeliveryError(display_url, self._tries, failure, response) from error

    async def _try(self, url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        """One POST, its whole response read within the timeout (the try is cancelled past it)."""
        request = self._client.build_request("POST", url, content=bytes(body), headers=headers, timeout=self._timeout)
        try:
            with anyio.fail_after(self._timeout):
                response = await self._client.send(request, stream=True, follow_redirects=False)
                try:
                    chunks = _Chunks(response)
                    async for chunk in response.aiter_bytes():
                        if chunks.add(chunk):
                            break
                finally:
                    await response.aclose()
        except TimeoutError:
            raise httpx.ReadTimeout("the try's deadline passed", request=request) from None
        return chunks.response()

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


class _Chunks:
    """A handler's response body, kept up to ERROR_BODY_BYTES: it only says how the handler felt."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self._parts: list[bytes] = []
        self._size = 0

    def add(self, chunk: bytes) -> bool:
        """Keep ``chunk``; True once the limit is reached and reading should stop."""
        room = ERROR_BODY_BYTES - self._size
        self._parts.append(chunk[:room])
        self._size += min(len(chunk), room)
        return self._size >= ERROR_BODY_BYTES

    def response(self) -> httpx.Response:
        """The response with its (decoded, possibly cut) body in memory."""
        original = self._response
        content = b"".join(self._parts)
        headers = original.headers.copy()
        headers.pop("content-encoding", None)
        headers["content-length"] = str(len(content))
        return httpx.Response(original.status_code, headers=headers, content=content, request=original.request)


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
