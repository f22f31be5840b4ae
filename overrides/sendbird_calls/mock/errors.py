"""Sendbird's error answers, as the mock sends them: the tables of codes and one exception.

The mock raises the Calls host's codes everywhere; an operation served on the Chat host (the
secondary API tokens) answers with Chat's code for the same error instead (``CHAT_CODES``: its
"not found" is 400201, not 400200) and without ``type``, as the spec documents.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ErrorCode:
    """An HTTP status with Sendbird's code, type name and default message."""

    status: int
    code: int
    type: str
    message: str


INVALID_PARAMS = ErrorCode(400, 400100, "INVALID_PARAMS", "Invalid value for a parameter.")
MISSING_PARAMS = ErrorCode(400, 400111, "MISSING_PARAMS", "A required parameter is missing.")
NOT_FOUND = ErrorCode(400, 400200, "NOT_FOUND", "The requested resource cannot be found.")
INVALID_ROOM = ErrorCode(400, 1400126, "INVALID_ROOM", "The room does not exist or was deleted.")
NOT_ALLOWED = ErrorCode(401, 401120, "NOT_ALLOWED", "This operation needs the master API token.")
NOT_AUTHORIZED = ErrorCode(401, 401121, "NOT_AUTHORIZED", "The request is not authorized.")
RATE_LIMIT_EXCEEDED = ErrorCode(429, 429100, "RATE_LIMIT_EXCEEDED", "Too many requests")
UNKNOWN_ERROR = ErrorCode(500, 500999, "UNKNOWN_ERROR", "Unexpected server error.")
# Sendbird documents no body for these two; the mock reuses the HTTP status as the code.
UNKNOWN_PATH = ErrorCode(404, 404, "NOT_FOUND", "No such API path.")
METHOD_NOT_ALLOWED = ErrorCode(405, 405, "METHOD_NOT_ALLOWED", "The path does not support this method.")
PAYLOAD_TOO_LARGE = ErrorCode(413, 413, "PAYLOAD_TOO_LARGE", "The request is larger than the mock accepts.")
# What the mock's HTTP server answers before any operation runs (mock.http_guard); codes as above.
BAD_REQUEST = ErrorCode(400, 400, "BAD_REQUEST", "The request is not valid HTTP/1.1.")
REQUEST_TIMED_OUT = ErrorCode(408, 408, "REQUEST_TIMEOUT", "The request did not arrive in time.")
URI_TOO_LONG = ErrorCode(414, 414, "URI_TOO_LONG", "The request's URL is longer than the mock accepts.")
HEADERS_TOO_LARGE = ErrorCode(
    431, 431, "REQUEST_HEADER_FIELDS_TOO_LARGE", "The request's headers are larger than the mock accepts."
)
SERVER_BUSY = ErrorCode(503, 503, "SERVICE_UNAVAILABLE", "The mock has too many open connections; try again.")

# The Chat Platform API's codes (its bodies carry no `type`; the names are its docs' names).
CHAT_UNEXPECTED_PARAMETER_TYPE = ErrorCode(400, 400100, "UnexpectedParameterType", "Invalid value for a parameter.")
CHAT_MISSING_REQUIRED_PARAMETER = ErrorCode(400, 400105, "MissingRequiredParameter", "A required parameter is missing.")
CHAT_RESOURCE_NOT_FOUND = ErrorCode(400, 400201, "ResourceNotFound", "The requested resource cannot be found.")

CHAT_CODES: Mapping[int, ErrorCode] = {
    INVALID_PARAMS.code: CHAT_UNEXPECTED_PARAMETER_TYPE,
    MISSING_PARAMS.code: CHAT_MISSING_REQUIRED_PARAMETER,
    NOT_FOUND.code: CHAT_RESOURCE_NOT_FOUND,
}
"""A Calls code -> the Chat host's code for the same error; codes not listed are sent as they are."""


def chat_body(body: Mapping[str, object]) -> dict[str, object]:
    """A Calls error body as the Chat host sends it: Chat's code for the same error, no ``type``."""
    out = {key: value for key, value in body.items() if key != "type"}
    code = out.get("code")
    chat = CHAT_CODES.get(code) if isinstance(code, int) else None
    if chat is not None:
        out["code"] = chat.code
    return out


MAX_MESSAGE = 1000
"""The longest error message the mock sends: values quoted in a message are clipped well before."""


def clip(text: str, limit: int = 200) -> str:
    """``text`` cut to ``limit`` characters, saying how much was left out (echoed values stay small)."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text) - limit} more characters)"


class MockError(Exception):
    """An error answer: raised anywhere in request handling, sent as Sendbird's error body."""

    def __init__(
        self,
        error: ErrorCode,
        message: str | None = None,
        *,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.error = error
        self.message = clip(message or error.message, MAX_MESSAGE)
        self.status = status if status is not None else error.status
        self.headers = dict(headers or {})
        super().__init__(f"{self.status} {error.code} {error.type}: {self.message}")

    def body(self) -> dict[str, object]:
        """Sendbird's error body: ``{"error": true, "code", "type", "message"}``."""
        return {"error": True, "code": self.error.code, "type": self.error.type, "message": self.message}
