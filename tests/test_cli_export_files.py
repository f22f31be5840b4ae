"""``sendbird-calls export`` and its files: --resume and --overwrite in every state, -o -, paths, English, pipes."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from sendbird_calls.cli import cli
from sendbird_calls.cli.output import RATE_AFTER_SECONDS, Bar, plural
from sendbird_calls.export import checkpoint_path, lock_path
from sendbird_calls.export import runner as export_runner
from sendbird_calls.mock import CallsMockServer
from tests.export_support import WAIT, call_ids, cli_command, environment, snapshot

TOKEN = "export-files-cli-token-77"
CALLS = 240


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[CallsMockServer]:
    with CallsMockServer(
        app_id="export-files-cli", api_token=TOKEN, seed=6, users=10, calls=CALLS, validate_responses=False
    ) as mock:
        monkeypatch.setenv("SENDBIRD_APP_ID", mock.app_id)
        monkeypatch.setenv("SENDBIRD_API_TOKEN", mock.api_token)
        monkeypatch.setenv("SENDBIRD_CALLS_BASE_URL", mock.base_url)
        yield mock


def invoke(*argv: str) -> Result:
    result = CliRunner().invoke(cli, list(argv), prog_name="sendbird-calls")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr
    assert TOKEN not in result.stdout + result.stderr
    return result


def export_to(output: Path, *options: str, page_size: str = "50") -> Result:
    return invoke("export", "direct-calls", "-o", str(output), "--page-size", page_size, *options)


# --- --resume and --overwrite in every state of the output ---------------------------------------


def make_partial(output: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while page 3 is checkpointed: pages 1 and 2 (100 calls) and their checkpoint stay."""
    real_save, saves = export_runner.save, []

    def interrupting_save(path: Path, checkpoint: Any) -> None:
        saves.append(checkpoint)
        if len(saves) == 3:
            raise KeyboardInterrupt
        real_save(path, checkpoint)

    monkeypatch.setattr(export_runner, "save", interrupting_save)
    stopped = export_to(output)
    monkeypatch.setattr(export_runner, "save", real_save)
    assert stopped.exit_code == 130
    assert stopped.stderr == (
        f"error: interrupted: {output} holds 100 items from 2 complete pages; "
        "run the same command with --resume to continue\n"
    )


STATES: dict[str, Callable[[Path, pytest.MonkeyPatch], None]] = {
    "none": lambda output, _: None,
    "partial": make_partial,
    "finished": lambda output, _: (
        None if export_to(output, page_size="30").exit_code == 0 else pytest.fail("setup export failed")
    ),
    "another program's file": lambda output, _: output.write_text("a file an export did not write\n"),
}

EXISTS = "exists: --overwrite replaces it"
PARTIAL = "holds a partial export (its checkpoint is beside it): --resume continues it, --overwrite starts again"
NO_CHECKPOINT = (
    "there is no checkpoint beside it (the export finished, or another program wrote the file); --overwrite replaces it"
)
CASES = [
    ("none", (), "fresh"),
    ("none", ("--resume",), "fresh"),
    ("none", ("--overwrite",), "fresh"),
    ("partial", (), PARTIAL),
    ("partial", ("--resume",), "resumed"),
    ("partial", ("--overwrite",), "fresh"),
    ("partial", ("--resume", "--overwrite"), "resumed"),
    ("finished", (), EXISTS),
    ("finished", ("--resume",), NO_CHECKPOINT),
    ("finished", ("--overwrite",), "fresh"),
    ("finished", ("--resume", "--overwrite"), "fresh"),
    ("another program's file", (), EXISTS),
    ("another program's file", ("--resume",), NO_CHECKPOINT),
    ("another program's file", ("--overwrite",), "fresh"),
]


@pytest.mark.parametrize(("state", "options", "outcome"), CASES)
def test_resume_and_overwrite_do_what_the_help_says_in_every_state(
    server: CallsMockServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    state: str,
    options: tuple[str, ...],
    outcome: str,
) -> None:
    output = tmp_path / "calls.jsonl"
    STATES[state](output, monkeypatch)
    before, requests = snapshot(tmp_path), len(server.requests)
    result = export_to(output, *options)
    if outcome in {"fresh", "resumed"}:
        resumed = ", resumed after page 2" if outcome == "resumed" else ""
        assert (result.exit_code, result.stderr) == (0, f"exported {CALLS} items in 5 pages to {output}{resumed}\n")
        assert len(set(call_ids(output))) == len(call_ids(output)) == CALLS
        assert sorted(path.name for path in tmp_path.iterdir()) == [output.name]
    else:
        assert result.exit_code == 2
        where = f"cannot resume {output}: " if outcome == NO_CHECKPOINT else f"{output} "
        assert result.stderr == f"error: {where}{outcome}\n"
        assert snapshot(tmp_path) == before, "a refused export changed nothing"
        assert len(server.requests) == requests, "and sent nothing"


def test_the_help_says_what_resume_and_overwrite_do() -> None:
    text = " ".join(invoke("export", "direct-calls", "--help").stdout.split())
    assert (
        "--resume Continue the interrupted export of FILE from its checkpoint (FILE.checkpoint.json; the same "
        "command and options), or start one when there is neither FILE nor checkpoint. A FILE without a "
        "checkpoint (a finished export) is refused unless --overwrite is given too." in text
    )
    assert "With --resume, only when there is no checkpoint to continue." in text
    assert "Without --resume or --overwrite, an existing FILE is refused." in text
    assert "or - for standard output (no checkpoint, so no --resume)" in text
    assert "--csv-raw Write CSV cells exactly as the API sent them." in text


# --- standard output ------------------------------------------------------------------------------


def test_output_dash_writes_to_standard_output_and_creates_no_file(
    server: CallsMockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("export", "direct-calls", "-o", "-", "--page-size", "100")
    assert result.exit_code == 0
    assert result.stderr == f"exported {CALLS} items in 3 pages to standard output\n"
    assert len({json.loads(line)["call_id"] for line in result.stdout.splitlines()}) == CALLS
    table = invoke("export", "direct-calls", "-o", "-", "--format", "csv")
    assert table.stdout.splitlines()[0].startswith("call_id,call_type,")
    assert len(table.stdout.splitlines()) == CALLS + 1
    assert list(tmp_path.iterdir()) == []


def test_resume_with_standard_output_is_refused(server: CallsMockServer) -> None:
    result = invoke("export", "direct-calls", "-o", "-", "--resume")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "error: --resume needs a file: standard output (-o -) has no checkpoint to continue from\n"
    )
    assert len(server.requests) == 0


# --- messages ------------------------------------------------------------------------------------


def test_a_missing_directory_is_named_by_its_full_path(
    server: CallsMockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("export", "direct-calls", "-o", "missing/r.jsonl")
    assert result.exit_code == 1
    full = tmp_path / "missing" / "r.jsonl"
    assert result.stderr == f"error: cannot write {full}: the directory {full.parent} does not exist\n"
    (tmp_path / "afile").write_text("")
    result = invoke("export", "direct-calls", "-o", "afile/r.jsonl")
    assert (
        result.stderr
        == f"error: cannot write {tmp_path / 'afile' / 'r.jsonl'}: {tmp_path / 'afile'} is not a directory\n"
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "--output needs a file name, or - for standard output"), ("x.lock", "may not be named like")],
)
def test_an_output_that_cannot_be_a_file_name_is_a_usage_error(
    server: CallsMockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("export", "direct-calls", "-o", name)
    assert result.exit_code == 2
    assert message in result.stderr
    assert list(tmp_path.iterdir()) == []
    assert len(server.requests) == 0


def test_counts_read_as_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with CallsMockServer(app_id="one-call", api_token=TOKEN, seed=1, users=2, calls=1) as one:
        monkeypatch.setenv("SENDBIRD_APP_ID", one.app_id)
        monkeypatch.setenv("SENDBIRD_API_TOKEN", one.api_token)
        monkeypatch.setenv("SENDBIRD_CALLS_BASE_URL", one.base_url)
        single = invoke("export", "direct-calls", "-o", str(tmp_path / "one.jsonl"))
        none = invoke("export", "rooms", "-o", str(tmp_path / "rooms.jsonl"))
    assert single.stderr == f"exported 1 item in 1 page to {tmp_path / 'one.jsonl'}\n"
    assert none.stderr == f"exported 0 items in 1 page to {tmp_path / 'rooms.jsonl'}\n"
    assert [plural(count, "page") for count in (0, 1, 2, 3)] == ["0 pages", "1 page", "2 pages", "3 pages"]


def test_the_export_help_reads_as_english() -> None:
    listing = " ".join(invoke("export", "--help").stdout.split())
    assert "direct-calls Export the direct calls to JSON Lines or CSV." in listing
    assert "user-calls Export a user's calls to JSON Lines or CSV." in listing
    assert "rooms Export the rooms to JSON Lines or CSV." in listing
    assert "4 FILE in use by another export" in listing
    root = " ".join(invoke("--help").stdout.split())
    assert "Export list" not in root + listing
    detail = " ".join(invoke("export", "direct-calls", "--help").stdout.split())
    assert detail.startswith("Usage: sendbird-calls export direct-calls [OPTIONS] Export the direct calls (every page")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_rate_is_blank_until_it_means_something_and_counts_only_this_run() -> None:
    clock = FakeClock()
    bar = Bar(None, None, items=5000, pages=50, clock=clock)  # a resumed export: 5000 items came earlier
    clock.now += 0.0044
    bar.advance(100)
    assert bar.rate == "", "one page in 4 ms is not a rate"
    clock.now += RATE_AFTER_SECONDS
    assert bar.rate == "", "one page is not a rate, however long it took"
    bar.advance(100)
    assert bar.rate == f"{200 / (RATE_AFTER_SECONDS + 0.0044):,.0f} items/s"
    assert (bar.items, bar.pages) == (5200, 52)
    fast = Bar(None, None, clock=clock)
    fast.advance(100)
    fast.advance(100)
    assert fast.rate == "", "two pages in no time are not a rate either"


# --- a reader that goes away ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["operations"],
        ["--help"],
        ["--version"],
        ["export", "--help"],
        ["export", "direct-calls", "-o", "-"],
        ["export", "direct-calls", "-o", "-", "--format", "csv"],
        ["direct-calls", "list", "--all", "--limit", "10"],
        ["users", "list", "--limit", "3"],
        ["rooms", "list", "--help"],
        ["mock", "--help"],
        ["verify-spec", "--help"],
    ],
    ids=" ".join,
)
def test_a_closed_pipe_ends_every_command_quietly_with_exit_0(server: CallsMockServer, argv: list[str]) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # the reader is gone before the first byte: the first write meets EPIPE
    try:
        done = subprocess.run(
            cli_command(*argv),
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            env=environment(server),
            timeout=WAIT,
            check=False,
        )
    finally:
        os.close(writer)
    assert (done.returncode, done.stderr) == (0, "")


def test_a_list_piped_into_head_ends_with_exit_0(tmp_path: Path) -> None:
    with CallsMockServer(app_id="head", api_token=TOKEN, seed=3, users=5, calls=2000, validate_responses=False) as big:
        listing = " ".join(cli_command("direct-calls", "list", "--all"))
        done = subprocess.run(
            ["bash", "-c", f"set -o pipefail; {listing} | head -1"],
            check=False,
            capture_output=True,
            text=True,
            env=environment(big),
            timeout=WAIT,
        )
    assert (done.returncode, done.stderr) == (0, ""), "2,000 calls overflow the pipe: the writer meets EPIPE"
    assert len(done.stdout.splitlines()) == 1


def test_a_file_error_is_not_taken_for_a_closed_pipe(server: CallsMockServer, tmp_path: Path) -> None:
    (tmp_path / "calls.jsonl.lock").write_text("not empty")
    result = invoke("export", "direct-calls", "-o", str(tmp_path / "calls.jsonl"))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {lock_path(tmp_path / 'calls.jsonl')} is not an export's lock (those are empty files); move it away\n"
    )
    assert not checkpoint_path(tmp_path / "calls.jsonl").exists()
