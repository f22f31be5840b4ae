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
    "description": "A rehearsal of a room.",
    "required": ["rehearsal_id", "room_id"],
    "properties": {
        "rehearsal_id": {"type": "string", "description": "The rehearsal's ID."},
        "room_id": {"type": "string", "description": "The room recorded."},
        "state": {"type": "string", "enum": ["rehearsal", "ready", "failed"]},
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
        "operationId": "list_room_rehearsals",
        "x-method-name": "list_rehearsals",
        "summary": "List a room's rehearsals",
        "parameters": [
            {"$ref": "#/components/parameters/Limit"},
            {"$ref": "#/components/parameters/Next"},
            {"name": "state", "in": "query", "schema": {"type": "string", "enum": ["ready", "failed"]}},
        ],
        "responses": {
            "200": {
                "description": "One page of rehearsals.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RehearsalList"}}},
            },
            "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"},
        },
    },
}
RECORDING_LIST = {
    "type": "object",
    "description": "One page of rehearsals.",
    "required": ["rehearsals"],
    "properties": {
        "rehearsals": {"type": "array", "items": {"$ref": "#/components/schemas/Rehearsal"}},
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
        "operationId": "receive_rehearsal_ready",
        "summary": "A room's rehearsal is ready",
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RehearsalReadyEvent"}}},
        },
        "responses": {"200": {"description": "Acknowledged."}},
    }
}
RECORDING_READY_EVENT = {
    "type": "object",
    "description": "Webhook `rehearsal:ready`.",
    "required": ["category", "occurred_at", "rehearsal"],
    "properties": {
        "category": {"type": "string", "const": "rehearsal:ready"},
        "occurred_at": {"type": "integer", "format": "int64"},
        "room": {"$ref": "#/components/schemas/WebhookRoom"},
        "rehearsal": {"$ref": "#/components/schemas/Rehearsal"},
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
    spec["paths"]["/rooms/{room_id}/rehearsals"] = copy.deepcopy(LIST_RECORDINGS)
    schemas["Rehearsal"] = copy.deepcopy(RECORDING)
    schemas["RehearsalList"] = copy.deepcopy(RECORDING_LIST)
    schemas["DirectCall"]["properties"]["media_region"] = dict(NEW_CALL_FIELD)
    schemas["CallParticipant"]["properties"]["network"] = copy.deepcopy(NEW_NESTED_FIELD)
    schemas["User"]["properties"]["locale"] = {"type": "string", "description": "The user's locale."}
    schemas["Room"]["properties"]["is_recorded"] = {"type": "boolean", "description": "Whether it is recorded."}
    schemas["Participant"]["properties"]["device"] = {"type": "string", "description": "The participant's device."}
    spec["webhooks"]["rehearsal:ready"] = copy.deepcopy(RECORDING_READY)
    schemas["RehearsalReadyEvent"] = copy.deepcopy(RECORDING_READY_EVENT)
    return spec
