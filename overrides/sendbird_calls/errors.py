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
        │   ├── InvalidParamsError                  Calls 400100; Chat 400100-400104, 400106, 400107, 400110, 400111
        │   ├── MissingParamsError                  Calls 400111; Chat 400105
        │   ├── NotFoundError                       Calls 400200; Chat 400201; or any HTTP 404
        │   │   └── InvalidRoomError                1400126 (the room does not exist or was deleted)
        │   ├── UniqueConstraintError               Calls 400201; Chat 400202
        │   └── FreePlanEndedError                  400800
        ├── AuthenticationError                     HTTP 401
        │   ├── NotAllowedError                     401120
        │   └── NotAuthorizedError                  401121, or a 401 with an unknown code
        ├── RateLimitError                          429100, or any HTTP 429
        └── ServerError                             500999, or any 5xx

Sendbird's code decides the class when it is known; the HTTP status decides otherwise. The same
code means different things on Sendbird's two hosts, so each host has its own table: the Calls
host (``/v1``) answers with the Calls Platform API's codes (400200 is "not found", 400201 "already
exists"), the Chat host (``/v3``, where the secondary API tokens live) with the Chat Platform API's
(400201 is "not found", 400100 "unexpected parameter type", and its bodies carry no ``type``).
``CALLS_ERROR_CODES`` and ``CHAT_ERROR_CODES`` are the two tables; ``error_from_response`` reads an
answer with the table of the host it came from. Messages only ever quote the masked path they are
given, never a URL or a header, so no token leaks.
"""

from __future__ import annotations

import email.utils
import json
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import ClassVar, Literal

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
    """A parameter has a wrong value or type (Calls 400100; Chat 400100-400104, 400106, 400107, 400110, 400111)."""

    sendbird_code = 400100
    sendbird_type = "INVALID_PARAMS"


class MissingParamsError(BadRequestError):
    """A required parameter is missing (Calls 400111; Chat 400105)."""

    sendbird_code = 400111
    sendbird_type = "MISSING_PARAMS"


class NotFoundError(BadRequestError):
    """The resource does not exist: HTTP 400 with code 400200 on the Calls host, 400201 on the Chat host
    (secondary API tokens); HTTP 404 from a proxy."""

    sendbird_code = 400200
    sendbird_type = "NOT_FOUND"


class InvalidRoomError(NotFoundError):
    """The room ID does not exist or the room was deleted; a NotFoundError so one except catches both."""

    sendbird_code = 1400126
    sendbird_type = "INVALID_ROOM"


class UniqueConstraintError(BadRequestError):
    """The resource already exists (Calls 400201; Chat 400202)."""

    sendbird_code = 400201
    sendbird_type = "UNIQUE_CONSTRAINT"


class FreePlanEndedError(BadRequestError):
    """The application's free plan ended (Calls 400800)."""

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


Host = Literal["calls", "chat"]
"""Which of Sendbird's hosts answered: the Calls Platform API (``/v1``) or the Chat Platform API (``/v3``)."""


@dataclass(frozen=True, slots=True)
class ErrorCode:
    """One row of a host's error table: Sendbird's code, the class it raises and the code's documented name."""

    code: int
    error: type[APIError]
    type: str
    """The name the host's docs give the code; an error body without ``type`` gets it."""


def _table(*rows: ErrorCode) -> Mapping[int, ErrorCode]:
    return MappingProxyType({row.code: row for row in rows})


CALLS_ERROR_CODES: Mapping[int, ErrorCode] = _table(
    *(
        ErrorCode(cls.sendbird_code, cls, cls.sendbird_type)
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
        if cls.sendbird_code is not None and cls.sendbird_type is not None
    )
)
"""The Calls Platform API's error codes (sendbird.com/docs/calls/v1/platform-api, "Error codes")."""

CHAT_ERROR_CODES: Mapping[int, ErrorCode] = _table(
    ErrorCode(400100, InvalidParamsError, "UnexpectedParameterType"),  # a string was expected
    ErrorCode(400101, InvalidParamsError, "UnexpectedParameterType"),  # a number
    ErrorCode(400102, InvalidParamsError, "UnexpectedParameterType"),  # a list
    ErrorCode(400103, InvalidParamsError, "UnexpectedParameterType"),  # JSON
    ErrorCode(400104, InvalidParamsError, "UnexpectedParameterType"),  # a boolean
    ErrorCode(400105, MissingParamsError, "MissingRequiredParameter"),
    ErrorCode(400106, InvalidParamsError, "NegativeNumberNotAllowed"),
    ErrorCode(400107, InvalidParamsError, "PositiveNumberNotAllowed"),
    ErrorCode(400108, BadRequestError, "UnauthorizedRequest"),
    ErrorCode(400109, BadRequestError, "ExpiredPageToken"),
    ErrorCode(400110, InvalidParamsError, "ParameterValueLengthExceeded"),
    ErrorCode(400111, InvalidParamsError, "InvalidValue"),
    ErrorCode(400201, NotFoundError, "ResourceNotFound"),
    ErrorCode(400202, UniqueConstraintError, "ResourceAlreadyExists"),
    # Chat documents no code for these two; the spec's decision (no source) reuses the Calls ones.
    ErrorCode(401120, NotAllowedError, "NOT_ALLOWED"),
    ErrorCode(401121, NotAuthorizedError, "NOT_AUTHORIZED"),
)
"""The Chat Platform API's error codes (sendbird.com/docs/chat/v3/platform-api/error-codes) that the
secondary-token operations may answer: the same numbers as Calls codes, other meanings."""

ERROR_CODES: Mapping[Host, Mapping[int, ErrorCode]] = MappingProxyType(
    {"calls": CALLS_ERROR_CODES, "chat": CHAT_ERROR_CODES}
)
"""Each host's error table."""

CODE_TO_ERROR: Mapping[int, type[APIError]] = MappingProxyType(
    {code: row.error for code, row in CALLS_ERROR_CODES.items()}
)
"""Every documented Calls error code and the exception class it raises (the Calls host's table)."""


def error_from_response(response: httpx.Response, *, method: str, path: str, host: Host = "calls") -> APIError:
    """Build the exception for a non-2xx answer; ``path`` must be the masked log path.

    The response body must already be read. Any body is accepted: Sendbird's JSON error object,
    an HTML page from a proxy, JSON of another shape, or nothing. ``host`` names the host that
    answered, whose error table reads the code (``"chat"`` for the secondary-token operations).
    """
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    excerpt = _excerpt(content)
    body = _json_object(content)
    code = _sendbird_code(body.get("code")) if body is not None else None
    table = ERROR_CODES.get(host, CALLS_ERROR_CODES)
    row = table.get(code) if code is not None else None
    cls = row.error if row is not None else _status_class(response.status_code)
    error_type = body.get("type") if body is not None else None
    if not isinstance(error_type, str) or not error_type:
        error_type = row.type if row is not None else None
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
    return _status_class(status_code)


def _status_class(status_code: int) -> type[APIError]:
    """The class of an answer whose code the host's table does not know: by its HTTP status."""
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
