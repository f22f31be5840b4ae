"""The wheel ships both packages typed, the spec the mock reads, complete metadata and entry points."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from tests.loopback import unused_port

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("sendbird_calls-*.whl")
    return zipfile.ZipFile(built)


def test_the_wheel_ships_both_packages_typed_and_the_spec(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert {"sendbird_calls/py.typed", "sendbird_calls_api/py.typed", "sendbird_calls/_spec/calls-v1.yaml"} <= names
    assert {"sendbird_calls/client.py", "sendbird_calls/core/send.py", "sendbird_calls/core/network.py"} <= names
    assert "sendbird_calls_api/api/rooms/__init__.py" in names  # one module per tag: the operations and methods
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
    assert not [name for name in names if name.startswith(("tests/", "benchmarks/"))]
    shipped_spec = wheel.read("sendbird_calls/_spec/calls-v1.yaml")
    assert shipped_spec == (ROOT / "openapi" / "calls-v1.yaml").read_bytes()


def test_the_wheel_metadata_is_complete(wheel: zipfile.ZipFile) -> None:
    (metadata_name,) = [name for name in wheel.namelist() if name.endswith(".dist-info/METADATA")]
    metadata = Parser().parsestr(wheel.read(metadata_name).decode())
    assert metadata["Name"] == "sendbird-calls"
    assert metadata["License-Expression"] == "MIT"
    assert metadata["Requires-Python"] == ">=3.11"
    assert {url.split(",")[0] for url in metadata.get_all("Project-URL")} >= {"Homepage", "Source", "Issues"}
    classifiers = metadata.get_all("Classifier")
    assert "Typing :: Typed" in classifiers
    assert "Programming Language :: Python :: 3.11" in classifiers
    requirements = metadata.get_all("Requires-Dist")
    runtime = sorted(r.split(">")[0].split("<")[0] for r in requirements if "extra ==" not in r)
    assert runtime == ["anyio", "attrs", "click", "httpx", "pyyaml", "rich"]
    assert set(metadata.get_all("Provides-Extra")) == {"dev", "mock", "verify"}


def test_the_wheel_registers_the_cli_and_the_pytest_plugin(wheel: zipfile.ZipFile) -> None:
    (entry_points,) = [name for name in wheel.namelist() if name.endswith(".dist-info/entry_points.txt")]
    text = wheel.read(entry_points).decode()
    assert "sendbird-calls = sendbird_calls.cli:main" in text
    assert "[pytest11]" in text
    assert "sendbird_calls = sendbird_calls.mock.pytest_plugin" in text


def test_the_pytest_plugin_loads_without_importing_the_client_stack() -> None:
    """Every pytest run of a project with this package installed loads the plugin: it must stay cheap."""
    code = (
        "import sys, sendbird_calls.mock.pytest_plugin; "
        "print(sorted({'httpx', 'sendbird_calls_api'} & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert result.stdout.strip() == "[]"


def test_importing_the_client_loads_neither_asyncio_nor_httpcore() -> None:
    """Both cost start-up time (goal 3 of issue 14), and httpx itself loads httpcore only with a transport."""
    code = (
        "import sys; from sendbird_calls import CallsClient; print(sorted({'asyncio', 'httpcore'} & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert result.stdout.strip() == "[]"


def test_a_sync_program_never_loads_asyncio() -> None:
    """The default transport loads httpcore with the first client; a sync call still needs no asyncio."""
    code = (
        "import sys, httpx; from sendbird_calls import CallsClient\n"
        "base_url = f'http://127.0.0.1:{sys.argv[1]}/v1'\n"
        "with CallsClient('app', 'token', base_url=base_url, max_retries=0) as client:\n"
        "    try:\n"
        "        client.rooms.retrieve('r1')\n"
        "    except Exception as error:\n"
        "        print(type(error).__name__)\n"
        "print(sorted({'asyncio', 'httpcore'} & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(unused_port())], check=True, capture_output=True, text=True
    )
    assert result.stdout.split() == ["APIConnectionError", "['httpcore']"]  # refused: nobody listens there
