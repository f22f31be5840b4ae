"""Opt-in fault injection (429, 5xx, latency) and the request log tests read."""

from __future__ import annotations

import time

import httpx
import pytest

from sendbird_calls.mock import CallsMock, Fault, create_app


@pytest.fixture
def api(calls_mock: CallsMock) -> httpx.Client:
    return calls_mock.client(headers={"Api-Token": calls_mock.api_token})


def test_the_next_n_creates_fail_with_500_500999(calls_mock: CallsMock, api: httpx.Client) -> None:
    calls_mock.faults.add("server_error", operation="create_room", times=2)

    answers = [api.post("/rooms", json={"type": "small_room_for_video"}) for _ in range(3)]

    assert [r.status_code for r in answers] == [500, 500, 200]
    assert answers[0].json() == {
        "error": True,
        "code": 500999,
        "type": "UNKNOWN_ERROR",
        "message": "Injected server error.",
    }
    assert len(calls_mock.state.rooms.order) == 1
    assert len(calls_mock.faults) == 0


def test_the_next_2_gets_are_rate_limited_with_retry_after_0(calls_mock: CallsMock, api: httpx.Client) -> None:
    fault = calls_mock.faults.rate_limit(method="GET", times=2, retry_after=0)

    first, second = api.get("/users"), api.get("/rooms")
    post = api.post("/rooms", json={"type": "small_room_for_video"})
    third = api.get("/users")

    for limited in (first, second):
        assert limited.status_code == 429
        assert limited.headers["Retry-After"] == "0"
        assert limited.json()["code"] == 429100
        assert limited.json()["type"] == "RATE_LIMIT_EXCEEDED"
    assert (post.status_code, third.status_code) == (200, 200)
    assert fault.fired == 2


def test_a_rate_limit_without_retry_after_sends_no_header(calls_mock: CallsMock, api: httpx.Client) -> None:
    calls_mock.faults.rate_limit()
    response = api.get("/users")
    assert response.status_code == 429
    assert "Retry-After" not in response.headers


def test_a_global_fault_hits_every_operation_until_removed(calls_mock: CallsMock, api: httpx.Client) -> None:
    fault = calls_mock.faults.server_error(times=None, status=503)

    statuses = {
        api.get("/users").status_code,
        api.get(f"{calls_mock.chat_base_url}/applications/api_tokens").status_code,
    }
    calls_mock.faults.remove(fault)

    assert statuses == {503}
    assert api.get("/users").status_code == 200


def test_latency_delays_an_answer_without_failing_it(calls_mock: CallsMock, api: httpx.Client) -> None:
    calls_mock.faults.latency(0.5, operation="list_users", times=1)

    started = time.monotonic()
    slow = api.get("/users")
    slow_took = time.monotonic() - started
    started = time.monotonic()
    api.get("/users")
    fast_took = time.monotonic() - started

    assert slow.status_code == 200
    assert slow_took >= 0.5 > fast_took


def test_latency_beyond_the_read_timeout_is_a_read_timeout(calls_mock: CallsMock, api: httpx.Client) -> None:
    calls_mock.faults.latency(1.0, operation="list_users")
    with pytest.raises(httpx.ReadTimeout):
        api.get("/users", timeout=0.05)


async def test_the_async_client_honours_latency_and_timeouts_too(calls_mock: CallsMock) -> None:
    calls_mock.faults.latency(1.0, operation="list_rooms")
    async with calls_mock.async_client(headers={"Api-Token": calls_mock.api_token}) as api:
        with pytest.raises(httpx.ReadTimeout):
            await api.get("/rooms", timeout=0.05)
        assert (await api.get("/users")).status_code == 200


def test_faults_can_be_given_to_create_app() -> None:
    app = create_app(faults=[Fault("server_error", operation="list_users", times=1)])
    with CallsMock(app) as mock:
        api = mock.client(headers={"Api-Token": mock.api_token})
        assert [api.get("/users").status_code, api.get("/users").status_code] == [500, 200]


@pytest.mark.parametrize(
    "options",
    [
        {"kind": "explode"},
        {"kind": "server_error", "operation": "create_rooms"},
        {"kind": "server_error", "status": 404},
        {"kind": "rate_limit", "times": 0},
        {"kind": "latency", "delay": -1.0},
    ],
)
def test_a_mistyped_fault_is_refused(calls_mock: CallsMock, options: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        calls_mock.faults.add(**options)  # type: ignore[arg-type]


def test_auth_comes_before_faults(calls_mock: CallsMock) -> None:
    calls_mock.faults.server_error(times=None)
    assert calls_mock.client().get("/users").status_code == 401


# --- request log -----------------------------------------------------------------------------


def test_the_log_records_method_raw_path_headers_body_and_time(calls_mock: CallsMock, api: httpx.Client) -> None:
    before = time.monotonic()
    api.post("/rooms", json={"type": "small_room_for_video"}, headers={"X-Trace": "t1"})
    api.get("/rooms/a%2Fb", params={"limit": 5})
    api.get("/nowhere")

    create, read, unknown = calls_mock.requests

    assert (create.method, create.raw_path, create.operation_id) == ("POST", "/v1/rooms", "create_room")
    assert create.json() == {"type": "small_room_for_video"}
    assert create.header("x-trace") == "t1"
    assert create.header("api-token") is None
    assert all(name != "api-token" for name, _ in create.headers)
    assert (read.raw_path, read.query, read.operation_id) == ("/v1/rooms/a%2Fb", "limit=5", "get_room")
    assert unknown.operation_id is None
    assert before <= create.received_at <= read.received_at <= unknown.received_at
    assert calls_mock.requests.for_operation("get_room") == [read]


def test_the_log_masks_a_token_being_revoked(calls_mock: CallsMock, api: httpx.Client) -> None:
    tokens = f"{calls_mock.chat_base_url}/applications/api_tokens"
    token = api.post(tokens, json={}).json()["token"]

    api.delete(f"{tokens}/{token}")

    assert calls_mock.requests[-1].raw_path == "/v3/applications/api_tokens/***"
    assert all(token not in repr(request) for request in calls_mock.requests[:-1] if request.method != "POST")


def test_reset_forgets_state_faults_and_log(calls_mock: CallsMock, api: httpx.Client) -> None:
    api.post("/rooms", json={"type": "small_room_for_video"})
    calls_mock.faults.rate_limit(times=None)

    calls_mock.control.reset()

    assert len(calls_mock.requests) == 0
    assert api.get("/rooms").json()["rooms"] == []
