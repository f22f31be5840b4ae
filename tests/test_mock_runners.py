"""The ways to run the mock: ``python -m sendbird_calls.mock``, the pytest fixtures, the spec it loads."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

from sendbird_calls import AsyncCallsClient, CallsClient, spec_doc
from sendbird_calls.mock import CallsMock, CallsMockServer, create_app
from sendbird_calls.mock.spec import load_spec
from sendbird_calls.spec_doc import spec_path
from tests.mock_support import changed_spec, fresh_spec, write

pytest_plugins = ("pytester",)
ROOT = Path(__file__).resolve().parents[1]
QUIET_PYTEST = ("-q", "-p", "no:cacheprovider", "-o", "asyncio_default_fixture_loop_scope=function")


def test_the_cli_prints_the_real_url_of_port_0_and_serves_it() -> None:
    command = [sys.executable, "-m", "sendbird_calls.mock", "--port", "0", "--app-id", "cli-app", "--api-token", "t0k"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        base_url = re.search(r"base_url:\s+(http://127\.0\.0\.1:(\d+)/v1)\s", lines[1])
        chat_url = re.search(r"chat_base_url:\s+(http://127\.0\.0\.1:\d+/v3)\s", lines[2])
        assert base_url, lines
        assert chat_url, lines
        assert int(base_url.group(2)) > 0

        users = httpx.get(f"{base_url.group(1)}/users", headers={"Api-Token": "t0k"}, timeout=10)
        tokens = httpx.get(f"{chat_url.group(1)}/applications/api_tokens", headers={"Api-Token": "t0k"}, timeout=10)
        settings = httpx.get(f"{base_url.group(1)}/applications/cli-app/settings/webhook", headers={"Api-Token": "t0k"})
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert (users.status_code, tokens.status_code, settings.status_code) == (200, 200, 200)


def test_the_fixtures_work_in_a_fresh_pytest(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        textwrap.dedent(
            """
            import pytest


            def test_sync(calls_mock):
                client = calls_mock.client(headers={"Api-Token": calls_mock.api_token})
                assert client.get("/users").status_code == 200
                assert calls_mock.base_url.endswith("/v1") and calls_mock.chat_base_url.endswith("/v3")
                assert calls_mock.requests[-1].operation_id == "list_users"


            @pytest.mark.calls_mock(app_id="tiny", api_token="secret", users=3, calls=5)
            def test_marker_configures_the_mock(calls_mock):
                client = calls_mock.client(headers={"Api-Token": "secret"})
                assert len(client.get("/users").json()["users"]) == 3
                assert calls_mock.app_id == "tiny" and calls_mock.state.calls.count == 5


            @pytest.mark.asyncio
            async def test_async(calls_mock):
                async with calls_mock.async_client(headers={"Api-Token": calls_mock.api_token}) as client:
                    assert (await client.post("/rooms", json={"type": "small_room_for_video"})).status_code == 200
                assert len(calls_mock.state.rooms.order) == 1


            def test_server(calls_mock_server):
                assert calls_mock_server.base_url.startswith("http://127.0.0.1:")
                with calls_mock_server.client(headers={"Api-Token": calls_mock_server.api_token}) as client:
                    assert client.get("/rooms").json() == {"rooms": [], "next": None, "prev": None}
            """
        )
    )
    result = pytester.runpytest_subprocess(*QUIET_PYTEST)
    result.assert_outcomes(passed=4)


def test_the_plugin_imports_nothing_heavy() -> None:
    code = (
        "import sys, sendbird_calls.mock.pytest_plugin; "
        "heavy = ('starlette', 'uvicorn', 'jsonschema', 'jsonschema_rs', 'yaml', 'schemathesis'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_without_the_mock_extra_the_plugin_loads_and_the_fixture_explains(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        textwrap.dedent(
            """
            import sys

            class HideMockExtra:
                def find_spec(self, name, path=None, target=None):
                    if name.split(".")[0] in {"starlette", "uvicorn", "jsonschema_rs"}:
                        raise ModuleNotFoundError(name)
                    return None

            for name in [m for m in sys.modules if m.split(".")[0] in {"starlette", "uvicorn", "jsonschema_rs"}]:
                del sys.modules[name]
            sys.meta_path.insert(0, HideMockExtra())
            """
        )
    )
    pytester.makepyfile("def test_uses_mock(calls_mock):\n    pass\n\ndef test_unrelated():\n    pass\n")
    result = pytester.runpytest_subprocess(*QUIET_PYTEST, "-p", "no:schemathesis")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.re_match_lines(
        [r".*missing: starlette, uvicorn, jsonschema_rs.*pip install 'sendbird-calls\[mock\]'"]
    )


def test_the_server_fixture_answers_over_real_http(calls_mock_server: CallsMockServer) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/v1", calls_mock_server.base_url)
    response = httpx.get(
        f"{calls_mock_server.base_url}/rooms/a%2Fb", headers={"Api-Token": calls_mock_server.api_token}
    )
    assert response.json()["code"] == 1400126
    assert calls_mock_server.requests[-1].raw_path == "/v1/rooms/a%2Fb"


async def test_the_sync_client_works_inside_a_running_event_loop(calls_mock: CallsMock) -> None:
    client = calls_mock.client(headers={"Api-Token": calls_mock.api_token})
    assert client.get("/users").status_code == 200


def test_the_spec_is_served_for_tools(calls_mock: CallsMock) -> None:
    client = calls_mock.client()
    assert client.get("http://sendbird-calls-mock/openapi.json").json()["openapi"] == "3.1.0"
    assert client.get("http://sendbird-calls-mock/openapi.yaml").content == spec_path().read_bytes()


def test_the_spec_comes_from_the_repo_in_an_editable_install_and_is_parsed_once_by_the_one_reader() -> None:
    assert spec_path() == ROOT / "openapi" / "calls-v1.yaml"
    assert load_spec() is load_spec(ROOT / "openapi" / "calls-v1.yaml")
    assert load_spec().raw is spec_doc.load_spec()


def test_another_spec_path_can_be_given(tmp_path: Path) -> None:
    copy = tmp_path / "calls.yaml"
    copy.write_bytes(spec_path().read_bytes())
    app = create_app(spec_path=copy)
    assert app.state.mock.spec is load_spec(copy)
    assert app.state.mock.spec is not load_spec()


async def test_the_fixture_plugs_into_the_calls_client(calls_mock: CallsMock) -> None:
    with calls_mock.calls_client() as client:
        room = client.rooms.create(type="small_room_for_video")
        client.api_tokens.generate()
    async with calls_mock.async_calls_client() as aio:
        assert (await aio.rooms.retrieve(room.room_id)).state == "open"

    assert [r.operation_id for r in calls_mock.requests] == ["create_room", "generate_secondary_api_token", "get_room"]


def test_the_client_fixtures_are_clients_of_the_mock(calls_mock: CallsMock, calls_client: CallsClient) -> None:
    user_ids = [user.user_id for user in itertools.islice(calls_client.users.list(limit=3), 5)]
    assert user_ids == ["user-00019", "user-00018", "user-00017", "user-00016", "user-00015"]
    assert [r.operation_id for r in calls_mock.requests] == ["list_users", "list_users"]


async def test_the_async_client_fixture_pages_through_the_mock(async_calls_client: AsyncCallsClient) -> None:
    rooms = [await async_calls_client.rooms.create(type="large_room_for_audio_only") for _ in range(3)]
    listed = [room.room_id async for room in async_calls_client.rooms.list(limit=2)]
    assert listed == [room.room_id for room in reversed(rooms)]


def test_the_runner_serves_another_spec_file_with_its_new_operation(tmp_path: Path) -> None:
    spec_file = write(tmp_path, changed_spec())
    command = [sys.executable, "-m", "sendbird_calls.mock", "--spec", str(spec_file), "--port", "0", "--print-json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        facts = json.loads(process.stdout.readline())
        headers = {"Api-Token": "mock-token"}
        page = httpx.get(f"{facts['base_url']}/rooms/r1/rehearsals", headers=headers, params={"limit": 3}, timeout=10)
        served = httpx.get(facts["spec_url"], timeout=10).json()
    finally:
        process.terminate()
        process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    assert page.status_code == 200
    assert len(page.json()["rehearsals"]) == 3
    assert "/rooms/{room_id}/rehearsals" in served["paths"]


def test_a_spec_file_the_mock_cannot_serve_is_one_error_line_naming_the_stale_handler(tmp_path: Path) -> None:
    spec = fresh_spec()
    del spec["paths"]["/rooms/{room_id}"]["get"]
    stale = write(tmp_path, spec)
    missing = tmp_path / "missing.yaml"
    for spec_file, message in (
        (
            stale,
            f"error: --spec: the mock has a handler for get_room (sendbird_calls.mock.operations.rooms.get_room), "
            f"an operation {stale} does not have",
        ),
        (missing, f"error: --spec: cannot read the OpenAPI spec {missing}: FileNotFoundError"),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "sendbird_calls.mock", "--spec", str(spec_file), "--port", "0"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert (result.returncode, result.stdout) == (2, ""), result.stderr
        assert result.stderr.startswith(message), result.stderr
        assert result.stderr.count("\n") == 1
