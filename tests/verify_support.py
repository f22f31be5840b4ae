"""Shared helpers of the verify-spec tests: run against an in-process mock, snapshot the mock's state."""

from __future__ import annotations

from typing import Any

import httpx

from sendbird_calls.mock import CallsMock
from sendbird_calls.mock.transport import SyncASGITransport
from sendbird_calls.verify import FindingKind, VerifyReport, verify_spec

TOKEN = "verify-master-token-0123456789"
APP = "verify-app"
PUSH_USER = "user-00001"


def run(mock: CallsMock, transport: httpx.BaseTransport | None = None, **options: Any) -> VerifyReport:
    """verify_spec against ``mock`` in-process (or through ``transport``), unpaced."""
    options.setdefault("rate", None)
    return verify_spec(
        mock.app_id,
        mock.api_token,
        base_url=mock.base_url,
        transport=transport if transport is not None else SyncASGITransport(mock.app),
        **options,
    )


def kinds(report: VerifyReport) -> set[FindingKind]:
    """The kinds of finding a report holds."""
    return {finding.kind for finding in report.findings}


def snapshot(mock: CallsMock) -> dict[str, Any]:
    """What a user of the application sees: open rooms and their items, push tokens, tokens, webhook, call items."""
    state = mock.state
    with state.lock:
        return {
            "open_rooms": {
                room.room_id: (room.room_type, dict(room.custom_items), len(room.participants))
                for room in state.rooms.by_seq.values()
                if room.state == "open"
            },
            "push_tokens": {key: list(tokens) for key, tokens in state.push_tokens.items() if tokens},
            "secondary_tokens": sorted(state.secondary_tokens),
            "webhook": dict(state.webhook),
            "call_items": {index: dict(items) for index, items in state._call_items.items()},
        }


def seed_resources(mock: CallsMock) -> None:
    """Rooms (one with a participant) and a push token, so every read of the plan has something to read."""
    room = mock.state.create_room("small_room_for_video", {"topic": "standup"})
    mock.state.enter_room(room.room_id, PUSH_USER)
    mock.state.create_room("large_room_for_audio_only")
    with mock.state.lock:
        mock.state.add_push_token(PUSH_USER, "apns_voip", "existing-apns-token")
