"""Opt-in fault injection: rate limiting (429 + 429100), server errors (5xx + 500999) and latency.

A fault matches by operationId and/or HTTP method (neither: every request) and fires ``times``
times (None: until removed). Latency faults delay a request and let it through; the first
matching error fault answers it. Thread-safe: tests add faults while a server thread serves.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Literal

from .errors import RATE_LIMIT_EXCEEDED, UNKNOWN_ERROR, MockError

FaultKind = Literal["rate_limit", "server_error", "latency"]


class InjectedFaultError(MockError):
    """The answer of a fault rule (the mock sends it without checking it against the spec)."""


_KINDS = ("rate_limit", "server_error", "latency")


@dataclass(slots=True)
class Fault:
    """One fault rule; ``times`` counts down as it fires (None: unlimited); ``fired`` counts up."""

    kind: FaultKind
    operation: str | None = None
    method: str | None = None
    times: int | None = 1
    retry_after: str | None = None
    delay: float = 0.0
    status: int = 500
    fired: int = 0

    def matches(self, operation_id: str, method: str) -> bool:
        """Whether the rule applies to a request."""
        return (self.operation is None or self.operation == operation_id) and (
            self.method is None or self.method == method
        )

    def error(self) -> InjectedFaultError:
        """The answer of an error fault."""
        if self.kind == "rate_limit":
            headers = {"Retry-After": self.retry_after} if self.retry_after is not None else None
            return InjectedFaultError(RATE_LIMIT_EXCEEDED, headers=headers)
        return InjectedFaultError(UNKNOWN_ERROR, "Injected server error.", status=self.status)


class Faults:
    """The fault rules of one mock, in the order they were added."""

    def __init__(self, known_operations: Collection[str] = ()) -> None:
        self._known = frozenset(known_operations)
        self._rules: list[Fault] = []
        self._lock = threading.Lock()

    def add(
        self,
        kind: FaultKind,
        *,
        operation: str | None = None,
        method: str | None = None,
        times: int | None = 1,
        retry_after: float | str | None = None,
        delay: float = 0.0,
        status: int = 500,
    ) -> Fault:
        """Add a rule, e.g. ``add("server_error", operation="create_room", times=3)`` or
        ``add("rate_limit", method="GET", times=2, retry_after=0)``."""
        fault = Fault(
            kind=kind,
            operation=operation,
            method=method,
            times=times,
            retry_after=_format_retry_after(retry_after),
            delay=delay,
            status=status,
        )
        return self.add_fault(fault)

    def add_fault(self, fault: Fault) -> Fault:
        """Add a rule built beforehand (``create_app(faults=[Fault(...)])`` goes through here)."""
        if fault.kind not in _KINDS:
            raise ValueError(f"unknown fault kind {fault.kind!r}; use one of {', '.join(_KINDS)}")
        if fault.operation is not None and self._known and fault.operation not in self._known:
            raise ValueError(f"unknown operation {fault.operation!r}: use an operationId of the spec")
        if fault.times is not None and fault.times < 1:
            raise ValueError("times must be >= 1, or None for every matching request")
        if not 500 <= fault.status <= 599:
            raise ValueError("status of a server error must be 5xx")
        if fault.delay < 0:
            raise ValueError("delay must be >= 0")
        fault.method = fault.method.upper() if fault.method else None
        with self._lock:
            self._rules.append(fault)
        return fault

    def rate_limit(
        self,
        *,
        operation: str | None = None,
        method: str | None = None,
        times: int | None = 1,
        retry_after: float | str | None = None,
    ) -> Fault:
        """Answer the next ``times`` matching requests with 429 + 429100 (and ``Retry-After`` if given)."""
        return self.add("rate_limit", operation=operation, method=method, times=times, retry_after=retry_after)

    def server_error(
        self, *, operation: str | None = None, method: str | None = None, times: int | None = 1, status: int = 500
    ) -> Fault:
        """Answer the next ``times`` matching requests with ``status`` + 500999."""
        return self.add("server_error", operation=operation, method=method, times=times, status=status)

    def latency(
        self, delay: float, *, operation: str | None = None, method: str | None = None, times: int | None = None
    ) -> Fault:
        """Delay matching requests by ``delay`` seconds (every one, unless ``times`` is given)."""
        return self.add("latency", operation=operation, method=method, times=times, delay=delay)

    def remove(self, fault: Fault) -> None:
        """Drop one rule."""
        with self._lock:
            self._rules = [rule for rule in self._rules if rule is not fault]

    def clear(self) -> None:
        """Drop every rule."""
        with self._lock:
            self._rules.clear()

    def take(self, operation_id: str, method: str) -> tuple[float, InjectedFaultError | None]:
        """Fire the rules matching a request: the total delay, and the error to answer (None: none)."""
        delay = 0.0
        error: InjectedFaultError | None = None
        with self._lock:
            for rule in list(self._rules):
                if not rule.matches(operation_id, method) or (rule.kind != "latency" and error is not None):
                    continue
                if rule.kind == "latency":
                    delay += rule.delay
                else:
                    error = rule.error()
                rule.fired += 1
                if rule.times is not None:
                    rule.times -= 1
                    if rule.times == 0:
                        self._rules.remove(rule)
        return delay, error

    def __iter__(self) -> Iterator[Fault]:
        with self._lock:
            return iter(list(self._rules))

    def __len__(self) -> int:
        with self._lock:
            return len(self._rules)


def _format_retry_after(value: float | str | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else str(value)
