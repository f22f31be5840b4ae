"""Sends verify-spec's requests raw, through the client's safe transport, and checks each answer.

Requests are built from the spec (path, host, method), not through the generated models: the
point is to see the JSON exactly as the server sent it. The transport stack is the client's
(the token is added on an inner copy only, secret path values are masked in logs), with a
global pace instead of the per-endpoint limiter, and no retries for anything but GET.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from .._constants import CONTENT_TYPE, USER_AGENT
from .._request_context import EXTENSION_KEY, RequestContext
from .._secret import Secret
from ..auth import SECRET_URL_EXTENSION, ApiTokenTransport
from ..config import ClientConfig
from ..paths import SECRET_MASK, check_path_segment, is_secret_path_param, percent_encode
from ..rate_limit import Booking
from ..retry import RetryPolicy
from ..transport import SendbirdTransport
from .answers import Answer, CheckedAnswer, SpecAnswers
from .findings import FindingCollector

READ_METHODS = frozenset({"GET"})


class RunAbortedError(Exception):
    """The run cannot go on: the network failed or the credentials were refused."""


class Pacer:
    """At most ``rate`` requests per second in all (None or 0: no pacing); thread-safe."""

    def __init__(self, rate: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        if rate is not None and rate < 0:
            raise ValueError("rate must be >= 0 requests per second")
        self._interval = 1.0 / rate if rate else 0.0
        self._next = 0.0
        self._clock = clock
        self._lock = threading.Lock()

    def reserve(self, method: str, operation: str | None) -> Booking:
        """Book the next free moment; the transport sleeps until then."""
        with self._lock:
            now = self._clock()
            at = max(now, self._next)
            self._next = at + self._interval
            return Booking(at - now)

    def release(self, method: str, operation: str | None) -> None:
        """Nothing to free: pacing is by time only."""


@dataclass(slots=True)
class OperationStats:
    """How often an operation was called and what it answered."""

    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)


class Session:
    """One verify-spec run's connection: sends operations by operationId and checks every answer."""

    def __init__(
        self,
        config: ClientConfig,
        spec: SpecAnswers,
        *,
        allow_writes: bool,
        rate: float | None,
        max_retries: int = 2,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.config = config
        self.spec = spec
        self.allow_writes = allow_writes
        self.findings = FindingCollector()
        self.stats: dict[str, OperationStats] = {}
        self.secrets: set[str] = {config.api_token.reveal()}
        """Every secret value seen (the API token, secondary tokens): outputs are scrubbed of them."""
        stack = SendbirdTransport(
            ApiTokenTransport(transport if transport is not None else httpx.HTTPTransport(), config.api_token),
            retry_policy=RetryPolicy(max_retries=max_retries),
            rate_limiter=Pacer(rate),
        )
        self._http = httpx.Client(
            transport=stack,
            timeout=config.timeout,
            headers={"Content-Type": CONTENT_TYPE, "User-Agent": USER_AGENT, "Accept": "application/json"},
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def call(
        self,
        operation: str,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> CheckedAnswer:
        """Send one operation, check its answer against the spec and record the findings.

        A write (anything but GET) is sent once, never retried, and only when writes are allowed.
        """
        path, method = self.spec.location(operation)
        method = method.upper()
        is_write = method not in READ_METHODS
        if is_write and not self.allow_writes:
            raise RuntimeError(f"{operation} is a {method}: verify-spec sends writes only with write=True")
        url, log_path, secret_url = self._url(operation, path, path_params or {}, query or {})
        context = RequestContext(operation=operation, log_path=log_path, max_retries=0 if is_write else None)
        extensions: dict[str, Any] = {EXTENSION_KEY: context}
        if secret_url is not None:
            extensions[SECRET_URL_EXTENSION] = secret_url
        content = None if body is None else json.dumps(body, separators=(",", ":")).encode()
        try:
            response = self._http.request(method, url, content=content, extensions=extensions)
        except httpx.TransportError as exc:
            raise RunAbortedError(f"{operation}: {type(exc).__name__} while calling {log_path}") from None
        stats = self.stats.setdefault(operation, OperationStats())
        stats.requests += 1
        stats.statuses[response.status_code] += 1
        answer = Answer(response.status_code, response.headers.get("content-type", ""), response.content)
        checked = self.spec.check(operation, answer)
        self.findings.extend(checked.findings)
        return checked

    def _url(
        self, operation: str, path: str, path_params: Mapping[str, str], query: Mapping[str, Any]
    ) -> tuple[str, str, Secret | None]:
        """The URL to send (secret segments masked), the loggable path, and the real URL as a Secret."""
        host = "chat" if self._path_item(path).get("servers") else "calls"
        base = self.config.base_for(host, operation)
        real, shown = path, path
        for name, value in path_params.items():
            text = percent_encode(check_path_segment(name, value))
            real = real.replace("{" + name + "}", text)
            shown = shown.replace("{" + name + "}", SECRET_MASK if is_secret_path_param(name) else text)
        parts = []
        for name, value in query.items():
            text = ("true" if value else "false") if isinstance(value, bool) else str(value)
            parts.append(f"{percent_encode(name)}={percent_encode(text)}")
        suffix = "?" + "&".join(parts) if parts else ""
        base_path = httpx.URL(base).raw_path.decode("ascii").rstrip("/")
        if real == shown:
            return base + real + suffix, base_path + shown, None
        return base + shown + suffix, base_path + shown, Secret(base + real + suffix)

    def _path_item(self, path: str) -> Mapping[str, Any]:
        item: Mapping[str, Any] = self.spec.spec["paths"][path]
        return item
