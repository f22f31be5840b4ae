"""`make demo` runs the main job against the embedded mock; everything it prints comes from answers."""

from __future__ import annotations

import io
import subprocess
import sys

from sendbird_calls.demo import run_demo


def test_the_demo_exports_the_call_history_then_runs_every_step_of_the_tour() -> None:
    out = io.StringIO()
    run_demo(out, calls=1500)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("mock Calls server at http://127.0.0.1:")
    assert lines[0].endswith(", 1500 calls seeded")
    assert "export: 1500 calls in 15 pages to calls.jsonl" in lines
    assert "export: 1500 calls in 15 pages to calls.csv" in lines
    assert "verified: 1500 JSON lines and 1500 CSV rows for the 1500 calls of the mock" in lines
    assert "interrupted at page 6: 600 calls kept, checkpoint resumed.jsonl.checkpoint.json beside them" in lines
    assert "export: 1500 calls in 15 pages to resumed.jsonl, resumed after page 6" in lines
    assert "verified: the resumed export is identical to the uninterrupted one" in lines
    assert "all direct calls, paged by 100: 1500" in lines
    assert any(line.startswith("first users: user-") for line in lines)
    assert "custom items now {'topic': 'standup', 'team': 'calls'}, updated ['topic', 'team']" in lines
    assert "open rooms: 1" in lines
    assert "revoked it; tokens left: 0" in lines
    assert any(line.startswith("deleted room ") and "state deleted, deleted_by ''" in line for line in lines)
    assert any("secondary API token: SecondaryApiToken(token='**********'" in line for line in lines)
    assert any(line.startswith("but may not manage tokens: 401 NOT_ALLOWED (401120)") for line in lines)
    assert lines[-2].startswith("typed error: InvalidRoomError: 400 INVALID_ROOM (1400126)")
    assert lines[-1] == "two 429s then success: rooms.list took 3 requests"
    assert "demo-master-token" not in out.getvalue()


def test_make_demo_runs_as_a_module_and_exits_0() -> None:
    """`make demo` is `python -m sendbird_calls.demo`: the module run, not only the function, must work."""
    done = subprocess.run(
        [sys.executable, "-m", "sendbird_calls.demo"], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "verified: the resumed export is identical to the uninterrupted one" in done.stdout
    assert done.stdout.splitlines()[-1] == "two 429s then success: rooms.list took 3 requests"
    assert "Traceback" not in done.stderr
