"""Bulk, memory, webhook and rate-limiter figures, each against the plainest code doing the same work."""

from __future__ import annotations

import hashlib
import hmac
import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import yaml

from sendbird_calls import CallsClient
from sendbird_calls.rate_limit import rate_limiter_from
from sendbird_calls.webhooks import SIGNATURE_HEADER, parse_event, sign
from sendbird_calls_api.models import DirectCallList

from .fixtures import (
    APP_ID,
    BASE_URL,
    HIGH_RATE_LIMITS,
    PAGE_SIZE,
    TOKEN,
    PagesTransport,
    sample_direct_calls,
)
from .harness import Goal, Result, interleave, interleave_many

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "calls-v1.yaml"
CALLS_URL = f"{BASE_URL}/direct_calls"
BULK_ITEMS = 10_000

GOAL_BULK_MODELS = Goal(
    2,
    "bulk: iterating a list's pages <= 1.05x the hand loop with models",
    1.05,
    why="each page goes through the whole request path (see the per-request figures), and pagination's own "
    "work per page (`core/pages.py`, `pagination.TokenGuard`)",
)
GOAL_BULK_DICTS = Goal(
    2,
    "bulk: typed items <= 2.0x the dict-only hand loop",
    2.0,
    why="building a typed item is the model engine's `Schema.parse` per item (`core/model.py`), several times "
    "`json.loads`; the hand loop with models costs about the same, so the cost is the models', not pagination's",
)
GOAL_MEMORY = Goal(
    2,
    "memory flat: peak for 100,000 items within 1.2x of 10,000",
    1.2,
    why="pagination keeps one 64-bit fingerprint per page (`pagination.py`, `TokenGuard`), about 100 bytes with "
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
    return httpx.Client(transport=transport, headers={"Api-Token": TOKEN})


def _count_bare_models(http: httpx.Client) -> int:
    count = 0
    params: dict[str, Any] = {"limit": PAGE_SIZE}
    while True:
        response = http.get(CALLS_URL, params=params)
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
        response = http.get(CALLS_URL, params=params)
        response.raise_for_status()
        page = json.loads(response.content)
        for _call in page["calls"]:
            count += 1
        if not page.get("next"):
            return count
        params = {"limit": PAGE_SIZE, "next": page["next"]}


def _count_ours(client: CallsClient) -> int:
    count = 0
    for _call in client.direct_calls.list(limit=PAGE_SIZE):
        count += 1
    return count


def bulk(calls: list[dict[str, Any]]) -> list[Result]:
    transport = PagesTransport(calls, BULK_ITEMS)
    client, bare = safe_client(transport), bare_client(transport)
    assert _count_ours(client) == _count_bare_models(bare) == _count_bare_dicts(bare) == BULK_ITEMS
    return interleave_many(
        f"{BULK_ITEMS:,} direct calls: `for call in client.direct_calls.list(limit=100)`",
        lambda: _count_ours(client),
        [
            (
                "hand loop over the pages: httpx + json.loads + DirectCallList.from_dict",
                lambda: _count_bare_models(bare),
                GOAL_BULK_MODELS,
            ),
            (
                "hand loop over the pages as plain dicts: httpx + json.loads",
                lambda: _count_bare_dicts(bare),
                GOAL_BULK_DICTS,
            ),
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
        "peak memory, `for call in client.direct_calls.list(limit=100)` over 100,000 calls",
        "the same over 10,000 calls",
        goal=GOAL_MEMORY,
        note=f"peaks: {peaks[100_000] / 1e6:.2f} MB vs {peaks[10_000] / 1e6:.2f} MB (tracemalloc)",
    )
    result.values.append(peaks[100_000] / peaks[10_000])
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
        "`parse_event` of a `direct_call:end` webhook",
        lambda: parse_event(body, headers, TOKEN),
        [
            ("by hand: HMAC check + json.loads + DirectCallEndEvent.from_dict", by_hand(True), GOAL_WEBHOOK),
            ("by hand, untyped: HMAC check + json.loads", by_hand(False), None),
        ],
        rounds=25,
    )
    results[1].note = "information: the price of a typed event"
    results[1].readme = False
    return results


def rate_limiter() -> Result:
    """One booking and its release, at 1e5 requests/s against 10/s (the wait is not slept here)."""
    fast, slow = rate_limiter_from({"GET": 1e5}), rate_limiter_from({"GET": 10})

    def cycle(limiter: Any) -> Callable[[], None]:
        def run() -> None:
            limiter.reserve("GET", "get_room")
            limiter.release("GET", "get_room")

        return run

    result = interleave(
        "rate limiter, reserve + release at 1e5/s",
        cycle(fast),
        cycle(slow),
        baseline_label="the same at 10/s",
        goal=GOAL_LIMITER,
    )
    result.readme = False
    return result


def all_figures() -> list[Result]:
    calls = sample_direct_calls()
    return [
        *bulk(calls),
        memory(calls),
        *webhook(),
        rate_limiter(),
    ]
