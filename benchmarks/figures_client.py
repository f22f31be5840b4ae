"""Per-request, webhook, rate-limiter and bulk figures, each against the plainest code doing the same work."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import yaml

from sendbird_calls import AsyncCallsClient, CallsClient
from sendbird_calls.rate_limit import rate_limiter_from
from sendbird_calls.webhooks import SIGNATURE_HEADER, parse_event, sign
from sendbird_calls_api.models import DirectCallList, RoomEnvelope

from .fixtures import (
    APP_ID,
    BASE_URL,
    HIGH_RATE_LIMITS,
    PAGE_SIZE,
    ROOM_ID,
    TOKEN,
    PagesTransport,
    room_transport,
    sample_direct_calls,
)
from .harness import Goal, Result, interleave, interleave_many

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "calls-v1.yaml"
CONCURRENT_TASKS = 16
BULK_ITEMS = 10_000

GOAL_REQUEST = Goal(
    1,
    "per request, every safety feature on: <= 1.05x bare httpx + json.loads + from_dict",
    1.05,
    why="the rest is spread over the safety promises (see 'Our code only' below), measured alone on this machine: "
    "the transport reads the whole body itself (size cap, deadline) and hands httpx a rebuilt response that "
    "httpx reads again through its decoders (~19 µs a call); the copy of the request that carries the token, so "
    "`response.request` never holds it (~6 µs); argument checks, masked path and typed result (~10 µs); retry, "
    "limiter and deadline bookkeeping (~10 µs). Async adds the deadline's timer per attempt (`asyncio.timeout`, "
    "~7 µs; `anyio.fail_after` was ~25 µs)",
)
GOAL_BULK_MODELS = Goal(
    2, "bulk: iter_* <= 1.05x the hand loop with models", 1.05, why="pagination's own work per page"
)
GOAL_BULK_DICTS = Goal(
    2,
    "bulk: typed items <= 2.0x the dict-only hand loop",
    2.0,
    why="building a typed item is the generated `from_dict` per item, several times `json.loads`; the hand loop "
    "with models costs about the same, so the cost is the model template's, not pagination's",
)
GOAL_MEMORY = Goal(
    2,
    "memory flat: peak for 100,000 items within 1.2x of 10,000",
    1.2,
    why="pagination keeps one 64-bit fingerprint per page (`pagination.py`, `_TokenGuard`), about 100 bytes with "
    "its set slot, whatever the token's length; the rest is the pages in flight",
)
GOAL_WEBHOOK = Goal(4, "parse_event <= 2x HMAC check + json.loads (+ from_dict by hand)", 2.0, why="see the profile")
GOAL_LIMITER = Goal(
    6,
    "the rate limiter costs the same at any rate (1e5/s vs 10/s, within 1.1x)",
    1.1,
    why="a bucket is three counters and a time (`BatchRateLimiter`); the 10/s side reads the clock for its wait, "
    "the 1e5/s side mostly does not",
)


def safe_client(transport: httpx.BaseTransport) -> CallsClient:
    """Every safety feature on: retries (default 2), a rate limiter with a high limit, masking, typed errors."""
    return CallsClient(APP_ID, TOKEN, base_url=BASE_URL, transport=transport, rate_limits=HIGH_RATE_LIMITS)


def bare_client(transport: httpx.BaseTransport) -> httpx.Client:
    return httpx.Client(transport=transport, base_url=BASE_URL, headers={"Api-Token": TOKEN})


def get_room_bare(client: httpx.Client) -> RoomEnvelope:
    """The least a typed call does: one GET, ``json.loads``, the generated model's ``from_dict``."""
    response = client.get(f"/rooms/{ROOM_ID}")
    response.raise_for_status()
    return RoomEnvelope.from_dict(json.loads(response.content))


def get_room_sync() -> Result:
    transport = room_transport()
    client, bare = safe_client(transport), bare_client(transport)
    return interleave(
        "`rooms.get_room`, sync",
        lambda: client.rooms.get_room(ROOM_ID),
        lambda: get_room_bare(bare),
        baseline_label="httpx.Client + json.loads + from_dict",
        goal=GOAL_REQUEST,
    )


def get_room_sync_no_limiter() -> Result:
    """Information: the same call with the rate limiter off, to show the limiter's share."""
    transport = room_transport()
    client = CallsClient(APP_ID, TOKEN, base_url=BASE_URL, transport=transport, rate_limits=None)
    bare = bare_client(transport)
    return interleave(
        "`rooms.get_room`, sync, rate limiter off",
        lambda: client.rooms.get_room(ROOM_ID),
        lambda: get_room_bare(bare),
        baseline_label="httpx.Client + json.loads + from_dict",
        note="information: the share of the rate limiter in the row above",
    )


def get_room_async(tasks: int) -> Result:
    """``tasks`` concurrent ``get_room`` per unit (1: sequential awaits of 16 calls), one event loop."""
    loop = asyncio.new_event_loop()
    transport = room_transport()
    client = AsyncCallsClient(APP_ID, TOKEN, base_url=BASE_URL, transport=transport, rate_limits=HIGH_RATE_LIMITS)
    bare = httpx.AsyncClient(transport=transport, base_url=BASE_URL, headers={"Api-Token": TOKEN})

    async def bare_one() -> RoomEnvelope:
        response = await bare.get(f"/rooms/{ROOM_ID}")
        response.raise_for_status()
        return RoomEnvelope.from_dict(json.loads(response.content))

    async def ours_one() -> RoomEnvelope:
        return await client.rooms.get_room(ROOM_ID)

    def unit(one: Callable[[], Any]) -> Callable[[], object]:
        async def batch() -> None:
            if tasks == 1:
                for _ in range(CONCURRENT_TASKS):
                    await one()
            else:
                await asyncio.gather(*(one() for _ in range(tasks)))

        return lambda: loop.run_until_complete(batch())

    try:
        label = "1 task" if tasks == 1 else f"{tasks} concurrent tasks"
        return interleave(
            f"`rooms.get_room`, async, {label} (unit: 16 calls)",
            unit(ours_one),
            unit(bare_one),
            baseline_label="httpx.AsyncClient + json.loads + from_dict",
            goal=GOAL_REQUEST,
        )
    finally:
        loop.run_until_complete(client.aclose())
        loop.run_until_complete(bare.aclose())
        loop.close()


def _count_bare_models(http: httpx.Client) -> int:
    count = 0
    params: dict[str, Any] = {"limit": PAGE_SIZE}
    while True:
        response = http.get("/direct_calls", params=params)
        response.raise_for_status()
        page = DirectCallList.from_dict(json.loads(response.content))
        for _call in page.calls:
            count += 1
        if not page.next_:
            return count
        params = {"limit": PAGE_SIZE, "next": page.next_}


def _count_bare_dicts(http: httpx.Client) -> int:
    count = 0
    params: dict[str, Any] = {"limit": PAGE_SIZE}
    while True:
        response = http.get("/direct_calls", params=params)
        response.raise_for_status()
        page = json.loads(response.content)
        for _call in page["calls"]:
            count += 1
        if not page.get("next"):
            return count
        params = {"limit": PAGE_SIZE, "next": page["next"]}


def _count_ours(client: CallsClient) -> int:
    return sum(1 for _ in client.direct_calls.iter_direct_calls(limit=PAGE_SIZE))


def bulk(calls: list[dict[str, Any]]) -> list[Result]:
    transport = PagesTransport(calls, BULK_ITEMS)
    client, bare = safe_client(transport), bare_client(transport)
    assert _count_ours(client) == _count_bare_models(bare) == _count_bare_dicts(bare) == BULK_ITEMS
    return interleave_many(
        f"{BULK_ITEMS:,} direct calls, `iter_direct_calls`",
        lambda: _count_ours(client),
        [
            (
                "hand loop: httpx + json.loads + DirectCallList.from_dict",
                lambda: _count_bare_models(bare),
                GOAL_BULK_MODELS,
            ),
            ("hand loop over plain dicts: httpx + json.loads", lambda: _count_bare_dicts(bare), GOAL_BULK_DICTS),
        ],
        rounds=7,
        block_seconds=0.0,
    )


def memory(calls: list[dict[str, Any]]) -> Result:
    """Peak traced memory while iterating 100,000 items, against 10,000 (tracemalloc)."""
    peaks: dict[int, int] = {}
    for items in (10_000, 100_000):
        client = safe_client(PagesTransport(calls, items))
        _count_ours(client)  # warm: lazy imports and caches are not the loop's memory
        tracemalloc.start()
        try:
            tracemalloc.reset_peak()
            assert _count_ours(client) == items
            peaks[items] = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    result = Result(
        "peak memory, `iter_direct_calls` over 100,000 items",
        "the same over 10,000 items",
        goal=GOAL_MEMORY,
        note=f"peaks: {peaks[100_000] / 1e6:.2f} MB vs {peaks[10_000] / 1e6:.2f} MB (tracemalloc)",
    )
    result.ratios.append(peaks[100_000] / peaks[10_000])
    return result


def _event_body() -> bytes:
    """The spec's ``direct_call:end`` example (the largest event), as Sendbird would send it."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    examples = spec["webhooks"]["direct_call:end"]["post"]["requestBody"]["content"]["application/json"]["examples"]
    payload: dict[str, Any] = next(iter(examples.values()))["value"]
    return json.dumps(payload).encode()


def webhook() -> list[Result]:
    from sendbird_calls_api.models import DirectCallEndEvent

    body = _event_body()
    headers = {SIGNATURE_HEADER: sign(body, TOKEN)}
    key = TOKEN.encode()

    def by_hand(with_model: bool) -> Callable[[], object]:
        def check() -> object:
            expected = hmac.new(key, body, hashlib.sha256).hexdigest()
            if not hmac.compare_digest(expected, headers[SIGNATURE_HEADER]):
                raise ValueError("bad signature")
            payload = json.loads(body)
            return DirectCallEndEvent.from_dict(payload) if with_model else payload

        return check

    assert parse_event(body, headers, TOKEN).category == "direct_call:end"
    results = interleave_many(
        "`parse_event` (`direct_call:end`)",
        lambda: parse_event(body, headers, TOKEN),
        [
            ("by hand: HMAC check + json.loads + DirectCallEndEvent.from_dict", by_hand(True), GOAL_WEBHOOK),
            ("by hand, untyped: HMAC check + json.loads", by_hand(False), None),
        ],
        rounds=25,
    )
    results[1].note = "information: the price of a typed event"
    return results


def rate_limiter() -> Result:
    """One booking and its release, at 1e5 requests/s against 10/s (the wait is not slept here)."""
    fast, slow = rate_limiter_from({"GET": 1e5}), rate_limiter_from({"GET": 10})

    def cycle(limiter: Any) -> Callable[[], None]:
        def run() -> None:
            limiter.reserve("GET", "get_room")
            limiter.release("GET", "get_room")

        return run

    return interleave(
        "rate limiter, reserve + release at 1e5/s",
        cycle(fast),
        cycle(slow),
        baseline_label="the same at 10/s",
        goal=GOAL_LIMITER,
    )


def all_figures() -> list[Result]:
    calls = sample_direct_calls()
    return [
        get_room_sync(),
        get_room_sync_no_limiter(),
        get_room_async(1),
        get_room_async(CONCURRENT_TASKS),
        *bulk(calls),
        memory(calls),
        *webhook(),
        rate_limiter(),
    ]
