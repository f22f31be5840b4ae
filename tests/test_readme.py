"""Every example of the README runs here, against the mock server, so the README cannot rot."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sendbird_calls import CallsClient
from sendbird_calls.mock import CallsMockServer
from sendbird_calls.webhooks import sign

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
EXAMPLE = re.compile(r"<!-- example: (?P<name>[\w-]+) -->\n```(?:python|bash)\n(?P<code>.*?)```", re.DOTALL)


def examples() -> dict[str, str]:
    """The README's Python blocks, by the name in the marker above each."""
    return {match["name"]: match["code"] for match in EXAMPLE.finditer(README.read_text(encoding="utf-8"))}


def run_example(name: str) -> tuple[str, dict[str, Any]]:
    """Executes one README example; returns what it printed and its globals."""
    namespace: dict[str, Any] = {"__name__": f"readme_{name.replace('-', '_')}"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(examples()[name], f"README.md:{name}", "exec"), namespace)
    return out.getvalue(), namespace


@pytest.fixture
def mock_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[CallsMockServer]:
    """A live mock, and the environment variables the README's examples read."""
    with CallsMockServer(app_id="readme-app", api_token="readme-token", seed=3, users=20, calls=200) as server:
        monkeypatch.setenv("SENDBIRD_APP_ID", server.app_id)
        monkeypatch.setenv("SENDBIRD_API_TOKEN", server.api_token)
        monkeypatch.setenv("SENDBIRD_CALLS_BASE_URL", server.base_url)
        yield server


def test_the_readme_has_every_example_this_file_runs() -> None:
    assert set(examples()) == {
        "checkout",
        "mock-start",
        "mock-env",
        "quickstart",
        "first-test",
        "quickstart-export",
        "resources",
        "pagination",
        "models",
        "drift",
        "async",
        "api-tokens",
        "errors",
        "webhook-starlette",
        "webhook-flask",
        "cli",
        "cli-export",
        "export-python",
        "verify-spec",
        "verify-python",
        "mock-cli",
        "fixture-in-process",
        "fixtures",
        "fixture-marker",
        "fixture-async",
    }


def test_the_readme_opens_with_make_demo_and_make_test_then_says_what_it_is() -> None:
    """The project's rule: the two commands first; then the user's material, the contributor's last."""
    text = README.read_text(encoding="utf-8")
    first_block = text.split("```bash\n", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in first_block.splitlines()] == ["make demo", "make test"]
    headings = re.findall(r"(?m)^## (.+)$", text)
    assert headings[:3] == ["What it is", "Install", "Quick start"]
    for users, contributors in [("Pages", "Development"), ("The mock server", "Development")]:
        assert headings.index(users) < headings.index(contributors)
    assert text.index("### Changing the API: regenerate") > text.index("## Development")


def test_the_checkout_commands_are_make_targets_and_make_demo_runs_the_demo_module() -> None:
    """`make demo` is `python -m sendbird_calls.demo` (test_demo.py runs that module in a process)."""
    root = README.parent
    targets = [line.split("#")[0].split() for line in examples()["checkout"].splitlines() if line.strip()]
    assert targets == [["make", "demo"], ["make", "test"]]
    env = {name: value for name, value in os.environ.items() if name not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    for _, target in targets:
        dry = subprocess.run(
            ["make", "--no-print-directory", "-n", target],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert dry.returncode == 0, dry.stderr
        if target == "demo":
            assert dry.stdout.strip().splitlines()[-1].endswith("/python -m sendbird_calls.demo")
        else:
            assert "pytest" in dry.stdout
            assert "mkdocs build --strict" in dry.stdout


@pytest.fixture
def mock_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """`sendbird-calls mock` as the quick start starts it (on a free port), in its own process; its base_url."""
    for name in ("SENDBIRD_APP_ID", "SENDBIRD_API_TOKEN", "SENDBIRD_CALLS_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    (line,) = [line for line in examples()["mock-start"].splitlines() if line.strip()]
    program, *argv = shlex.split(line)
    assert program == "sendbird-calls"
    command = str(Path(sys.executable).parent / program)
    process = subprocess.Popen([command, *argv, "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        printed = "".join(process.stdout.readline() for _ in range(2))
        base_url = re.search(r"base_url:\s+(http://127\.0\.0\.1:\d+/v1)", printed)
        assert base_url, printed
        assert "'mock-app'" in printed
        yield base_url.group(1)
    finally:
        process.terminate()
        process.wait(timeout=10)


def environment_of_the_quick_start(base_url: str) -> dict[str, str]:
    """The environment after the README's `export` line, its port replaced by the mock's."""
    (line,) = [line for line in examples()["mock-env"].splitlines() if line.strip()]
    words = shlex.split(line)
    assert words[0] == "export"
    variables = dict(word.split("=", 1) for word in words[1:])
    assert variables["SENDBIRD_CALLS_BASE_URL"] == "http://127.0.0.1:8080/v1"  # the mock's default port
    variables["SENDBIRD_CALLS_BASE_URL"] = base_url
    assert set(variables) == {"SENDBIRD_APP_ID", "SENDBIRD_API_TOKEN", "SENDBIRD_CALLS_BASE_URL"}
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"  # `python` and the command, as in .venv
    return {**os.environ, **variables, "PATH": path}


def test_the_quick_start_runs_as_pasted_against_sendbird_calls_mock_then_exports(
    mock_process: str, tmp_path: Path
) -> None:
    """A newcomer's path: the mock in one process, quickstart.py in another, then the export command."""
    env = environment_of_the_quick_start(mock_process)
    (tmp_path / "quickstart.py").write_text(examples()["quickstart"], encoding="utf-8")
    done = subprocess.run(
        ["python", "quickstart.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    room_line, *call_lines = done.stdout.splitlines()
    room_id, state = room_line.split()
    assert state == "open"
    assert 1 <= len(call_lines) <= 3
    assert all(line.split()[1] in {"completed", "no_answer"} for line in call_lines)
    with CallsClient(env["SENDBIRD_APP_ID"], env["SENDBIRD_API_TOKEN"], base_url=mock_process) as client:
        assert client.rooms.retrieve(room_id).state == "deleted"

    (line,) = [line for line in examples()["quickstart-export"].splitlines() if line.strip()]
    exported = subprocess.run(
        shlex.split(line), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert exported.returncode == 0, exported.stderr
    rows = (tmp_path / "calls.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 1 + 200  # the header, then every seeded call of `sendbird-calls mock`
    assert rows[0].startswith("call_id,")


def test_the_first_test_of_the_quick_start_passes_in_a_fresh_pytest(pytester: pytest.Pytester) -> None:
    """No conftest: the fixtures come from the plugin the package registers."""
    pytester.makepyfile(test_rooms=examples()["first-test"])
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider", "--strict-markers")
    result.assert_outcomes(passed=1)


def test_the_resources_example_creates_updates_reads_raw_and_deletes(mock_env: CallsMockServer) -> None:
    printed, namespace = run_example("resources")
    items, raw = printed.splitlines()
    assert items == "{'topic': 'all-hands'}"
    assert raw == "200 application/json True"
    for room in (namespace["room"], namespace["same"]):
        stored = mock_env.state.rooms.get(room.room_id)
        assert (stored.state, stored.room_type) == ("deleted", "large_room_for_audio_only")


def test_the_api_tokens_example_shows_seconds_masks_the_value_and_revokes(mock_env: CallsMockServer) -> None:
    printed, namespace = run_example("api-tokens")
    masked, created_at, listed, revoked = printed.splitlines()
    assert namespace["secondary"].token not in printed
    assert masked.startswith("SecondaryApiToken(token='*")
    assert len(created_at) == 10
    assert listed == "1"
    assert revoked == "None"
    assert mock_env.state.secondary_tokens == {}


def test_the_async_example_reads_settings_pages_and_stops_at_a_long_call(mock_env: CallsMockServer) -> None:
    printed, _ = run_example("async")
    settings, users, long_call = printed.splitlines()
    assert settings.startswith(("False", "True"))
    assert any(r.raw_path.endswith(f"/applications/{mock_env.app_id}/settings/webhook") for r in mock_env.requests)
    assert users.endswith("] True")
    assert users.count("user-") == 5
    assert long_call.startswith("long call: ")


def test_the_errors_example_catches_typed_errors(mock_env: CallsMockServer) -> None:
    printed, _ = run_example("errors")
    first, second = printed.splitlines()
    assert first.startswith("400 1400126 INVALID_ROOM GET /v1/rooms/no-such-room")
    assert second.startswith("400200 ")


def test_the_pagination_example_pages_iterates_and_resumes_from_a_token(mock_env: CallsMockServer) -> None:
    printed, namespace = run_example("pagination")
    lines = printed.splitlines()
    assert lines[:2] == ["100 calls on this page", "100 calls on this page"]  # 200 seeded calls
    assert len(json.loads(lines[2].replace("'", '"'))) == 10
    assert lines[3] == "True"
    page, resumed = namespace["page"], namespace["resumed"]
    assert namespace["token"] == page.next_token is not None
    with CallsClient() as client:
        assert [user.user_id for user in client.users.list(limit=10).items] == [
            user.user_id for user in page.items + resumed.items
        ]


def test_the_models_example_round_trips_through_json() -> None:
    printed, namespace = run_example("models")
    first, second = printed.splitlines()
    assert first == "small_room_for_video open"
    assert json.loads(second) == {
        "room_id": "r1",
        "room_type": "small_room_for_video",
        "state": "open",
        "created_at": 0,
    }
    assert second == namespace["room"].to_json()


def test_the_pages_section_names_list_operations_of_the_table() -> None:
    """The Pages section's examples are list operations of the table (a new one needs no README edit;
    the operations reference, generated, lists them all)."""
    from sendbird_calls_api.api import operations

    section = README.read_text(encoding="utf-8").split("## Pages\n", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`(\w+\.\w+)`", section.split(":", 1)[0]))
    assert named
    assert named <= {op.qualified_name for op in operations() if op.paging is not None}


COUNTED = re.compile(r"\b(\d+) (operations|endpoints|webhook events)\b")


@pytest.mark.parametrize(
    "page", ["README.md", "ARCHITECTURE.md", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "docs").rglob("*.md"))]
)
def test_the_prose_counts_no_operations_or_events_the_spec_does_not_have(page: str) -> None:
    """A count of operations or events in prose is a hand copy of the spec; where one is written, it is the spec's."""
    from sendbird_calls import spec_doc
    from sendbird_calls_api.api import operations

    actual = {
        "operations": len(operations()),
        "endpoints": len(operations()),
        "webhook events": len(spec_doc.load_spec()["webhooks"]),
    }
    stated = [(int(number), what) for number, what in COUNTED.findall((ROOT / page).read_text(encoding="utf-8"))]
    assert [(number, what) for number, what in stated if number != actual[what]] == []


def signed_event(category: str = "room:create", token: str = "readme-token") -> tuple[bytes, dict[str, str]]:
    body = json.dumps({"category": category, "occurred_at": 1, "room": {"room_id": "r-1"}}).encode()
    return body, {"content-type": "application/json", "x-sendbird-signature": sign(body, token)}


async def test_the_starlette_handler_accepts_signed_rejects_forged_and_deduplicates(
    mock_env: CallsMockServer,
) -> None:
    _, namespace = run_example("webhook-starlette")
    transport = httpx.ASGITransport(app=namespace["app"])
    async with httpx.AsyncClient(transport=transport, base_url="http://handler") as client:
        body, headers = signed_event()
        first = await client.post("/sendbird/webhooks", content=body, headers=headers)
        retried = await client.post("/sendbird/webhooks", content=body, headers=headers)
        forged_body, forged_headers = signed_event(token="not-the-master-token")
        forged = await client.post("/sendbird/webhooks", content=forged_body, headers=forged_headers)
        unsigned = await client.post("/sendbird/webhooks", content=body)
    assert (first.status_code, retried.status_code, forged.status_code, unsigned.status_code) == (200, 200, 401, 401)
    assert [type(event).__name__ for event in namespace["received"]] == ["RoomCreateEvent"]


def test_the_flask_handler_accepts_signed_rejects_forged_and_deduplicates(mock_env: CallsMockServer) -> None:
    _, namespace = run_example("webhook-flask")
    client = namespace["flask_app"].test_client()
    body, headers = signed_event("participant:enter")
    body = json.dumps(
        {
            "category": "participant:enter",
            "occurred_at": 1,
            "room": {"room_id": "r-1"},
            "participant": {"room_id": "r-1", "participant_id": "p-1"},
        }
    ).encode()
    headers["x-sendbird-signature"] = sign(body, "readme-token")
    assert client.post("/sendbird/webhooks", data=body, headers=headers).status_code == 200
    assert client.post("/sendbird/webhooks", data=body, headers=headers).status_code == 200
    assert client.post("/sendbird/webhooks", data=b"{}", headers=headers).status_code == 401
    assert [type(event).__name__ for event in namespace["received"]] == ["ParticipantEnterEvent"]


def test_the_fixture_example_passes_in_a_fresh_pytest(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user_project=examples()["fixtures"])
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_every_cli_line_of_the_readme_succeeds_and_prints_json(
    mock_env: CallsMockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from sendbird_calls.cli import main

    lines = [line for line in examples()["cli"].splitlines() if line.strip()]
    assert len(lines) >= 5
    for line in lines:
        program, *argv = shlex.split(line)
        assert program == "sendbird-calls"
        assert main(argv) == 0, line
        printed = capsys.readouterr().out
        if "--all" in argv:
            assert all(isinstance(json.loads(item), dict) for item in printed.splitlines())
        elif argv[0] != "operations":
            json.loads(printed)
        assert mock_env.api_token not in printed


def test_every_export_line_of_the_readme_writes_its_file(
    mock_env: CallsMockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sendbird_calls.cli import main

    monkeypatch.chdir(tmp_path)
    mock_env.faults.rate_limit(operation="list_direct_calls", times=1, retry_after=0)
    lines = [line for line in examples()["cli-export"].splitlines() if line.strip()]
    for line in lines:
        program, *argv = shlex.split(line)
        assert program == "sendbird-calls"
        assert main(argv) == 0, line
        output = tmp_path / argv[argv.index("--output") + 1]
        assert capsys.readouterr().err.startswith("exported ")
        assert output.exists()
        assert not (tmp_path / (output.name + ".checkpoint.json")).exists()
    assert len((tmp_path / "calls.jsonl").read_text().splitlines()) == 200


def test_the_python_export_example_writes_the_completed_calls(
    mock_env: CallsMockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    printed, namespace = run_example("export-python")
    rows = (tmp_path / "completed.csv").read_text().splitlines()
    assert printed.startswith(f"{len(rows) - 1} calls in ")
    assert namespace["result"].items == len(rows) - 1 > 0


def test_the_mock_command_of_the_readme_serves_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    (line,) = [line for line in examples()["mock-cli"].splitlines() if line.strip()]
    argv = shlex.split(line.replace("--port 8080", "--port 0"))
    assert argv[:3] == ["python", "-m", "sendbird_calls.mock"]
    process = subprocess.Popen([sys.executable, *argv[1:]], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        printed = "".join(process.stdout.readline() for _ in range(3))
        base_url = re.search(r"base_url:\s+(http://127\.0\.0\.1:\d+/v1)", printed)
        assert base_url, printed
        monkeypatch.setenv("SENDBIRD_APP_ID", "my-app")
        monkeypatch.setenv("SENDBIRD_API_TOKEN", "my-token")
        monkeypatch.setenv("SENDBIRD_CALLS_BASE_URL", base_url.group(1))
        with CallsClient() as client:
            assert client.users.list().items
            assert client.api_tokens.list() == []
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_in_process_fixture_marker_and_async_examples_pass_in_a_fresh_pytest(pytester: pytest.Pytester) -> None:
    """One pytest run of the three examples, plus the first without its http_client, which must fail
    before sending, saying what to pass: calls_mock's base_url is a label, not a host."""
    names = ["fixture-in-process", "fixture-marker", "fixture-async"]
    files = {f"test_{name.replace('-', '_')}": examples()[name] for name in names}
    without = examples()["fixture-in-process"].replace(", http_client=calls_mock.client()", ", max_retries=0")
    assert "http_client" not in without
    files["test_without_http_client"] = without
    pytester.makepyfile(**files)
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider", "--strict-markers", "-rf")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*ConfigurationError: base_url 'http://sendbird-calls-mock/v1' is the in-process mock's address*",
            "FAILED test_without_http_client.py::*",
        ]
    )


@pytest.fixture
def unpaced(monkeypatch: pytest.MonkeyPatch) -> None:
    """verify-spec without its 2 requests/s pace: the README's lines as written, at mock speed."""
    from sendbird_calls.rate_limit import Booking
    from sendbird_calls.verify.session import Pacer

    monkeypatch.setattr(Pacer, "reserve", lambda self, method, operation: Booking(0.0))


def test_the_verify_spec_lines_of_the_readme_run_and_clean_up(
    mock_env: CallsMockServer,
    unpaced: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from sendbird_calls.cli import main

    monkeypatch.chdir(tmp_path)
    lines = [line for line in examples()["verify-spec"].splitlines() if line.strip()]
    assert len(lines) == 2
    for line in lines:
        program, *argv = shlex.split(line)
        assert program == "sendbird-calls"
        assert main(argv) == 0, line
        assert "matches the spec" in capsys.readouterr().out
    assert json.loads((tmp_path / "drift.json").read_text())["result"] == "match"
    assert not (tmp_path / "drift.yaml").exists()  # no drift, no overlay
    assert [room.state for room in mock_env.state.rooms.by_seq.values()] == ["deleted"]
    assert not any(mock_env.state.push_tokens.values())
    assert not mock_env.state.secondary_tokens


def test_the_verify_python_example_reports_a_match(mock_env: CallsMockServer, unpaced: None) -> None:
    printed, namespace = run_example("verify-python")
    assert printed.startswith("The application matches the spec")
    assert namespace["report"].exit_code == 0
    assert namespace["overlay"] is None
    assert {request.method for request in mock_env.requests} == {"GET"}


def test_the_drift_example_counts_the_unknown_field_and_value_then_forgets_them() -> None:
    from sendbird_calls import drift

    drift.reset()
    printed, _ = run_example("drift")
    assert printed.splitlines()[0] == "archived {'region': 'eu'}"
    assert "Drift(model='Room', field='state', value='archived'): 1" in printed.splitlines()[1]
    assert "Drift(model='Room', field='region', value=None): 1" in printed.splitlines()[1]
    assert drift.counts() == {}
