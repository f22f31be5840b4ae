"""The mock stays up and small under hostile input: every bad request is Sendbird's 4xx, never a 500.

Requests go through the in-process app (httpx, or raw ASGI where httpx would tidy the request up:
a lower-case method); the never-500 properties throw generated paths, queries, content types and
bodies at every operation of the spec.
"""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette

from sendbird_calls.mock import CallsMock, create_app
from sendbird_calls.mock.harness import bind_socket
from sendbird_calls.mock.limits import MAX_HEADER_BYTES, MAX_URL_BYTES
from sendbird_calls.mock.spec import load_spec

SPEC = load_spec()
ERROR_SCHEMA = SPEC.raw["components"]["schemas"]["Error"]
OPERATIONS = sorted(SPEC.operations.values(), key=lambda op: op.operation_id)
HUGE = "x" * 200_000


@pytest.fixture(scope="module")
def shared_mock() -> Iterator[CallsMock]:
    """One mock for the property tests (a fresh app per example would measure start-up, not input)."""
    with CallsMock() as mock:
        yield mock


@pytest.fixture
def api(calls_mock: CallsMock) -> httpx.Client:
    return calls_mock.client(headers={"Api-Token": calls_mock.api_token})


def assert_error(response: httpx.Response, status: int, code: int | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text[:500]
    body: dict[str, Any] = response.json()
    jsonschema.validate(body, ERROR_SCHEMA)
    assert body["error"] is True
    if code is not None:
        assert body["code"] == code, body
    return body


async def asgi_call(app: Starlette, method: str, path: str, headers: list[tuple[bytes, bytes]]) -> tuple[int, bytes]:
    """One request straight into the ASGI app, as a server would pass it (no client tidying)."""
    sent: list[dict[str, Any]] = []
    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": method,
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "headers": headers,
        "scheme": "http",
        "server": ("mock", 80),
        "client": ("127.0.0.1", 1),
        "root_path": "",
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    return status, b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


# --- the request log is bounded -----------------------------------------------------------


def test_the_request_log_keeps_the_latest_requests_only() -> None:
    with CallsMock(request_log_size=3) as mock:
        api = mock.client(headers={"Api-Token": mock.api_token})
        for limit in range(1, 6):
            api.get("/rooms", params={"limit": limit})

        assert [request.query for request in mock.requests] == ["limit=3", "limit=4", "limit=5"]
        assert mock.requests.total == 5


def test_the_request_log_bounds_the_bytes_of_bodies_it_keeps() -> None:
    with CallsMock(request_log_bytes=1000) as mock:
        api = mock.client(headers={"Api-Token": mock.api_token})
        for _ in range(10):
            api.post("/rooms", json={"type": "small_room_for_video", "custom_items": {"k": "v" * 300}})

        assert sum(len(request.body) for request in mock.requests) <= 1000
        assert 0 < len(mock.requests) < 10


def test_tests_can_clear_the_log(api: httpx.Client, calls_mock: CallsMock) -> None:
    api.get("/rooms")
    calls_mock.requests.clear()
    api.get("/users")

    assert [request.operation_id for request in calls_mock.requests] == ["list_users"]


@pytest.mark.parametrize("headers", [{}, {"Api-Token": "wrong"}])
def test_a_request_without_a_valid_token_is_logged_without_its_body(
    calls_mock: CallsMock, headers: dict[str, str]
) -> None:
    response = calls_mock.client(headers=headers).post("/rooms", content=b'{"type": "' + b"x" * 5000 + b'"}')

    assert_error(response, 401, 401121)
    (request,) = calls_mock.requests
    assert (request.operation_id, request.body) == ("create_room", b"")


# --- sizes are capped, echoed values clipped ----------------------------------------------


def test_a_body_past_the_cap_is_413_in_sendbirds_shape() -> None:
    with CallsMock(max_body_bytes=1000) as mock:
        api = mock.client(headers={"Api-Token": mock.api_token})
        assert_error(api.post("/rooms", content=b"{" + b" " * 2000 + b"}"), 413, 413)
        assert api.post("/rooms", json={"type": "small_room_for_video"}).status_code == 200


def test_a_streamed_body_past_the_cap_is_413_without_a_content_length() -> None:
    with CallsMock(max_body_bytes=1000) as mock:
        api = mock.client(headers={"Api-Token": mock.api_token})
        chunks = iter([b"{", b" " * 600, b" " * 600, b"}"])
        assert_error(api.post("/rooms", content=chunks), 413, 413)


def test_the_default_cap_refuses_ten_megabytes(api: httpx.Client) -> None:
    body = assert_error(api.post("/rooms", json={"type": "x" * 10_000_000}), 413, 413)
    assert len(body["message"]) < 200


def test_headers_past_the_cap_are_431(api: httpx.Client) -> None:
    assert_error(api.get("/rooms", headers={"X-Big": "x" * MAX_HEADER_BYTES}), 431, 431)
    assert api.get("/rooms", headers={"X-Big": "x" * (MAX_HEADER_BYTES - 1000)}).status_code == 200


def test_a_url_past_the_cap_is_414(api: httpx.Client) -> None:
    path_and_query = len("/v1/rooms?x=")
    assert_error(api.get("/rooms", params={"x": "y" * (MAX_URL_BYTES - path_and_query + 1)}), 414, 414)
    assert api.get("/rooms", params={"x": "y" * (MAX_URL_BYTES - path_and_query)}).status_code == 200


@pytest.mark.parametrize(
    ("method", "url", "options"),
    [
        ("POST", "/rooms", {"json": {"type": HUGE}}),
        ("POST", "/rooms", {"json": {"type": "small_room_for_video", "custom_items": {"k": HUGE}}}),
        ("GET", "/rooms", {"params": {"limit": "x" * 50_000}}),
        ("GET", "/rooms", {"params": {"room_ids": ",".join(["r"] * 12_000)}}),
        ("GET", f"/rooms/{'r' * 50_000}", {}),
        ("POST", "/rooms", {"content": b"{" + b'"' * 200_000, "headers": {"Content-Type": "application/json"}}),
        ("POST", "/rooms", {"content": b"{}", "headers": {"Content-Type": "text/" + "x" * 50_000}}),
    ],
)
def test_an_error_never_echoes_a_whole_large_value(
    api: httpx.Client, method: str, url: str, options: dict[str, Any]
) -> None:
    response = api.request(method, url, **options)

    assert 400 <= response.status_code < 500
    assert len(response.content) < 2_000, response.content[:300]
    assert_error(response, response.status_code)


# --- every bad request is Sendbird's 400 ----------------------------------------------------


@pytest.mark.parametrize(
    "content_type", ["application/json;", "application/json; charset", ";", "", "application/json;;;=", "*/*", "\t"]
)
def test_an_odd_content_type_is_400_not_500(api: httpx.Client, content_type: str) -> None:
    response = api.post("/rooms", content=b'{"type": "small_room_for_video"}', headers={"Content-Type": content_type})

    if response.status_code != 200:  # `application/json;` is still JSON; the rest is refused as 400100
        assert_error(response, 400, 400100)


def test_json_with_parameters_in_its_content_type_is_accepted(api: httpx.Client) -> None:
    for content_type in ("application/json;", "application/json; charset=utf8", "Application/JSON ; x=y"):
        response = api.post(
            "/rooms", content=b'{"type": "small_room_for_video"}', headers={"Content-Type": content_type}
        )
        assert response.status_code == 200, (content_type, response.text)


@pytest.mark.parametrize("depth", [100, 10_000, 100_000])
def test_deeply_nested_json_is_400100(api: httpx.Client, depth: int) -> None:
    body = b"[" * depth + b"]" * depth
    response = api.post("/rooms", content=body, headers={"Content-Type": "application/json"})
    assert_error(response, 400, 400100)


@pytest.mark.parametrize("body", [b'{"type": NaN}', b'{"type": Infinity}', b"\xff\xfe{", b'{"type": "\xff"}'])
def test_json_that_is_not_strict_utf8_json_is_400100(api: httpx.Client, body: bytes) -> None:
    assert_error(api.post("/rooms", content=body, headers={"Content-Type": "application/json"}), 400, 400100)


@st.composite
def hostile_requests(draw: st.DrawFn) -> tuple[str, str, dict[str, str], bytes]:
    """Any operation of the spec, with generated path segments, query, Content-Type and body."""
    operation = draw(st.sampled_from(OPERATIONS))
    segments = []
    for part in operation.path_pattern.split("/"):
        if not part.startswith("{"):
            segments.append(part)
            continue
        encoded = st.text(min_size=1, max_size=20).map(lambda s: quote(s.encode("utf-8", "surrogatepass"), safe=""))
        segments.append(draw(st.one_of(encoded, st.sampled_from(["%ff", "%", "%2", "%00", "a%2Fb", "%C3%28"]))))
    query = draw(st.text(max_size=40).map(lambda s: quote(s.encode("utf-8", "surrogatepass"), safe="&=,%+")))
    content_type = draw(
        st.one_of(
            st.sampled_from(["application/json", "application/json;", "text/plain", "application/json; charset=utf8"]),
            st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30),
        )
    )
    body = draw(
        st.one_of(
            st.binary(max_size=64),
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                max_leaves=10,
            ).map(lambda value: json.dumps(value).encode()),
        )
    )
    return operation.method, "/".join(segments) + ("?" + query if query else ""), {"Content-Type": content_type}, body


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(request=hostile_requests())
def test_no_request_makes_the_mock_answer_500(shared_mock: CallsMock, request: tuple[str, str, dict, bytes]) -> None:
    method, url, headers, body = request
    api = shared_mock.client(base_url=shared_mock.origin, headers={"Api-Token": shared_mock.api_token})

    response = api.request(method, url, headers=headers, content=body)

    assert response.status_code < 500, (method, url, headers, body, response.text[:500])
    if response.status_code >= 400:
        assert_error(response, response.status_code)
    assert not shared_mock.control.response_problems


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content_type=st.text(max_size=40), body=st.binary(max_size=200))
def test_any_content_type_and_body_is_a_200_or_sendbirds_400(
    shared_mock: CallsMock, content_type: str, body: bytes
) -> None:
    api = shared_mock.client(headers={"Api-Token": shared_mock.api_token})
    headers = {"Content-Type": content_type.encode("utf-8")}

    response = api.post("/rooms", content=body, headers=headers)

    if response.status_code != 200:
        assert_error(response, 400)


# --- authentication and methods ------------------------------------------------------------


@pytest.mark.parametrize("second", ["wrong", "same"])
def test_two_api_token_headers_are_refused_as_ambiguous(calls_mock: CallsMock, second: str) -> None:
    token = calls_mock.api_token
    for pair in ([token, token if second == "same" else "wrong"], ["wrong", token]):
        response = calls_mock.client(headers=[("Api-Token", value) for value in pair]).get("/rooms")
        body = assert_error(response, 401, 401121)
        assert token not in response.text
        assert "one Api-Token" in body["message"]


@pytest.mark.parametrize("method", ["get", "Get", "post", "dElEtE"])
async def test_a_method_that_is_not_upper_case_is_refused(calls_mock: CallsMock, method: str) -> None:
    headers = [(b"api-token", calls_mock.api_token.encode())]
    status, content = await asgi_call(calls_mock.app, method, "/v1/rooms", headers)

    assert status == 405
    assert json.loads(content)["code"] == 405


# --- no secret in any log ------------------------------------------------------------------


def test_the_access_log_masks_a_token_in_the_path(caplog: pytest.LogCaptureFixture, calls_mock: CallsMock) -> None:
    api = calls_mock.client(headers={"Api-Token": calls_mock.api_token})
    token = api.post(f"{calls_mock.chat_base_url}/applications/api_tokens", json={}).json()["token"]

    with caplog.at_level(logging.INFO, logger="uvicorn.access"):
        # uvicorn's own access-log call, as its protocols make it for each answer
        logging.getLogger("uvicorn.access").info(
            '%s - "%s %s HTTP/%s" %d', "127.0.0.1:5000", "DELETE", f"/v3/applications/api_tokens/{token}", "1.1", 200
        )
        logging.getLogger("uvicorn.access").info(
            '%s - "%s %s HTTP/%s" %d',
            "127.0.0.1:5000",
            "GET",
            "/v3/applications/api_tokens/not-a-token?x=1",
            "1.1",
            200,
        )

    assert token not in caplog.text
    assert "not-a-token" not in caplog.text
    assert "/v3/applications/api_tokens/***" in caplog.text


def test_the_mocks_own_logs_mask_tokens(caplog: pytest.LogCaptureFixture, calls_mock: CallsMock) -> None:
    with caplog.at_level(logging.INFO, logger="sendbird_calls.mock.app"):
        logging.getLogger("sendbird_calls.mock.app").error("seen %s", calls_mock.api_token)
        try:
            raise ValueError(calls_mock.api_token)
        except ValueError:
            logging.getLogger("sendbird_calls.mock.app").exception("failed")

    assert calls_mock.api_token not in caplog.text
    assert "seen ***" in caplog.text


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def test_a_real_server_masks_tokens_in_its_access_log() -> None:
    from sendbird_calls.mock import CallsMockServer

    with CallsMockServer() as server:
        server._server.config.access_log = True  # what `python -m sendbird_calls.mock --log-level info` does
        access = logging.getLogger("uvicorn.access")
        level, lines = access.level, _Lines()
        access.setLevel(logging.INFO)
        access.addHandler(lines)
        try:
            api = server.client(headers={"Api-Token": server.api_token})
            token = api.post(f"{server.chat_base_url}/applications/api_tokens", json={}).json()["token"]
            api.delete(f"{server.chat_base_url}/applications/api_tokens/{token}")
        finally:
            access.removeHandler(lines)
            access.setLevel(level)

    assert any("DELETE /v3/applications/api_tokens/***" in line for line in lines.lines), lines.lines
    assert not any(token in line for line in lines.lines)


# --- the socket ----------------------------------------------------------------------------


def test_connections_to_the_mock_socket_have_nagle_off() -> None:
    listener = bind_socket()
    try:
        client = socket.create_connection(listener.getsockname()[:2])
        accepted, _ = listener.accept()
        with client, accepted:
            assert listener.proto == socket.IPPROTO_TCP  # what asyncio checks before it sets TCP_NODELAY itself
            assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    finally:
        listener.close()


def test_the_bounds_are_checked(calls_mock: CallsMock) -> None:
    with pytest.raises(ValueError, match="max_body_bytes"):
        create_app(max_body_bytes=-1)
    with pytest.raises(ValueError, match="bounds"):
        create_app(request_log_size=-1)


# --- validation stays as strict as the spec -----------------------------------------------


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("created_at_start_date=9223372036854775807", 200),
        ("created_at_start_date=9223372036854775808", 400),
        ("created_at_start_date=-1", 400),
        ("limit=1e1", 400),
        ("limit=%2B5", 400),
        ("limit=%205", 400),
        ("limit=5", 200),
        ("state=unknown_state", 400),
    ],
)
def test_query_values_are_checked_by_type_range_and_int64_format(api: httpx.Client, query: str, status: int) -> None:
    response = api.get(f"/rooms?{query}")

    assert response.status_code == status, response.text
    if status == 400:
        assert_error(response, 400, 400100)
