"""`make demo`: a day's Calls back-office job, run against the embedded mock over real HTTP.

First the main job: the call history (thousands of calls) exported to JSON Lines and CSV with
progress, then an export interrupted mid-way and resumed to the same bytes. Then a tour of the
client. Everything printed comes from the answers of the mock server (started on a free
loopback port), through the public client: nothing is made up. Needs the ``mock`` extra.
"""

from __future__ import annotations

import csv
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from . import CallsClient, InvalidRoomError, NotAllowedError
from .export import DEFAULT_PAGE_SIZE, ExportProgress, checkpoint_path, export
from .mock import CallsMockServer

DEMO_CALLS = 3000


class _DemoInterruptionError(Exception):
    """Stands for Ctrl-C in the middle of an export."""


def run_export_demo(client: CallsClient, expected: int, say: Callable[[str], None]) -> None:
    """Export every call to JSON Lines and CSV, then interrupt one export and resume it; verify the counts."""
    with tempfile.TemporaryDirectory(prefix="sendbird-calls-demo-") as workdir:
        _export_and_resume(client, expected, say, Path(workdir))


def _export_and_resume(client: CallsClient, expected: int, say: Callable[[str], None], workdir: Path) -> None:
    from .cli.output import progress_bar

    def exported(name: str, file_format: str, **options: object) -> Path:
        output = workdir / name
        with progress_bar(None, show=sys.stderr.isatty()) as bar:
            result = export(
                client,
                "direct-calls",
                output,
                format=file_format,  # type: ignore[arg-type]
                on_page=lambda progress: bar.advance(progress.page_items),
                **options,  # type: ignore[arg-type]
            )
        resumed = f", resumed after page {result.resumed_at_page}" if result.resumed_at_page else ""
        say(f"export: {result.items} calls in {result.pages} pages to {output.name}{resumed}")
        return output

    jsonl = exported("calls.jsonl", "jsonl")
    lines = len(jsonl.read_text(encoding="utf-8").splitlines())
    table = exported("calls.csv", "csv")
    with table.open(newline="", encoding="utf-8") as handle:
        rows = sum(1 for _ in csv.DictReader(handle))
    say(f"verified: {lines} JSON lines and {rows} CSV rows for the {expected} calls of the mock")

    partial = workdir / "resumed.jsonl"
    stop_at = max(1, -(-expected // DEFAULT_PAGE_SIZE) * 2 // 5)

    def interrupt(progress: ExportProgress) -> None:
        if progress.pages == stop_at:
            raise _DemoInterruptionError

    try:
        export(client, "direct-calls", partial, on_page=interrupt)
    except _DemoInterruptionError:
        kept = len(partial.read_text(encoding="utf-8").splitlines())
        say(f"interrupted at page {stop_at}: {kept} calls kept, checkpoint {checkpoint_path(partial).name} beside them")
    exported("resumed.jsonl", "jsonl", resume=True)
    same = partial.read_bytes() == jsonl.read_bytes()
    say(f"verified: the resumed export is {'identical to' if same else 'DIFFERENT from'} the uninterrupted one")
    if not (lines == rows == expected and same):
        raise SystemExit("the export demo found a mismatch")


def run_demo(out: TextIO = sys.stdout, *, calls: int = DEMO_CALLS) -> None:
    """Exports the call history, then reports on calls, manages a room, push tokens, webhooks and a secondary token."""

    def say(line: str) -> None:
        print(line, file=out, flush=True)

    with CallsMockServer(
        app_id="demo-app", api_token="demo-master-token", seed=7, users=25, calls=calls, validate_responses=False
    ) as mock:
        say(f"mock Calls server at {mock.base_url} (Chat host {mock.chat_base_url}), {calls} calls seeded")
        with CallsClient(mock.app_id, mock.api_token, base_url=mock.base_url) as client:
            say(f"client: {client!r}")
            run_export_demo(client, calls, say)

            users = client.users.list(limit=3).items
            say(f"first users: {', '.join(user.user_id for user in users)}")
            user_id = users[0].user_id
            summary = client.users.retrieve_call_summary(user_id)
            counts = summary.call_count
            say(
                f"{user_id}: {counts.total} calls ({counts.direct_call.caller} dialed, "
                f"{counts.direct_call.callee} received)"
            )
            missed = list(client.users.list_calls(user_id, end_result=["no_answer", "canceled"], limit=100))
            say(f"{user_id}: {len(missed)} calls ended no_answer or canceled")

            total = sum(len(page.items) for page in client.direct_calls.list(limit=100).iter_pages())
            say(f"all direct calls, paged by 100: {total}")

            room = client.rooms.create(type="small_room_for_video")
            say(f"created room {room.room_id} ({room.room_type}, {room.state})")
            items = client.rooms.update_custom_items(room.room_id, custom_items={"topic": "standup", "team": "calls"})
            say(f"custom items now {items.custom_items.to_dict()}, updated {items.updated}")
            open_rooms = list(client.rooms.list(state="open"))
            say(f"open rooms: {len(open_rooms)}")
            client.rooms.delete(room.room_id)  # the deleted room, or None for an empty 200/204
            deleted = client.rooms.retrieve(room.room_id)
            say(f"deleted room {deleted.room_id}: state {deleted.state}, deleted_by {deleted.deleted_by!r}")

            client.users.add_push_token(user_id, "fcm_voip", token="demo-fcm-voip-token")
            tokens = client.users.list_push_tokens(user_id, "fcm_voip")
            say(f"{user_id} fcm_voip push tokens: {tokens.tokens}")
            client.users.remove_push_token(user_id, "fcm_voip", "demo-fcm-voip-token")

            settings = client.webhooks.update_settings(
                enabled=True, url="https://example.com/sendbird/calls", enabled_events=["*"]
            )
            say(f"webhooks: enabled={settings.enabled} url={settings.url} events={settings.enabled_events}")

            _secondary_token_tour(client, mock.app_id, mock.base_url, say)

            try:
                client.rooms.retrieve("no-such-room")
            except InvalidRoomError as error:
                say(f"typed error: {type(error).__name__}: {error}")

            mock.faults.rate_limit(operation="list_rooms", times=2, retry_after=0)
            before = mock.requests.total
            client.rooms.list()
            say(f"two 429s then success: rooms.list took {mock.requests.total - before} requests")


def _secondary_token_tour(client: CallsClient, app_id: str, base_url: str, say: Callable[[str], None]) -> None:
    """Generates a secondary token, shows what it may and may not do, and revokes it."""
    secondary = client.api_tokens.generate()
    say(f"generated a secondary API token: {secondary!r} (created_at in Unix seconds)")
    with CallsClient(app_id, secondary.token, base_url=base_url) as second:
        say(f"the secondary token reads rooms: {len(second.rooms.list().items)} on the first page")
        try:
            second.api_tokens.list()
        except NotAllowedError as error:
            say(f"but may not manage tokens: {error}")
    client.api_tokens.revoke(secondary.token)  # an empty body: returns None
    say(f"revoked it; tokens left: {len(client.api_tokens.list())}")


def main() -> None:
    """Entry point of ``python -m sendbird_calls.demo``."""
    run_demo()


if __name__ == "__main__":
    main()
