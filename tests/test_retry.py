"""The retry decision alone: what is retried, what never is, and how long the client waits."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from sendbird_calls.errors import ConfigurationError
from sendbird_calls.retry import RetryPolicy

EXACT = RetryPolicy(jitter=False)


def answer(status: int, retry_after: str | None = None) -> httpx.Response:
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    return httpx.Response(status, headers=headers)


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD", "OPTIONS", "POST", "PATCH"])
def test_429_is_retried_for_every_method(method: str) -> None:
    assert EXACT.delay_for(method, 1, response=answer(429)) == 0.5


@pytest.mark.parametrize("status", [500, 502, 503, 504, 520, 599])
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD", "OPTIONS", "get"])
def test_5xx_is_retried_for_idempotent_methods(method: str, status: int) -> None:
    assert EXACT.delay_for(method, 1, response=answer(status)) == 0.5


@pytest.mark.parametrize("status", [500, 502, 503, 520])
@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_5xx_is_never_retried_for_post_so_no_room_is_created_twice(method: str, status: int) -> None:
    assert EXACT.delay_for(method, 1, response=answer(status, retry_after="1")) is None


@pytest.mark.parametrize("status", [200, 201, 204, 301, 400, 401, 403, 404, 409, 499])
def test_other_statuses_are_final(status: int) -> None:
    assert EXACT.delay_for("GET", 1, response=answer(status)) is None


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("slow connect"),
        httpx.PoolTimeout("pool full"),
        httpx.ReadTimeout("slow read"),
        httpx.WriteTimeout("slow write"),
        httpx.ReadError("reset"),
        httpx.WriteError("broken pipe"),
        httpx.RemoteProtocolError("server disconnected"),
    ],
)
def test_transient_transport_errors_are_retried_for_get(error: httpx.TransportError) -> None:
    assert EXACT.delay_for("GET", 1, error=error) == 0.5


@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow connect"), httpx.PoolTimeout("pool full")],
)
def test_post_is_retried_when_the_request_never_left(error: httpx.TransportError) -> None:
    assert EXACT.delay_for("POST", 1, error=error) == 0.5


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadTimeout("slow read"),
        httpx.WriteTimeout("slow write"),
        httpx.ReadError("reset"),
        httpx.WriteError("broken pipe"),
        httpx.RemoteProtocolError("server disconnected"),
    ],
)
def test_post_is_not_retried_once_the_request_may_have_arrived(error: httpx.TransportError) -> None:
    assert EXACT.delay_for("POST", 1, error=error) is None


@pytest.mark.parametrize("error", [httpx.UnsupportedProtocol("ftp://"), httpx.LocalProtocolError("bad header")])
def test_mistakes_on_our_side_are_never_retried(error: httpx.TransportError) -> None:
    assert EXACT.delay_for("GET", 1, error=error) is None


def test_retries_stop_after_max_retries() -> None:
    policy = RetryPolicy(max_retries=2, jitter=False)

    assert policy.delay_for("GET", 2, response=answer(503)) == 1.0
    assert policy.delay_for("GET", 3, response=answer(503)) is None
    assert RetryPolicy(max_retries=0).delay_for("GET", 1, response=answer(429)) is None


def test_backoff_doubles_from_half_a_second_and_stops_at_eight() -> None:
    delays = [EXACT.backoff(attempt) for attempt in range(1, 9)]

    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 8.0]


def test_jittered_backoff_stays_within_half_and_full_of_the_exact_delay() -> None:
    policy = RetryPolicy()
    for attempt in range(1, 9):
        exact = EXACT.backoff(attempt)
        samples = [policy.backoff(attempt) for _ in range(200)]

        assert all(exact / 2 <= delay <= exact for delay in samples)
        assert len(set(samples)) > 1


def test_backoff_does_not_overflow_for_huge_attempt_numbers() -> None:
    assert EXACT.backoff(10_000) == 8.0


@pytest.mark.parametrize(("header", "delay"), [("0", 0.0), ("2", 2.0), ("59.5", 59.5), ("60", 60.0)])
def test_retry_after_in_seconds_is_honoured_exactly(header: str, delay: float) -> None:
    assert RetryPolicy().delay_for("GET", 1, response=answer(429, retry_after=header)) == delay


def test_retry_after_as_an_http_date_is_honoured() -> None:
    in_five_seconds = email.utils.formatdate(time.time() + 5, usegmt=True)

    delay = RetryPolicy().delay_for("GET", 1, response=answer(503, retry_after=in_five_seconds))

    assert delay is not None
    assert 3.0 <= delay <= 5.0


def test_a_retry_after_longer_than_the_cap_is_capped() -> None:
    in_an_hour = email.utils.formatdate(time.time() + 3600, usegmt=True)

    assert RetryPolicy().delay_for("GET", 1, response=answer(429, retry_after="3600")) == 60.0
    assert RetryPolicy().delay_for("GET", 1, response=answer(429, retry_after=in_an_hour)) == 60.0
    capped = RetryPolicy(max_retry_after=5.0)
    assert capped.delay_for("GET", 1, response=answer(429, retry_after="30")) == 5.0


def test_an_unreadable_retry_after_falls_back_to_backoff() -> None:
    assert EXACT.delay_for("GET", 1, response=answer(429, retry_after="later")) == 0.5


def test_exactly_one_of_response_or_error_is_required() -> None:
    with pytest.raises(TypeError):
        EXACT.delay_for("GET", 1)
    with pytest.raises(TypeError):
        EXACT.delay_for("GET", 1, response=answer(429), error=httpx.ConnectError("x"))


@pytest.mark.parametrize(
    "settings",
    [{"max_retries": -1}, {"initial_delay": -0.1}, {"max_delay": float("nan")}, {"max_retry_after": -5}],
)
def test_bad_settings_are_configuration_errors(settings: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError):
        RetryPolicy(**settings)  # type: ignore[arg-type]
