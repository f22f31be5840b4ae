"""Webhook bodies have a size limit, checked before any hashing or parsing, and events have a stable
key to deduplicate deliveries (issue 20, item 8)."""

from __future__ import annotations

import json
import pickle
import random
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from sendbird_calls import SendbirdCallsError
from sendbird_calls.cli import cli
from sendbird_calls.errors import InvalidArgumentError, InvalidArgumentTypeError
from sendbird_calls.webhooks import (
    DEFAULT_MAX_BODY_BYTES,
    InvalidSignatureError,
    UnknownEvent,
    WebhookBodyTooLargeError,
    WebhookPayloadError,
    event_key,
    parse_event,
    sign,
    verify_signature,
)
from sendbird_calls.webhooks import events as events_module
from sendbird_calls.webhooks import signature as signature_module
from tests.test_readme import run_example
from tests.test_webhook_events import spec_examples

TOKEN = "limits-token"


def padded_event(size: int) -> bytes:
    """A valid room:create body of exactly ``size`` bytes (spaces pad it)."""
    body = json.dumps({"category": "room:create", "occurred_at": 1, "room": {"room_id": "r-1"}}).encode()
    assert size >= len(body)
    return body[:-1] + b" " * (size - len(body)) + b"}"


def headers_for(body: bytes) -> dict[str, str]:
    return {"x-sendbird-signature": sign(body, TOKEN)}


# --- the size limit -----------------------------------------------------------------------------


def test_the_default_limit_is_one_mebibyte_inclusive() -> None:
    assert DEFAULT_MAX_BODY_BYTES == 1024 * 1024
    at_limit = padded_event(DEFAULT_MAX_BODY_BYTES)
    over = padded_event(DEFAULT_MAX_BODY_BYTES + 1)

    assert parse_event(at_limit, headers_for(at_limit), TOKEN).category == "room:create"
    with pytest.raises(WebhookBodyTooLargeError) as caught:
        parse_event(over, headers_for(over), TOKEN)
    assert (caught.value.size, caught.value.limit) == (len(over), DEFAULT_MAX_BODY_BYTES)
    assert "1048576" in str(caught.value)


def test_a_huge_body_is_refused_before_it_is_hashed_or_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_run(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the body was hashed or parsed")

    monkeypatch.setattr(signature_module.hmac, "new", must_not_run)
    monkeypatch.setattr(events_module.json, "loads", must_not_run)
    body = b"{" + b" " * 50_000_000 + b"}"

    for refuse in (
        lambda: parse_event(body, {"x-sendbird-signature": "0" * 64}, TOKEN),
        lambda: verify_signature(body, "0" * 64, TOKEN),
        lambda: verify_signature(memoryview(body), None, TOKEN),
        lambda: verify_signature(bytearray(b"x" * 11), "0" * 64, TOKEN, max_body_bytes=10),
    ):
        with pytest.raises(WebhookBodyTooLargeError):
            refuse()


@given(size=st.integers(0, 300), limit=st.integers(0, 300))
def test_a_body_is_refused_exactly_when_it_is_over_the_limit(size: int, limit: int) -> None:
    body = b"x" * size
    signature = sign(body, TOKEN)

    if size > limit:
        with pytest.raises(WebhookBodyTooLargeError):
            verify_signature(body, signature, TOKEN, max_body_bytes=limit)
        with pytest.raises(WebhookBodyTooLargeError):
            parse_event(body, headers_for(body), TOKEN, max_body_bytes=limit)
    else:
        verify_signature(body, signature, TOKEN, max_body_bytes=limit)
        with pytest.raises(WebhookPayloadError) as caught:  # signed, but not an event
            parse_event(body, headers_for(body), TOKEN, max_body_bytes=limit)
        assert not isinstance(caught.value, WebhookBodyTooLargeError)


def test_the_size_is_checked_before_the_signature() -> None:
    with pytest.raises(WebhookBodyTooLargeError):
        verify_signature(b"x" * 11, None, TOKEN, max_body_bytes=10)
    with pytest.raises(InvalidSignatureError):
        verify_signature(b"x" * 10, None, TOKEN, max_body_bytes=10)


@pytest.mark.parametrize(
    ("limit", "error"),
    [(-1, InvalidArgumentError), (True, InvalidArgumentTypeError), ("10", InvalidArgumentTypeError), (1.5, TypeError)],
)
def test_a_bad_limit_is_a_typed_error(limit: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="max_body_bytes"):
        parse_event(b"{}", headers_for(b"{}"), TOKEN, max_body_bytes=limit)


def test_the_error_is_a_payload_error_of_the_package_and_pickles() -> None:
    error = WebhookBodyTooLargeError(2000, 1000)

    assert isinstance(error, WebhookPayloadError)
    assert isinstance(error, SendbirdCallsError)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.size, copy.limit, str(copy)) == (WebhookBodyTooLargeError, 2000, 1000, str(error))


async def test_the_readme_starlette_handler_answers_413_to_a_body_over_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SENDBIRD_API_TOKEN", TOKEN)
    _, namespace = run_example("webhook-starlette")
    body = padded_event(DEFAULT_MAX_BODY_BYTES + 1)
    transport = httpx.ASGITransport(app=namespace["app"], raise_app_exceptions=False)

    async with httpx.AsyncClient(transport=transport, base_url="http://handler") as http:
        answer = await http.post("/sendbird/webhooks", content=body, headers=headers_for(body))

    assert answer.status_code == 413
    assert namespace["received"] == []


def test_the_readme_flask_handler_answers_400_to_a_body_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENDBIRD_API_TOKEN", TOKEN)
    _, namespace = run_example("webhook-flask")
    body = padded_event(DEFAULT_MAX_BODY_BYTES + 1)

    answer = namespace["flask_app"].test_client().post("/sendbird/webhooks", data=body, headers=headers_for(body))

    assert answer.status_code == 400


def test_webhooks_verify_refuses_a_file_over_the_limit_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SENDBIRD_API_TOKEN", TOKEN)
    path = tmp_path / "body.json"
    path.write_bytes(padded_event(DEFAULT_MAX_BODY_BYTES + 10))

    result = CliRunner().invoke(cli, ["webhooks-verify", str(path), "0" * 64])

    assert result.exit_code != 0
    assert "over the limit of 1048576 bytes" in result.output
    assert "Traceback" not in result.output


# --- event_key: deduplicating deliveries -----------------------------------------------------


def reserialised(payload: dict[str, Any], seed: int) -> bytes:
    """The same JSON object with its keys in another order and other spacing."""
    rng = random.Random(seed)

    def shuffle(value: Any) -> Any:
        if isinstance(value, dict):
            items = list(value.items())
            rng.shuffle(items)
            return {key: shuffle(item) for key, item in items}
        if isinstance(value, list):
            return [shuffle(item) for item in value]
        return value

    return json.dumps(shuffle(payload), indent=rng.choice([None, 1, 4]), ensure_ascii=rng.random() < 0.5).encode()


EXAMPLES = spec_examples()


@given(example=st.sampled_from(EXAMPLES), seed=st.integers(0, 2**32))
def test_every_delivery_of_an_event_has_the_same_key_however_it_is_serialised(
    example: tuple[str, dict[str, Any]], seed: int
) -> None:
    _, payload = example
    first, again = json.dumps(payload).encode(), reserialised(payload, seed)

    key = event_key(parse_event(first, headers_for(first), TOKEN))

    assert event_key(parse_event(again, headers_for(again), TOKEN)) == key
    assert len(key) == 64


@given(example=st.sampled_from(EXAMPLES), shift=st.integers(1, 10**6))
def test_events_that_differ_have_different_keys(example: tuple[str, dict[str, Any]], shift: int) -> None:
    _, payload = example
    later = {**payload, "occurred_at": payload["occurred_at"] + shift}
    bodies = [json.dumps(payload).encode(), json.dumps(later).encode()]

    keys = {event_key(parse_event(body, headers_for(body), TOKEN)) for body in bodies}

    assert len(keys) == 2


@given(
    payload=st.dictionaries(
        st.text(max_size=8), st.recursive(st.none() | st.integers() | st.text(max_size=8), st.lists, max_leaves=5)
    ),
    seed=st.integers(0, 2**32),
)
def test_an_unknown_event_has_a_stable_key_too(payload: dict[str, Any], seed: int) -> None:
    payload = {**payload, "category": "future:event"}
    events = [
        parse_event(body, headers_for(body), TOKEN)
        for body in (json.dumps(payload).encode(), reserialised(payload, seed))
    ]

    assert all(isinstance(event, UnknownEvent) for event in events)
    assert event_key(events[0]) == event_key(events[1])


async def test_the_readme_handler_deduplicates_a_retry_that_was_serialised_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SENDBIRD_API_TOKEN", TOKEN)
    _, namespace = run_example("webhook-starlette")
    payload = {"category": "room:create", "occurred_at": 5, "room": {"room_id": "r-9", "room_type": "x"}}
    bodies = [
        json.dumps(payload).encode(),
        reserialised(payload, 1),
        json.dumps({**payload, "occurred_at": 6}).encode(),
    ]
    transport = httpx.ASGITransport(app=namespace["app"])

    async with httpx.AsyncClient(transport=transport, base_url="http://handler") as http:
        answers = [
            (await http.post("/sendbird/webhooks", content=body, headers=headers_for(body))).status_code
            for body in bodies
        ]

    assert answers == [200, 200, 200]
    assert [event.occurred_at for event in namespace["received"]] == [5, 6]
