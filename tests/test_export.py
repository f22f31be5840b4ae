"""``sendbird_calls.export``: every item exported once, resumable after a stop at any page, both formats."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendbird_calls import CallsClient
from sendbird_calls.export import CheckpointError, OutputExistsError, checkpoint_path, columns_of, export
from sendbird_calls.export import runner as export_runner
from sendbird_calls.export.columns import aliases_of, row_of
from sendbird_calls.mock import CallsMock
from sendbird_calls.spec_doc import list_field

CALLS = 160


class StopError(Exception):
    """Stands for a crash or Ctrl-C in the middle of an export."""


@pytest.fixture(scope="module")
def mock() -> Iterator[CallsMock]:
    with CallsMock(
        app_id="export-app", api_token="export-token", seed=11, users=12, calls=CALLS, validate_responses=False
    ) as calls_mock:
        yield calls_mock


@pytest.fixture(scope="module")
def client(mock: CallsMock) -> Iterator[CallsClient]:
    with CallsClient(
        mock.app_id, mock.api_token, base_url=mock.base_url, http_client=mock.client(), rate_limits=None
    ) as calls_client:
        yield calls_client


def expected_calls(client: CallsClient) -> list[dict[str, Any]]:
    return [call.to_dict() for call in client.direct_calls.list(limit=100)]


def test_a_jsonl_export_holds_every_call_once_in_the_api_order(client: CallsClient, tmp_path: Path) -> None:
    output = tmp_path / "calls.jsonl"
    result = export(client, "direct-calls", output, page_size=40)

    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert lines == expected_calls(client)
    assert (result.items, result.pages, result.resumed_at_page) == (CALLS, 4, 0)
    assert not checkpoint_path(output).exists(), "a finished export leaves no checkpoint"


def test_a_csv_export_has_the_spec_columns_and_one_row_per_call(client: CallsClient, tmp_path: Path) -> None:
    output = tmp_path / "calls.csv"
    export(client, "direct-calls", output, format="csv")

    rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8"), newline="")))
    calls = expected_calls(client)
    assert list(rows[0]) == columns_of(list_field("list_direct_calls")[1])
    assert [row["call_id"] for row in rows] == [call["call_id"] for call in calls]
    first, call = rows[0], calls[0]
    assert json.loads(first["participants"]) == call["participants"]
    assert first["is_video_call"] == ("true" if call["is_video_call"] else "false")
    assert first["started_at"] == str(call["started_at"])
    assert json.loads(first["custom_items"] or "{}") == call.get("custom_items", {})


def test_csv_columns_flatten_declared_objects_to_dotted_names_and_keep_lists_and_maps_whole() -> None:
    participant = columns_of(list_field("list_room_participants")[1])
    assert "user.user_id" in participant
    assert "user.metadata" in participant
    assert "user" not in participant
    calls = columns_of(list_field("list_direct_calls")[1])
    assert calls[:2] == ["call_id", "call_type"]
    assert "participants" in calls
    assert "custom_items" in calls


def test_filters_and_arguments_reach_the_operation(client: CallsClient, tmp_path: Path) -> None:
    output = tmp_path / "user.jsonl"
    export(client, "user-calls", output, args=["user-00003"], filters={"end_result": ["no_answer", "completed"]})
    calls = [json.loads(line) for line in output.read_text().splitlines()]
    assert calls
    assert {call["end_result"] for call in calls} <= {"no_answer", "completed"}
    assert all(any(p["user_id"] == "user-00003" for p in call["participants"]) for call in calls)


def test_retried_429s_and_5xx_do_not_change_the_export(mock: CallsMock, client: CallsClient, tmp_path: Path) -> None:
    clean, faulty = tmp_path / "clean.jsonl", tmp_path / "faulty.jsonl"
    export(client, "direct-calls", clean)
    mock.faults.rate_limit(operation="list_direct_calls", times=2, retry_after=0)
    export(client, "direct-calls", faulty)
    assert faulty.read_bytes() == clean.read_bytes()


def interrupted_then_resumed(
    client: CallsClient, output: Path, file_format: str, page_size: int, stop_at: int, where: str
) -> None:
    """Stops an export at page ``stop_at`` (after the checkpoint, or between the write and it), then resumes."""
    real_save = export_runner.save
    saves = 0

    def failing_save(path: Path, checkpoint: Any) -> None:
        nonlocal saves
        saves += 1
        if where == "before-checkpoint" and saves == stop_at:  # save #k is page k's
            raise StopError
        real_save(path, checkpoint)

    def on_page(progress: Any) -> None:
        if where == "after-checkpoint" and progress.pages == stop_at:
            raise StopError

    export_runner.save = failing_save  # type: ignore[assignment]
    try:
        with pytest.raises(StopError):
            export(
                client,
                "direct-calls",
                output,
                format=file_format,  # type: ignore[arg-type]
                page_size=page_size,
                on_page=on_page,
                overwrite=True,  # hypothesis may draw the same file twice
            )
    finally:
        export_runner.save = real_save
    marker = checkpoint_path(output)
    saved = json.loads(marker.read_text())
    assert output.stat().st_size == saved["offset"], "the file is cut back to the last complete page"
    result = export(client, "direct-calls", output, format=file_format, page_size=page_size, resume=True)  # type: ignore[arg-type]
    assert result.resumed_at_page == saved["pages"]
    assert not marker.exists()


@settings(max_examples=10, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    file_format=st.sampled_from(["jsonl", "csv"]),
    page_size=st.integers(min_value=10, max_value=100),
    position=st.floats(min_value=0, max_value=1, exclude_max=True),
    where=st.sampled_from(["after-checkpoint", "before-checkpoint"]),
)
def test_an_export_stopped_at_any_page_and_resumed_equals_an_uninterrupted_one(
    client: CallsClient, tmp_path: Path, file_format: str, page_size: int, position: float, where: str
) -> None:
    pages = -(-CALLS // page_size)
    stop_at = 1 + int(position * pages)
    reference = tmp_path / f"reference-{page_size}.{file_format}"
    resumed = tmp_path / f"resumed-{page_size}-{stop_at}-{where}.{file_format}"
    export(client, "direct-calls", reference, format=file_format, page_size=page_size, overwrite=True)  # type: ignore[arg-type]
    interrupted_then_resumed(client, resumed, file_format, page_size, stop_at, where)
    assert resumed.read_bytes() == reference.read_bytes()


def test_a_stop_leaves_only_whole_lines_and_a_checkpoint(client: CallsClient, tmp_path: Path) -> None:
    output = tmp_path / "calls.jsonl"

    def stop_at_third(progress: Any) -> None:
        if progress.pages == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export(client, "direct-calls", output, page_size=25, on_page=stop_at_third)
    lines = output.read_text().splitlines()
    assert [json.loads(line)["call_id"] for line in lines] == [c["call_id"] for c in expected_calls(client)[:75]]
    saved = json.loads(checkpoint_path(output).read_text())
    assert (saved["pages"], saved["items"], saved["offset"]) == (3, 75, output.stat().st_size)
    assert saved["next"]


def test_resume_refuses_a_checkpoint_of_another_export(client: CallsClient, tmp_path: Path) -> None:
    output = tmp_path / "calls.jsonl"

    def stop(progress: Any) -> None:
        raise StopError

    with pytest.raises(StopError):
        export(client, "direct-calls", output, page_size=50, on_page=stop)
    with pytest.raises(CheckpointError, match="page_size differ"):
        export(client, "direct-calls", output, page_size=20, resume=True)
    with pytest.raises(CheckpointError, match="format differ"):
        export(client, "direct-calls", output, page_size=50, format="csv", resume=True)


def test_resume_without_a_checkpoint_starts_afresh_or_refuses_to_touch_a_finished_file(
    client: CallsClient, tmp_path: Path
) -> None:
    output = tmp_path / "calls.jsonl"
    assert export(client, "direct-calls", output, resume=True).items == CALLS
    finished = output.read_bytes()
    with pytest.raises(OutputExistsError, match="no checkpoint beside it"):
        export(client, "direct-calls", output, resume=True)
    assert output.read_bytes() == finished


@pytest.mark.parametrize("damage", ["{not json", '{"version": 99}', '{"version": 1, "pages": 1}'])
def test_a_damaged_checkpoint_is_a_clear_error(client: CallsClient, tmp_path: Path, damage: str) -> None:
    output = tmp_path / "calls.jsonl"
    output.write_text("")
    checkpoint_path(output).write_text(damage)
    with pytest.raises(CheckpointError, match="checkpoint"):
        export(client, "direct-calls", output, resume=True)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"format": "xml"}, "format must be one of"),
        ({"page_size": 0}, "page_size must be a positive integer"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(
    client: CallsClient, tmp_path: Path, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        export(client, "direct-calls", tmp_path / "x.jsonl", **kwargs)
    with pytest.raises(ValueError, match="unknown export target"):
        export(client, "calls", tmp_path / "x.jsonl")


def test_csv_reads_a_field_the_spec_says_is_also_sent_under_another_name() -> None:
    participant = list_field("list_room_participants")[1]
    columns = columns_of(participant)
    aliases = aliases_of(participant)
    assert aliases["exited_at"] == "exit_at"
    sent_as_alias = row_of({"room_id": "r", "participant_id": "p", "exit_at": 1700000000000}, columns, aliases)
    sent_as_documented = row_of({"room_id": "r", "participant_id": "p", "exited_at": 1700000000000}, columns, aliases)
    assert sent_as_alias == sent_as_documented
    assert sent_as_alias[columns.index("exited_at")] == "1700000000000"
