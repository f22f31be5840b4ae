"""The regeneration drill: scripted spec changes on a temporary copy of the spec, each regenerated and checked.

Compatible changes (a new optional field, a new paginated operation, a new enum value, a new webhook
event; ``tests/drill_changes.py``) are applied together to one copy, generated once with
``tools/generate.py``, and used in ONE subprocess with the new package first on ``PYTHONPATH``
(``tests/drill_probe.py``): client, webhooks, CLI, export and verify-spec against mocks of that copy,
with no hand edit anywhere. The contract runs in-process with schemathesis on the operations the
changes touch; ``api-diff`` classes every change and prints its changelog entry; ``lint-spec`` passes
the copy and names an example left out. Breaking changes (a removed operation, a renamed required
field, a parameter made required, a type change) must each be named by ``api-diff`` under its key,
exit 1. Run it alone: ``.venv/bin/pytest tests/test_regeneration_drill.py -p no:randomly``.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openapi_spec_validator
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from sendbird_calls.mock import create_app
from sendbird_calls.mock.auto import LIST_LENGTH
from sendbird_calls.spec_doc import iter_operations, read_spec
from tests.drill_changes import (
    BREAKING,
    COMPATIBLE,
    COMPATIBLE_KEYS,
    EVENT_EXAMPLE,
    NEW_COMMAND,
    NEW_END_RESULT,
    NEW_EVENT,
    NEW_EVENT_MODEL,
    NEW_FIELD,
    NEW_OPERATION,
    NEW_PATH,
    Spec,
    edited,
    write_spec,
)
from tools.api_diff import diff_specs
from tools.api_diff.versioning import missing_entries, unreleased_section
from tools.generate import generate
from tools.lint_spec.cli import main as lint_spec

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "calls-v1.yaml"
NEW = "sendbird_calls_api.models"
TOUCHED = {
    "list_room_recordings": "the new operation",
    "list_direct_calls": "answers DirectCall.recording_url; filters by the new end result",
    "get_direct_call": "answers DirectCall.recording_url",
    "list_user_calls": "filters by the new end result",
    "update_webhook_settings": "subscribes to the new event",
}
"""The operations the compatible changes touch, and how: the contract runs on these."""
CONTRACT_RUNS = [
    pytest.param(operation_id, mode, id=f"{operation_id}-{mode.value}")
    for operation_id in TOUCHED
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    if not (
        operation_id == "get_direct_call" and mode is GenerationMode.NEGATIVE
    )  # its only input, a path ID, has none
]


@dataclass(frozen=True)
class Drill:
    """A changed copy of the spec and the package generated from it."""

    spec_file: Path
    package: Path


@pytest.fixture(scope="session")
def base() -> Spec:
    return read_spec(SPEC)


@pytest.fixture(scope="session")
def compatible(base: Spec, tmp_path_factory: pytest.TempPathFactory) -> Drill:
    """Every compatible change in one copy (they touch different parts of the spec), generated once."""
    folder = tmp_path_factory.mktemp("drill-compatible")
    spec_file = write_spec(folder / "calls-v1.yaml", edited(base, *COMPATIBLE.values()))
    generate(spec_file, folder / "generated" / "sendbird_calls_api")
    return Drill(spec_file, folder / "generated" / "sendbird_calls_api")


@pytest.fixture(scope="session")
def probe(compatible: Drill) -> dict[str, Any]:
    """What the regenerated package did in one subprocess (``tests/drill_probe.py``)."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(compatible.package.parent), os.environ.get("PYTHONPATH")])),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.drill_probe", str(compatible.spec_file)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def section(probe: dict[str, Any], name: str) -> dict[str, Any]:
    """One section of the probe's report; a section that raised fails the test with its traceback."""
    facts: dict[str, Any] = probe[name]
    assert "error" not in facts, facts.get("traceback", facts.get("error"))
    return facts


def api_diff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.api_diff", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def part(report: str, heading: str) -> str:
    """The text of one ``## heading`` section of an api-diff report ('' when the report has none)."""
    if f"## {heading}\n" not in report:
        return ""
    return report.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


# --- compatible changes: the regenerated package, used as users would, with no hand edit --------


def test_the_drills_changes_are_new_to_the_spec_and_its_breaking_targets_exist(base: Spec) -> None:
    """When the real spec gains one of the drill's names, the drill says so instead of testing nothing new."""
    schemas = base["components"]["schemas"]
    taken = [
        name
        for name, present in (
            (NEW_PATH, NEW_PATH in base["paths"]),
            (f"DirectCall.{NEW_FIELD}", NEW_FIELD in schemas["DirectCall"]["properties"]),
            (f"EndResult.{NEW_END_RESULT}", NEW_END_RESULT in schemas["EndResult"]["enum"]),
            (NEW_EVENT, NEW_EVENT in base["webhooks"]),
            *((model, model in schemas) for model in ("Recording", "RecordingList", NEW_EVENT_MODEL)),
        )
        if present
    ]
    assert taken == [], f"the spec already has {taken}: pick other names in tests/drill_changes.py"
    for change in BREAKING.values():
        change.edit(edited(base))  # each breaking edit finds what it changes (a KeyError or ValueError names it)


def test_the_probe_ran_the_regenerated_package_not_the_installed_one(probe: dict[str, Any], compatible: Drill) -> None:
    from sendbird_calls_api.api import operations

    facts = section(probe, "package")
    assert Path(facts["file"]).parent == compatible.package
    assert facts["operation"] == {"qualified_name": "rooms.list_recordings", "paged": True}
    assert facts["models"] == ["Recording", "RecordingList", NEW_EVENT_MODEL]  # re-exported by sendbird_calls.models
    assert NEW_OPERATION not in {op.id for op in operations()}  # this process has the committed package


def test_a_new_optional_field_is_a_typed_attribute_the_client_reads(probe: dict[str, Any]) -> None:
    facts = section(probe, "optional_field")
    assert facts["declared"] == "str | Unset"
    assert facts["item_type"] == f"{NEW}.direct_call.DirectCall"
    assert 0 < len(facts["carried"]) < facts["listed"]  # the mock seeds it on some calls, as an optional field
    assert facts["value_types"] == ["str"]
    assert facts["retrieved"] == facts["carried"][0]


def test_a_new_paginated_operation_is_a_method_that_pages_sync_and_async(probe: dict[str, Any]) -> None:
    facts = section(probe, "paginated_operation")
    assert facts["first_page"] == 10
    assert facts["next_token"]
    assert facts["pages"] == [10, 10, LIST_LENGTH - 20]
    assert facts["items"] == facts["ids"] == LIST_LENGTH
    assert facts["item_types"] == [f"{NEW}.recording.Recording"]
    assert facts["async_items"] is True
    assert facts["requests"] == [NEW_OPERATION] * 3


def test_a_new_enum_value_is_a_member_sent_as_a_filter_and_read_back_as_the_member(probe: dict[str, Any]) -> None:
    facts = section(probe, "enum_value")
    assert facts["member"] == NEW_END_RESULT.upper()
    assert facts["listed"] > 0
    assert facts["read_as"] == [f"{NEW}.end_result.EndResult:{NEW_END_RESULT}"]  # not a plain str
    assert facts["is_member"] is True


def test_a_new_webhook_event_is_subscribed_and_parsed_into_its_generated_model(probe: dict[str, Any]) -> None:
    facts = section(probe, "webhook_event")
    assert facts["enabled_events"] == [NEW_EVENT]
    assert facts["all_categories"] is True
    for source in ("example", "mock"):  # the spec's example, and a payload the mock emitted
        assert facts[source]["type"] == f"{NEW}.room_recording_ready_event.{NEW_EVENT_MODEL}", source
        assert facts[source]["category"] == NEW_EVENT
        assert facts[source]["recording_type"] == f"{NEW}.recording.Recording"
        assert facts[source]["round_trip"] is True
    assert facts["example"]["recording_url"] == EVENT_EXAMPLE["recording"][NEW_FIELD]


def test_the_cli_lists_and_runs_the_new_command(probe: dict[str, Any]) -> None:
    facts = section(probe, "cli")
    assert facts["tag_help"]["exit"] == 0
    assert f"  {NEW_COMMAND}      List a room's recordings." in facts["tag_help"]["stdout"]
    assert "Usage: sendbird-calls rooms list-recordings [OPTIONS] ROOM_ID" in facts["command_help"]["stdout"]
    assert "--all" in facts["command_help"]["stdout"]
    operations = facts["operations"]["stdout"].splitlines()
    assert any(line.split()[:4] == ["rooms", NEW_COMMAND, "GET", NEW_PATH] for line in operations)

    page = facts["page"]
    assert (page["exit"], page["stderr"]) == (0, "")
    body = json.loads(page["stdout"])
    assert len(body["recordings"]) == 10
    assert body["next"]
    every = facts["all"]
    assert every["exit"] == 0, every["stderr"]
    lines = [json.loads(line) for line in every["stdout"].splitlines()]
    assert len({line["recording_id"] for line in lines}) == len(lines) == LIST_LENGTH
    assert facts["problems"] == []


def test_the_cli_sends_the_new_enum_value_and_shows_the_new_field_and_event(probe: dict[str, Any]) -> None:
    facts = section(probe, "cli")
    filtered = facts["filtered"]
    assert filtered["exit"] == 0, filtered["stderr"]
    calls = json.loads(filtered["stdout"])["calls"]
    assert calls
    assert {call["end_result"] for call in calls} == {NEW_END_RESULT}
    retrieved = facts["retrieved"]
    assert retrieved is not None
    assert retrieved["exit"] == 0, retrieved["stderr"]
    assert json.loads(retrieved["stdout"])[NEW_FIELD].startswith("https://")
    verified = facts["verified"]
    assert verified["exit"] == 0, verified["stderr"]
    assert json.loads(verified["stdout"]) == EVENT_EXAMPLE


def test_the_export_writes_the_new_field_as_a_column_and_filters_on_the_new_value(probe: dict[str, Any]) -> None:
    exported = section(probe, "cli")["exported"]
    assert exported["exit"] == 0, exported["stderr"]
    header, *rows = exported["stdout"].splitlines()
    columns = header.split(",")
    assert NEW_FIELD in columns
    assert rows
    assert all(row.split(",")[columns.index("end_result")] == NEW_END_RESULT for row in rows)


def test_verify_spec_reads_the_new_operation_against_the_changed_spec(probe: dict[str, Any], compatible: Drill) -> None:
    verify = section(probe, "cli")["verify"]
    assert verify["exit"] == 0, verify["stderr"]
    report = verify["report"]
    assert report["spec"]["sha256"] == hashlib.sha256(compatible.spec_file.read_bytes()).hexdigest()
    assert (report["result"], report["findings"]) == ("match", [])
    assert report["operations"][NEW_OPERATION] == {"requests": 1, "statuses": {"200": 1}}
    steps = [(step["name"], step["outcome"]) for step in report["steps"] if step["operation"] == NEW_OPERATION]
    assert steps == [("list a room's recordings", "ok")]


def test_the_mock_answered_everything_within_the_changed_spec(probe: dict[str, Any]) -> None:
    failed = {name: facts["error"] for name, facts in probe.items() if isinstance(facts, dict) and "error" in facts}
    assert failed == {}
    assert probe["mock_problems"] == []


@pytest.fixture(scope="session")
def contract_schema(compatible: Drill) -> Any:
    app = create_app(spec_path=compatible.spec_file)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    schema.config.update(headers={"Api-Token": app.state.mock.api_token})
    return schema


def _route(spec_file: Path, operation_id: str) -> tuple[str, str]:
    for path, method, operation in iter_operations(read_spec(spec_file)):
        if operation.get("operationId") == operation_id:
            return path, method
    raise AssertionError(f"no operation {operation_id} in {spec_file}")


@pytest.mark.contract
@pytest.mark.parametrize(("operation_id", "mode"), CONTRACT_RUNS)
def test_the_contract_holds_for_every_operation_the_changes_touch(
    contract_schema: Any, compatible: Drill, operation_id: str, mode: GenerationMode
) -> None:
    path, method = _route(compatible.spec_file, operation_id)
    operation = contract_schema[path][method]
    mock = contract_schema.app.state.mock

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(mode))
    def check(case: schemathesis.Case[Any]) -> None:
        case.call_and_validate()

    check()
    assert mock.requests.for_operation(operation_id)
    assert list(mock.response_problems) == []


# --- compatible changes: api-diff, the changelog, lint-spec -----------------------------------------


@pytest.mark.parametrize("change", COMPATIBLE)
def test_each_compatible_change_alone_breaks_nothing_and_is_named(base: Spec, change: str) -> None:
    changes = diff_specs(base, edited(base, COMPATIBLE[change]))
    assert [c.key for c in changes if c.breaking] == []
    assert COMPATIBLE_KEYS[change] in {c.key for c in changes}


def test_api_diff_classes_the_compatible_changes_and_prints_the_changelog_entries(
    base: Spec, compatible: Drill, tmp_path: Path
) -> None:
    output = tmp_path / "api-diff.md"
    done = api_diff(
        "diff", "--base", str(SPEC), "--spec", str(compatible.spec_file), "--generated", str(compatible.package),
        "--output", str(output),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = output.read_text(encoding="utf-8")
    assert part(report, "Breaking changes") == ""
    for key in COMPATIBLE_KEYS.values():
        assert f"| spec | `{key}` |" in part(report, "Compatible changes"), key
    assert "a new method, `rooms.list_recordings` and its CLI command `rooms list-recordings`" in report
    entries = part(report, "Changelog entries")
    changes = diff_specs(base, read_spec(compatible.spec_file))
    unreleased = unreleased_section((ROOT / "CHANGELOG.md").read_text(encoding="utf-8")) or ""

    assert {c.key for c in missing_entries(changes, unreleased)} >= set(COMPATIBLE_KEYS.values())
    assert missing_entries(changes, unreleased + entries) == []  # pasted as printed, check-api finds every key


def test_lint_spec_passes_the_compatible_copy(compatible: Drill, capsys: pytest.CaptureFixture[str]) -> None:
    openapi_spec_validator.validate(read_spec(compatible.spec_file))
    assert lint_spec([str(compatible.spec_file)]) == 0
    assert "follows every spec rule" in capsys.readouterr().out


MISSING_EXAMPLE = {
    "new operation": ("paths", NEW_PATH, "get", "responses", "200", "content", "application/json"),
    "new event": ("webhooks", NEW_EVENT, "post", "requestBody", "content", "application/json"),
}
"""Where each new answer's or event's examples live; lint-spec names the place as these keys joined by dots."""


@pytest.mark.parametrize("left_out", MISSING_EXAMPLE)
def test_lint_spec_names_the_example_left_out(
    base: Spec, left_out: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = edited(base, *COMPATIBLE.values())
    node: Any = spec
    for key in MISSING_EXAMPLE[left_out]:
        node = node[key]
    del node["examples"]

    assert lint_spec([str(write_spec(tmp_path / "calls-v1.yaml", spec))]) == 1
    findings = [line for line in capsys.readouterr().out.splitlines() if not line.startswith("lint-spec:")]
    assert findings == [
        f"{'.'.join(MISSING_EXAMPLE[left_out])}: no `examples`. Fix: add `examples: {{<name>: {{summary: Synthetic "
        "example, ..., value: ...}}` with a value that fits the schema (at least one entry: the tests and the mock "
        "read the first)."
    ]


# --- breaking changes: named by api-diff before anything is committed ---------------------------


@pytest.mark.parametrize("change", BREAKING)
def test_each_breaking_change_alone_is_breaking_under_its_key(base: Spec, change: str) -> None:
    changes = diff_specs(base, edited(base, BREAKING[change].edit))
    assert [c.key for c in changes if c.breaking] == [BREAKING[change].key]


@pytest.fixture(scope="session")
def breaking_report(base: Spec, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, str]:
    """(exit status, report, stderr) of api-diff on one copy with every breaking change, the real spec as base."""
    folder = tmp_path_factory.mktemp("drill-breaking")
    spec_file = write_spec(folder / "calls-v1.yaml", edited(base, *(b.edit for b in BREAKING.values())))
    output = folder / "api-diff.md"
    done = api_diff("diff", "--base", str(SPEC), "--spec", str(spec_file), "--output", str(output))
    return done.returncode, output.read_text(encoding="utf-8") if output.exists() else "", done.stderr


def test_api_diff_names_every_breaking_change_and_exits_1(breaking_report: tuple[int, str, str]) -> None:
    exit_code, report, stderr = breaking_report
    assert exit_code == 1, stderr
    breaking = part(report, "Breaking changes")
    for change in BREAKING.values():
        assert f"| spec | `{change.key}` |" in breaking, change.key
    assert "| spec | `Participant.participant_id` | field removed (renamed to `id`?) |" in breaking
    assert "| spec | `list_user_calls(end_ts)` | type changed: `integer` → `string` |" in breaking
    assert "the client method `rooms.retrieve` and its CLI command `rooms retrieve` no longer exist" in breaking
    for python_key in (
        "sendbird_calls_api.api.rooms.Rooms.retrieve",
        "sendbird_calls_api.models.participant.Participant.participant_id",
    ):
        assert f"| python | `{python_key}` | removed |" in breaking, python_key
    assert "| python | `sendbird_calls_api.api.rooms.Rooms.list` | parameter `state` is now required |" in breaking
    assert "**Breaking:**" in part(report, "Changelog entries")
