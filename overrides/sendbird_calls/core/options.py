"""Per-call options: what a caller may override (``RequestOptions``) and the one resolved object (``CallOptions``).

A call's ``request_options`` dict is checked and merged with the client's defaults once, into a
frozen ``CallOptions`` that travels unchanged from the method to the transport: the request
builder reads its headers and timeout, the sending loop its retry policy, deadline and size cap.
A call without ``request_options`` reuses the client's own ``CallOptions``: it costs nothing.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final, TypedDict

import httpx

from ..config import to_deadline, to_timeout
from ..errors import ConfigurationError, InvalidArgumentError, InvalidArgumentTypeError
from ..retry import RetryPolicy

_HEADER_NAME: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
"""RFC 9110 ``token``: the characters a header name may hold."""
_RESERVED_HEADERS: Final = {
    "api-token": "the client sends its own token",
    "host": "the request goes to the configured base URL, and says so",
    "content-length": "the client frames the body itself",
    "transfer-encoding": "the client frames the body itself",
}
"""Headers a caller may not set per call, and why: the token goes only where the client puts it, and
a framing header that contradicts the body would break the request (or the pooled connection) after
it was sent."""


class RequestOptions(TypedDict, total=False):
    """Per-call overrides of the client's configuration; every key is optional."""

    timeout: float | httpx.Timeout
    """Seconds (or an ``httpx.Timeout``) for each phase of one attempt."""
    max_retries: int
    """Retries of this call (0 for none)."""
    deadline: float
    """Seconds the whole call may take, retries and waits included."""
    extra_headers: Mapping[str, str]
    """More headers to send (printable ASCII names and values); ``Api-Token``, ``Host``, ``Content-Length``
    and ``Transfer-Encoding`` cannot be set here."""


OPTION_KEYS: Final = frozenset(RequestOptions.__optional_keys__ | RequestOptions.__required_keys__)
"""The keys ``request_options`` accepts, read from ``RequestOptions`` so the two cannot disagree."""


@dataclass(frozen=True, slots=True)
class CallOptions:
    """Everything one call runs with, resolved once: the client's settings with the call's overrides."""

    timeout: httpx.Timeout
    retry_policy: RetryPolicy
    deadline: float
    max_response_bytes: int
    extra_headers: tuple[tuple[str, str], ...] = ()
    cut_long_bodies: bool = False
    """Keep the first ``max_response_bytes`` of a longer 2xx body instead of raising ResponseTooLargeError
    (webhook delivery keeps a handler's answer only as a hint)."""
    attempt_budget: float = field(init=False, repr=False, compare=False)
    """Seconds one attempt may take: its longest phase timeout, within the call's deadline."""
    timeout_extension: dict[str, float | None] = field(init=False, repr=False, compare=False)
    """``timeout`` as httpx's request extension, built once (httpx copies it onto each request)."""

    def __post_init__(self) -> None:
        t = self.timeout
        phases = [value for value in (t.connect, t.read, t.write, t.pool) if value is not None]
        object.__setattr__(self, "attempt_budget", min(max(phases), self.deadline) if phases else self.deadline)
        object.__setattr__(self, "timeout_extension", t.as_dict())

    @property
    def max_retries(self) -> int:
        return self.retry_policy.max_retries

    def merge(self, operation: str, options: Mapping[str, Any] | None) -> CallOptions:
        """These options with a call's ``request_options`` applied; a bad key or value is an argument error."""
        if options is None:
            return self
        if not isinstance(options, Mapping):
            raise InvalidArgumentTypeError(f"{operation}: request_options must be a dict, got {type(options).__name__}")
        unknown = set(options) - OPTION_KEYS
        if unknown:
            raise InvalidArgumentTypeError(
                f"{operation}: unknown request_options {sorted(map(str, unknown))}; allowed: {sorted(OPTION_KEYS)}"
            )
        changes: dict[str, Any] = {}
        try:
            if "timeout" in options:
                changes["timeout"] = to_timeout(options["timeout"])
            if "deadline" in options:
                changes["deadline"] = to_deadline(options["deadline"])
        except ConfigurationError as exc:
            raise InvalidArgumentError(f"{operation}: request_options {exc}") from None
        if "max_retries" in options:
            retries = options["max_retries"]
            if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
                raise InvalidArgumentError(
                    f"{operation}: request_options max_retries must be an integer >= 0, got {retries!r}"
                )
            changes["retry_policy"] = dataclasses.replace(self.retry_policy, max_retries=retries)
        if "extra_headers" in options:
            changes["extra_headers"] = check_extra_headers(operation, options["extra_headers"])
        return dataclasses.replace(self, **changes) if changes else self


def check_extra_headers(operation: str, headers: object) -> tuple[tuple[str, str], ...]:
    """``extra_headers`` as (name, value) pairs; any bad shape or value is an InvalidArgumentError naming it."""
    if headers is None:
        return ()
    if not isinstance(headers, Mapping):
        raise InvalidArgumentTypeError(
            f"{operation}: request_options extra_headers must be a mapping of header names to strings, "
            f"got {type(headers).__name__}"
        )
    pairs: list[tuple[str, str]] = []
    for name, value in headers.items():
        if not isinstance(name, str):
            shown = repr(name)[:40] if isinstance(name, bytes | bytearray | int | float) else "a key"
            raise InvalidArgumentTypeError(
                f"{operation}: extra_headers name {shown} must be a string, got {type(name).__name__}"
            )
        if not _HEADER_NAME.fullmatch(name):
            raise InvalidArgumentError(
                f"{operation}: extra_headers name {repr(name)[:40]} is not a valid header name "
                "(letters, digits and !#$%&'*+-.^_`|~)"
            )
        reserved = _RESERVED_HEADERS.get(name.lower())
        if reserved is not None:
            raise InvalidArgumentError(f"{operation}: extra_headers may not set {name}: {reserved}")
        if not isinstance(value, str):
            raise InvalidArgumentTypeError(
                f"{operation}: extra_headers {name!r} must be a string, got {type(value).__name__}"
            )
        if not all(" " <= char <= "~" or char == "\t" for char in value):
            raise InvalidArgumentError(
                f"{operation}: extra_headers {name!r} must be printable ASCII (no line breaks or other characters)"
            )
        if value != value.strip(" \t"):  # RFC 9110 field-value: h11 would refuse it once the request is under way
            raise InvalidArgumentError(f"{operation}: extra_headers {name!r} must not start or end with a space or tab")
        pairs.append((name, value))
    return tuple(pairs)


__all__ = ["OPTION_KEYS", "CallOptions", "RequestOptions", "check_extra_headers"]
