"""Helpers of the mock's tests: a loopback webhook receiver, and copies of the spec changed the way a real
spec change would be (a new paginated operation, new optional fields, a new webhook event).
"""

from __future__ import annotations

import copy
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

from sendbird_calls.spec_doc import read_spec, spec_path
from sendbird_calls.webhooks import parse_event

Spec = dict[str, Any]


class Receiver:
    """A loopback webhook endpoint that verifies each delivery and answers from a script of statuses."""

    def __init__(self, token: str, statuses: list[int] | None = None) -> None:
        self.token = token
        self.statuses = list(statuses or [])
        self.events: list[object] = []
        self.attempts = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.attempts += 1
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                if status == 200:
                    receiver.events.append(parse_event(body, dict(self.headers), receiver.token))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


RECORDING = {
    "type": "object",
    "description": "A recording of a room.",
    "required": ["recording_id", "room_id"],
    "properties": {
        "recording_id": {"type": "string", "description": "The recording's ID."},
        "room_id": {"type": "string", "description": "The room recorded."},
        "state": {"type": "string", "enum": ["recording", "ready", "failed"]},
        "started_at": {"type": "integer", "format": "int64", "minimum": 0},
        "duration": {"type": ["integer", "null"], "minimum": 0},
        "url": {"type": "string", "format": "uri"},
        "codec": {"type": "string", "pattern": "^[a-z0-9]+$", "maxLength": 12},
    },
}
LIST_RECORDINGS = {
    "parameters": [{"$ref": "#/components/parameters/RoomId"}],
    "get": {
        "tags": ["rooms"],
        "operationId": "list_room_recordings",
        "x-method-name": "list_recordings",
        "summary": "List a room's recordings",
        "parameters": [
            {"$ref": "#/components/parameters/Limit"},
            {"$ref": "#/components/parameters/Next"},
            {"name": "state", "in": "query", "schema": {"type": "string", "enum": ["ready", "failed"]}},
        ],
        "responses": {
            "200": {
                "description": "One page of recordings.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RecordingList"}}},
            },
            "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"},
        },
    },
}
RECORDING_LIST = {
    "type": "object",
    "description": "One page of recordings.",
    "required": ["recordings"],
    "properties": {
        "recordings": {"type": "array", "items": {"$ref": "#/components/schemas/Recording"}},
        "next": {"type": ["string", "null"], "description": "Token of the next page; null at the end."},
    },
}
NEW_CALL_FIELD = {"type": "string", "enum": ["eu-west", "us-east"], "description": "Where the call's media ran."}
NEW_NESTED_FIELD = {
    "type": "object",
    "description": "The participant's network.",
    "properties": {"mos": {"type": "number", "minimum": 1, "maximum": 5}, "relayed": {"type": "boolean"}},
}
RECORDING_READY = {
    "post": {
        "operationId": "receive_recording_ready",
        "summary": "A room's recording is ready",
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RecordingReadyEvent"}}},
        },
        "responses": {"200": {"description": "Acknowledged."}},
    }
}
RECORDING_READY_EVENT = {
    "type": "object",
    "description": "Webhook `recording:ready`.",
    "required": ["category", "occurred_at", "recording"],
    "properties": {
        "category": {"type": "string", "const": "recording:ready"},
        "occurred_at": {"type": "integer", "format": "int64"},
        "room": {"$ref": "#/components/schemas/WebhookRoom"},
        "recording": {"$ref": "#/components/schemas/Recording"},
    },
}


def fresh_spec() -> Spec:
    return read_spec(spec_path())


def write(tmp_path: Path, spec: Spec, name: str = "calls.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def changed_spec() -> Spec:
    """The spec with a new paginated operation, new optional fields and a new webhook event."""
    spec = fresh_spec()
    schemas = spec["components"]["schemas"]
    spec["paths"]["/rooms/{room_id}/recordings"] = copy.deepcopy(LIST_RECORDINGS)
    schemas["Recording"] = copy.deepcopy(RECORDING)
    schemas["RecordingList"] = copy.deepcopy(RECORDING_LIST)
    schemas["DirectCall"]["properties"]["media_region"] = dict(NEW_CALL_FIELD)
    schemas["CallParticipant"]["properties"]["network"] = copy.deepcopy(NEW_NESTED_FIELD)
    schemas["User"]["properties"]["locale"] = {"type": "string", "description": "The user's locale."}
    schemas["Room"]["properties"]["is_recorded"] = {"type": "boolean", "description": "Whether it is recorded."}
    schemas["Participant"]["properties"]["device"] = {"type": "string", "description": "The participant's device."}
    spec["webhooks"]["recording:ready"] = copy.deepcopy(RECORDING_READY)
    schemas["RecordingReadyEvent"] = copy.deepcopy(RECORDING_READY_EVENT)
    return spec
