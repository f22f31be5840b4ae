"""The retry decision alone (``RetryPolicy``, no I/O): what is retried, what never is, how long to wait,
and how a Retry-After header is read."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendbird_calls.errors import ConfigurationError, parse_retry_after
from sendbird_calls.retry import IDEMPOTENT_METHODS, RetryPolicy

EXACT = RetryPolicy(jitter=False)
TRANSPORT_ERRORS = [
    httpx.ConnectError("refused"),
    httpx.ConnectTimeout("slow connect"),
    httpx.PoolTimeout("pool full"),
    httpx.ReadTimeout("slow read"),
    httpx.WriteTimeout("slow write"),
    httpx.ReadError("reset"),
    httpx.WriteError("broken pipe"),
    httpx.RemoteProtocolError("server disconnected"),
    httpx.UnsupportedProtocol("ftp://"),
    httpx.LocalProtocolError("bad header"),
    httpx.ProxyError("proxy refused"),
]


def answer(status: int, retry_after: str | None = None) -> httpx.Response:
    return httpx.Response(status, headers={} if retry_after is None else {"Retry-After": retry_after})


# --- what is retried ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD", "OPTIONS", "POST", "PATCH"])
def test_429_is_retried_for_every_method(method: str) -> None:
    assert EXACT.delay_for(method, 1, response=answer(429)) == 0.5


@pytest.mark.parametrize("status", [500, 502, 503, 504, 520, 599])
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD", "OPTIONS", "get"])
def test_5xx_is_retried_for_idempotent_methods(method: str, status: int) -> None:
    assert EXACT.delay_for(method, 1, response=answer(status)) == 0.5


@pytest.mark.parametrize("status", [500, 502, 503, 520])
@pytest.mark.parametrize("method", ["POST", "PATCH", "post"])
def test_5xx_is_never_retried_for_post_so_no_room_is_created_twice(method: str, status: int) -> None:
    assert EXACT.delay_for(method, 1, response=answer(status, retry_after="1")) is None


@pytest.mark.parametrize("status", [200, 201, 204, 301, 400, 401, 403, 404, 409, 499])
def test_other_statuses_are_final(status: int) -> None:
    assert EXACT.delay_for("GET", 1, response=answer(status)) is None


@pytest.mark.parametrize("error", TRANSPORT_ERRORS[:8], ids=lambda error: type(error).__name__)
def test_transient_transport_errors_are_retried_for_get(error: httpx.TransportError) -> None:
    assert EXACT.delay_for("GET", 1, error=error) == 0.5


@pytest.mark.parametrize("error", TRANSPORT_ERRORS[:3], ids=lambda error: type(error).__name__)
def test_post_is_retried_when_the_request_never_left(error: httpx.TransportError) -> None:
    assert EXACT.delay_for("POST", 1, error=error) == 0.5


@pytest.mark.parametrize("error", TRANSPORT_ERRORS[3:], ids=lambda error: type(error).__name__)
def test_post_is_not_retried_once_the_request_may_have_arrived(error: httpx.TransportError) -> None:
    assert EXACT.delay_for("POST", 1, error=error) is None


@pytest.mark.parametrize("error", TRANSPORT_ERRORS[8:], ids=lambda error: type(error).__name__)
def test_mistakes_on_our_side_are_never_retried(error: httpx.TransportError) -> None:
    assert EXACT.delay_for("GET", 1, error=error) is None


def test_retries_stop_after_max_retries() -> None:
    policy = RetryPolicy(max_retries=2, jitter=False)

    assert policy.delay_for("GET", 2, response=answer(503)) == 1.0
    assert policy.delay_for("GET", 3, response=answer(503)) is None
    assert RetryPolicy(max_retries=0).delay_for("GET", 1, response=answer(429)) is None


@given(
    method=st.sampled_from(["GET", "PUT", "DELETE", "POST", "PATCH"]),
    status=st.integers(min_value=100, max_value=599),
    attempt=st.integers(min_value=1, max_value=20),
    max_retries=st.integers(min_value=0, max_value=10),
    retry_after=st.none() | st.sampled_from(["0", "1.5", "3600", "-1", "nan", "soon"]),
)
def test_every_decision_keeps_the_rules(
    method: str, status: int, attempt: int, max_retries: int, retry_after: str | None
) -> None:
    policy = RetryPolicy(max_retries=max_retries)

    delay = policy.delay_for(method, attempt, response=answer(status, retry_after))

    if delay is None:
        return
    assert attempt <= max_retries
    assert status == 429 or (500 <= status <= 599 and method in IDEMPOTENT_METHODS)
    assert 0 <= delay <= max(policy.max_delay, policy.max_retry_after)


# --- how long to wait -----------------------------------------------------------------------------------------------


def test_backoff_doubles_from_half_a_second_and_stops_at_eight() -> None:
    assert [EXACT.backoff(attempt) for attempt in range(1, 9)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 8.0]


def test_jittered_backoff_stays_within_half_and_all_of_the_exact_delay() -> None:
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
    assert 3.0 <= delay <= 5.0  # the date has whole seconds


def test_a_retry_after_longer_than_the_cap_is_capped() -> None:
    in_an_hour = email.utils.formatdate(time.time() + 3600, usegmt=True)

    assert RetryPolicy().delay_for("GET", 1, response=answer(429, retry_after="3600")) == 60.0
    assert RetryPolicy().delay_for("GET", 1, response=answer(429, retry_after=in_an_hour)) == 60.0
    assert RetryPolicy(max_retry_after=5.0).delay_for("GET", 1, response=answer(429, retry_after="30")) == 5.0


def test_an_unreadable_retry_after_falls_back_to_backoff() -> None:
    assert EXACT.delay_for("GET", 1, response=answer(429, retry_after="later")) == 0.5


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0", 0.0), ("7", 7.0), (" 1.5 ", 1.5), ("-1", None), ("nan", None), ("inf", None), ("soon", None), ("", None)],
)
def test_retry_after_seconds_are_read_strictly(value: str, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_no_retry_after_is_none() -> None:
    assert parse_retry_after(None) is None


def test_retry_after_as_an_http_date_is_read_against_the_given_clock() -> None:
    now = 1_700_000_000.0

    assert parse_retry_after(email.utils.formatdate(now + 10, usegmt=True), now=now) == pytest.approx(10.0)
    assert parse_retry_after(email.utils.formatdate(now - 10, usegmt=True), now=now) == 0.0
    assert parse_retry_after("Wed, 99 Foo 2015 07:28:00 GMT", now=now) is None


# --- webhook delivery: every failure, whatever the method --------------------------------------------------------


@pytest.mark.parametrize("status", [300, 400, 401, 404, 429, 500, 503])
def test_the_webhook_policy_retries_every_non_2xx_post_at_once(status: int) -> None:
    policy = RetryPolicy(max_retries=2, initial_delay=0.0, jitter=False, retry_every_failure=True)

    assert policy.delay_for("POST", 1, response=answer(status)) == 0.0
    assert policy.delay_for("POST", 1, response=answer(200)) is None
    assert policy.delay_for("POST", 3, response=answer(status)) is None


@pytest.mark.parametrize("error", TRANSPORT_ERRORS, ids=lambda error: type(error).__name__)
def test_the_webhook_policy_retries_every_transport_failure(error: httpx.TransportError) -> None:
    policy = RetryPolicy(max_retries=1, initial_delay=0.0, jitter=False, retry_every_failure=True)

    assert policy.delay_for("POST", 1, error=error) == 0.0


# --- its own arguments ----------------------------------------------------------------------------------------------


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
