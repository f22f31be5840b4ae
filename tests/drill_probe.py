"""The regeneration drill's probe: run with a regenerated ``sendbird_calls_api`` first on ``PYTHONPATH``, it
uses that package the way a user would and prints what it saw as one JSON object.

``python -m tests.drill_probe SPEC``: SPEC is the changed spec the package was generated from. The
client calls the new and changed operations against an in-process mock of SPEC (``CallsMock``), sync
and async; ``parse_event`` reads the new webhook event (the spec's example and one the mock emits);
the CLI lists and runs the new command, exports the new field and runs verify-spec against a mock
server of SPEC on loopback. Each section
records its facts, or the error that stopped it, so one run serves every test of
``tests/test_regeneration_drill.py`` (which asserts; this program only observes).
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
from click.testing import CliRunner

from sendbird_calls import spec_doc
from sendbird_calls.core.unset import Unset
from sendbird_calls.mock import CallsMock
from sendbird_calls.mock.harness import CallsMockServer
from sendbird_calls.webhooks import SIGNATURE_HEADER, parse_event, sign
from tests.drill_changes import (
    EVENT_EXAMPLE,
    NEW_COMMAND,
    NEW_END_RESULT,
    NEW_EVENT,
    NEW_EVENT_MODEL,
    NEW_FIELD,
    NEW_METHOD,
    NEW_OPERATION,
)

ROOM = "room-1"
Facts = dict[str, Any]


def type_name(value: object) -> str:
    """``module.Class`` of a value, to show which package's class it is."""
    return f"{type(value).__module__}.{type(value).__qualname__}"


def package() -> Facts:
    """Which ``sendbird_calls_api`` this process imported; the hand-written package's lookups of its names."""
    import sendbird_calls_api
    from sendbird_calls import models
    from sendbird_calls.operations import find_operation

    new = find_operation(NEW_OPERATION)
    return {
        "file": sendbird_calls_api.__file__,
        "operation": {"qualified_name": new.qualified_name, "paged": new.paging is not None},
        "models": sorted(name for name in ("Recording", "RecordingList", NEW_EVENT_MODEL) if name in models.__all__),
    }


def optional_field(mock: CallsMock) -> Facts:
    """``DirectCall.recording_url``: declared on the model, read from the answers that carry it."""
    from sendbird_calls_api.models import DirectCall

    client = mock.calls_client()
    calls = client.direct_calls.list(limit=20).items
    carried = [call for call in calls if not isinstance(getattr(call, NEW_FIELD), Unset)]
    retrieved = client.direct_calls.retrieve(carried[0].call_id) if carried else None
    field = attrs.fields_dict(DirectCall).get(NEW_FIELD)
    return {
        "declared": None if field is None else str(field.type),
        "listed": len(calls),
        "carried": [getattr(call, NEW_FIELD) for call in carried],
        "value_types": sorted({type(getattr(call, NEW_FIELD)).__name__ for call in carried}),
        "retrieved": None if retrieved is None else getattr(retrieved, NEW_FIELD),
        "call_id": carried[0].call_id if carried else None,
        "item_type": type_name(calls[0]) if calls else None,
    }


def paginated_operation(mock: CallsMock) -> Facts:
    """``client.rooms.list_recordings(room_id)``: the first page, every page, every item, sync and async."""
    client = mock.calls_client()
    method = getattr(client.rooms, NEW_METHOD)
    first = method(ROOM, limit=10)
    pages = [len(page.items) for page in first.iter_pages()]
    items = list(method(ROOM, limit=10))

    async def every_item() -> list[Any]:
        async_client = mock.async_calls_client()
        try:
            return [item async for item in getattr(async_client.rooms, NEW_METHOD)(ROOM, limit=10)]
        finally:
            await async_client.aclose()

    async_items = asyncio.run(every_item())
    return {
        "first_page": len(first.items),
        "next_token": first.next_token,
        "pages": pages,
        "items": len(items),
        "ids": len({item.recording_id for item in items}),
        "item_types": sorted({type_name(item) for item in items}),
        "room_ids": sorted({item.room_id for item in items}),
        "async_items": [item.recording_id for item in async_items] == [item.recording_id for item in items],
        "requests": [request.operation_id for request in mock.requests][-3:],
    }


def enum_value(mock: CallsMock) -> Facts:
    """``EndResult.dial_failed``: a member; sent as a filter; read back as that member, not a plain string."""
    from sendbird_calls_api.models import EndResult

    client = mock.calls_client()
    calls = client.direct_calls.list(end_result=[NEW_END_RESULT], limit=5).items
    return {
        "member": EndResult(NEW_END_RESULT).name,
        "listed": len(calls),
        "read_as": sorted({f"{type_name(call.end_result)}:{call.end_result}" for call in calls}),
        "is_member": all(call.end_result is EndResult(NEW_END_RESULT) for call in calls),
    }


def webhook_event(mock: CallsMock) -> Facts:
    """``room:recording_ready``: subscribed through the client, parsed into its generated model."""
    client = mock.calls_client()
    settings = client.webhooks.update_settings(
        enabled=True, url="https://hooks.example.com/calls", enabled_events=[NEW_EVENT]
    )
    listed = client.webhooks.retrieve_settings(display_all_webhook_categories=True)
    seen = {}
    for source, payload in (("example", EVENT_EXAMPLE), ("mock", mock.control.send_event(NEW_EVENT))):
        body = json.dumps(payload).encode()
        event = parse_event(body, {SIGNATURE_HEADER: sign(body, mock.api_token)}, mock.api_token)
        recording = getattr(event, "recording", None)
        seen[source] = {
            "type": type_name(event),
            "category": event.category,
            "recording_type": type_name(recording),
            "recording_url": getattr(recording, NEW_FIELD, None),
            "round_trip": event.to_dict() == payload,
        }
    return {
        "enabled_events": list(settings.enabled_events or []),
        "all_categories": NEW_EVENT in (listed.all_webhook_categories or ()),
        **seen,
    }


def cli(mock: CallsMock, spec: Path) -> Facts:
    """The CLI against a mock server of the spec: the new command listed, run, paged; the others see the changes."""
    from sendbird_calls.cli import cli as root

    runner = CliRunner()
    env = {"SENDBIRD_API_TOKEN": mock.api_token, "SENDBIRD_APP_ID": None, "SENDBIRD_CALLS_BASE_URL": None}

    def run(*args: str, stdin: bytes | None = None) -> Facts:
        result = runner.invoke(root, list(args), env=env, input=stdin, prog_name="sendbird-calls")
        return {"exit": result.exit_code, "stdout": result.stdout, "stderr": result.stderr}

    with CallsMockServer(spec_path=spec) as server:
        connect = ("--base-url", server.base_url, "--app-id", server.app_id)
        env["SENDBIRD_API_TOKEN"] = server.api_token
        page = run(*connect, "rooms", NEW_COMMAND, ROOM, "--limit", "10")
        every = run(*connect, "rooms", NEW_COMMAND, ROOM, "--all")
        filtered = run(*connect, "direct-calls", "list", "--end-result", NEW_END_RESULT, "--limit", "5")
        calls = json.loads(run(*connect, "direct-calls", "list", "--limit", "20")["stdout"])["calls"]
        with_field = [call for call in calls if NEW_FIELD in call]
        retrieved = run(*connect, "direct-calls", "retrieve", with_field[0]["call_id"]) if with_field else None
        export = ("export", "direct-calls", "--output", "-", "--format", "csv", "--end-result", NEW_END_RESULT)
        exported = run(*connect, *export)
        server.state.create_room()  # a room for verify-spec to list, so it can read the new operation of one
        with tempfile.TemporaryDirectory() as folder:
            report_file = Path(folder) / "verify.json"
            verify = run(*connect, "verify-spec", "--rate", "50", "--max-pages", "1", "--report", str(report_file))
            verify["report"] = json.loads(report_file.read_text(encoding="utf-8")) if report_file.exists() else None
        problems = list(server.control.response_problems)
    body = json.dumps(EVENT_EXAMPLE).encode()
    verified = run("webhooks-verify", "-", sign(body, mock.api_token), stdin=body)
    return {
        "tag_help": run("rooms", "--help"),
        "command_help": run("rooms", NEW_COMMAND, "--help"),
        "operations": run("operations"),
        "page": page,
        "all": every,
        "filtered": filtered,
        "retrieved": retrieved,
        "verified": verified,
        "exported": exported,
        "verify": verify,
        "problems": problems,
    }


SECTIONS: dict[str, Callable[[CallsMock, Path], Facts]] = {
    "package": lambda mock, spec: package(),
    "optional_field": lambda mock, spec: optional_field(mock),
    "paginated_operation": lambda mock, spec: paginated_operation(mock),
    "enum_value": lambda mock, spec: enum_value(mock),
    "webhook_event": lambda mock, spec: webhook_event(mock),
    "cli": cli,
}


def main(argv: list[str]) -> int:
    """Runs every section against one mock of SPEC; prints ``{section: facts or {"error": ...}}``."""
    spec = Path(argv[0]).resolve()
    # The packaged spec is SPEC, as it is for a maintainer whose editable install reads the edited
    # openapi/calls-v1.yaml: what reads the spec at run time (export's CSV columns) sees the change.
    spec_doc.spec_path = lambda: spec
    report: dict[str, Any] = {}
    with CallsMock(spec_path=spec) as mock:
        for name, section in SECTIONS.items():
            try:
                report[name] = section(mock, spec)
            except Exception as exc:  # one section's failure must not hide the others' facts
                report[name] = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}
        report["mock_problems"] = list(mock.control.response_problems)
    print(json.dumps(report, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
