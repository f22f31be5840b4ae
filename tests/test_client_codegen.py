"""A new operation in the spec becomes a typed method of both clients by regenerating, with no
hand-written change: the generated package is built from a copy of the spec with one extra
operation, then shadows the installed one in a subprocess and in mypy."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.spec_examples import load_spec
from tests.test_generation import generate

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
RECORDINGS = {"recordings": [{"recording_id": "rec-1", "duration": 42}]}

NEW_OPERATION: dict[str, Any] = {
    "parameters": [{"$ref": "#/components/parameters/RoomId"}],
    "get": {
        "tags": ["rooms"],
        "operationId": "list_room_recordings",
        "summary": "List a room's recordings",
        "description": "Lists the recordings of a room. Evidence: inferred (a test-only operation).",
        "x-evidence": "inferred",
        "responses": {
            "200": {
                "description": "The room's recordings.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/RoomRecordingList"},
                        "examples": {"one": {"summary": "Synthetic example", "value": RECORDINGS}},
                    }
                },
            },
            "400": {"$ref": "#/components/responses/BadRequest"},
        },
    },
}
NEW_SCHEMAS: dict[str, Any] = {
    "RoomRecording": {
        "type": "object",
        "description": "A recording of a room.",
        "required": ["recording_id"],
        "properties": {"recording_id": {"type": "string"}, "duration": {"type": "integer"}},
    },
    "RoomRecordingList": {
        "type": "object",
        "description": "A room's recordings.",
        "required": ["recordings"],
        "properties": {"recordings": {"type": "array", "items": {"$ref": "#/components/schemas/RoomRecording"}}},
    },
}

RUNTIME_CHECK = """
import asyncio
import json
import sys

import httpx
import sendbird_calls_api
from sendbird_calls import AsyncCallsClient, CallsClient
from sendbird_calls_api.models import RoomRecordingList

generated, answer_body = sys.argv[1], json.loads(sys.argv[2])
assert sendbird_calls_api.__file__.startswith(generated), sendbird_calls_api.__file__
seen = []


def answer(request):
    seen.append((request.method, request.url.raw_path))
    return httpx.Response(200, json=answer_body)


transport = httpx.MockTransport(answer)
with CallsClient("app", "token", transport=transport) as client:
    result = client.rooms.list_room_recordings("r/1")
    assert isinstance(result, RoomRecordingList) and result.to_dict() == answer_body


async def main():
    async with AsyncCallsClient("app", "token", transport=transport) as aclient:
        result = await aclient.rooms.list_room_recordings("r/1")
        assert isinstance(result, RoomRecordingList) and result.to_dict() == answer_body


asyncio.run(main())
assert seen == 2 * [("GET", b"/v1/rooms/r%2F1/recordings")], seen
print("both clients: ok")
"""

TYPE_CHECK = """
from typing import assert_type

from sendbird_calls import AsyncCallsClient, CallsClient, RawResponse
from sendbird_calls_api.models import RoomRecordingList


def check(client: CallsClient) -> None:
    assert_type(client.rooms.list_room_recordings("r"), RoomRecordingList)
    assert_type(client.rooms.with_raw_response.list_room_recordings("r"), RawResponse[RoomRecordingList])


async def acheck(client: AsyncCallsClient) -> None:
    assert_type(await client.rooms.list_room_recordings("r"), RoomRecordingList)
"""


def spec_with_new_operation() -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    spec["paths"]["/rooms/{room_id}/recordings"] = NEW_OPERATION
    spec["components"]["schemas"].update(NEW_SCHEMAS)
    return spec


def run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env={**os.environ, **env}, cwd=cwd, check=False)


def test_a_new_spec_operation_becomes_a_typed_method_of_both_clients_with_no_hand_written_change(
    tmp_path: Path,
) -> None:
    spec_path = tmp_path / "calls-v1.yaml"
    spec_path.write_text(yaml.safe_dump(spec_with_new_operation(), sort_keys=False, allow_unicode=True))
    generated = tmp_path / "generated"
    generated.mkdir()
    generate(generated / "sendbird_calls_api", spec_path)
    (tmp_path / "runtime_check.py").write_text(RUNTIME_CHECK)
    (tmp_path / "type_check.py").write_text(TYPE_CHECK)

    runtime = run(
        [sys.executable, "runtime_check.py", str(generated), json.dumps(RECORDINGS)],
        {"PYTHONPATH": str(generated)},
        tmp_path,
    )
    assert runtime.returncode == 0, runtime.stderr
    assert "both clients: ok" in runtime.stdout

    typing = run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            str(tmp_path / "type_check.py"),
        ],
        {"MYPYPATH": f"{generated}{os.pathsep}{ROOT / 'overrides'}"},
        ROOT,
    )
    assert typing.returncode == 0, typing.stdout + typing.stderr
