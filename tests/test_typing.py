"""The clients are typed for users: ``mypy --strict`` knows what every call returns, and refuses misuse.

One mypy run checks two files: ``typed_use.py`` must pass untouched (``assert_type`` of the verb-named
methods, pages, raw responses, overloads), and ``misuse.py`` must fail on each of its lines with the
error ``MISUSES`` names, and nowhere else (so a broken setup cannot pass by failing everywhere).
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

from sendbird_calls import AsyncCallsClient, AsyncPage, AsyncPaginator, CallsClient, RawResponse, SyncPage
from sendbird_calls.models import (
    CallSummary,
    CreateRoomRequest,
    CustomItemsDeleteResult,
    CustomItemsUpdateResult,
    DirectCall,
    Participant,
    PushTokenList,
    PushTokenResult,
    RevokedSecondaryApiToken,
    Room,
    RoomList,
    RoomType,
    SecondaryApiToken,
    User,
    WebhookSettings,
)


def sync_use(client: CallsClient, request: CreateRoomRequest) -> None:
    assert_type(client.rooms.create(type="small_room_for_video"), Room)
    assert_type(client.rooms.create(type=RoomType.SMALL_ROOM_FOR_VIDEO, custom_items={"topic": "standup"}), Room)
    assert_type(client.rooms.create(body={"type": "small_room_for_video"}), Room)
    assert_type(client.rooms.create(body=request, request_options={"timeout": 1.5}), Room)
    assert_type(client.rooms.retrieve("r"), Room)
    assert_type(client.rooms.delete("r"), Room | None)
    assert_type(client.rooms.list(), SyncPage[Room])
    assert_type(client.rooms.list(state="open", room_ids=["a", "b"], limit=10), SyncPage[Room])
    assert_type(client.rooms.list().items, list[Room])
    assert_type(client.rooms.list().next_token, str | None)
    assert_type(client.rooms.list().next_page(), SyncPage[Room] | None)
    assert_type(client.rooms.list().iter_pages(), Iterator[SyncPage[Room]])
    assert_type(iter(client.rooms.list()), Iterator[Room])
    assert_type(client.rooms.list_participants("r"), SyncPage[Participant])
    assert_type(client.rooms.update_custom_items("r", custom_items={"k": "v"}), CustomItemsUpdateResult)
    assert_type(client.rooms.delete_custom_items("r", keys=["k"]), CustomItemsDeleteResult | None)
    assert_type(client.rooms.delete_custom_items("r"), CustomItemsDeleteResult | None)
    assert_type(client.direct_calls.delete_custom_items("c"), CustomItemsDeleteResult | None)
    assert_type(client.users.remove_push_token("u", "fcm_voip", "t"), PushTokenResult | None)
    assert_type(client.users.remove_push_tokens("u", "fcm_voip"), PushTokenList | None)
    assert_type(client.users.list(), SyncPage[User])
    assert_type(client.users.list_calls("u", end_result="completed,no_answer"), SyncPage[DirectCall])
    assert_type(client.users.retrieve_call_summary("u"), CallSummary)
    assert_type(client.users.list_push_tokens("u", "fcm_voip"), PushTokenList)
    assert_type(client.users.add_push_token("u", "fcm_voip", token="t"), PushTokenResult)
    assert_type(client.direct_calls.list(end_result=["completed"]), SyncPage[DirectCall])
    assert_type(client.direct_calls.retrieve("c"), DirectCall)
    assert_type(client.webhooks.retrieve_settings(), WebhookSettings)
    assert_type(client.webhooks.update_settings(enabled=False), WebhookSettings)
    assert_type(client.api_tokens.list(), list[SecondaryApiToken])
    assert_type(client.api_tokens.generate(), SecondaryApiToken)
    assert_type(client.api_tokens.revoke("t"), RevokedSecondaryApiToken | None)
    assert_type(client.rooms.with_raw_response.retrieve("r"), RawResponse[Room])
    assert_type(client.rooms.with_raw_response.retrieve("r").parsed, Room)
    assert_type(client.rooms.with_raw_response.retrieve("r").status_code, int)
    assert_type(client.rooms.with_raw_response.create(type="small_room_for_video"), RawResponse[Room])
    assert_type(client.rooms.with_raw_response.list(), RawResponse[SyncPage[Room]])


async def async_use(client: AsyncCallsClient) -> None:
    assert_type(await client.rooms.create(type="small_room_for_video"), Room)
    assert_type(await client.rooms.retrieve("r"), Room)
    assert_type(await client.rooms.delete("r"), Room | None)
    assert_type(client.rooms.list(), AsyncPaginator[Room])
    assert_type(await client.rooms.list(), AsyncPage[Room])
    assert_type((await client.rooms.list()).items, list[Room])
    assert_type(await (await client.rooms.list()).next_page(), AsyncPage[Room] | None)
    assert_type((await client.rooms.list()).iter_pages(), AsyncIterator[AsyncPage[Room]])
    assert_type(await client.users.list_calls("u"), AsyncPage[DirectCall])
    assert_type(await client.webhooks.retrieve_settings(), WebhookSettings)
    assert_type(await client.api_tokens.revoke("t"), RevokedSecondaryApiToken | None)
    assert_type(await client.api_tokens.list(), list[SecondaryApiToken])
    assert_type(await client.rooms.with_raw_response.retrieve("r"), RawResponse[Room])
    assert_type(await client.rooms.with_raw_response.list(), RawResponse[AsyncPage[Room]])
    async for room in client.rooms.list():
        assert_type(room, Room)
    async for page in (await client.direct_calls.list()).iter_pages():
        assert_type(page, AsyncPage[DirectCall])
"""

MISUSES: list[tuple[str, str]] = [
    (
        "rooms: RoomList = client.rooms.list()",
        'Incompatible types in assignment (expression has type "SyncPage[Room]", variable has type "RoomList")',
    ),
    ("client.rooms.create()", 'All overload variants of "create" of "Rooms" require at least one argument'),
    (
        'client.rooms.create(type="small_room_for_video", colour="red")',
        'Unexpected keyword argument "colour" for overloaded function "create" of "Rooms"',
    ),
    (
        'client.rooms.create(type="small_room_for_video", body={"type": "small_room_for_video"})',
        'No overload variant of "create" of "Rooms" matches argument types "str", "dict[str, str]"',
    ),
    ("client.rooms.retrieve()", 'Missing positional argument "room_id" in call to "retrieve" of "Rooms"'),
    ("client.rooms.retrieve(5)", 'Argument 1 to "retrieve" of "Rooms" has incompatible type "int"; expected "str"'),
    (
        'client.rooms.list(limit="10")',
        'Argument "limit" to "list" of "Rooms" has incompatible type "str"; expected "int | None"',
    ),
    ('client.rooms.list(next_="t")', 'Unexpected keyword argument "next_" for "list" of "Rooms"'),
    ('client.rooms.get_room("r")', '"Rooms" has no attribute "get_room"'),
    (
        'client.users.remove_push_tokens("u")',
        'Missing positional argument "token_type" in call to "remove_push_tokens"',
    ),
    (
        'client.rooms.delete_custom_items("r", keys="k")',
        'Argument "keys" to "delete_custom_items" of "Rooms" has incompatible type "str"; expected "list[str] | Unset"',
    ),
    (
        "tokens: int = client.api_tokens.list()",
        'Incompatible types in assignment (expression has type "list[SecondaryApiToken]", variable has type "int")',
    ),
]
"""(a line of misuse, the start of the error mypy must report on it)."""
MISUSE_HEADER = """
from sendbird_calls import CallsClient
from sendbird_calls.models import RoomList


def misuse(client: CallsClient) -> None:
"""
MISUSE = MISUSE_HEADER + "".join(f"    {code}\n" for code, _ in MISUSES)


def expected_errors() -> dict[int, str]:
    """Line number -> the start of the error mypy must report there."""
    first = len(MISUSE_HEADER.splitlines()) + 1
    return {first + index: error for index, (_, error) in enumerate(MISUSES)}


def test_mypy_strict_knows_every_return_type_and_refuses_each_misuse(tmp_path: Path) -> None:
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
            "--hide-error-context",
            "--no-pretty",
            str(tmp_path / "typed_use.py"),
            str(tmp_path / "misuse.py"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={key: value for key, value in os.environ.items() if key != "MYPYPATH"},
        check=False,
    )

    errors = {}
    for line in result.stdout.splitlines():
        match = re.search(r"(typed_use|misuse)\.py:(\d+): error: (.*?)(?:  \[[a-z-]+\])?$", line)
        if match:
            assert match.group(1) == "misuse", result.stdout + result.stderr
            errors.setdefault(int(match.group(2)), match.group(3))
    expected = expected_errors()
    assert set(errors) == set(expected), result.stdout + result.stderr
    for number, text in expected.items():
        assert errors[number].startswith(text), (number, errors[number])
    assert result.returncode == 1
