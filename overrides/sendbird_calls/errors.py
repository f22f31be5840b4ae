"""The exception hierarchy of the package: one flat module, every error the client raises.

    SendbirdCallsError
    ├── ConfigurationError (also a ValueError)      bad client configuration
    ├── InvalidArgumentError (also a ValueError)    a bad argument to a call, refused before sending
    │   └── InvalidArgumentTypeError (also a TypeError)
    ├── ClientClosedError (also a RuntimeError)     a call on a closed client
    ├── APIConnectionError                          no usable HTTP answer
    │   └── APITimeoutError                         a timeout, or the call's deadline passed
    ├── ResponseTooLargeError                       a body past the client's size cap
    ├── ResponseValidationError                     a 2xx body that does not fit its model
    └── APIError                                    a non-2xx answer
        ├── RedirectError                           HTTP 3xx: never followed (the token stays home)
        ├── BadRequestError                         HTTP 400 with an unknown code
        │   ├── InvalidParamsError                  400100
        │   ├── MissingParamsError                  400111
        │   ├── NotFoundError                       400200, or any HTTP 404
        │   │   └── InvalidRoomError                1400126 (the room does not exist or was deleted)
        │   ├── UniqueConstraintError               400201
        │   └── FreePlanEndedError                  400800
        ├── AuthenticationError                     HTTP 401
        │   ├── NotAllowedError                     401120
        │   └── NotAuthorizedError                  401121, or a 401 with an unknown code
        ├── RateLimitError                          429100, or any HTTP 429
        └── ServerError                             500999, or any 5xx

Sendbird's code decides the class when it is known; the HTTP status decides otherwise. Messages
only ever quote the masked path they are given, never a URL or a header, so no token leaks.
"""

from __future__ import annotations

import email.utils
import json
import math
import time
from collections.abc import Mapping
from types import MappingProxyType
from typing import ClassVar

import httpx

from ._constants import ERROR_EXCERPT_CHARS


class SendbirdCallsError(Exception):
    """Base class of every error this package raises."""


class ConfigurationError(SendbirdCallsError, ValueError):
    """The client was configured with a value it cannot work with; raised before any request."""


class InvalidArgumentError(SendbirdCallsError, ValueError):
    """An argument of a call cannot be sent: wrong value, refused before any request."""


class InvalidArgumentTypeError(InvalidArgumentError, TypeError):
    """An argument of a call has the wrong type; also a TypeError, for code that catches that."""


class ClientClosedError(SendbirdCallsError, RuntimeError):
    """A call on a client that was closed (``close()``, ``aclose()`` or the end of its ``with``)."""


class ResponseTooLargeError(SendbirdCallsError):
    """A response body grew past ``max_response_bytes``: reading stopped there, memory stays bounded."""

    def __init__(self, message: str, *, method: str, path: str, limit: int) -> None:
        super().__init__(message)
        self.method = method
        self.path = path
        self.limit = limit


class APIConnectionError(SendbirdCallsError):
    """The request got no usable HTTP answer: connection refused, reset, or a protocol error."""

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(message)
        self.method = method
        self.path = path


class APITimeoutError(APIConnectionError):
    """Connecting, sending, reading or waiting for a pooled connection took longer than allowed."""


class ResponseValidationError(SendbirdCallsError):
    """A 2xx body that does not fit the operation's model: Sendbird changed a shape, or the spec is wrong."""

    def __init__(
        self,
        *,
        operation: str,
        field: str | None,
        detail: str,
        response: httpx.Response | None = None,
    ) -> None:
        where = f" at field {field!r}" if field else ""
        super().__init__(f"the response of {operation} does not fit its model{where}: {detail}")
        self.operation = operation
        self.field = field
        """The JSON path of the value that does not fit, such as ``rooms[3].room_id``; None for the whole body."""
        self.detail = detail
        self.response = response

    @property
    def path(self) -> str | None:
        """The same as ``field``: the JSON path of the value that does not fit (``rooms[3].room_id``)."""
        return self.field

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}(operation={self.operation!r}, field={self.field!r}, detail={self.detail!r})"


class APIError(SendbirdCallsError):
    """Sendbird answered with a non-2xx status: carries the status, Sendbird's code and the request."""

    sendbird_code: ClassVar[int | None] = None
    """The Sendbird error code this class stands for, if it stands for exactly one."""
    sendbird_type: ClassVar[str | None] = None
    """The documented name of that code, used when a body gives the code without its type."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: int | None,
        type: str | None,
        method: str,
        path: str,
        body_excerpt: str = "",
        response: httpx.Response | None = None,
    ) -> None:
        self.message = message
        self.status_code = status_code
        self.code = code
        self.type = type
        self.method = method
        self.path = path
        self.body_excerpt = body_excerpt
        self.response = response
        super().__init__(self._summary())

    def _summary(self) -> str:
        reason = httpx.codes.get_reason_phrase(self.status_code)
        label = reason if self.code is None else f"{self.type or reason} ({self.code})".strip()
        head = f"{self.status_code} {label}".rstrip()
        return f"{head} on {self.method} {self.path}: {self.message}"

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__name__}(status_code={self.status_code!r}, code={self.code!r}, "
            f"type={self.type!r}, message={self.message!r}, method={self.method!r}, path={self.path!r})"
        )


class RedirectError(APIError):
    """HTTP 3xx: the client never follows a redirect, so the API token only goes to the configured host."""

    @property
    def location_origin(self) -> str | None:
        """Scheme, host and port of the ``Location`` the server asked for (never its path or query)."""
        if self.response is None or "location" not in self.response.headers:
            return None
        try:
            url = self.response.url.join(self.response.headers["location"])
        except (httpx.InvalidURL, ValueError, RuntimeError):  # RuntimeError: a response without its request
            return None
        port = f":{url.port}" if url.port else ""
        return f"{url.scheme}://{url.host}{port}"


class BadRequestError(APIError):
    """HTTP 400: the request was refused as invalid; the subclasses name Sendbird's reason."""


class InvalidParamsError(BadRequestError):
    sendbird_code = 400100
    sendbird_type = "INVALID_PARAMS"


class MissingParamsError(BadRequestError):
    sendbird_code = 400111
    sendbird_type = "MISSING_PARAMS"


class NotFoundError(BadRequestError):
    """The resource does not exist: Sendbird says so with HTTP 400 and code 400200, a proxy with 404."""

    sendbird_code = 400200
    sendbird_type = "NOT_FOUND"


class InvalidRoomError(NotFoundError):
    """The room ID does not exist or the room was deleted; a NotFoundError so one except catches both."""

    sendbird_code = 1400126
    sendbird_type = "INVALID_ROOM"


class UniqueConstraintError(BadRequestError):
    sendbird_code = 400201
    sendbird_type = "UNIQUE_CONSTRAINT"


class FreePlanEndedError(BadRequestError):
    sendbird_code = 400800
    sendbird_type = "FREE_PLAN_ENDED"


class AuthenticationError(APIError):
    """HTTP 401: the API token is wrong, or may not perform this operation."""


class NotAllowedError(AuthenticationError):
    """The token may not perform this action, e.g. a secondary token managing API tokens."""

    sendbird_code = 401120
    sendbird_type = "NOT_ALLOWED"


class NotAuthorizedError(AuthenticationError):
    """The request is not authorized: usually a wrong or revoked API token."""

    sendbird_code = 401121
    sendbird_type = "NOT_AUTHORIZED"


class RateLimitError(APIError):
    """HTTP 429: the application exceeded Sendbird's rate limit, even after the client's retries."""

    sendbird_code = 429100
    sendbird_type = "RATE_LIMIT_EXCEEDED"

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: int | None,
        type: str | None,
        method: str,
        path: str,
        body_excerpt: str = "",
        response: httpx.Response | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            message,
            status_code=status_code,
            code=code,
            type=type,
            method=method,
            path=path,
            body_excerpt=body_excerpt,
            response=response,
        )
        self.retry_after = retry_after
        """Seconds the server asked to wait (its Retry-After header), if it said."""


class ServerError(APIError):
    """HTTP 5xx: Sendbird (or a proxy in front of it) failed; safe to retry reads later."""

    sendbird_code = 500999
    sendbird_type = "UNKNOWN_ERROR"


CODE_TO_ERROR: Mapping[int, type[APIError]] = MappingProxyType(
    {
        cls.sendbird_code: cls
        for cls in (
            InvalidParamsError,
            MissingParamsError,
            NotFoundError,
            UniqueConstraintError,
            FreePlanEndedError,
            InvalidRoomError,
            NotAllowedError,
            NotAuthorizedError,
            RateLimitError,
            ServerError,
        )
        if cls.sendbird_code is not None
    }
)
"""Every documented Sendbird error code and the exception class it raises."""


def error_from_response(response: httpx.Response, *, method: str, path: str) -> APIError:
    """Build the exception for a non-2xx answer; ``path`` must be the masked log path.

    The response body must already be read. Any body is accepted: Sendbird's JSON error object,
    an HTML page from a proxy, JSON of another shape, or nothing.
    """
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    excerpt = _excerpt(content)
    body = _json_object(content)
    code = _sendbird_code(body.get("code")) if body is not None else None
    cls = _error_class(response.status_code, code)
    error_type = body.get("type") if body is not None else None
    if not isinstance(error_type, str) or not error_type:
        error_type = cls.sendbird_type if code is not None and code == cls.sendbird_code else None
    error = cls(
        _message(body, content, excerpt),
        status_code=response.status_code,
        code=code,
        type=error_type,
        method=method,
        path=path,
        body_excerpt=excerpt,
        response=response,
    )
    if isinstance(error, RedirectError):
        origin = error.location_origin
        error.message = (
            f"the server redirected to {origin or 'an unknown location'}; redirects are never followed, "
            "so the API token is sent only to the configured base URL (point base_url at the final host)"
        )
        error.args = (error._summary(),)
    if isinstance(error, RateLimitError):
        error.retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return error


def error_from_transport(exc: httpx.TransportError, *, method: str, path: str) -> APIConnectionError:
    """Wrap an httpx transport failure; timeouts become APITimeoutError. ``path`` is the masked path."""
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = str(exc) or "no detail"
    error = cls(f"{exc.__class__.__name__} on {method} {path}: {detail}", method=method, path=path)
    error.__cause__ = exc
    return error


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait per a Retry-After value (delay-seconds or HTTP date); None if absent or invalid.

    A date in the past gives 0. ``now`` is a Unix time, for tests; it defaults to the clock.
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        current = time.time() if now is None else now
        return max(0.0, when.timestamp() - current)
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds


def error_class_for_status(status_code: int) -> type[APIError]:
    """The class an answer with this status and no known Sendbird code raises (the docs' Raises sections)."""
    return _error_class(status_code, None)


def _error_class(status_code: int, code: int | None) -> type[APIError]:
    if code is not None and code in CODE_TO_ERROR:
        return CODE_TO_ERROR[code]
    if 300 <= status_code <= 399:
        return RedirectError
    if status_code == 400:
        return BadRequestError
    if status_code == 401:
        return NotAuthorizedError
    if status_code == 404:
        return NotFoundError
    if status_code == 429:
        return RateLimitError
    if 500 <= status_code <= 599:
        return ServerError
    return APIError


def _json_object(content: bytes) -> dict[str, object] | None:
    try:
        parsed = json.loads(content)
    except (ValueError, RecursionError):  # also UnicodeDecodeError, and too-deep or too-long numbers
        return None
    return parsed if isinstance(parsed, dict) else None


def _sendbird_code(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.isdecimal():
        return int(raw)
    return None


def _message(body: dict[str, object] | None, content: bytes, excerpt: str) -> str:
    if body is not None:
        message = body.get("message")
        if isinstance(message, str) and message:
            return message
        return f"no error message in the response body: {excerpt}"
    if not content.strip():
        return "empty response body"
    if _is_json(content):
        return f"the response body is JSON but not an object: {excerpt}"
    return f"the response body is not JSON: {excerpt}"


def _is_json(content: bytes) -> bool:
    try:
        json.loads(content)
    except (ValueError, RecursionError):
        return False
    return True


def _excerpt(content: bytes) -> str:
    text = " ".join(content.decode("utf-8", errors="replace").split())
    if len(text) <= ERROR_EXCERPT_CHARS:
        return text
    return text[: ERROR_EXCERPT_CHARS - 1] + "…"
