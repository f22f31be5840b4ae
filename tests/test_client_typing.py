"""The clients are typed for users: mypy --strict knows what every method returns, and refuses misuse.

One mypy run checks two files: ``typed_use.py`` must pass untouched, ``misuse.py`` must fail on its
one line, and nowhere else (so a broken setup cannot pass by failing everywhere).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MYPY = Path(sys.executable).parent / "mypy"

TYPED_USE = """
from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from sendbird_calls import AsyncCallsClient, CallsClient, RawResponse
from sendbird_calls_api.models import (
    CallSummary,
    CustomItemsUpdateResult,
    DirectCall,
    DirectCallEnvelope,
    DirectCallList,
    Participant,
    PushTokenList,
    Room,
    RoomEnvelope,
    RoomList,
    SecondaryApiToken,
    SecondaryApiTokenList,
    User,
    WebhookSettingsEnvelope,
)


def sync_use(client: CallsClient) -> None:
    assert_type(client.rooms.list_rooms(state="open", room_ids=["a", "b"]), RoomList)
    assert_type(client.rooms.get_room("r", request_options={"timeout": 1.5}), RoomEnvelope)
    assert_type(client.rooms.create_room(body={"type": "small_room_for_video"}), RoomEnvelope)
    assert_type(client.users.get_user_call_summary("u"), CallSummary)
    assert_type(client.users.list_push_tokens("u", "fcm_voip"), PushTokenList)
    assert_type(client.direct_calls.get_direct_call("c"), DirectCallEnvelope)
    assert_type(client.direct_calls.list_direct_calls(end_result=["completed"]), DirectCallList)
    assert_type(
        client.direct_calls.update_direct_call_custom_items("c", body={"custom_items": {}}), CustomItemsUpdateResult
    )
    assert_type(client.webhooks.get_webhook_settings(), WebhookSettingsEnvelope)
    assert_type(client.api_tokens.generate_secondary_api_token(), SecondaryApiToken)
    assert_type(client.api_tokens.list_secondary_api_tokens(), SecondaryApiTokenList)
    assert_type(client.rooms.iter_rooms(max_items=5), Iterator[Room])
    assert_type(client.rooms.iter_room_participants("r"), Iterator[Participant])
    assert_type(client.users.iter_users(), Iterator[User])
    assert_type(client.users.iter_user_calls("u"), Iterator[DirectCall])
    assert_type(client.rooms.iter_rooms_pages(), Iterator[RoomList])
    assert_type(client.rooms.with_raw_response.list_rooms(), RawResponse[RoomList])
    assert_type(client.rooms.with_raw_response.get_room("r").parsed, RoomEnvelope)
    assert_type(client.rooms.with_raw_response.get_room("r").status_code, int)


async def async_use(client: AsyncCallsClient) -> None:
    assert_type(await client.rooms.list_rooms(), RoomList)
    assert_type(await client.rooms.get_room("r"), RoomEnvelope)
    assert_type(await client.users.get_user_call_summary("u"), CallSummary)
    assert_type(await client.webhooks.get_webhook_settings(), WebhookSettingsEnvelope)
    assert_type(await client.api_tokens.revoke_secondary_api_token("t"), None)
    assert_type(await client.api_tokens.get_secondary_api_token("t"), SecondaryApiToken)
    assert_type(await client.rooms.delete_room("r"), RoomEnvelope | None)
    assert_type(client.rooms.iter_rooms(), AsyncIterator[Room])
    assert_type(client.direct_calls.iter_direct_calls(), AsyncIterator[DirectCall])
    assert_type(client.rooms.iter_rooms_pages(), AsyncIterator[RoomList])
    assert_type(await client.rooms.with_raw_response.list_rooms(), RawResponse[RoomList])
    async for room in client.rooms.iter_rooms():
        assert_type(room, Room)
"""

MISUSE = """
from sendbird_calls import CallsClient


def misuse(client: CallsClient) -> None:
    rooms: int = client.rooms.list_rooms()
"""
MISUSE_LINE = 6
MISUSE_ERROR = 'Incompatible types in assignment (expression has type "RoomList", variable has type "int")'


def test_mypy_strict_knows_every_return_type_and_refuses_a_room_list_as_an_int(tmp_path: Path) -> None:
    (tmp_path / "typed_use.py").write_text(TYPED_USE)
    (tmp_path / "misuse.py").write_text(MISUSE)

    result = subprocess.run(
        [
            str(MYPY),
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            "--no-error-summary",
            str(tmp_path / "typed_use.py"),
            str(tmp_path / "misuse.py"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={key: value for key, value in os.environ.items() if key != "MYPYPATH"},
        check=False,
    )

    errors = [line for line in result.stdout.splitlines() if re.search(r":\d+: error:", line)]
    assert len(errors) == 1, result.stdout + result.stderr
    assert f"misuse.py:{MISUSE_LINE}: error: {MISUSE_ERROR}" in errors[0]
    assert result.returncode == 1
