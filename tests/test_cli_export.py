"""``sendbird-calls export``: a thin command over the library export, with the same resume semantics."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from sendbird_calls.cli import cli
from sendbird_calls.export import checkpoint_path
from sendbird_calls.export import runner as export_runner
from sendbird_calls.mock import CallsMockServer

TOKEN = "export-cli-token-8080"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[CallsMockServer]:
    with CallsMockServer(
        app_id="export-cli", api_token=TOKEN, seed=2, users=10, calls=240, validate_responses=False
    ) as mock:
        monkeypatch.setenv("SENDBIRD_APP_ID", mock.app_id)
        monkeypatch.setenv("SENDBIRD_API_TOKEN", mock.api_token)
        monkeypatch.setenv("SENDBIRD_CALLS_BASE_URL", mock.base_url)
        yield mock


def invoke(*argv: str) -> Result:
    result = CliRunner().invoke(cli, list(argv), prog_name="sendbird-calls")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert TOKEN not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result


def test_export_direct_calls_to_jsonl_writes_every_call_and_reports_on_stderr(
    server: CallsMockServer, tmp_path: Path
) -> None:
    output = tmp_path / "calls.jsonl"
    result = invoke("export", "direct-calls", "--output", str(output), "--page-size", "50")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == f"exported 240 items in 5 pages to {output}\n"
    assert len(output.read_text().splitlines()) == 240
    assert len(server.requests.for_operation("list_direct_calls")) == 5


def test_the_format_follows_the_suffix_and_filters_are_the_operations(server: CallsMockServer, tmp_path: Path) -> None:
    output = tmp_path / "missed.csv"
    result = invoke("export", "user-calls", "user-00002", "--end-result", "no_answer,canceled", "-o", str(output))
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(output.read_text(), newline="")))
    assert rows
    assert {row["end_result"] for row in rows} <= {"no_answer", "canceled"}
    assert "end_result=no_answer,canceled" in server.requests.for_operation("list_user_calls")[0].query


def test_export_rooms_with_a_state_filter(server: CallsMockServer, tmp_path: Path) -> None:
    for _ in range(3):
        assert invoke("rooms", "create", "--type", "small_room_for_video").exit_code == 0
    output = tmp_path / "rooms.jsonl"
    assert invoke("export", "rooms", "--state", "open", "-o", str(output), "--format", "jsonl").exit_code == 0
    assert [json.loads(line)["state"] for line in output.read_text().splitlines()] == ["open"] * 3


def test_an_interrupted_export_resumes_to_the_same_file(
    server: CallsMockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference, output = tmp_path / "reference.csv", tmp_path / "calls.csv"
    assert invoke("export", "direct-calls", "-o", str(reference), "--page-size", "30").exit_code == 0

    real_save, saves = export_runner.save, []

    def interrupting_save(path: Path, checkpoint: Any) -> None:
        saves.append(checkpoint)
        if len(saves) == 3:  # pages 1 and 2 saved; Ctrl-C while page 3 is checkpointed
            raise KeyboardInterrupt
        real_save(path, checkpoint)

    monkeypatch.setattr(export_runner, "save", interrupting_save)
    stopped = invoke("export", "direct-calls", "-o", str(output), "--page-size", "30")
    monkeypatch.setattr(export_runner, "save", real_save)
    assert stopped.exit_code == 130
    assert "holds 60 items from 2 complete pages; run the same command with --resume" in stopped.stderr
    assert checkpoint_path(output).exists()

    resumed = invoke("export", "direct-calls", "-o", str(output), "--page-size", "30", "--resume")
    assert resumed.exit_code == 0
    assert resumed.stderr == f"exported 240 items in 8 pages to {output}, resumed after page 2\n"
    assert output.read_bytes() == reference.read_bytes()
    assert not checkpoint_path(output).exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "direct-calls"], "Missing option '-o' / '--output'"),
        (["export", "direct-calls", "-o", "x.out", "--format", "xml9"], "must be one of: jsonl, csv"),
        (["export", "direct-calls", "-o", "x.out", "--page-size", "5000"], "must be between 1 and 100"),
        (["export", "direct-calls", "-o", "x.out", "--end-result", "lost9"], "every value must be one of"),
        (["export", "rooms", "-o", "x.out", "--state", "gone9"], "must be one of: deleted, open"),
        (["export", "user-calls", "-o", "x.out"], "Missing argument 'USER_ID'"),
        (["export", "calls9"], "no such command"),
    ],
)
def test_bad_export_input_exits_2_before_any_request(
    server: CallsMockServer, tmp_path: Path, argv: list[str], message: str
) -> None:
    result = invoke(*argv)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(server.requests) == 0


def test_resume_with_other_options_is_refused(server: CallsMockServer, tmp_path: Path) -> None:
    output = tmp_path / "calls.jsonl"
    assert invoke("export", "direct-calls", "-o", str(output)).exit_code == 0
    finished = invoke("export", "direct-calls", "-o", str(output), "--resume")
    assert finished.exit_code == 2
    assert "no checkpoint beside it" in finished.stderr


def test_export_as_a_process_writes_the_file(server: CallsMockServer, tmp_path: Path) -> None:
    output = tmp_path / "calls.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "sendbird_calls.cli", "export", "direct-calls", "-o", str(output)],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr == f"exported 240 items in 3 pages to {output}\n"
    assert len(output.read_text().splitlines()) == 240
