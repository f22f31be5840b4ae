"""The model layer on a bulk page: typed, checked ``from_dict`` against ``json.loads`` and a dict-only loop.

One page of 100 direct calls, as the in-process mock answers ``GET /direct_calls?limit=100``, is
decoded and built into models again and again; each figure's rounds are interleaved with its
baselines' so a busy machine slows them alike, and the table gives medians and the ratio's spread
(min..max over rounds). No figure is asserted: a slow machine never fails a build.

- ``json.loads``: the decode every client pays.
- ``dict loop``: ``json.loads`` and a hand loop reading each call's fields as plain dicts, the least
  a caller does with a page (issue 14's "dict-only hand loop").
- ``from_dict``: ``json.loads`` and ``DirectCallList.from_dict``, every value's JSON type checked.
- ``from_dict, drift``: the same page with one unknown field on every call (counted as drift).
- ``to_dict``: the typed page back to JSON-ready dicts (what the CLI prints), against ``json.loads``.

Run: ``.venv/bin/pytest benchmarks/test_bench_models.py -s -o addopts=""`` (or ``make bench``).
"""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import pytest

from sendbird_calls import drift
from sendbird_calls.mock import CallsMock
from sendbird_calls_api.models import DirectCallList

ROUNDS = 21
"""Interleaved rounds; the median of each figure over them is reported."""
REPEAT = 20
"""Page parses per figure per round."""


def page_bytes() -> bytes:
    with CallsMock(calls=100, validate_responses=False) as mock:
        response = mock.client().get("/direct_calls", params={"limit": 100}, headers={"Api-Token": mock.api_token})
    response.raise_for_status()
    return response.content


def with_drift(raw: bytes) -> bytes:
    page = json.loads(raw)
    for call in page["calls"]:
        call["recording_url"] = "https://example.invalid/recording"
    return json.dumps(page).encode()


def dict_loop(raw: bytes) -> int:
    """Reads what a caller reads from each call, with plain dicts and no checks."""
    seen = 0
    for call in json.loads(raw)["calls"]:
        if call["call_id"] and call.get("end_result") != "x" and call.get("duration") != -1:
            seen += len(call.get("participants", ()))
    return seen


def time_rounds(figures: dict[str, Callable[[], Any]]) -> dict[str, list[float]]:
    """Seconds per call of each figure, one list entry per round, the figures interleaved in each round."""
    times: dict[str, list[float]] = {name: [] for name in figures}
    for figure in figures.values():
        figure()  # warm up
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(ROUNDS):
            for name, figure in figures.items():
                start = time.perf_counter()
                for _ in range(REPEAT):
                    figure()
                times[name].append((time.perf_counter() - start) / REPEAT)
            gc.collect()
    finally:
        if gc_was_enabled:
            gc.enable()
    return times


def ratio_line(label: str, measured: list[float], baseline: list[float]) -> str:
    ratios = [m / b for m, b in zip(measured, baseline, strict=True)]
    median = statistics.median(measured) / statistics.median(baseline)
    return (
        f"{label:<44} {statistics.median(measured) * 1e6:>9.0f} µs {statistics.median(baseline) * 1e6:>9.0f} µs"
        f" {median:>6.2f}x  ({min(ratios):.2f}..{max(ratios):.2f})"
    )


def test_model_layer_on_a_100_call_page(capsys: pytest.CaptureFixture[str]) -> None:
    raw = page_bytes()
    drifted = with_drift(raw)
    page = DirectCallList.from_dict(json.loads(raw))
    assert page.to_dict() == json.loads(raw)

    times = time_rounds(
        {
            "json.loads": lambda: json.loads(raw),
            "dict loop": lambda: dict_loop(raw),
            "from_dict": lambda: DirectCallList.from_dict(json.loads(raw)),
            "from_dict, drift": lambda: DirectCallList.from_dict(json.loads(drifted)),
            "to_dict": page.to_dict,
        }
    )
    drift.reset()

    lines = [
        f"{'model layer, 100-call page (median, spread)':<44} {'measured':>12} {'baseline':>12} {'ratio':>7}",
        ratio_line("json.loads + from_dict / json.loads", times["from_dict"], times["json.loads"]),
        ratio_line("json.loads + from_dict / dict loop", times["from_dict"], times["dict loop"]),
        ratio_line("from_dict with drift on every call / without", times["from_dict, drift"], times["from_dict"]),
        ratio_line("to_dict / json.loads", times["to_dict"], times["json.loads"]),
    ]
    with capsys.disabled():
        print("\n" + "\n".join(lines))
