"""A drifted variant of the mock: answers that disagree with the spec, for verify-spec's tests and demos.

``with_drift(create_app())`` wraps the app in ``DriftMiddleware``, which rewrites the JSON answers
of chosen operations after the mock produced (and checked) them: a renamed field (an optional one,
and a required one, which is then missing), an added one, a retyped one, a new enum value, more
custom items than the spec allows, a different status, an undocumented error code, a body that is
not JSON, a time window read in seconds where the spec says milliseconds, an error code the spec
decided otherwise. ``DEFAULT_DRIFT`` does one of each, all of them on what a read-only verify-spec
run reads from a mock with no rooms; pass your own rules (operationId -> function of ``(status,
body)``) to try other drift. A rule that needs the request's query reads ``request_query()``. The
mock itself is untouched: only its answers change.

Every name and value the drift invents starts with ``zz_drift_`` (``DRIFT_PREFIX``): no realistic
new field or enum value of the spec can be mistaken for drift, or drift for one. The custom-item
overflow is one more than the spec's own limit.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .facts import facts_of
from .spec import SpecIndex, load_spec

DRIFT_PREFIX = "zz_drift_"
RENAMED_NICKNAME = DRIFT_PREFIX + "nickname"
"""What ``list_users`` calls each user's ``nickname`` (a renamed optional field)."""
RENAMED_ROOM_TYPE = DRIFT_PREFIX + "room_type"
"""What ``get_room`` calls ``room.room_type`` (a renamed required field)."""
RENAMED_CALL_ID = DRIFT_PREFIX + "call_id"
"""What ``get_direct_call`` calls ``call.call_id`` (a renamed required field)."""
ADDED_FIELD = DRIFT_PREFIX + "recording_url"
"""The field ``list_direct_calls`` adds to every call."""
NEW_END_RESULT = DRIFT_PREFIX + "blocked_by_policy"
"""The ``end_result`` value ``list_direct_calls`` gives its first call."""


@dataclass(frozen=True, slots=True)
class NotJson:
    """A body to send as is, with its own content type (an HTML error page from a proxy)."""

    text: str
    content_type: str = "text/html; charset=utf-8"


Rewrite = Callable[[int, Any], tuple[int, Any]]
"""Turns an answer's (status, parsed JSON body) into the drifted (status, body or NotJson)."""

_QUERY: ContextVar[Mapping[str, str] | None] = ContextVar("sendbird_calls_mock_drift_query", default=None)


def request_query() -> Mapping[str, str]:
    """The query parameters of the request whose answer a rule is rewriting (last value of each)."""
    return _QUERY.get() or {}


def _each(items: Any, change: Callable[[dict[str, Any]], None]) -> None:
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            change(item)


def rename_nickname(status: int, body: Any) -> tuple[int, Any]:
    """list_users: each user's ``nickname`` is answered as ``RENAMED_NICKNAME`` (a renamed, optional field)."""

    def rename(user: dict[str, Any]) -> None:
        if "nickname" in user:
            user[RENAMED_NICKNAME] = user.pop("nickname")

    _each(body.get("users") if isinstance(body, dict) else None, rename)
    return status, body


def rename_room_type(status: int, body: Any) -> tuple[int, Any]:
    """get_room: ``room.room_type`` (required) is answered as ``RENAMED_ROOM_TYPE``."""
    room = body.get("room") if isinstance(body, dict) else None
    if isinstance(room, dict) and "room_type" in room:
        room[RENAMED_ROOM_TYPE] = room.pop("room_type")
    return status, body


def drift_direct_calls(status: int, body: Any) -> tuple[int, Any]:
    """list_direct_calls: an added ``ADDED_FIELD``, ``duration`` as a string, a new ``end_result`` value."""

    def change(call: dict[str, Any]) -> None:
        call[ADDED_FIELD] = f"https://recordings.example.com/{call.get('call_id', 'x')}.webm"
        call["duration"] = str(call.get("duration") or 0)

    calls = body.get("calls") if isinstance(body, dict) else None
    _each(calls, change)
    if isinstance(calls, list) and calls and isinstance(calls[0], dict):
        calls[0]["end_result"] = NEW_END_RESULT
    return status, body


def rename_call_id(status: int, body: Any) -> tuple[int, Any]:
    """get_direct_call: ``call.call_id`` (required) is answered as ``RENAMED_CALL_ID``."""
    call = body.get("call") if isinstance(body, dict) else None
    if isinstance(call, dict) and "call_id" in call:
        call[RENAMED_CALL_ID] = call.pop("call_id")
    return status, body


def too_many_custom_items(status: int, body: Any) -> tuple[int, Any]:
    """list_user_calls: every call carries one custom item more than the spec allows (its ``maxProperties``)."""
    limit = facts_of(load_spec()).custom_items_limit
    count = (limit if limit is not None else 10) + 1

    def overfill(call: dict[str, Any]) -> None:
        call["custom_items"] = {f"{DRIFT_PREFIX}item{index}": "v" for index in range(count)}

    _each(body.get("calls") if isinstance(body, dict) else None, overfill)
    return status, body


def window_in_seconds(status: int, body: Any) -> tuple[int, Any]:
    """list_user_calls: ``start_ts``/``end_ts`` are read as Unix seconds (the spec says milliseconds), so a
    window around a call's ``started_at`` in milliseconds finds nothing."""
    query = request_query()
    if not isinstance(body, dict) or not isinstance(body.get("calls"), list):
        return status, body
    if "start_ts" not in query and "end_ts" not in query:
        return status, body
    try:
        start = int(query.get("start_ts", "0"))
        end = int(query.get("end_ts", str(2**62)))
    except ValueError:
        return status, body
    body["calls"] = [
        call
        for call in body["calls"]
        if isinstance(call, dict)
        and isinstance(call.get("started_at"), int)
        and start <= call["started_at"] // 1000 <= end
    ]
    body["next"], body["has_next"] = "", False
    return status, body


def accepted_instead_of_ok(status: int, body: Any) -> tuple[int, Any]:
    """get_webhook_settings: HTTP 202 instead of the documented 200."""
    return (202 if status == 200 else status), body


def not_found_as_404(status: int, body: Any) -> tuple[int, Any]:
    """get_room: an unknown room is HTTP 404 instead of 400 + 1400126."""
    return (404 if status == 400 else status), body


def new_error_code(status: int, body: Any) -> tuple[int, Any]:
    """get_direct_call: "not found" carries code 400300, which the spec does not document."""
    if status == 400 and isinstance(body, dict):
        body["code"] = 400300
        body["type"] = "RESOURCE_NOT_FOUND"
    return status, body


def html_page(status: int, body: Any) -> tuple[int, Any]:
    """get_user_call_summary: an HTML page instead of JSON, as a misconfigured proxy sends."""
    return status, NotJson("<html><body><h1>Service temporarily unavailable</h1></body></html>")


def _chain(*rewrites: Rewrite) -> Rewrite:
    def chained(status: int, body: Any) -> tuple[int, Any]:
        for rewrite in rewrites:
            status, body = rewrite(status, body)
        return status, body

    return chained


DEFAULT_DRIFT: Mapping[str, Rewrite] = {
    "list_users": rename_nickname,
    "list_direct_calls": drift_direct_calls,
    "get_room": _chain(rename_room_type, not_found_as_404),
    "get_webhook_settings": accepted_instead_of_ok,
    "get_direct_call": _chain(rename_call_id, new_error_code),
    "list_user_calls": _chain(too_many_custom_items, window_in_seconds),
    "get_user_call_summary": html_page,
}
"""Drift of every kind verify-spec reports, each seen by a read-only run on the mock as it starts (no rooms)."""


class DriftMiddleware:
    """ASGI middleware that rewrites the answers of the operations in ``rules``."""

    def __init__(self, app: ASGIApp, rules: Mapping[str, Rewrite] = DEFAULT_DRIFT, spec: SpecIndex | None = None):
        self.app = app
        self.rules = dict(rules)
        self.spec = spec if spec is not None else load_spec()
        unknown = sorted(set(self.rules) - set(self.spec.operations))
        if unknown:
            raise ValueError(f"drift rules for unknown operations: {', '.join(unknown)}")

    def _operation(self, scope: Scope) -> str | None:
        raw = scope.get("raw_path")
        path = bytes(raw).decode("latin-1").split("?", 1)[0] if raw else str(scope.get("path", ""))
        try:
            match = self.spec.match(path)
        except ValueError:
            return None
        operation = match.route.operations.get(str(scope.get("method", "")).upper()) if match else None
        return operation.operation_id if operation is not None else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        operation = self._operation(scope) if scope["type"] == "http" else None
        rule = self.rules.get(operation) if operation is not None else None
        if rule is None:
            await self.app(scope, receive, send)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        query = dict(parse_qsl(bytes(scope.get("query_string") or b"").decode("latin-1")))
        token = _QUERY.set(query)
        try:
            status, body, content_type = _rewrite(rule, int(start.get("status", 500)), b"".join(chunks))
        finally:
            _QUERY.reset(token)
        headers = [
            (key, value)
            for key, value in start.get("headers", [])
            if key.lower() not in (b"content-length", b"content-type")
        ]
        headers += [(b"content-length", str(len(body)).encode()), (b"content-type", content_type.encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _rewrite(rule: Rewrite, status: int, raw: bytes) -> tuple[int, bytes, str]:
    try:
        data = json.loads(raw)
    except ValueError:
        return status, raw, "application/octet-stream"
    status, out = rule(status, data)
    if isinstance(out, NotJson):
        return status, out.text.encode(), out.content_type
    return status, json.dumps(out, separators=(",", ":")).encode(), "application/json"


def with_drift(app: Starlette, rules: Mapping[str, Rewrite] = DEFAULT_DRIFT) -> Starlette:
    """``app`` (a fresh ``create_app()``) serving drifted answers; ``app.state.mock`` still controls it."""
    app.add_middleware(DriftMiddleware, rules=rules, spec=app.state.mock.spec)
    return app
