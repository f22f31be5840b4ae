"""Bulk export through the CLI against the physical limit: 10 GETs/s x 100 items = 1,000 calls/s.

The export command is being built (``sendbird_calls.export``); until that module exists this figure
is a "not available yet" row. When it exists, the CLI exports ``EXPORT_ITEMS`` direct calls from a
live mock server that enforces Sendbird's GET limit, and the ratio is the elapsed time over the
ideal ``EXPORT_ITEMS / 1,000`` seconds (goal: within 5%).
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
    2, "bulk export through the CLI reaches 1,000 calls/s within 5%", 1.05, why="the export's own pacing"
)
EXPORT_ARGS = ("export", "direct-calls", "--output")
"""The command line the figure runs (``sendbird-calls export direct-calls --output FILE``)."""
LABEL = f"CLI export of {EXPORT_ITEMS:,} direct calls, elapsed"
BASELINE = "ideal at 10 GET/s x 100 items (1,000 calls/s)"


def export() -> Result:
    if importlib.util.find_spec("sendbird_calls.export") is None:
        return Result(LABEL, BASELINE, goal=GOAL_EXPORT, skipped="not available yet: `sendbird_calls.export` missing")
    from sendbird_calls.mock import CallsMockServer

    try:
        server = CallsMockServer(calls=EXPORT_ITEMS, enforce_rate_limits=True)
    except TypeError as exc:
        return Result(LABEL, BASELINE, goal=GOAL_EXPORT, skipped=f"the mock cannot enforce rate limits yet ({exc})")
    with server.start(), tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "calls.jsonl"
        env = {**os.environ, "SENDBIRD_APP_ID": server.app_id, "SENDBIRD_API_TOKEN": server.api_token}
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "sendbird_calls.cli", "--base-url", server.base_url, *EXPORT_ARGS, str(output)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            return Result(LABEL, BASELINE, goal=GOAL_EXPORT, skipped=f"the export failed: {done.stderr.strip()[-200:]}")
    result = Result(LABEL, BASELINE, goal=GOAL_EXPORT, note=f"{EXPORT_ITEMS / elapsed:.0f} calls/s")
    result.ratios.append(elapsed / (EXPORT_ITEMS / PHYSICAL_RATE))
    result.measured_s, result.baseline_s = elapsed, EXPORT_ITEMS / PHYSICAL_RATE
    return result
