"""The regeneration drill's scripted spec changes: each edits a parsed copy of ``openapi/calls-v1.yaml``
the way a maintainer would when Sendbird changes the Calls API.

The compatible ones (a new optional field, a new paginated operation, a new end result, a new webhook
event) must regenerate into a package whose client, mock, CLI and contract checks pass with no hand
edit; the breaking ones must be named by ``api-diff`` under the key given with each. Read by
``tests/test_regeneration_drill.py`` and by the probe it runs against the regenerated package
(``tests/drill_probe.py``), so both agree on the names.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

Spec = dict[str, Any]
Edit = Callable[[Spec], None]

# --- the compatible changes: names the probe looks for ---------------------------------------

NEW_FIELD = "recording_url"
"""The optional field added to ``DirectCall``."""
NEW_PATH = "/rooms/{room_id}/recordings"
NEW_OPERATION = "list_room_recordings"
NEW_METHOD = "list_recordings"
NEW_COMMAND = "list-recordings"
NEW_END_RESULT = "dial_failed"
"""The value added to ``EndResult``: one Sendbird's SDKs already report."""
NEW_EVENT = "room:recording_ready"
NEW_EVENT_MODEL = "RoomRecordingReadyEvent"

RECORDING_URL_SCHEMA: Spec = {
    "type": "string",
    "format": "uri",
    "description": "Where the call's recording can be downloaded; absent when the call was not recorded.",
}
RECORDING_EXAMPLE: Spec = {
    "recording_id": "rec-0001",
    "room_id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
    "state": "ready",
    "started_at": 1767225610000,
    "ended_at": 1767225670000,
    "duration": 60000,
    "recording_url": "https://recordings.example.com/rec-0001.webm",
}
SCHEMAS: dict[str, Spec] = {
    "Recording": {
        "type": "object",
        "description": "A recording of a room. Timestamps in Unix milliseconds; `duration` in milliseconds.",
        "required": ["recording_id", "room_id", "state", "started_at"],
        "properties": {
            "recording_id": {"type": "string", "description": "The recording's unique ID."},
            "room_id": {"type": "string", "description": "The room recorded."},
            "state": {"type": "string", "description": "The recording's state, such as `recording` or `ready`."},
            "started_at": {"type": "integer", "format": "int64", "description": "When recording started."},
            "ended_at": {"type": ["integer", "null"], "format": "int64", "description": "When it stopped."},
            "duration": {"type": ["integer", "null"], "format": "int64", "description": "How long, in ms."},
            "recording_url": {
                "type": "string",
                "format": "uri",
                "description": "Where the recording can be downloaded; absent until it is ready.",
            },
        },
    },
    "RecordingList": {
        "type": "object",
        "description": "One page of recordings.",
        "required": ["recordings"],
        "properties": {
            "recordings": {"type": "array", "items": {"$ref": "#/components/schemas/Recording"}},
            "next": {"type": ["string", "null"], "description": "Token of the next page; null at the end."},
        },
    },
    NEW_EVENT_MODEL: {
        "type": "object",
        "description": f"Webhook `{NEW_EVENT}`: a room's recording can be downloaded.",
        "required": ["category", "occurred_at", "room", "recording"],
        "x-evidence": {
            "tier": "docs",
            "sources": "Synthetic: the drill's event carries `category`, `occurred_at`, `room` and `recording`.",
        },
        "properties": {
            "category": {"type": "string", "const": NEW_EVENT},
            "occurred_at": {"type": "integer", "format": "int64", "description": "When it happened, Unix ms."},
            "room": {"$ref": "#/components/schemas/WebhookRoom"},
            "recording": {"$ref": "#/components/schemas/Recording"},
        },
    },
}
LIST_RECORDINGS: Spec = {
    "parameters": [{"$ref": "#/components/parameters/RoomId"}],
    "get": {
        "tags": ["rooms"],
        "operationId": NEW_OPERATION,
        "x-method-name": NEW_METHOD,
        "summary": "List a room's recordings",
        "description": "Lists the recordings of a room, newest first.",
        "x-evidence": {"tier": "inferred", "sources": "The drill's example of a new list operation, not Sendbird's."},
        "parameters": [{"$ref": "#/components/parameters/Limit"}, {"$ref": "#/components/parameters/Next"}],
        "responses": {
            "200": {
                "description": "One page of recordings.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/RecordingList"},
                        "examples": {
                            "page": {
                                "summary": "Synthetic example, one finished recording",
                                "value": {"recordings": [RECORDING_EXAMPLE], "next": None},
                            }
                        },
                    }
                },
            },
            "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"},
            "429": {"$ref": "#/components/responses/TooManyRequests"},
            "500": {"$ref": "#/components/responses/InternalServerError"},
        },
    },
}
EVENT_EXAMPLE: Spec = {
    "category": NEW_EVENT,
    "occurred_at": 1767225680000,
    "room": {"room_id": RECORDING_EXAMPLE["room_id"], "room_type": "small_room_for_video", "state": "open"},
    "recording": RECORDING_EXAMPLE,
}
RECORDING_READY: Spec = {
    "post": {
        "operationId": "receive_room_recording_ready",
        "summary": "A room's recording is ready",
        "description": "Sendbird's own category name (docs). Signed in `x-sendbird-signature`.",
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"$ref": f"#/components/schemas/{NEW_EVENT_MODEL}"},
                    "examples": {"ready": {"summary": f"Synthetic example of {NEW_EVENT}", "value": EVENT_EXAMPLE}},
                }
            },
        },
        "responses": {"200": {"description": "Acknowledged; answer within 1 second or Sendbird retries."}},
    }
}


def schemas(spec: Spec) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"]
    return found


def add_optional_field(spec: Spec) -> None:
    """``DirectCall.recording_url``: a new optional field of an answer."""
    schemas(spec)["DirectCall"]["properties"][NEW_FIELD] = copy.deepcopy(RECORDING_URL_SCHEMA)


def add_paginated_operation(spec: Spec) -> None:
    """``GET /rooms/{room_id}/recordings`` (``rooms.list_recordings``), with its models and an example."""
    spec["paths"][NEW_PATH] = copy.deepcopy(LIST_RECORDINGS)
    for name in ("Recording", "RecordingList"):
        schemas(spec)[name] = copy.deepcopy(SCHEMAS[name])


def add_enum_value(spec: Spec) -> None:
    """``EndResult.dial_failed``: a value of an enum answers read through ``anyOf [enum, string]``."""
    end_result = schemas(spec)["EndResult"]
    end_result["enum"].append(NEW_END_RESULT)
    end_result["description"] = "The end results Sendbird documents, and `dial_failed`, which its SDKs report."


def add_webhook_event(spec: Spec) -> None:
    """``room:recording_ready``: a new webhook event with its payload schema and example."""
    if "Recording" not in schemas(spec):
        schemas(spec)["Recording"] = copy.deepcopy(SCHEMAS["Recording"])
    schemas(spec)[NEW_EVENT_MODEL] = copy.deepcopy(SCHEMAS[NEW_EVENT_MODEL])
    spec["webhooks"][NEW_EVENT] = copy.deepcopy(RECORDING_READY)


COMPATIBLE: dict[str, Edit] = {
    "new optional field": add_optional_field,
    "new paginated operation": add_paginated_operation,
    "new enum value": add_enum_value,
    "new webhook event": add_webhook_event,
}
"""Each compatible change; they touch different parts of the spec, so the drill applies them together."""

COMPATIBLE_KEYS: dict[str, str] = {
    "new optional field": f"DirectCall.{NEW_FIELD}",
    "new paginated operation": NEW_OPERATION,
    "new enum value": f"EndResult.{NEW_END_RESULT}",
    "new webhook event": NEW_EVENT,
}
"""The api-diff key each compatible change is reported (and entered in the changelog) under."""


# --- the breaking changes ----------------------------------------------------------------------


def _parameter(spec: Spec, path: str, name: str) -> Spec:
    (found,) = [param for param in spec["paths"][path]["get"]["parameters"] if param.get("name") == name]
    return found


def remove_operation(spec: Spec) -> None:
    """``get_room`` is gone: ``GET /rooms/{room_id}`` removed."""
    del spec["paths"]["/rooms/{room_id}"]["get"]


def rename_required_field(spec: Spec) -> None:
    """``Participant.participant_id`` (required) renamed to ``id``."""
    participant = schemas(spec)["Participant"]
    participant["properties"] = {
        ("id" if k == "participant_id" else k): v for k, v in participant["properties"].items()
    }
    participant["required"] = ["id" if k == "participant_id" else k for k in participant["required"]]


def require_parameter(spec: Spec) -> None:
    """``list_rooms(state)``, optional until now, made required."""
    (state,) = [param for param in spec["paths"]["/rooms"]["get"]["parameters"] if param.get("name") == "state"]
    state["required"] = True


def change_type(spec: Spec) -> None:
    """``list_user_calls(end_ts)``: an integer in Unix ms becomes a date-time string (so it loses ``x-unit``)."""
    end_ts = _parameter(spec, "/users/{user_id}/calls", "end_ts")
    end_ts.pop("x-unit", None)
    end_ts["schema"] = {"type": "string", "format": "date-time"}


@dataclass(frozen=True)
class Breaking:
    """A breaking change and the key api-diff must name it by."""

    edit: Edit
    key: str


BREAKING: dict[str, Breaking] = {
    "removed operation": Breaking(remove_operation, "get_room"),
    "renamed required field": Breaking(rename_required_field, "Participant.participant_id"),
    "parameter made required": Breaking(require_parameter, "list_rooms(state)"),
    "type change": Breaking(change_type, "list_user_calls(end_ts)"),
}


# --- spec copies -------------------------------------------------------------------------------


def edited(spec: Spec, *edits: Edit) -> Spec:
    """A deep copy of ``spec`` with ``edits`` applied in order."""
    copied = copy.deepcopy(spec)
    for edit in edits:
        edit(copied)
    return copied


def write_spec(path: Path, spec: Spec) -> Path:
    """``spec`` as YAML at ``path`` (its folder created)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path
