"""What the figures talk to: a fixed room and synthetic pages of real direct calls, served in-process.

An ``httpx.MockTransport`` answers from prepared bytes, so the server costs almost nothing and a ratio
is the client's own work. The direct calls come from the project's mock once (real, valid payloads);
every page repeats them with its own ``next`` token, so 100,000 items cost no more memory to serve
than 10,000.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

BASE_URL = "http://bench.invalid/v1"
APP_ID = "bench-app"
TOKEN = "bench-token"
HIGH_RATE_LIMITS = {"GET": 1e5, "POST": 1e5, "PUT": 1e5, "DELETE": 1e5}
"""The rate limiter stays on (a safety feature) with limits no benchmark loop reaches."""
ROOM_ID = "9a621701-f75e-4013-840a-821644fbcbf1"
ROOM = {
    "room": {
        "room_id": ROOM_ID,
        "room_type": "small_room_for_video",
        "state": "open",
        "created_at": 1767225600000,
        "updated_at": 1767225600000,
        "created_by": "",
        "deleted_by": "",
        "current_participants": [],
        "custom_items": {"topic": "standup", "team": "calls"},
    }
}
ROOM_BODY = json.dumps(ROOM).encode()
ROOM_URL = f"{BASE_URL}/rooms/{ROOM_ID}"
"""The absolute URL the hand-written calls GET: cheaper in httpx than a path joined to a ``base_url``
(about 20 µs here), so the baseline is the cheapest hand-written call, not a straw man."""
JSON_HEADERS = {"Content-Type": "application/json"}
PAGE_SIZE = 100


def answer_room(request: httpx.Request) -> httpx.Response:
    """The fixed room, whatever was asked: the figure measures the caller, not the server."""
    return httpx.Response(200, content=ROOM_BODY, headers=JSON_HEADERS)


def room_transport() -> httpx.MockTransport:
    return httpx.MockTransport(answer_room)


def sample_direct_calls() -> list[dict[str, Any]]:
    """One page of direct calls as the project's mock (validated against the spec) answers it."""
    from sendbird_calls.mock import CallsMock

    with CallsMock(calls=PAGE_SIZE) as mock:
        response = mock.client().get(
            "/direct_calls", params={"limit": PAGE_SIZE}, headers={"Api-Token": mock.api_token}
        )
        response.raise_for_status()
        calls: list[dict[str, Any]] = response.json()["calls"]
    return calls


class PagesTransport(httpx.MockTransport):
    """Serves ``items`` direct calls, ``PAGE_SIZE`` per page, following ``next`` tokens ``p1``, ``p2``..."""

    def __init__(self, calls: list[dict[str, Any]], items: int) -> None:
        self.pages = max(1, items // len(calls))
        head = json.dumps({"calls": calls}).encode()[:-1]  # without the closing brace
        self._middle = head + b',"next":'
        super().__init__(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("next") or "p0"
        index = int(token[1:])
        last = index + 1 >= self.pages
        tail = b'null,"has_next":false}' if last else f'"p{index + 1}","has_next":true}}'.encode()
        return httpx.Response(200, content=self._middle + tail, headers=JSON_HEADERS)
