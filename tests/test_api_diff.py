"""api-diff: each kind of spec change is found under its key and classed for users; griffe's Python
check; the CLI's exit codes (0, 1, 2) with BASE as a release, a git ref or a file; check-api's version
and changelog rules. Generation takes ~2 s per spec, so the edited package is generated once per session."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tools.api_diff import CannotCompareError, Change, diff_specs
from tools.api_diff.load import check_spec
from tools.api_diff.python_diff import python_changes
from tools.api_diff.report import Result, render
from tools.api_diff.versioning import missing_entries, problems, required_version, unreleased_section
from tools.generate import GenerationError, generate

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "calls-v1.yaml"
Spec = dict[str, Any]
Edit = Callable[[Spec], object]


@pytest.fixture(scope="session")
def spec() -> Spec:
    return yaml.safe_load(SPEC.read_text(encoding="utf-8"))


def edited(spec: Spec, *edits: Edit) -> Spec:
    """A deep copy of ``spec`` with the edits applied in order."""
    copied = copy.deepcopy(spec)
    for edit in edits:
        edit(copied)
    return copied


def schemas(doc: Spec) -> dict[str, Any]:
    return doc["components"]["schemas"]


def operation(doc: Spec, path: str, method: str = "get") -> dict[str, Any]:
    return doc["paths"][path][method]


def parameter(doc: Spec, path: str, name: str, method: str = "get") -> dict[str, Any]:
    (found,) = [p for p in operation(doc, path, method)["parameters"] if p.get("name") == name]
    return found


def changes_for(changes: list[Change], key: str) -> list[Change]:
    return [change for change in changes if change.key == key]


USER_CALLS = "/users/{user_id}/calls"


def add_query(name: str, required: bool) -> Edit:
    def edit(doc: Spec) -> None:
        query = {"name": name, "in": "query", "required": required, "schema": {"type": "string"}}
        operation(doc, USER_CALLS)["parameters"].append(query)

    return edit


def set_param(name: str, **values: Any) -> Edit:
    return lambda doc: parameter(doc, USER_CALLS, name).update(values)


def set_field(model: str, field: str, schema: dict[str, Any], required: bool = False) -> Edit:
    def edit(doc: Spec) -> None:
        schemas(doc)[model]["properties"][field] = copy.deepcopy(schema)
        if required:
            schemas(doc)[model].setdefault("required", []).append(field)

    return edit


def drop_field(model: str, field: str) -> Edit:
    def edit(doc: Spec) -> None:
        del schemas(doc)[model]["properties"][field]
        if field in schemas(doc)[model].get("required", []):
            schemas(doc)[model]["required"].remove(field)

    return edit


def require(model: str, field: str) -> Edit:
    return lambda doc: schemas(doc)[model].setdefault("required", []).append(field)


def unrequire(model: str, field: str) -> Edit:
    return lambda doc: schemas(doc)[model]["required"].remove(field)


def add_value(enum: str, value: str) -> Edit:
    return lambda doc: schemas(doc)[enum]["enum"].append(value)


def drop_value(enum: str, value: str) -> Edit:
    return lambda doc: schemas(doc)[enum]["enum"].remove(value)


def rename_room_id(doc: Spec) -> None:
    room = schemas(doc)["Room"]
    room["properties"] = {("id" if k == "room_id" else k): v for k, v in room["properties"].items()}
    room["required"] = ["id" if k == "room_id" else k for k in room["required"]]


def add_update_room(doc: Spec) -> None:
    doc["paths"]["/rooms/{room_id}"]["patch"] = {
        "operationId": "update_room",
        "tags": ["rooms"],
        "responses": {"200": {"description": "Updated; no body."}},
    }


def set_webhook(doc: Spec, name: str, source: str) -> None:
    doc["webhooks"][name] = copy.deepcopy(doc["webhooks"][source])
    doc["webhooks"][name]["post"]["operationId"] = "receive_" + name.replace(":", "_")


def nothing(doc: Spec) -> None:
    """The unedited spec."""


@dataclass(frozen=True)
class Case:
    """An edit (``new``, on top of ``old``), the key it must be reported under, its class and words."""

    name: str
    new: Edit
    key: str
    breaking: bool
    words: str
    old: Edit = nothing


CASES = [
    Case("operation removed", lambda d: d["paths"]["/rooms/{room_id}"].pop("delete"), "delete_room", True, "removed"),
    Case("operation added", add_update_room, "update_room", False, "operation added"),
    Case("required parameter added", add_query("region", True), "list_user_calls(region)", True, "required query"),
    Case("optional parameter added", add_query("region", False), "list_user_calls(region)", False, "optional query"),
    Case(
        "parameter removed",
        lambda d: operation(d, USER_CALLS)["parameters"].remove(parameter(d, USER_CALLS, "end_ts")),
        "list_user_calls(end_ts)",
        True,
        "parameter removed",
    ),
    Case(
        "parameter now required",
        set_param("start_ts", required=True),
        "list_user_calls(start_ts)",
        True,
        "now required",
    ),
    Case(
        "parameter now optional",
        set_param("start_ts", required=False),
        "list_user_calls(start_ts)",
        False,
        "now optional",
        old=set_param("start_ts", required=True),
    ),
    Case(
        "parameter type changed",
        set_param("end_ts", schema={"type": "string", "format": "date-time"}),
        "list_user_calls(end_ts)",
        True,
        "type changed: `integer` → `string`",
    ),
    Case(
        "parameter type widened",
        set_param("end_ts", schema={"type": ["integer", "string"]}),
        "list_user_calls(end_ts)",
        False,
        "type changed",
    ),
    Case(
        "parameter range tightened",
        lambda d: d["components"]["parameters"]["Limit"]["schema"].update(maximum=50),
        "list_users(limit)",
        True,
        "`maximum` 100 → 50",
    ),
    Case(
        "parameter range loosened",
        lambda d: d["components"]["parameters"]["Limit"]["schema"].update(maximum=200),
        "list_users(limit)",
        False,
        "`maximum` 100 → 200",
    ),
    Case(
        "response type widened",
        set_field("Room", "created_at", {"type": ["integer", "string"]}),
        "Room.created_at",
        True,
        "type changed",
    ),
    Case(
        "response type narrowed",
        set_field("DirectCall", "started_at", {"type": "integer", "format": "int64"}),
        "DirectCall.started_at",
        False,
        "type changed: `integer | null` → `integer`",
    ),
    Case(
        "format that changes the Python type",
        set_field("Room", "created_by", {"type": "string", "format": "date-time"}),
        "Room.created_by",
        True,
        "format changed",
    ),
    Case(
        "format dropped from a request field",
        set_field("UpdateWebhookSettingsRequest", "url", {"type": "string"}),
        "UpdateWebhookSettingsRequest.url",
        False,
        "format changed",
    ),
    Case(
        "field's model changed",
        set_field("RoomEnvelope", "room", {"$ref": "#/components/schemas/WebhookRoom"}),
        "RoomEnvelope.room",
        True,
        "`WebhookRoom` instead of `Room`",
    ),
    Case(
        "enum value added, request only", add_value("CallTypeFilter", "group"), "CallTypeFilter.group", False, "added"
    ),
    Case("enum value added, open in answers", add_value("RoomState", "archived"), "RoomState.archived", False, "added"),
    Case(
        "enum value added, closed inline enum in answers",
        lambda d: schemas(d)["Room"]["properties"]["tier"]["enum"].append("enterprise"),
        "Room.tier.enterprise",
        True,
        "added",
        old=set_field("Room", "tier", {"type": "string", "enum": ["free", "paid"]}),
    ),
    Case(
        "enum value added, closed model enum in answers",
        add_value("RoomType", "huge_room"),
        "RoomType.huge_room",
        True,
        "added",
        old=set_field("Room", "kind", {"$ref": "#/components/schemas/RoomType"}),
    ),
    Case(
        "enum value removed, request",
        drop_value("PushTokenType", "huawei_voip"),
        "PushTokenType.huawei_voip",
        True,
        "removed",
    ),
    Case(
        "enum value removed, answers",
        drop_value("ParticipantState", "connected"),
        "ParticipantState.connected",
        True,
        "removed",
    ),
    Case(
        "open enum closed",
        lambda d: schemas(d)["AnyRoomState"].update(anyOf=[{"$ref": "#/components/schemas/RoomState"}]),
        "AnyRoomState",
        True,
        "enum closed",
    ),
    Case(
        "required request field added",
        set_field("CreateRoomRequest", "name", {"type": "string"}, required=True),
        "CreateRoomRequest.name",
        True,
        "required field added",
    ),
    Case(
        "optional request field added",
        set_field("CreateRoomRequest", "name", {"type": "string"}),
        "CreateRoomRequest.name",
        False,
        "optional field added",
    ),
    Case(
        "request field removed",
        drop_field("CreateRoomRequest", "custom_items"),
        "CreateRoomRequest.custom_items",
        True,
        "removed",
    ),
    Case(
        "request field now required",
        require("AddPushTokenRequest", "is_unique"),
        "AddPushTokenRequest.is_unique",
        True,
        "now required",
    ),
    Case(
        "optional response field added",
        set_field("Room", "topic", {"type": "string"}),
        "Room.topic",
        False,
        "optional field",
    ),
    Case(
        "required response field added",
        set_field("Room", "topic", {"type": "string"}, required=True),
        "Room.topic",
        False,
        "required field added (in answers)",
    ),
    Case("response field removed", drop_field("Room", "updated_at"), "Room.updated_at", True, "field removed"),
    Case("response field renamed", rename_room_id, "Room.room_id", True, "renamed to `id`?"),
    Case(
        "response field now optional",
        unrequire("Participant", "participant_id"),
        "Participant.participant_id",
        True,
        "now optional",
    ),
    Case("response field now always there", require("Room", "updated_at"), "Room.updated_at", False, "now required"),
    Case(
        "request body removed",
        lambda d: operation(d, "/applications/{application_id}/settings/webhook", "put").pop("requestBody"),
        "update_webhook_settings.body",
        True,
        "request body removed",
    ),
    Case(
        "success answer changed model",
        lambda d: operation(d, "/rooms/{room_id}")["responses"]["200"]["content"]["application/json"].update(
            schema={"$ref": "#/components/schemas/Room"}
        ),
        "get_room.responses",
        True,
        "`RoomEnvelope` → `Room`",
    ),
    Case(
        "webhook event added",
        lambda d: set_webhook(d, "room:update", "room:create"),
        "room:update",
        False,
        "event added",
    ),
    Case("webhook event removed", lambda d: d["webhooks"].pop("room:delete"), "room:delete", True, "event removed"),
    Case(
        "model removed",
        lambda d: (d["webhooks"].pop("direct_call:dial"), schemas(d).pop("DirectCallDialEvent")),
        "DirectCallDialEvent",
        True,
        "model removed",
    ),
    Case("model added", set_field("Room", "x", {"type": "string"}), "Room.x", False, "optional field"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_kind_of_spec_change_is_reported_under_its_key_with_its_class(spec: Spec, case: Case) -> None:
    old, new = edited(spec, case.old), edited(spec, case.old, case.new)
    check_spec(new, "the edited spec")  # the edit is a valid OpenAPI document
    found = changes_for(diff_specs(old, new), case.key)
    assert found, f"nothing reported for {case.key}: {diff_specs(old, new)}"
    assert any(change.breaking is case.breaking and case.words in change.what for change in found), found
    assert all(change.why for change in found)


def test_the_same_spec_has_no_change(spec: Spec) -> None:
    assert diff_specs(spec, copy.deepcopy(spec)) == []


def test_a_new_model_is_compatible_and_its_removal_breaks(spec: Spec) -> None:
    def add_model(doc: Spec) -> None:
        schemas(doc)["Rehearsal"] = {"type": "object", "properties": {"url": {"type": "string"}}}

    (added,) = changes_for(diff_specs(spec, edited(spec, add_model)), "Rehearsal")
    (removed,) = changes_for(diff_specs(edited(spec, add_model), spec), "Rehearsal")
    assert (added.breaking, added.section, removed.breaking, removed.section) == (False, "Added", True, "Removed")


OBJECT_FIELDS = sorted(
    (name, field)
    for name, schema in yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"].items()
    for field in schema.get("properties", {})
)
ENUMS = sorted(
    name
    for name, schema in yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"].items()
    if "enum" in schema
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(OBJECT_FIELDS))
def test_any_removed_field_breaks_and_putting_it_back_is_an_addition(spec: Spec, field: tuple[str, str]) -> None:
    model, name = field
    without = edited(spec, drop_field(model, name))
    (removed,) = changes_for(diff_specs(spec, without), f"{model}.{name}")
    (added,) = changes_for(diff_specs(without, spec), f"{model}.{name}")
    assert (removed.breaking, removed.section, added.section) == (True, "Removed", "Added")


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(enum=st.sampled_from(ENUMS), value=st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True))
def test_a_new_enum_value_never_breaks_this_spec_whose_answer_enums_are_open(spec: Spec, enum: str, value: str) -> None:
    """Every enum this spec reads from answers is open, so any new value is compatible; removing one breaks."""
    if value in schemas(spec)[enum]["enum"]:
        return
    (added,) = changes_for(diff_specs(spec, edited(spec, add_value(enum, value))), f"{enum}.{value}")
    assert not added.breaking, added
    first = schemas(spec)[enum]["enum"][0]
    (removed,) = changes_for(diff_specs(spec, edited(spec, drop_value(enum, first))), f"{enum}.{first}")
    assert removed.breaking


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), junk=JSON)
def test_any_node_replaced_by_junk_is_compared_or_refused_never_a_crash(
    spec: Spec, data: st.DataObject, junk: Any
) -> None:
    """Replace one node of the spec anywhere: the result is a valid spec that compares, or CannotCompareError."""
    new = copy.deepcopy(spec)
    node: Any = new
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node))) if isinstance(node, list) else []
        if not keys:
            break
        key = data.draw(st.sampled_from(keys))
        if data.draw(st.booleans()) or not isinstance(node[key], dict | list):
            node[key] = junk
            break
        node = node[key]
    try:
        document = check_spec(new, "the edited spec")
    except CannotCompareError:
        return
    assert isinstance(diff_specs(spec, document), list)
    assert isinstance(diff_specs(document, spec), list)


# --- the Python level (griffe) and the CLI, on one package generated per session ---------------


def sample_change(doc: Spec) -> None:
    """The sample of docs/guides/regenerating.md: a renamed required field, a removed operation, a new
    required parameter, a new optional field."""
    rename_room_id(doc)
    doc["paths"]["/rooms/{room_id}"].pop("delete")
    add_query("region", True)(doc)
    set_field("Room", "topic", {"type": "string"})(doc)


@pytest.fixture(scope="session")
def changed(tmp_path_factory: pytest.TempPathFactory, spec: Spec) -> tuple[Path, Path]:
    """(spec file, generated package folder) of the sample change, generated once."""
    folder = tmp_path_factory.mktemp("changed")
    spec_file = folder / "calls-v1.yaml"
    spec_file.write_text(yaml.safe_dump(edited(spec, sample_change), sort_keys=False), encoding="utf-8")
    generate(spec_file, folder / "generated" / "sendbird_calls_api")
    return spec_file, folder / "generated" / "sendbird_calls_api"


def test_griffe_finds_the_renamed_field_removed_operation_and_new_required_parameter(
    changed: tuple[Path, Path],
) -> None:
    _, package = changed
    found = python_changes(ROOT / "generated", ROOT / "overrides", package.parent, ROOT / "overrides")
    described = {(change.key, change.what) for change in found}
    assert ("sendbird_calls_api.models.room.Room.room_id", "removed") in described
    assert ("sendbird_calls_api.api.rooms.Rooms.delete", "removed") in described
    assert ("sendbird_calls_api.api.users.Users.list_calls", "required parameter `region` added") in described
    assert all(change.breaking and change.level == "python" for change in found)


def test_griffe_finds_nothing_between_a_package_and_itself() -> None:
    assert python_changes(ROOT / "generated", ROOT / "overrides", ROOT / "generated", ROOT / "overrides") == []


def api_diff(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.api_diff", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_cli_exit_0_when_the_working_tree_matches_its_base(tmp_path: Path) -> None:
    base = tmp_path / "base.yaml"
    shutil.copyfile(ROOT / "openapi" / "calls-v1.yaml", base)
    done = api_diff("diff", "--base", str(base), "--output", str(tmp_path / "report.md"))
    assert done.returncode == 0, done.stderr
    assert "**No change**" in (tmp_path / "report.md").read_text(encoding="utf-8")


def test_cli_compares_with_the_last_release_by_default(tmp_path: Path) -> None:
    releases = sorted(
        (ROOT / "openapi" / "releases").glob("*.yaml"), key=lambda path: tuple(map(int, path.stem.split(".")))
    )
    api_diff("diff", "--output", str(tmp_path / "report.md"))
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert f"Base: release {releases[-1].stem} (`openapi/releases/{releases[-1].name}`)" in report


def test_cli_exit_1_names_the_breaking_changes_and_prints_changelog_entries(
    tmp_path: Path, changed: tuple[Path, Path]
) -> None:
    spec_file, package = changed
    output = tmp_path / "report.md"
    done = api_diff("diff", "--spec", str(spec_file), "--generated", str(package), "--output", str(output))
    assert done.returncode == 1, done.stderr
    report = output.read_text(encoding="utf-8")
    assert report in done.stdout
    breaking = report.split("## Breaking changes")[1].split("## Compatible changes")[0]
    compatible = report.split("## Compatible changes")[1].split("## Changelog entries")[0]
    for key in (
        "Room.room_id",
        "delete_room",
        "list_user_calls(region)",
        "sendbird_calls_api.models.room.Room.room_id",
    ):
        assert f"`{key}`" in breaking, key
    assert "`Room.topic`" in compatible
    assert "`Room.id`" in compatible
    entries = report.split("## Changelog entries")[1]
    assert "- API: `Room.room_id`: field removed (renamed to `id`?). **Breaking:**" in entries


def test_cli_base_as_a_spec_file(tmp_path: Path, changed: tuple[Path, Path]) -> None:
    spec_file, _ = changed
    done = api_diff("diff", "--base", str(spec_file), "--output", str(tmp_path / "report.md"))
    assert done.returncode == 1, (
        done.stderr
    )  # from the sample back to today: `Room.id` and `list_user_calls(region)` go
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert f"Base: spec file `{spec_file}`" in report
    assert "`Room.id` | field removed (renamed to `room_id`?)" in report
    assert "`delete_room` | operation added" in report


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-C", str(repo), *args],
        check=True,
        capture_output=True,
    )


def test_cli_base_as_a_git_ref_reads_the_spec_and_hand_written_package_at_that_ref(
    tmp_path: Path, changed: tuple[Path, Path]
) -> None:
    spec_file, package = changed
    repo = tmp_path / "repo"
    (repo / "openapi").mkdir(parents=True)
    shutil.copy(SPEC, repo / "openapi" / "calls-v1.yaml")
    shutil.copytree(
        ROOT / "overrides" / "sendbird_calls",
        repo / "overrides" / "sendbird_calls",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "the base")
    # The working tree: the sample change and its package; the hand-written package loses a public name.
    shutil.copy(spec_file, repo / "openapi" / "calls-v1.yaml")
    shutil.copytree(package, repo / "generated" / "sendbird_calls_api")
    errors = repo / "overrides" / "sendbird_calls" / "errors.py"
    errors.write_text(
        errors.read_text(encoding="utf-8").replace("class InvalidRoomError", "class _InvalidRoomError"),
        encoding="utf-8",
    )

    done = api_diff("diff", "--root", str(repo), "--base", "HEAD")

    assert done.returncode == 1, done.stderr
    report = (repo / "build" / "api-diff.md").read_text(encoding="utf-8")
    assert "Base: git ref `HEAD`" in report
    assert "`delete_room` | operation removed" in report
    assert "`sendbird_calls.errors.InvalidRoomError` | removed" in report  # the ref's hand-written package was read


@pytest.mark.parametrize(
    ("base", "reason"),
    [
        ("no-such-ref", "neither a spec file nor a git ref"),
        ("BROKEN_YAML", "is not valid YAML"),
        ("NOT_OPENAPI", "is not an OpenAPI document"),
        ("UNGENERATABLE", "cannot generate the base's package"),
    ],
)
def test_cli_exit_2_with_one_line_when_it_cannot_compare(tmp_path: Path, spec: Spec, base: str, reason: str) -> None:
    files = {
        "BROKEN_YAML": "openapi: 3.1.0\npaths: [\n",
        "NOT_OPENAPI": "just: a mapping\n",
        # valid OpenAPI that the generator refuses (an object in a header): --fail-on-warning stops it
        "UNGENERATABLE": yaml.safe_dump(
            edited(
                spec,
                lambda d: operation(d, "/users")["parameters"].append(
                    {
                        "name": "X-Obj",
                        "in": "header",
                        "schema": {"type": "object", "properties": {"a": {"type": "string"}}},
                    }
                ),
            )
        ),
    }
    if base in files:
        (tmp_path / "base.yaml").write_text(files[base], encoding="utf-8")
        base = str(tmp_path / "base.yaml")
    done = api_diff("diff", "--base", base, "--output", str(tmp_path / "report.md"))
    assert done.returncode == 2
    assert done.stderr.startswith("error: cannot compare: ")
    assert reason in done.stderr
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


def test_generate_names_the_generator_warning_that_stopped_it(tmp_path: Path, spec: Spec) -> None:
    broken = tmp_path / "spec.yaml"
    mixed = {"enum": [1, "a"]}  # a schema the templates accept and the generator cannot parse
    broken.write_text(yaml.safe_dump(edited(spec, lambda d: d["components"]["schemas"].update(Mixed=mixed))))
    with pytest.raises(
        GenerationError,
        match=r"openapi-python-client failed: Unable to parse schema /components/schemas/Mixed: Enum values must",
    ):
        generate(broken, tmp_path / "out" / "sendbird_calls_api")
    assert not (tmp_path / "out").exists()


# --- check-api: the version policy and the changelog -------------------------------------------


def test_policy_before_1_0_bumps_minor_and_after_bumps_major() -> None:
    assert required_version((0, 1, 0), True) == (0, 2, 0)
    assert required_version((0, 1, 3), True) == (0, 2, 0)
    assert required_version((1, 4, 2), True) == (2, 0, 0)
    assert required_version((0, 1, 0), False) == (0, 1, 0)


CHANGELOG = """# Changelog

## [Unreleased]

### Removed

- API: `Room.room_id` is gone; `RoomEnvelope.room` stays.
{extra}
## [0.1.0]

- `Room.topic` (listed under a release, so it does not count)
"""


def result_of(*changes: Change) -> Result:
    return Result("release 0.1.0", "the working tree", "1.0.0", "1.0.0", list(changes), [])


def project(tmp_path: Path, version: str, changelog: str) -> Path:
    root = tmp_path / "project"
    (root / "overrides" / "sendbird_calls").mkdir(parents=True)
    (root / "overrides" / "sendbird_calls" / "_version.py").write_text(f'__version__ = "{version}"\n')
    (root / "CHANGELOG.md").write_text(changelog)
    return root


REMOVED = Change("Room.room_id", "field removed", True, "code reading `.room_id` fails", "Removed")
ADDED = Change("Room.topic", "optional field added", False, "optional", "Added")


def test_unreleased_section_stops_at_the_next_release() -> None:
    section = unreleased_section(CHANGELOG.format(extra=""))
    assert section is not None
    assert "`Room.room_id`" in section
    assert "`Room.topic`" not in section
    assert missing_entries([REMOVED, ADDED], section) == [ADDED]


def test_check_fails_naming_the_missing_entry_then_passes_once_it_is_there(tmp_path: Path) -> None:
    root = project(tmp_path, "0.2.0", CHANGELOG.format(extra=""))
    found = problems(root, result_of(REMOVED, ADDED), "0.1.0")
    assert len(found) == 2
    assert "does not name these changes" in found[0]
    assert found[1].startswith("  - `Room.topic`: optional field added")

    (root / "CHANGELOG.md").write_text(CHANGELOG.format(extra="\n### Added\n\n- API: `Room.topic`.\n"))
    assert problems(root, result_of(REMOVED, ADDED), "0.1.0") == []


def test_check_fails_on_a_breaking_change_without_the_minor_bump(tmp_path: Path) -> None:
    root = project(tmp_path, "0.1.1", CHANGELOG.format(extra=""))
    found = problems(root, result_of(REMOVED), "0.1.0")
    assert "must be 0.2.0 or later (it is 0.1.1" in found[0]
    assert found[1].startswith("  - `Room.room_id`: field removed")
    root = project(tmp_path / "bumped", "0.2.0", CHANGELOG.format(extra=""))
    assert problems(root, result_of(REMOVED), "0.1.0") == []


def test_check_fails_when_the_version_goes_back_or_the_release_has_no_section(tmp_path: Path) -> None:
    root = project(tmp_path, "0.0.9", "# Changelog\n")
    found = problems(root, result_of(), "0.1.0")
    assert any("older than the last release 0.1.0" in line for line in found)
    assert any("no '## [0.1.0]' section" in line for line in found)


def test_check_api_fails_on_an_unbumped_breaking_change_naming_it_and_the_missing_entries(
    tmp_path: Path, changed: tuple[Path, Path]
) -> None:
    spec_file, package = changed
    root = tmp_path / "project"
    (root / "openapi" / "releases").mkdir(parents=True)
    shutil.copy(ROOT / "openapi" / "releases" / "0.1.0.yaml", root / "openapi" / "releases")
    shutil.copy(spec_file, root / "openapi" / "calls-v1.yaml")
    shutil.copytree(package, root / "generated" / "sendbird_calls_api")
    shutil.copytree(
        ROOT / "overrides" / "sendbird_calls",
        root / "overrides" / "sendbird_calls",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copy(ROOT / "CHANGELOG.md", root / "CHANGELOG.md")
    # the version of the last release, not bumped: the breaking change must make the check fail
    (root / "overrides" / "sendbird_calls" / "_version.py").write_text('__version__ = "0.1.0"\n', encoding="utf-8")

    done = api_diff("check", "--root", str(root))

    assert done.returncode == 1
    assert "must be 0.2.0 or later (it is 0.1.0" in done.stderr
    assert "  - `Room.room_id`: field removed" in done.stderr
    assert "does not name these changes" in done.stderr
    assert "  - `Room.topic`" in done.stderr


def test_the_report_escapes_pipes_in_table_cells() -> None:
    change = Change("Room.x", "type changed: `integer | null` → `integer`", False, "narrowed", "Changed")
    assert "`integer \\| null`" in render(result_of(change))
