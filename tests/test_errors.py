"""Every answer Sendbird (or a proxy) can give becomes one clear, token-free exception."""

from __future__ import annotations

import email.utils
import json
import time

import httpx
import pytest

from sendbird_calls.errors import (
    CODE_TO_ERROR,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    FreePlanEndedError,
    InvalidParamsError,
    InvalidRoomError,
    MissingParamsError,
    NotAllowedError,
    NotAuthorizedError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    SendbirdCallsError,
    ServerError,
    UniqueConstraintError,
    error_from_response,
    error_from_transport,
    parse_retry_after,
)

CANARY_TOKEN = "canary-token-5f0c2b1e9d"
DOCUMENTED_CODES = [
    (400, 400100, "INVALID_PARAMS", InvalidParamsError),
    (400, 400111, "MISSING_PARAMS", MissingParamsError),
    (400, 400200, "NOT_FOUND", NotFoundError),
    (400, 400201, "UNIQUE_CONSTRAINT", UniqueConstraintError),
    (400, 400800, "FREE_PLAN_ENDED", FreePlanEndedError),
    (400, 1400126, "INVALID_ROOM", InvalidRoomError),
    (401, 401120, "NOT_ALLOWED", NotAllowedError),
    (401, 401121, "NOT_AUTHORIZED", NotAuthorizedError),
    (429, 429100, "RATE_LIMIT_EXCEEDED", RateLimitError),
    (500, 500999, "UNKNOWN_ERROR", ServerError),
]


def answer(status: int, body: bytes | object = b"", headers: dict[str, str] | None = None) -> httpx.Response:
    """A read response to a request that carries the canary token, the way the client sends it."""
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = httpx.Request(
        "GET",
        f"https://api-app.calls.sendbird.com/v1/applications/api_tokens/{CANARY_TOKEN}",
        headers={"Api-Token": CANARY_TOKEN},
    )
    return httpx.Response(status, content=content, headers=headers, request=request)


def raise_for(response: httpx.Response, path: str = "/v1/rooms") -> APIError:
    return error_from_response(response, method="GET", path=path)


@pytest.mark.parametrize(("status", "code", "type_", "cls"), DOCUMENTED_CODES)
def test_every_documented_code_maps_to_its_class(status: int, code: int, type_: str, cls: type[APIError]) -> None:
    error = raise_for(answer(status, {"error": True, "code": code, "type": type_, "message": "details"}))

    assert type(error) is cls
    assert CODE_TO_ERROR[code] is cls
    assert (error.status_code, error.code, error.type, error.message) == (status, code, type_, "details")
    assert (error.method, error.path) == ("GET", "/v1/rooms")
    assert str(error) == f"{status} {type_} ({code}) on GET /v1/rooms: details"


def test_code_to_error_covers_exactly_the_documented_codes_and_is_read_only() -> None:
    assert set(CODE_TO_ERROR) == {code for _, code, _, _ in DOCUMENTED_CODES}
    with pytest.raises(TypeError):
        CODE_TO_ERROR[1] = APIError  # type: ignore[index]


def test_the_official_429_example_without_error_flag_gives_rate_limit_error_with_retry_after() -> None:
    body = {"message": "Too many requests", "code": 429100, "type": "RATE_LIMIT_EXCEEDED"}

    error = raise_for(answer(429, body, headers={"Retry-After": "3"}))

    assert isinstance(error, RateLimitError)
    assert error.retry_after == 3.0
    assert str(error) == "429 RATE_LIMIT_EXCEEDED (429100) on GET /v1/rooms: Too many requests"


def test_a_body_without_type_gets_the_documented_name_of_its_code() -> None:
    error = raise_for(answer(400, {"code": 400200, "message": "Room not found."}))

    assert isinstance(error, NotFoundError)
    assert error.type == "NOT_FOUND"
    assert str(error) == "400 NOT_FOUND (400200) on GET /v1/rooms: Room not found."


def test_the_code_decides_over_the_status() -> None:
    error = raise_for(answer(500, {"code": 400100, "message": "bad limit"}))

    assert type(error) is InvalidParamsError
    assert error.status_code == 500


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, NotAuthorizedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (403, APIError),
        (499, APIError),
    ],
)
def test_an_unknown_code_falls_back_to_the_status(status: int, cls: type[APIError]) -> None:
    error = raise_for(answer(status, {"code": 999999, "message": "new failure"}))

    assert type(error) is cls
    assert error.code == 999999
    assert error.type is None
    assert str(error).endswith("(999999) on GET /v1/rooms: new failure")


def test_unknown_400_code_reads_as_a_bad_request() -> None:
    error = raise_for(answer(400, {"code": 400555, "message": "odd"}))

    assert str(error) == "400 Bad Request (400555) on GET /v1/rooms: odd"


def test_an_html_502_from_a_proxy_gives_a_server_error_with_a_short_excerpt() -> None:
    page = "<html><head><title>502 Bad Gateway</title></head>\n<body>" + "x" * 5000 + "</body></html>"

    error = raise_for(answer(502, page.encode(), headers={"Content-Type": "text/html"}))

    assert type(error) is ServerError
    assert error.code is None
    assert error.body_excerpt.startswith("<html><head><title>502 Bad Gateway</title></head> <body>xxx")
    assert len(error.body_excerpt) <= 200
    assert str(error).startswith("502 Bad Gateway on GET /v1/rooms: the response body is not JSON: <html>")
    assert len(str(error)) < 300


@pytest.mark.parametrize("status", [520, 599, 499, 299])
def test_non_standard_statuses_never_fail_while_building_the_error(status: int) -> None:
    error = raise_for(answer(status, b"origin error"))

    assert error.status_code == status
    assert str(error) == f"{status} on GET /v1/rooms: the response body is not JSON: origin error"


def test_520_is_a_server_error() -> None:
    assert type(raise_for(answer(520, b""))) is ServerError


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"", "empty response body"),
        (b"  \n", "empty response body"),
        (b"[1, 2]", "the response body is JSON but not an object: [1, 2]"),
        (b'"oops"', 'the response body is JSON but not an object: "oops"'),
        (b'{"error": true}', 'no error message in the response body: {"error": true}'),
        (b"\xff\xfe not utf-8", "the response body is not JSON: \ufffd\ufffd not utf-8"),
    ],
)
def test_bodies_that_are_not_sendbird_errors_are_described(body: bytes, expected: str) -> None:
    error = raise_for(answer(400, body))

    assert type(error) is BadRequestError
    assert error.message == expected


@pytest.mark.parametrize("raw_code", ["400100", True, 4.5, None])
def test_odd_code_values_are_read_leniently(raw_code: object) -> None:
    error = raise_for(answer(400, {"code": raw_code, "message": "m"}))

    expected = InvalidParamsError if raw_code == "400100" else BadRequestError
    assert type(error) is expected


def test_an_unread_response_still_gives_an_error() -> None:
    response = httpx.Response(503, stream=httpx.ByteStream(b"body"))

    error = raise_for(response)

    assert type(error) is ServerError
    assert error.message == "empty response body"


def test_neither_message_nor_repr_holds_the_token_or_the_response() -> None:
    error = raise_for(
        answer(401, {"code": 401121, "message": "Invalid API token."}), path="/v3/applications/api_tokens/***"
    )

    for text in (str(error), repr(error), error.body_excerpt):
        assert CANARY_TOKEN not in text
    assert "response" not in repr(error)
    assert "/v3/applications/api_tokens/***" in str(error)
    assert error.response is not None
    assert error.response.status_code == 401


def test_the_hierarchy_groups_errors_the_way_callers_catch_them() -> None:
    assert issubclass(InvalidRoomError, NotFoundError)
    assert issubclass(NotFoundError, BadRequestError)
    assert issubclass(NotAllowedError, AuthenticationError)
    assert issubclass(NotAuthorizedError, AuthenticationError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(ConfigurationError, ValueError)
    for cls in (APIError, APIConnectionError, ResponseValidationError, ConfigurationError):
        assert issubclass(cls, SendbirdCallsError)


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), APIConnectionError),
        (httpx.RemoteProtocolError("Server disconnected"), APIConnectionError),
        (httpx.ReadTimeout("timed out"), APITimeoutError),
        (httpx.PoolTimeout(""), APITimeoutError),
    ],
)
def test_transport_failures_become_connection_errors(exc: httpx.TransportError, cls: type[APIConnectionError]) -> None:
    error = error_from_transport(exc, method="POST", path="/v1/rooms")

    assert type(error) is cls
    assert error.__cause__ is exc
    assert (error.method, error.path) == ("POST", "/v1/rooms")
    assert str(error).startswith(f"{type(exc).__name__} on POST /v1/rooms: ")


def test_response_validation_error_names_the_operation_and_the_field() -> None:
    error = ResponseValidationError(operation="get_room", field="room.room_id", detail="missing")

    assert str(error) == "the response of get_room does not fit its model at field 'room.room_id': missing"
    assert (error.operation, error.field) == ("get_room", "room.room_id")
    assert "get_room" in repr(error)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0.0),
        ("7", 7.0),
        (" 1.5 ", 1.5),
        ("-1", None),
        ("nan", None),
        ("inf", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_seconds(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_retry_after_as_an_http_date() -> None:
    now = 1_700_000_000.0
    in_ten_seconds = email.utils.formatdate(now + 10, usegmt=True)
    ten_seconds_ago = email.utils.formatdate(now - 10, usegmt=True)

    assert parse_retry_after(in_ten_seconds, now=now) == pytest.approx(10.0)
    assert parse_retry_after(ten_seconds_ago, now=now) == 0.0
    assert 0 < (parse_retry_after(email.utils.formatdate(time.time() + 30, usegmt=True)) or 0) <= 30
