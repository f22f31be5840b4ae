"""Generation: byte-reproducible, keeps only what is used, refuses a spec it cannot serve, and turns a
new spec operation into a typed method of both clients with no hand-written change.

``generate()`` runs the pinned generator exactly as ``make generate`` does (``spec_facts.py`` then
openapi-python-client with ``generator-config.yaml``); other test files use it too.
"""

from __future__ import annotations

import copy
import filecmp
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from sendbird_calls import spec_doc
from sendbird_calls_api import api
from tests.spec_examples import SPEC_PATH, load_spec
from tools.generate import generate as generate_package

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SPEC_FACTS = ROOT / "overrides" / "templates" / "spec_facts.py"
GENERATED = ROOT / "generated" / "sendbird_calls_api"


def generate(output: Path, spec: Path = SPEC_PATH) -> None:
    """Runs the pinned generator the one way `make generate` does (tools/generate.py)."""
    generate_package(spec, output)


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (ignoring __pycache__)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"{prefix}{name}" for name in cmp.left_only + cmp.right_only + cmp.diff_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return found


def files_of(tree: Path) -> set[str]:
    return {
        str(path.relative_to(tree)) for path in tree.rglob("*") if path.is_file() and "__pycache__" not in path.parts
    }


# --- reproducible, and only what is used ------------------------------------------------------------------------


def test_two_generations_are_byte_identical_and_equal_the_committed_tree(tmp_path: Path) -> None:
    generate(tmp_path / "one" / "sendbird_calls_api")
    generate(tmp_path / "two" / "sendbird_calls_api")
    assert differences(tmp_path / "one" / "sendbird_calls_api", tmp_path / "two" / "sendbird_calls_api") == []
    assert differences(GENERATED, tmp_path / "one" / "sendbird_calls_api") == []
    assert (tmp_path / "one" / "sendbird_calls_api" / "py.typed").is_file()
    assert not (tmp_path / "one" / "sendbird_calls_api" / ".ruff_cache").exists()


def test_the_generated_package_keeps_only_the_tables_methods_and_models() -> None:
    files = files_of(GENERATED)
    base = {"__init__.py", "py.typed", "api/__init__.py", "models/__init__.py"}
    assert base <= files
    assert not {"client.py", "errors.py", "types.py"} & files, "upstream's client, errors and types are unused"
    tag_files = {name for name in files if name.startswith("api/") and name != "api/__init__.py"}
    assert tag_files == {f"api/{tag}/__init__.py" for tag in api.TAGS}, "no per-operation modules"
    model_files = {name for name in files if name.startswith("models/") and name != "models/__init__.py"}
    assert all(name.count("/") == 1 and name.endswith(".py") for name in model_files)
    assert files == base | tag_files | model_files


def test_the_generated_package_is_clean_under_mypy_strict_when_checked_as_source(tmp_path: Path) -> None:
    """The editable install puts generated/ on sys.path by a .pth file, and mypy keeps quiet about
    errors in installed packages: checked as source, a hint a type checker cannot read shows (a method
    named ``list`` shadowing the builtin in its class made ``keys: list[str]`` unreadable)."""
    result = subprocess.run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            "-p",
            "sendbird_calls_api",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "MYPYPATH": f"{ROOT / 'generated'}{os.pathsep}{ROOT / 'overrides'}"},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_generated_fails_with_the_fix_when_the_spec_changed_without_regenerating(tmp_path: Path) -> None:
    copy_root = tmp_path / "repo"
    copy_root.mkdir()
    for name in ("Makefile", "generator-config.yaml", "pyproject.toml"):
        shutil.copy(ROOT / name, copy_root / name)
    for name in ("openapi", "generated", "overrides/templates", "tools"):
        shutil.copytree(ROOT / name, copy_root / name, ignore=shutil.ignore_patterns("__pycache__"))
    (copy_root / ".venv").symlink_to(ROOT / ".venv")
    (copy_root / ".venv" / ".installed-stamp").touch(exist_ok=True)
    os.utime(copy_root / "pyproject.toml", (0, 0))
    spec = copy_root / "openapi" / "calls-v1.yaml"
    text = spec.read_text(encoding="utf-8")
    changed = text.replace("summary: Create a room", "summary: Create a group-call room", 1)
    assert changed != text
    spec.write_text(changed, encoding="utf-8")

    result = subprocess.run(
        ["make", "-s", "check-generated"], check=False, cwd=copy_root, capture_output=True, text=True
    )

    assert result.returncode != 0
    assert "generated/ differs" in result.stdout
    assert "make generate" in result.stdout
    assert "Create a group-call room" in result.stdout


# --- a spec the client cannot serve stops generation, naming the place --------------------------------------------


def spec_facts(tmp_path: Path, spec: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    """Runs ``spec_facts.py`` (the first step of generation) on ``spec`` written to a temp file."""
    path = tmp_path / "calls-v1.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(SPEC_FACTS), str(path), str(tmp_path / "templates")],
        capture_output=True,
        text=True,
        check=False,
    )


def edited(change: Any) -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    change(spec)
    return spec


def duplicate_method_name(spec: dict[str, Any]) -> None:
    spec["paths"]["/rooms/{room_id}"]["get"]["x-method-name"] = "list"


def body_field_named_like_a_parameter(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["UpdateCustomItemsRequest"]
    schema["properties"]["room_id"] = {"type": "string"}


def object_parameter(spec: dict[str, Any]) -> None:
    spec["paths"]["/rooms"]["get"]["parameters"].append({"name": "filter", "in": "query", "schema": {"type": "object"}})


def exploded_array_parameter(spec: dict[str, Any]) -> None:
    spec["paths"]["/rooms"]["get"]["parameters"].append(
        {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}
    )


def envelope_not_required(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["RoomEnvelope"]["x-envelope"] = "rooms"


def method_name_not_a_python_name(spec: dict[str, Any]) -> None:
    spec["paths"]["/rooms"]["post"]["x-method-name"] = "class"


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [
        (
            method_name_not_a_python_name,
            "POST /rooms (create_room)",
            "`x-method-name` 'class' is not a public Python name",
        ),
        (
            duplicate_method_name,
            "GET /rooms/{room_id} (get_room)",
            "x-method-name 'list' is already used by list_rooms in tag 'rooms'",
        ),
        (
            body_field_named_like_a_parameter,
            "PUT /rooms/{room_id}/custom_items (update_room_custom_items)",
            "the body field(s) ['room_id'] share a name with a parameter",
        ),
        (
            object_parameter,
            "GET /rooms (list_rooms) parameter 'filter'",
            "parameters of type 'object' are not supported; use string, integer, boolean, an enum or an array",
        ),
        (
            exploded_array_parameter,
            "GET /rooms (list_rooms) parameter 'tags'",
            "an array parameter must be `style: form, explode: false` (one comma-separated value)",
        ),
        (
            envelope_not_required,
            "POST /rooms (create_room)",
            "x-envelope 'rooms' must name a required property of the success body",
        ),
    ],
    ids=lambda value: getattr(value, "__name__", None),
)
def test_a_spec_the_client_cannot_serve_stops_generation_naming_the_place_and_the_fix(
    tmp_path: Path, change: Any, where: str, message: str
) -> None:
    result = spec_facts(tmp_path, edited(change))

    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr  # one line, no traceback
    assert lines[0].startswith(f"error: {tmp_path / 'calls-v1.yaml'}: ")
    assert f"{where}: {message}" in lines[0]
    assert not (tmp_path / "templates" / "spec_facts.jinja").exists()


def test_the_repository_spec_passes_the_generation_rules(tmp_path: Path) -> None:
    result = spec_facts(tmp_path, load_spec())
    assert (result.returncode, result.stderr) == (0, "")
    facts = (tmp_path / "templates" / "spec_facts.jinja").read_text(encoding="utf-8")
    for _path, _method, operation in spec_doc.iter_operations(load_spec()):
        assert json.dumps(operation["operationId"]) in facts


# --- a new operation becomes a typed method of both clients -------------------------------------------------------

REHEARSALS = {"rehearsals": [{"rehearsal_id": "reh-1", "duration": 42}]}

NEW_OPERATION: dict[str, Any] = {
    "parameters": [{"$ref": "#/components/parameters/RoomId"}],
    "get": {
        "tags": ["rooms"],
        "operationId": "list_room_rehearsals",
        "x-method-name": "list_rehearsals",
        "summary": "List a room's rehearsals",
        "description": "Lists the rehearsals of a room (a test-only operation).",
        "x-evidence": {"tier": "inferred", "sources": "a test"},
        "parameters": [
            {
                "name": "since",
                "in": "query",
                "x-unit": "ms",
                "description": "Only rehearsals made at or after this time, in Unix milliseconds.",
                "schema": {"type": "integer", "minimum": 0},
            }
        ],
        "responses": {
            "200": {
                "description": "The room's rehearsals.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/RoomRehearsalList"},
                        "examples": {"one": {"summary": "Synthetic example", "value": REHEARSALS}},
                    }
                },
            },
            "400": {"$ref": "#/components/responses/BadRequest"},
        },
    },
}
NEW_SCHEMAS: dict[str, Any] = {
    "RoomRehearsal": {
        "type": "object",
        "description": "A rehearsal of a room.",
        "required": ["rehearsal_id"],
        "properties": {"rehearsal_id": {"type": "string"}, "duration": {"type": "integer"}},
    },
    "RoomRehearsalList": {
        "type": "object",
        "description": "A room's rehearsals.",
        "x-envelope": "rehearsals",
        "required": ["rehearsals"],
        "properties": {"rehearsals": {"type": "array", "items": {"$ref": "#/components/schemas/RoomRehearsal"}}},
    },
}

RUNTIME_CHECK = """
import asyncio
import json
import sys

import httpx
import sendbird_calls_api
from sendbird_calls import AsyncCallsClient, CallsClient, InvalidArgumentError
from sendbird_calls.operations import find_operation
from sendbird_calls_api.models import RoomRehearsal

generated, answer_body = sys.argv[1], json.loads(sys.argv[2])
assert sendbird_calls_api.__file__.startswith(generated), sendbird_calls_api.__file__
seen = []


def answer(request):
    seen.append((request.method, request.url.raw_path))
    return httpx.Response(200, json=answer_body)


op = find_operation("rooms.list_rehearsals")
assert (op.id, op.unwrap, op.by_name["since"].unit) == ("list_room_rehearsals", "rehearsals", "ms"), op
transport = httpx.MockTransport(answer)
with CallsClient("app", "token", transport=transport) as client:
    result = client.rooms.list_rehearsals("r/1", since=1_767_225_600_000)
    assert [type(item) for item in result] == [RoomRehearsal], result
    assert [item.to_dict() for item in result] == answer_body["rehearsals"]
    try:
        client.rooms.list_rehearsals("r/1", since=1_767_225_600)
    except InvalidArgumentError as exc:
        assert "rooms.list_rehearsals: since is in Unix milliseconds" in str(exc), exc
    else:
        raise AssertionError("a time in seconds was sent")


async def main():
    async with AsyncCallsClient("app", "token", transport=transport) as aclient:
        result = await aclient.rooms.list_rehearsals("r/1")
        assert [item.to_dict() for item in result] == answer_body["rehearsals"]


asyncio.run(main())
assert seen == [
    ("GET", b"/v1/rooms/r%2F1/rehearsals?since=1767225600000"),
    ("GET", b"/v1/rooms/r%2F1/rehearsals"),
], seen
print("both clients: ok")
"""

TYPE_CHECK = """
from typing import assert_type

from sendbird_calls import AsyncCallsClient, CallsClient, RawResponse
from sendbird_calls_api.models import RoomRehearsal


def check(client: CallsClient) -> None:
    assert_type(client.rooms.list_rehearsals("r"), list[RoomRehearsal])
    assert_type(client.rooms.list_rehearsals("r", since=1), list[RoomRehearsal])
    assert_type(client.rooms.with_raw_response.list_rehearsals("r"), RawResponse[list[RoomRehearsal]])


async def acheck(client: AsyncCallsClient) -> None:
    assert_type(await client.rooms.list_rehearsals("r"), list[RoomRehearsal])
"""


def spec_with_new_operation() -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    spec["paths"]["/rooms/{room_id}/rehearsals"] = NEW_OPERATION
    spec["components"]["schemas"].update(NEW_SCHEMAS)
    return spec


def run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env={**os.environ, **env}, cwd=cwd, check=False)


def test_a_new_spec_operation_becomes_a_typed_method_of_both_clients_with_no_hand_written_change(
    tmp_path: Path,
) -> None:
    spec_path = tmp_path / "calls-v1.yaml"
    spec_path.write_text(yaml.safe_dump(spec_with_new_operation(), sort_keys=False, allow_unicode=True))
    generated = tmp_path / "generated"
    generated.mkdir()
    generate(generated / "sendbird_calls_api", spec_path)
    (tmp_path / "runtime_check.py").write_text(RUNTIME_CHECK)
    (tmp_path / "type_check.py").write_text(TYPE_CHECK)

    runtime = run(
        [sys.executable, "runtime_check.py", str(generated), json.dumps(REHEARSALS)],
        {"PYTHONPATH": str(generated)},
        tmp_path,
    )
    assert runtime.returncode == 0, runtime.stderr
    assert "both clients: ok" in runtime.stdout

    typing = run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            str(tmp_path / "type_check.py"),
        ],
        {"MYPYPATH": f"{generated}{os.pathsep}{ROOT / 'overrides'}"},
        ROOT,
    )
    assert typing.returncode == 0, typing.stdout + typing.stderr


def test_an_operation_without_x_method_name_is_named_by_its_operation_id(tmp_path: Path) -> None:
    """An older spec (api-diff generates a release's package with today's templates) still generates;
    `make lint-spec` requires the extension on the working spec."""
    spec = load_spec()
    del spec["paths"]["/rooms"]["post"]["x-method-name"]
    spec_path = tmp_path / "calls-v1.yaml"
    spec_path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    generate(tmp_path / "sendbird_calls_api", spec_path)
    assert "def create_room(" in (tmp_path / "sendbird_calls_api" / "api" / "rooms" / "__init__.py").read_text()
