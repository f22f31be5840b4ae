"""Webhook events: every spec example parses into its class, unknown ones keep their payload."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendbird_calls import spec_doc
from sendbird_calls.webhooks import (
    EVENT_TYPES,
    GUESSED_CATEGORIES,
    InvalidSignatureError,
    UnknownEvent,
    WebhookPayloadError,
    event_from_dict,
    parse_event,
    sign,
)
from tests.test_spec import OUR_NAME, SENDBIRD_CATEGORY_NAMES, SPEC_PATH, WEBHOOK_EVENTS

TOKEN = "master-token-for-webhook-tests"


def spec_examples() -> list[tuple[str, dict[str, Any]]]:
    import yaml

    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return [
        (category, example["value"])
        for category, item in spec["webhooks"].items()
        for example in item["post"]["requestBody"]["content"]["application/json"]["examples"].values()
    ]


def signed(payload: dict[str, Any] | bytes) -> tuple[bytes, dict[str, str]]:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return body, {"content-type": "application/json", "X-Sendbird-Signature": sign(body, TOKEN)}


def test_every_category_of_the_spec_has_its_own_event_class() -> None:
    assert {category: cls.__name__ for category, cls in EVENT_TYPES.items()} == WEBHOOK_EVENTS


def test_the_guessed_category_names_are_exactly_those_the_spec_marks_ours() -> None:
    webhooks = spec_doc.load_spec()["webhooks"]
    ours = {category for category, item in webhooks.items() if OUR_NAME in item["post"]["description"]}
    assert ours == GUESSED_CATEGORIES
    assert set(EVENT_TYPES) - GUESSED_CATEGORIES >= SENDBIRD_CATEGORY_NAMES
    assert {"invitation:send", "room:delete", "participant:enter"} <= GUESSED_CATEGORIES


def test_an_invitation_event_parses_with_its_room_and_users() -> None:
    payload = {
        "category": "invitation:accept",
        "occurred_at": 1767225600000,
        "room": {"room_id": "r-1"},
        "invitation": {"invitation_id": "i-1", "inviter": {"user_id": "alice"}, "invitee": {"user_id": "bob"}},
    }
    event = parse_event(*signed(payload), TOKEN)
    assert type(event).__name__ == "InvitationAcceptEvent"
    assert event.to_dict() == payload
    assert event.invitation.invitee.user_id == "bob"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("category", "payload"), spec_examples())
def test_every_spec_example_parses_into_its_class_and_round_trips(category: str, payload: dict[str, Any]) -> None:
    body, headers = signed(payload)
    event = parse_event(body, headers, TOKEN)
    assert type(event).__name__ == WEBHOOK_EVENTS[category]
    assert event.category == category
    assert event.to_dict() == payload


def test_an_unknown_category_keeps_the_whole_payload() -> None:
    payload = {"category": "room:invite", "occurred_at": 1767225600000, "invitation": {"id": "i-1", "new": [1, 2]}}
    event = parse_event(*signed(payload), TOKEN)
    assert isinstance(event, UnknownEvent)
    assert (event.category, event.occurred_at) == ("room:invite", 1767225600000)
    assert event.to_dict() == payload


def test_new_fields_of_a_known_event_survive_parsing() -> None:
    payload = {
        "category": "direct_call:end",
        "occurred_at": 1,
        "direct_call": {"call_id": "c", "end_result": "a_new_end_result", "new_field": {"x": 1}},
        "region": "ap-2",
    }
    event = event_from_dict(payload)
    assert event.to_dict() == payload


def test_a_forged_signature_is_refused_before_parsing() -> None:
    body, headers = signed({"category": "room:create"})
    headers["X-Sendbird-Signature"] = sign(body, "another-token")
    with pytest.raises(InvalidSignatureError) as caught:
        parse_event(body, headers, TOKEN)
    assert caught.value.reason == "mismatch"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "not JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"occurred_at": 1}', "category"),
        (b'{"category": "room:create"}', "'occurred_at'"),
        (b'{"category": "direct_call:dial", "occurred_at": 1}', "'direct_call'"),
        (b'{"category": "direct_call:dial", "occurred_at": 1, "direct_call": []}', "'direct_call'"),
        (
            b'{"category": "direct_call:end", "occurred_at": 1, "direct_call": {"is_video_call": "no"}}',
            "'direct_call.is_video_call'",
        ),
    ],
)
def test_a_signed_body_that_does_not_fit_is_a_clear_error(body: bytes, message: str) -> None:
    with pytest.raises(WebhookPayloadError, match=message):
        parse_event(*signed(body), TOKEN)


@given(
    category=st.text(min_size=1, max_size=30).filter(lambda c: c not in EVENT_TYPES),
    extra=st.dictionaries(st.text(max_size=10), st.integers() | st.text(max_size=10), max_size=5),
)
def test_any_new_category_parses_into_an_unknown_event(category: str, extra: dict[str, Any]) -> None:
    payload = {**extra, "category": category}
    event = event_from_dict(payload)
    assert isinstance(event, UnknownEvent)
    assert event.to_dict() == payload


# --- what the payloads require: only what a source confirms ----------------------------------------------------


@pytest.mark.parametrize("category", sorted(c for c in WEBHOOK_EVENTS if c.startswith("direct_call:")))
def test_a_direct_call_event_needs_no_call_id_and_keeps_what_third_party_handlers_read(category: str) -> None:
    """The only evidence of a payload (third-party handlers) reads ``caller_id``/``callee_id``, not ``call_id``."""
    payload = {"category": category, "occurred_at": 1, "direct_call": {"caller_id": "alice", "callee_id": "bob"}}
    event = parse_event(*signed(payload), TOKEN)
    assert type(event).__name__ == WEBHOOK_EVENTS[category]
    call = event.direct_call  # type: ignore[attr-defined]
    assert (call.caller_id, call.callee_id) == ("alice", "bob")
    assert event.to_dict() == payload
    assert type(event_from_dict({**payload, "direct_call": {}})).__name__ == WEBHOOK_EVENTS[category]


def _requires_only_category_and_time(category: str) -> bool:
    schemas = spec_doc.load_spec()["components"]["schemas"]
    return set(schemas[WEBHOOK_EVENTS[category]].get("required", ())) == {"category", "occurred_at"}


@pytest.mark.parametrize("category", sorted(c for c in WEBHOOK_EVENTS if _requires_only_category_and_time(c)))
def test_an_event_that_requires_only_its_category_and_time_parses_from_them(category: str) -> None:
    payload = {"category": category, "occurred_at": 1767225600000}
    event = parse_event(*signed(payload), TOKEN)
    assert type(event).__name__ == WEBHOOK_EVENTS[category]
    assert event.to_dict() == payload
    assert type(event_from_dict({**payload, "room": {}})).__name__ == WEBHOOK_EVENTS[category]


@pytest.mark.parametrize(("sent", "read"), [(True, True), ("true", True), (False, False), ("false", False)])
def test_is_video_call_reads_a_boolean_or_its_string_into_one_bool_wherever_it_comes(sent: object, read: bool) -> None:
    """The docs type ``is_video_call`` as a string, push payloads send ``false``: both spellings give a bool."""
    payload = {
        "category": "direct_call:dial",
        "occurred_at": 1,
        "direct_call": {"caller_id": "alice", "is_video_call": sent},
        "sendbird_call": {"payload": {"is_video_call": sent, "other": 1}},
    }
    event = parse_event(*signed(payload), TOKEN)
    assert event.direct_call.is_video_call is read  # type: ignore[attr-defined]
    assert event.sendbird_call.payload.is_video_call is read  # type: ignore[attr-defined]
    written = event.to_dict()
    assert written["direct_call"]["is_video_call"] is read
    assert written["sendbird_call"]["payload"] == {"is_video_call": read, "other": 1}


@given(value=st.one_of(st.text(max_size=8), st.integers(), st.none()))
def test_any_other_is_video_call_is_a_payload_error_naming_the_field(value: object) -> None:
    if value in ("true", "false"):
        return
    payload = {"category": "direct_call:end", "occurred_at": 1, "direct_call": {"is_video_call": value}}
    with pytest.raises(WebhookPayloadError, match=r"direct_call\.is_video_call"):
        event_from_dict(payload)
