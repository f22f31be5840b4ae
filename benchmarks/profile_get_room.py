"""Where one ``rooms.get_room`` spends its time: cProfile over 2,000 calls, own time grouped by package."""

from __future__ import annotations

import cProfile
import pstats
from dataclasses import dataclass

from .figures_client import safe_client
from .fixtures import ROOM_ID, room_transport

CALLS = 2_000
AREAS = (
    ("/sendbird_calls_api/", "generated code (models, operation modules)"),
    ("/sendbird_calls/", "sendbird_calls (requester, preparation, transport stack)"),
    ("/httpx/", "httpx"),
    ("/attr/", "attrs"),
    ("/json/", "json"),
    ("/logging/", "logging"),
)


@dataclass
class Profile:
    total_s: float
    areas: list[tuple[str, float]]
    """(area, seconds of own time), largest first."""
    top: list[tuple[str, int, float, float]]
    """(function, calls, own seconds, cumulative seconds), by own time."""
    ours: list[tuple[str, int, float, float]]
    """The same for our code only (sendbird_calls and the generated package)."""


def _area(filename: str) -> str:
    for marker, name in AREAS:
        if marker in filename:
            return name
    return "other (stdlib, builtins)"


def profile_get_room() -> Profile:
    client = safe_client(room_transport())
    client.rooms.get_room(ROOM_ID)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(CALLS):
        client.rooms.get_room(ROOM_ID)
    profiler.disable()
    stats = pstats.Stats(profiler)
    raw = stats.stats  # type: ignore[attr-defined]
    areas: dict[str, float] = {}
    rows = []
    ours = []
    for (filename, line, function), (_cc, calls, own, cumulative, _callers) in raw.items():
        areas[_area(filename)] = areas.get(_area(filename), 0.0) + own
        short = filename.split("/site-packages/")[-1].split("/overrides/")[-1].split("/generated/")[-1]
        rows.append((f"{short}:{line}({function})", calls, own, cumulative))
        if "/sendbird_calls" in filename:
            ours.append(rows[-1])
    rows.sort(key=lambda row: row[2], reverse=True)
    ours.sort(key=lambda row: row[2], reverse=True)
    return Profile(
        total_s=stats.total_tt,  # type: ignore[attr-defined]
        areas=sorted(areas.items(), key=lambda item: item[1], reverse=True),
        top=rows[:15],
        ours=ours[:15],
    )
