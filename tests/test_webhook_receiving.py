"""Receiving webhooks: the helpers take what frameworks hand them (a signature as bytes or a list,
headers as ASGI pairs, a dict or None, hostile bodies) and only ``InvalidSignatureError`` or
``WebhookPayloadError`` come out, so the README's handlers answer 400 or 401, never 500."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendbird_calls.webhooks import (
    InvalidSignatureError,
    WebhookPayloadError,
    parse_event,
    sign,
    signature_from_headers,
    verify_signature,
)
from tests.test_readme import run_example

TOKEN = "readme-token"
BODY = json.dumps({"category": "room:create", "occurred_at": 1, "room": {"room_id": "r1"}}).encode()
SIGNATURE = sign(BODY, TOKEN)
HOSTILE_BODIES = [
    b'{"category": "room:create", "occurred_at": NaN}',
    b'{"category": "x", "n": Infinity}',
    b"[" * 100_000 + b"]" * 100_000,
    b'{"category": "x", "n": ' + b"9" * 100_000 + b"}",
    b"\xff\xfe",
    b'{"category": "room:create", "occurred_at": "yesterday", "room": [[[]]]}',
    b'{"category": "room:create", "room": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
]


@pytest.mark.parametrize(
    "headers",
    [
        {"x-sendbird-signature": SIGNATURE},
        {"x-sendbird-signature": SIGNATURE.encode()},
        {"X-Sendbird-Signature": [SIGNATURE]},
        {"x-sendbird-signature": [SIGNATURE, SIGNATURE.upper()]},
        {b"x-sendbird-signature": SIGNATURE.encode()},
        [(b"content-type", b"application/json"), (b"x-sendbird-signature", SIGNATURE.encode())],
        [("X-SENDBIRD-SIGNATURE", SIGNATURE)],
        httpx.Headers([("x-sendbird-signature", SIGNATURE)]),
    ],
)
def test_a_signature_is_read_from_any_shape_of_headers(headers: Any) -> None:
    event = parse_event(BODY, headers, TOKEN)

    assert event.category == "room:create"


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        (None, "missing"),
        ([], "missing"),
        ({"x-sendbird-signature": []}, "missing"),
        ({"x-sendbird-signature": b"\xff" * 64}, "not_hex"),
        ({"x-sendbird-signature": [SIGNATURE, sign(b"other", TOKEN)]}, "duplicated"),
        ([("x-sendbird-signature", SIGNATURE), ("x-sendbird-signature", "0" * 64)], "duplicated"),
        (httpx.Headers([("x-sendbird-signature", SIGNATURE), ("x-sendbird-signature", "0" * 64)]), "duplicated"),
    ],
)
def test_an_unusable_signature_header_is_an_invalid_signature_error(headers: Any, reason: str) -> None:
    with pytest.raises(InvalidSignatureError) as caught:
        parse_event(BODY, headers, TOKEN)

    assert caught.value.reason == reason


@given(
    value=st.one_of(
        st.none(),
        st.text(max_size=80),
        st.binary(max_size=80),
        st.lists(st.one_of(st.text(max_size=70), st.binary(max_size=70)), max_size=3),
    )
)
def test_any_signature_value_verifies_or_is_refused_with_a_reason(value: Any) -> None:
    reasons: list[str] = []
    try:
        verify_signature(BODY, value, TOKEN)
    except InvalidSignatureError as error:  # anything else fails the test
        reasons.append(error.reason)

    assert set(reasons) <= {"missing", "duplicated", "wrong_length", "not_hex", "mismatch"}


@pytest.mark.parametrize("body", HOSTILE_BODIES)
def test_a_signed_hostile_body_is_a_payload_error(body: bytes) -> None:
    with pytest.raises(WebhookPayloadError):
        parse_event(body, {"x-sendbird-signature": sign(body, TOKEN)}, TOKEN)


@given(body=st.one_of(st.sampled_from(HOSTILE_BODIES), st.binary(max_size=200)))
def test_any_signed_body_parses_or_is_a_payload_error(body: bytes) -> None:
    with contextlib.suppress(WebhookPayloadError):  # anything else fails the test
        parse_event(body, [(b"x-sendbird-signature", sign(body, TOKEN).encode())], TOKEN)


@pytest.mark.parametrize("body", HOSTILE_BODIES)
async def test_the_readme_starlette_handler_answers_4xx_to_hostile_requests(
    body: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SENDBIRD_API_TOKEN", TOKEN)
    _, namespace = run_example("webhook-starlette")
    transport = httpx.ASGITransport(app=namespace["app"], raise_app_exceptions=False)

    async with httpx.AsyncClient(transport=transport, base_url="http://handler") as http:
        hostile = await http.post(
            "/sendbird/webhooks", content=body, headers={"x-sendbird-signature": sign(body, TOKEN)}
        )
        doubled = await http.post(
            "/sendbird/webhooks",
            content=BODY,
            headers=[("x-sendbird-signature", SIGNATURE), ("x-sendbird-signature", "0" * 64)],
        )

    assert hostile.status_code == 400
    assert doubled.status_code == 401


@pytest.mark.parametrize("body", HOSTILE_BODIES[:3])
def test_the_readme_flask_handler_answers_400_to_hostile_bodies(body: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENDBIRD_API_TOKEN", TOKEN)
    _, namespace = run_example("webhook-flask")
    http = namespace["flask_app"].test_client()

    answer = http.post("/sendbird/webhooks", data=body, headers={"x-sendbird-signature": sign(body, TOKEN)})

    assert answer.status_code == 400


def test_headers_of_the_wrong_shape_are_a_typed_error() -> None:
    with pytest.raises(TypeError, match="headers must be"):
        signature_from_headers(42)  # type: ignore[arg-type]
