"""`make demo` runs the main job against the embedded mock; everything it prints comes from answers."""

from __future__ import annotations

import io

from sendbird_calls.demo import run_demo


def test_the_demo_runs_every_step_against_the_mock() -> None:
    out = io.StringIO()
    run_demo(out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("mock Calls server at http://127.0.0.1:")
    assert "all direct calls, paged by 100: 500" in lines
    assert any(line.startswith("deleted room ") and "state deleted, deleted_by ''" in line for line in lines)
    assert any("secondary API token: SecondaryApiToken(token='**********'" in line for line in lines)
    assert any(line.startswith("but may not manage tokens: 401 NOT_ALLOWED (401120)") for line in lines)
    assert lines[-2].startswith("typed error: InvalidRoomError: 400 INVALID_ROOM (1400126)")
    assert lines[-1] == "two 429s then success: list_rooms took 3 requests"
    assert "demo-master-token" not in out.getvalue()
