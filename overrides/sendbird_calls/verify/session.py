"""Sends verify-spec's requests through the client's core and checks each raw answer against the spec.

A request is prepared from the operations table by the core (``core.request.prepare``: path
segments checked, secret path values masked in logs, query values checked) and sent by the one
request loop (``core.send.SyncSender``: the token on the request only while it is sent), with a
global pace instead of the per-endpoint limiter and no retries for anything but GET. The answer
is not parsed into models: its raw JSON is what gets checked.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from sendbird_calls_api.api import operations

from .._secret import Secret
from ..config import ClientConfig
from ..core.operation import Operation
from ..core.options import CallOptions
from ..core.requester import SyncRequester
from ..core.secrets import Secrets
from ..core.send import SyncSender
from ..errors import SendbirdCallsError
from ..rate_limit import Booking
from ..retry import RetryPolicy
from .findings import FindingCollector

if TYPE_CHECKING:
    from .answers import CheckedAnswer, SpecAnswers

ProgressCallback = Callable[[str, int], None]
"""Told before each request: the operationId about to be checked and how many answers were checked so far."""


class RunAbortedError(Exception):
    """The run cannot go on: the network failed or the credentials were refused."""


class RequestRefusedError(RunAbortedError):
    """A request the core refused to send (an ID from a listing that is not one path segment): only its step fails."""


class Pacer:
    """At most ``rate`` requests per second in all (None or 0: no pacing); thread-safe; the loop's rate limiter."""

    def __init__(self, rate: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        if rate is not None and rate < 0:
            raise ValueError("rate must be >= 0 requests per second")
        self._interval = 1.0 / rate if rate else 0.0
        self._next = 0.0
        self._clock = clock
        self._lock = threading.Lock()

    def reserve(self, method: str, operation: str | None) -> Booking:
        """Book the next free moment; the loop sleeps until then."""
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
        progress: ProgressCallback | None = None,
        table: Iterable[Operation[Any]] | None = None,
    ) -> None:
        self.config = config
        self.spec = spec
        self.allow_writes = allow_writes
        self.progress = progress
        self.findings = FindingCollector()
        self.stats: dict[str, OperationStats] = {}
        self._operations: dict[str, Operation[Any]] = {op.id: op for op in (operations() if table is None else table)}
        """The operations table (``table``, by default the generated one), by operationId."""
        if transport is None:
            from ..core.network import DeadlineTransport

            transport = DeadlineTransport()
        self._http = httpx.Client(transport=transport, timeout=config.timeout, follow_redirects=False)
        reads = CallOptions(
            timeout=config.timeout,
            retry_policy=RetryPolicy(max_retries=max_retries),
            deadline=config.deadline,
            max_response_bytes=config.max_response_bytes,
        )
        self._options = {False: reads, True: reads.merge("verify-spec", {"max_retries": 0})}
        """By whether the request is a write: writes are sent once, never retried."""
        self._pacer = Pacer(rate)
        sender = SyncSender(self._http, token=config.api_token, rate_limiter=self._pacer)
        self._requester = SyncRequester(config, reads, sender)
        self.secrets: Secrets = sender.secrets
        """The loop's secrets (the API token, token path values sent) plus the secondary tokens a run reads:
        error answers arrive scrubbed of them, and the report is."""
        self.answers: dict[str, CheckedAnswer] = {}
        """The last checked answer of each operation (what a decision check reads after a lifecycle)."""

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def operation(self, operation_id: str) -> Operation[Any]:
        """The operations table's row of ``operation_id``."""
        return self._operations[operation_id]

    @property
    def table(self) -> tuple[Operation[Any], ...]:
        """Every row of the operations table, in the spec's order."""
        return tuple(self._operations.values())

    @property
    def answers_checked(self) -> int:
        return sum(stats.requests for stats in self.stats.values())

    def call(self, operation: str, /, **arguments: Any) -> CheckedAnswer:
        """Send one operation (arguments as its method takes them), check its answer and record the findings.

        A write (anything but GET) is sent once, never retried, and only when writes are allowed.
        """
        return self._call(operation, None, arguments)

    def call_as(self, token: Secret, operation: str, /, **arguments: Any) -> CheckedAnswer:
        """``call`` with another API token (a secondary token of the run), through the same loop, pace and
        connection pool."""
        return self._call(operation, token, arguments)

    def _call(self, operation: str, as_token: Secret | None, arguments: dict[str, Any]) -> CheckedAnswer:
        op = self._operations[operation]
        is_write = op.method != "GET"
        if is_write and not self.allow_writes:
            raise RuntimeError(f"{operation} is a {op.method}: verify-spec sends writes only with write=True")
        try:
            prepared = self._requester.prepare(op, arguments)
        except SendbirdCallsError as exc:
            raise RequestRefusedError(f"not sent: {exc}") from None
        if self.progress is not None:
            self.progress(operation, self.answers_checked)
        sender = self._requester.sender
        if as_token is not None:
            self.secrets.add(as_token.reveal())
            sender = SyncSender(self._http, token=as_token, rate_limiter=self._pacer)
        try:
            answer = sender.send(prepared, self._options[is_write])
        except SendbirdCallsError as exc:
            raise RunAbortedError(f"{operation}: {exc}") from None
        stats = self.stats.setdefault(operation, OperationStats())
        stats.requests += 1
        stats.statuses[answer.status_code] += 1
        checked = self.spec.check(operation, answer.status_code, answer.content, answer.headers.get("content-type", ""))
        self.findings.extend(checked.findings)
        self.answers[operation] = checked
        return checked
