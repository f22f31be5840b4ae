"""The mock's cost per request, validation on, against a bare Starlette app answering the same bytes.

The mock runs as users run it: routing, auth, faults, request validation, the handler, and
validation of every answer against the spec. The bare app returns the exact bytes the mock
answered, so the ratio is the mock's whole cost per request (the issue's goal 5: <= 3x; it was
46x with openapi-core and Nagle on). Over HTTP both apps are served by the same uvicorn harness
(``CallsMockServer``, a thread of this process, one loopback socket each) and asked by the same kind
of keep-alive ``httpx.Client``; in-process both are reached through ``CallsMock.client()`` (what the
``calls_mock`` fixture uses). CPU time of the process counts the client, uvicorn and the app alike,
so the ratio is (client + server + mock) over (client + server + bare app).
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from sendbird_calls.mock import CallsMock, CallsMockServer

from .harness import Goal, Result, interleave

ROOMS = 10
CALLS = 1_000
ROUNDS = 15
BASELINE = "bare Starlette app answering the same bytes"
GOAL_MOCK = Goal(
    5,
    "the mock with request and response validation on: <= 3x a bare Starlette app answering the same JSON",
    3.0,
    why="a page of 100 direct calls is ~70 KB of JSON the bare app never builds: encoding it (`json.dumps`, ~0.9 ms "
    "here) alone costs about two bare in-process requests, then the handler copies 101 cached seeded calls "
    "(`mock/seed.py`, `SeededCalls.call`) and the answer is validated against the spec (`mock/validation.py`, "
    "jsonschema-rs); over HTTP the server's and client's fixed costs dilute this, in-process they do not. Small "
    "answers (a list of rooms) stay well under the goal",
)


def bare_app(path: str, content: bytes) -> Starlette:
    """A Starlette app answering ``content`` at ``path``: the least a JSON server can do."""

    async def answer(_: Request) -> Response:
        return Response(content, media_type="application/json")

    return Starlette(routes=[Route(path, answer, methods=["GET"])])


def seed_rooms(api: httpx.Client) -> None:
    for _ in range(ROOMS):
        api.post("/rooms", json={"type": "small_room_for_video", "custom_items": {"team": "bench"}}).raise_for_status()


def get(client: httpx.Client, path: str) -> Callable[[], object]:
    def run() -> object:
        response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"GET {path} answered {response.status_code}: {response.text[:200]}")
        return response

    return run


def compare(mock: CallsMock, bare_factory: Callable[[Starlette], CallsMock], path: str, label: str) -> Result:
    """``GET path`` on the mock against a bare app (made by ``bare_factory``) answering the same bytes."""
    api = mock.client(headers={"Api-Token": mock.api_token})
    content = api.get(path).content
    with bare_factory(bare_app(f"/v1{path.split('?', maxsplit=1)[0]}", content)) as bare:
        bare_client = bare.client()
        if bare_client.get(path).content != content:
            raise RuntimeError("the bare app does not answer the mock's bytes")
        result = interleave(
            label, get(api, path), get(bare_client, path), baseline_label=BASELINE, rounds=ROUNDS, goal=GOAL_MOCK
        )
    if mock.control.response_problems:
        raise RuntimeError(f"the mock's answers failed its own validation: {mock.control.response_problems[:3]}")
    return result


def over_http() -> list[Result]:
    with CallsMockServer(calls=CALLS) as server:
        seed_rooms(server.client(headers={"Api-Token": server.api_token}))
        return [
            compare(server, CallsMockServer, "/rooms", f"mock over HTTP: GET /v1/rooms ({ROOMS} rooms)"),
            compare(
                server, CallsMockServer, "/direct_calls?limit=100", "mock over HTTP: GET /v1/direct_calls?limit=100"
            ),
        ]


def in_process() -> list[Result]:
    with CallsMock(calls=CALLS) as mock:
        seed_rooms(mock.client(headers={"Api-Token": mock.api_token}))
        return [
            compare(mock, CallsMock, "/rooms", f"mock in-process: GET /v1/rooms ({ROOMS} rooms)"),
            compare(mock, CallsMock, "/direct_calls?limit=100", "mock in-process: GET /v1/direct_calls?limit=100"),
        ]


def mock_figures() -> list[Result]:
    return [*over_http(), *in_process()]
