"""Per request: what one ``rooms.retrieve`` adds to the hand-written call, counted in bare GETs.

Issue 19's figure: added cost = (our call) - (a bare ``httpx`` GET + ``json.loads`` + ``Room.from_dict``),
divided by the bare GET alone (``httpx.Client.get`` on the same ``httpx.MockTransport``), so 0.40
means our call costs the hand-written call plus 40% of one bare GET. Measured with ``transport=``
(the client builds its one ``httpx.Client``) and ``http_client=`` (yours), sync and async (16 calls
awaited one after the other, and 16 concurrent tasks). The hand-written call GETs an absolute URL
(the cheapest form in httpx) and checks the status, as a careful caller would.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import httpx

from sendbird_calls import AsyncCallsClient, CallsClient
from sendbird_calls_api.models import Room

from .fixtures import APP_ID, BASE_URL, HIGH_RATE_LIMITS, ROOM_ID, ROOM_URL, TOKEN, room_transport
from .harness import Goal, Result, interleave_added

CONCURRENT_TASKS = 16
STEADY_IQR = 0.25
"""A per-request figure whose quartiles lie further apart (in bare GETs) is measured again."""
ATTEMPTS = 3
HAND_WRITTEN = "httpx GET + json.loads + Room.from_dict"
GOAL_REQUEST = Goal(
    1,
    "per request, added to a bare httpx GET + json.loads + from_dict: <= 0.4 of a bare GET "
    "(transport= and http_client=, sync and async)",
    0.4,
    why="each stage of one call is timed alone against its hand-written part in 'Where the time goes' below",
    issue=19,
)
PUBLISHED: tuple[tuple[str, str], ...] = (
    ("githubkit", "about 0.5 (quoted, not measured by `make bench`)"),
    ("stripe-python", "about 1.1 (quoted, not measured by `make bench`)"),
    ("openai-python", "about 3.0 (quoted, not measured by `make bench`)"),
    ("sendbird-calls 0.1.0, `transport=`", "0.63 (measured on 0.1.0, before the redesign)"),
    ("sendbird-calls 0.1.0, `http_client=`", "1.07 (measured on 0.1.0, before the redesign)"),
)
"""The same figure for clients a user would pick instead, as issue 19 quotes them (not measured here)."""


def room_client(
    mode: str, transport: httpx.MockTransport, *, rate_limits: Any = HIGH_RATE_LIMITS
) -> tuple[CallsClient, httpx.Client | None]:
    """Our client, every safety feature on (retries, a rate limiter no loop reaches, masking, typed errors),
    and the ``httpx.Client`` handed to it as ``http_client=`` (None with ``transport=``)."""
    if mode == "transport":
        return CallsClient(APP_ID, TOKEN, base_url=BASE_URL, transport=transport, rate_limits=rate_limits), None
    http = httpx.Client(transport=transport)
    return CallsClient(APP_ID, TOKEN, base_url=BASE_URL, http_client=http, rate_limits=rate_limits), http


def async_room_client(mode: str, transport: httpx.MockTransport) -> tuple[AsyncCallsClient, httpx.AsyncClient | None]:
    """The async twin of ``room_client``."""
    if mode == "transport":
        client = AsyncCallsClient(APP_ID, TOKEN, base_url=BASE_URL, transport=transport, rate_limits=HIGH_RATE_LIMITS)
        return client, None
    http = httpx.AsyncClient(transport=transport)
    return AsyncCallsClient(APP_ID, TOKEN, base_url=BASE_URL, http_client=http, rate_limits=HIGH_RATE_LIMITS), http


def hand_written(http: httpx.Client, url: str = ROOM_URL) -> Room:
    """The least a typed call does: one GET, its status checked, ``json.loads``, the model's ``from_dict``."""
    response = http.get(url)
    response.raise_for_status()
    return Room.from_dict(json.loads(response.content)["room"])


def bare_http(transport: httpx.MockTransport, base_url: str = "") -> httpx.Client:
    return httpx.Client(transport=transport, base_url=base_url, headers={"Api-Token": TOKEN})


def sync_figure(
    mode: str, *, rate_limits: Any = HIGH_RATE_LIMITS, hand_base_url: bool = False, note: str = ""
) -> Result:
    """Our sync call against the hand-written one; ``hand_base_url``: the hand-written client joins a path
    to its ``base_url`` (the usual way, about 20 µs dearer in httpx) instead of GETting the absolute URL."""
    transport = room_transport()
    (client, http), bare = room_client(mode, transport, rate_limits=rate_limits), bare_http(transport)
    hand_client, url = (bare_http(transport, BASE_URL), f"/rooms/{ROOM_ID}") if hand_base_url else (bare, ROOM_URL)
    if client.rooms.retrieve(ROOM_ID) != hand_written(hand_client, url):
        raise RuntimeError("our call and the hand-written one do not read the same room")
    variant = ", rate limiter off" if rate_limits is not HIGH_RATE_LIMITS else ""
    variant += ", hand-written with `base_url=`" if hand_base_url else ""
    try:
        result = interleave_added(
            f"sendbird-calls `rooms.retrieve`, sync, `{mode}=`{variant}",
            lambda: client.rooms.retrieve(ROOM_ID),
            lambda: hand_written(hand_client, url),
            lambda: bare.get(ROOM_URL),
            baseline_label=HAND_WRITTEN + (" (a path joined to `base_url`)" if hand_base_url else ""),
            goal=None if variant else GOAL_REQUEST,
            note=note,
        )
        result.readme = not variant
        return result
    finally:
        client.close()
        bare.close()
        hand_client.close()
        if http is not None:
            http.close()


def async_figure(mode: str, tasks: int) -> Result:
    """A unit is 16 calls: awaited one after the other (``tasks == 1``), or as 16 concurrent tasks."""
    loop = asyncio.new_event_loop()
    transport = room_transport()
    client, http = async_room_client(mode, transport)
    bare = httpx.AsyncClient(transport=transport, headers={"Api-Token": TOKEN})

    async def by_hand() -> Room:
        response = await bare.get(ROOM_URL)
        response.raise_for_status()
        return Room.from_dict(json.loads(response.content)["room"])

    def unit(one: Callable[[], Awaitable[object]]) -> Callable[[], object]:
        async def batch() -> None:
            if tasks == 1:
                for _ in range(CONCURRENT_TASKS):
                    await one()
            else:
                await asyncio.gather(*(one() for _ in range(tasks)))

        return lambda: loop.run_until_complete(batch())

    def run(coroutine: Coroutine[Any, Any, Any]) -> Any:
        return loop.run_until_complete(coroutine)

    try:
        if run(client.rooms.retrieve(ROOM_ID)) != run(by_hand()):
            raise RuntimeError("our call and the hand-written one do not read the same room")
        shape = "16 calls one after the other" if tasks == 1 else f"{tasks} concurrent tasks"
        return interleave_added(
            f"sendbird-calls `rooms.retrieve`, async, `{mode}=`, {shape}",
            unit(lambda: client.rooms.retrieve(ROOM_ID)),
            unit(by_hand),
            unit(lambda: bare.get(ROOM_URL)),
            baseline_label=HAND_WRITTEN.replace("httpx", "httpx.AsyncClient"),
            goal=GOAL_REQUEST,
        )
    finally:
        run(client.aclose())
        run(bare.aclose())
        if http is not None:
            run(http.aclose())
        loop.close()


def steady(measure: Callable[[], Result]) -> Result:
    """``measure()``, again while its per-round values spread wider than ``STEADY_IQR`` (up to ``ATTEMPTS``
    runs); the run with the narrowest spread is kept, and its note says how many were made."""
    runs: list[Result] = []
    for _ in range(ATTEMPTS):
        runs.append(measure())
        q1, q3 = runs[-1].quartiles()
        if q3 - q1 <= STEADY_IQR:
            break
    best = min(runs, key=lambda run: run.quartiles()[1] - run.quartiles()[0])
    if len(runs) > 1:
        medians = ", ".join(f"{run.median:.2f}" for run in runs if run.median is not None)
        spread = f"measured {len(runs)} times, the spread being wide (medians {medians}); the narrowest run is shown"
        best.note = f"{best.note}; {spread}" if best.note else spread
    return best


def request_figures() -> list[Result]:
    return [
        steady(lambda: sync_figure("transport")),
        steady(lambda: sync_figure("http_client")),
        steady(
            lambda: sync_figure(
                "transport", rate_limits=None, note="information: the rate limiter's share of the first row"
            )
        ),
        steady(
            lambda: sync_figure(
                "transport",
                hand_base_url=True,
                note="information: the same call against hand-written code that GETs a path joined to the client's "
                "`base_url`, as most httpx code does (and as the hand-written call of the harness before the "
                "redesign did); httpx's URL join makes that baseline about 20 µs dearer",
            )
        ),
        steady(lambda: async_figure("transport", 1)),
        steady(lambda: async_figure("transport", CONCURRENT_TASKS)),
        steady(lambda: async_figure("http_client", 1)),
        steady(lambda: async_figure("http_client", CONCURRENT_TASKS)),
    ]
