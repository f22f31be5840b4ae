"""Where one ``rooms.retrieve`` spends what it adds to the hand-written call: stage by stage, then by function.

Stages: each part of the request path (``core/requester.py``, ``core/request.py``, ``core/send.py``,
``core/response.py``) is called alone, in a loop, interleaved round by round with the others and with
the hand-written part it stands for (``httpx.Client.build_request``, ``httpx.Client.send``,
``json.loads`` + ``Room.from_dict``), so each row is real µs per call without a profiler's overhead.
A stage is the fastest of its rounds (the least disturbed by other load; the differences between
stages are small against a shared machine's noise), not the median the figures use.
Functions: cProfile over our call and over the hand-written one, and the functions our call runs
more often, by the own time they add (µs per call under the profiler, which inflates small functions).
"""

from __future__ import annotations

import asyncio
import cProfile
import json
import pstats
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from sendbird_calls_api.api.rooms import GET_ROOM
from sendbird_calls_api.models import Room

from .figures_request import CONCURRENT_TASKS, async_room_client, bare_http, hand_written, room_client
from .fixtures import ROOM_ID, ROOM_URL, TOKEN, room_transport
from .harness import interleaved_times

ROUNDS = 31
PROFILED_CALLS = 500
PROFILE_RUNS = 6
"""cProfile runs of each call, alternating; a function's own time is its least over the runs."""
HAND = "GET + status check + json.loads + Room.from_dict"
FAR = 1e9
"""A deadline no stage reaches (monotonic seconds from now)."""


@dataclass(frozen=True)
class Stage:
    """One part of our call, its cost, and the hand-written part it stands for (if any)."""

    name: str
    where: str
    ours_s: float
    hand: str = ""
    hand_s: float = 0.0

    @property
    def added_s(self) -> float:
        return self.ours_s - self.hand_s


@dataclass(frozen=True)
class ExtraCalls:
    """A function our call runs more often than the hand-written call, and the own time that adds."""

    function: str
    calls_ours: float
    calls_hand: float
    own_added_s: float


@dataclass
class RequestProfile:
    sync: list[Stage]
    asynchronous: list[Stage]
    bare_get_s: float
    async_bare_get_s: float
    functions: list[ExtraCalls]
    profiled_ours_s: float
    profiled_hand_s: float

    def largest(self, count: int = 3) -> str:
        """The stages that add the most, sync and async, as the report's answer to "why"."""
        parts = []
        for name, stages in (("sync", self.sync), ("async", self.asynchronous)):
            top = sorted(stages[1:], key=lambda stage: stage.added_s, reverse=True)[:count]
            parts.append(f"{name}: " + ", ".join(f"{s.name} (+{s.added_s * 1e6:.1f} µs)" for s in top))
        return "; ".join(parts)


def sync_stages() -> tuple[list[Stage], float]:
    """The sync call, stage by stage; the send loop's stages are differences of growing prefixes of it."""
    transport = room_transport()
    client, _ = room_client("transport", transport)
    bare = bare_http(transport)
    requester = client._requester
    sender = requester.sender
    rules = sender._rules
    options = requester.defaults
    prepared = requester.prepare(GET_ROOM, {"room_id": ROOM_ID})
    bare_request = bare.build_request("GET", ROOM_URL)
    answer = sender.send(prepared, options)
    content = answer.content

    def request_and_attempt() -> object:
        request = rules.request(sender.http, prepared, options)
        booking = rules.book(prepared)
        if booking.wait > 0 or not booking.granted:
            sender._wait_for_slot(prepared, booking)
        now = time.monotonic()
        return sender._attempt(request, prepared, options, now + FAR, clamped=False, now=now)

    t = interleaved_times(
        {
            "call": lambda: client.rooms.retrieve(ROOM_ID),
            "hand": lambda: hand_written(bare),
            "get": lambda: bare.get(ROOM_URL),
            "options": lambda: requester.options(GET_ROOM, None),
            "prepare": lambda: requester.prepare(GET_ROOM, {"room_id": ROOM_ID}),
            "request": lambda: rules.request(sender.http, prepared, options),
            "bare_build": lambda: bare.build_request("GET", ROOM_URL),
            "request_attempt": request_and_attempt,
            "bare_send": lambda: bare.send(bare_request),
            "send": lambda: sender.send(prepared, options),
            "read": lambda: requester.read(GET_ROOM, prepared, answer),
            "bare_read": lambda: Room.from_dict(json.loads(content)["room"]),
        },
        rounds=ROUNDS,
        statistic=min,
    )
    client.close()
    bare.close()
    stages = [
        Stage("the whole call", "`rooms.retrieve`", t["call"], HAND, t["hand"]),
        Stage(
            "the request, token on",
            "`core/send.py:_Rules.request` (`httpx.Client.build_request` with our 3 headers and the token "
            "merged over httpx's defaults, the timeout)",
            t["request"],
            "`httpx.Client.build_request`",
            t["bare_build"],
        ),
        Stage(
            "one attempt: rate-limiter slot, send, body read by the deadline",
            "`core/send.py:SyncSender._wait_for_slot` + `SyncSender._attempt` (`httpx.Client.send(stream=True)`, "
            "`iter_bytes` into `_Collector`, `_Rules.answer`)",
            t["request_attempt"] - t["request"],
            "`httpx.Client.send` (reads the body)",
            t["bare_send"],
        ),
        Stage(
            "the rest of the loop: deadline budget, retry decision, token taken off",
            "`core/send.py:SyncSender.send` minus the two rows above (`_Rules.attempt_budget`, "
            "`_Rules.retry_delay`, `_Rules.scrub`: `Headers.pop`)",
            t["send"] - t["request_attempt"],
        ),
        Stage(
            "the result: json.loads, the envelope's model, unwrap",
            "`core/requester.py:_Preparer.read` -> `core/response.py:read_result`",
            t["read"],
            "`json.loads` + `Room.from_dict`",
            t["bare_read"],
        ),
        Stage("arguments into a URL", "`core/request.py:prepare`", t["prepare"]),
        Stage("options merged", "`core/options.py:CallOptions.merge`", t["options"]),
        Stage(
            "the glue: generated method, resource, requester",
            "`rooms.retrieve` -> `SyncResource._call` -> `SyncRequester.call`: the whole call minus the rows above",
            t["call"] - t["options"] - t["prepare"] - t["send"] - t["read"],
        ),
    ]
    return stages, t["get"]


def async_stages() -> tuple[list[Stage], float]:
    """The same for the async client, a unit being 16 calls awaited one after the other (µs given per call)."""
    loop = asyncio.new_event_loop()
    transport = room_transport()
    client, _ = async_room_client("transport", transport)
    bare = httpx.AsyncClient(transport=transport, headers={"Api-Token": TOKEN})
    requester = client._requester
    sender = requester.sender
    rules = sender._rules
    options = requester.defaults
    prepared = requester.prepare(GET_ROOM, {"room_id": ROOM_ID})
    bare_request = bare.build_request("GET", ROOM_URL)

    async def by_hand() -> Room:
        response = await bare.get(ROOM_URL)
        response.raise_for_status()
        return Room.from_dict(json.loads(response.content)["room"])

    async def request() -> object:
        return rules.request(sender.http, prepared, options)

    async def request_and_attempt() -> object:
        built = rules.request(sender.http, prepared, options)
        booking = rules.book(prepared)
        if booking.wait > 0 or not booking.granted:
            await sender._wait_for_slot(prepared, booking)
        now = time.monotonic()
        return await sender._attempt(built, prepared, options, now + FAR, clamped=False, now=now)

    async def build() -> object:
        return bare.build_request("GET", ROOM_URL)

    answer = loop.run_until_complete(sender.send(prepared, options))
    content = answer.content

    def sixteen(one: Callable[[], object]) -> Callable[[], object]:
        """A sync stage, called as often as a unit of the async ones."""
        return lambda: [one() for _ in range(CONCURRENT_TASKS)]

    def unit(one: Callable[[], Awaitable[object]]) -> Callable[[], object]:
        async def batch() -> None:
            for _ in range(CONCURRENT_TASKS):
                await one()

        return lambda: loop.run_until_complete(batch())

    try:
        t = interleaved_times(
            {
                "call": unit(lambda: client.rooms.retrieve(ROOM_ID)),
                "hand": unit(by_hand),
                "get": unit(lambda: bare.get(ROOM_URL)),
                "request": unit(request),
                "bare_build": unit(build),
                "request_attempt": unit(request_and_attempt),
                "bare_send": unit(lambda: bare.send(bare_request)),
                "send": unit(lambda: sender.send(prepared, options)),
                "options": sixteen(lambda: requester.options(GET_ROOM, None)),
                "prepare": sixteen(lambda: requester.prepare(GET_ROOM, {"room_id": ROOM_ID})),
                "read": sixteen(lambda: requester.read(GET_ROOM, prepared, answer)),
                "bare_read": sixteen(lambda: Room.from_dict(json.loads(content)["room"])),
            },
            rounds=ROUNDS,
            statistic=min,
        )
    finally:
        loop.run_until_complete(client.aclose())
        loop.run_until_complete(bare.aclose())
        loop.close()
    t = {name: seconds / CONCURRENT_TASKS for name, seconds in t.items()}
    stages = [
        Stage("the whole call", "`rooms.retrieve`", t["call"], HAND, t["hand"]),
        Stage(
            "the request, token on",
            "`core/send.py:_Rules.request`",
            t["request"],
            "`httpx.AsyncClient.build_request`",
            t["bare_build"],
        ),
        Stage(
            "one attempt: slot, send under `asyncio.timeout`, body read",
            "`core/send.py:AsyncSender._wait_for_slot` + `AsyncSender._attempt` + `_send_and_read`",
            t["request_attempt"] - t["request"],
            "`httpx.AsyncClient.send` (reads the body)",
            t["bare_send"],
        ),
        Stage(
            "the rest of the loop: deadline budget, retry decision, token taken off",
            "`core/send.py:AsyncSender.send` minus the two rows above",
            t["send"] - t["request_attempt"],
        ),
        Stage(
            "the result: json.loads, the envelope's model, unwrap",
            "`core/requester.py:_Preparer.read` -> `core/response.py:read_result`",
            t["read"],
            "`json.loads` + `Room.from_dict`",
            t["bare_read"],
        ),
        Stage("arguments into a URL", "`core/request.py:prepare`", t["prepare"]),
        Stage("options merged", "`core/options.py:CallOptions.merge`", t["options"]),
        Stage(
            "the glue: generated method, resource, requester",
            "`rooms.retrieve` -> `AsyncResource._call` -> `AsyncRequester.call`: the whole call minus the rows above",
            t["call"] - t["options"] - t["prepare"] - t["send"] - t["read"],
        ),
    ]
    return stages, t["get"]


def _own_times(work: Callable[[], Any]) -> tuple[dict[str, tuple[float, float]], float]:
    """function -> (calls, own seconds) per call of ``work`` under cProfile, and the profiled seconds per call."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(PROFILED_CALLS):
        work()
    profiler.disable()
    stats = pstats.Stats(profiler)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    rows: dict[str, tuple[float, float]] = {}
    for (filename, line, function), (_cc, calls, own, _cum, _callers) in raw.items():
        short = filename.split("/site-packages/")[-1].split("/overrides/")[-1].split("/generated/")[-1]
        rows[f"{short}:{line}({function})"] = (calls / PROFILED_CALLS, own / PROFILED_CALLS)
    return rows, stats.total_tt / PROFILED_CALLS  # type: ignore[attr-defined]


def _least(runs: list[tuple[dict[str, tuple[float, float]], float]]) -> tuple[dict[str, tuple[float, float]], float]:
    """Each function's least own time over the runs (call counts do not vary), and the least total."""
    merged: dict[str, tuple[float, float]] = {}
    for rows, _total in runs:
        for function, (calls, own) in rows.items():
            merged[function] = (calls, min(own, merged.get(function, (calls, own))[1]))
    return merged, min(total for _rows, total in runs)


def extra_calls(limit: int = 20) -> tuple[list[ExtraCalls], float, float]:
    """Our call and the hand-written one profiled in alternating runs, each function at its least disturbed."""
    transport = room_transport()
    client, _ = room_client("transport", transport)
    bare = bare_http(transport)

    def ours_work() -> object:
        return client.rooms.retrieve(ROOM_ID)

    def hand_work() -> object:
        return hand_written(bare)

    ours_work()
    hand_work()
    ours_runs, hand_runs = [], []
    for _ in range(PROFILE_RUNS):
        ours_runs.append(_own_times(ours_work))
        hand_runs.append(_own_times(hand_work))
    client.close()
    (ours, ours_total), (hand, hand_total) = _least(ours_runs), _least(hand_runs)
    rows = []
    for function in set(ours) | set(hand):
        calls_ours, own_ours = ours.get(function, (0.0, 0.0))
        calls_hand, own_hand = hand.get(function, (0.0, 0.0))
        if calls_ours != calls_hand:
            rows.append(ExtraCalls(function, calls_ours, calls_hand, own_ours - own_hand))
    rows.sort(key=lambda row: row.own_added_s, reverse=True)
    return rows[:limit], ours_total, hand_total


def profile_request() -> RequestProfile:
    sync, get_s = sync_stages()
    asynchronous, async_get_s = async_stages()
    functions, ours_total, hand_total = extra_calls()
    return RequestProfile(sync, asynchronous, get_s, async_get_s, functions, ours_total, hand_total)
