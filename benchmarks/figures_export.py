"""Bulk export through the CLI against the physical limit: 10 GETs/s x 100 items = 1,000 calls/s.

The CLI (``sendbird-calls export direct-calls --output FILE``, run as ``python -m sendbird_calls.cli``)
exports ``EXPORT_ITEMS`` direct calls from a live mock server (uvicorn on loopback), and the ratio is
the elapsed time over the ideal ``EXPORT_ITEMS / 1,000`` seconds (goal: within 5%). The mock does not
enforce Sendbird's rate limits (it answers 429s only as injected faults), so what paces the export is
the client's own limiter at Sendbird's documented GET limit (10/s per endpoint), as against the real
API; the mock skips validating its own answers, so the server's cost stays out of the client's figure.
Elapsed includes the CLI process's start-up. When the CLI does not start on this commit, the same
export runs through the library (``sendbird_calls.export.export``) in a fresh interpreter instead,
and the row says so.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .harness import Goal, Result

EXPORT_ITEMS = 5_000
PHYSICAL_RATE = 1_000.0
GOAL_EXPORT = Goal(
    2,
    "bulk export through the CLI reaches 1,000 calls/s within 5%",
    1.05,
    why="the elapsed time includes the process's start-up (a fresh interpreter importing httpx and the client, "
    "and click for the CLI; the note gives it and the ratio without it); the pages themselves are paced by the "
    "client's rate limiter, which opens each batch of 10 one window (1 s + 0.05 s margin) after the last answer "
    "of the previous one, so that no second at the server ever sees more than 10",
)
EXPORT_ARGS = ("export", "direct-calls", "--output")
"""The command line the figure runs (``sendbird-calls export direct-calls --output FILE``)."""
LABEL = f"`sendbird-calls export direct-calls` of {EXPORT_ITEMS:,} calls, elapsed"
LIBRARY_LABEL = f"`sendbird_calls.export.export` of {EXPORT_ITEMS:,} direct calls in a fresh process, elapsed"
BASELINE = "ideal at 10 GET/s x 100 items (1,000 calls/s)"
LIBRARY_EXPORT = """
import sys
from sendbird_calls import CallsClient
from sendbird_calls.export import export

with CallsClient(base_url=sys.argv[1]) as client:
    export(client, "direct-calls", sys.argv[2])
"""
"""The library's export, as the CLI command runs it, for a commit whose CLI does not start."""


def _command() -> tuple[str, list[str], str]:
    """The label, the command line before the output path, and why the library stands in (or "")."""
    help_run = subprocess.run(
        [sys.executable, "-m", "sendbird_calls.cli", "--help"], capture_output=True, text=True, check=False
    )
    if help_run.returncode == 0:
        return LABEL, [sys.executable, "-m", "sendbird_calls.cli", "--base-url", "{url}", *EXPORT_ARGS], ""
    reason = (help_run.stderr.strip().splitlines() or ["no message"])[-1][:200]
    return LIBRARY_LABEL, [sys.executable, "-c", LIBRARY_EXPORT, "{url}"], f"the CLI does not start here ({reason})"


def export() -> Result:
    if importlib.util.find_spec("sendbird_calls.export") is None:
        return Result(LABEL, BASELINE, goal=GOAL_EXPORT, skipped="not available yet: `sendbird_calls.export` missing")
    from sendbird_calls.mock import CallsMockServer

    label, command, stand_in = _command()
    server = CallsMockServer(calls=EXPORT_ITEMS, validate_responses=False)
    with server, tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "calls.jsonl"
        env = {**os.environ, "SENDBIRD_APP_ID": server.app_id, "SENDBIRD_API_TOKEN": server.api_token}
        line = [part.replace("{url}", server.base_url) for part in command]
        started = time.perf_counter()
        done = subprocess.run([*line, str(output)], env=env, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            return Result(label, BASELINE, goal=GOAL_EXPORT, skipped=f"the export failed: {done.stderr.strip()[-200:]}")
        exported = sum(1 for _ in output.open(encoding="utf-8"))
        if exported != EXPORT_ITEMS:
            return Result(
                label, BASELINE, goal=GOAL_EXPORT, skipped=f"the export wrote {exported} items, not {EXPORT_ITEMS}"
            )
    start_up = _start_up(stand_in)
    ideal = EXPORT_ITEMS / PHYSICAL_RATE
    result = Result(
        label,
        BASELINE,
        goal=GOAL_EXPORT,
        note=f"{EXPORT_ITEMS / elapsed:.0f} calls/s; paced by the client's own rate limiter at Sendbird's GET "
        f"limit (the mock does not enforce limits); elapsed includes the process's start-up ({start_up:.2f} s "
        f"here): without it, {(elapsed - start_up) / ideal:.2f}x" + (f"; {stand_in}" if stand_in else ""),
    )
    result.values.append(elapsed / ideal)
    result.measured_s, result.baseline_s = elapsed, ideal
    return result


def _start_up(stand_in: str) -> float:
    """Seconds a fresh process takes to get ready: the CLI's ``--help``, or importing the library's export."""
    command = (
        [sys.executable, "-c", "import sendbird_calls.export, sendbird_calls"]
        if stand_in
        else [sys.executable, "-m", "sendbird_calls.cli", "--help"]
    )
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    return time.perf_counter() - started
