"""Per-call overhead: ``CallsClient.rooms.get_room`` vs the same request with a bare ``httpx.Client``.

Both talk to one ``httpx.MockTransport`` that answers a fixed room, so the server costs nothing
and the ratio is the client's own work per call: argument and path checks, the transport stack
(auth, retry policy, logging), error mapping and response checks. The rate limiter is off
(``rate_limits=None``): it would measure Sendbird's limit, not the code.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from sendbird_calls import CallsClient
from sendbird_calls_api.models import RoomEnvelope

BASE_URL = "http://bench.invalid/v1"
APP_ID = "bench-app"
TOKEN = "bench-token"
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


def answer_room(request: httpx.Request) -> httpx.Response:
    """The fixed room, whatever was asked: the benchmark measures the caller, not the server."""
    return httpx.Response(200, content=ROOM_BODY, headers={"Content-Type": "application/json"})


@pytest.fixture
def transport() -> httpx.MockTransport:
    return httpx.MockTransport(answer_room)


@pytest.fixture
def calls_client(transport: httpx.MockTransport) -> Iterator[CallsClient]:
    with CallsClient(APP_ID, TOKEN, base_url=BASE_URL, transport=transport, rate_limits=None) as client:
        yield client


@pytest.fixture
def bare_client(transport: httpx.MockTransport) -> Iterator[httpx.Client]:
    with httpx.Client(transport=transport, base_url=BASE_URL, headers={"Api-Token": TOKEN}) as client:
        yield client


def get_room_bare(client: httpx.Client) -> RoomEnvelope:
    """The least a typed call can do: one GET, ``json.loads``, the generated model's ``from_dict``."""
    response = client.get(f"/rooms/{ROOM_ID}")
    response.raise_for_status()
    return RoomEnvelope.from_dict(json.loads(response.content))


def test_get_room_with_calls_client(benchmark: BenchmarkFixture, calls_client: CallsClient) -> None:
    envelope = benchmark(calls_client.rooms.get_room, ROOM_ID)
    assert envelope.room.room_id == ROOM_ID


def test_get_room_baseline(benchmark: BenchmarkFixture, bare_client: httpx.Client) -> None:
    envelope = benchmark(get_room_bare, bare_client)
    assert envelope.room.room_id == ROOM_ID
