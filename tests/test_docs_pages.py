"""Every Python example of the documentation site runs, against the mock server, like the README's."""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from sendbird_calls.mock import CallsMockServer

DOCS = Path(__file__).resolve().parents[1] / "docs"
BLOCK = re.compile(r"^```python\n(?P<code>.*?)^```", re.DOTALL | re.MULTILINE)


def blocks() -> list[tuple[str, str]]:
    """(page:number, code) of every Python block of the site's pages."""
    found: list[tuple[str, str]] = []
    for page in sorted(DOCS.rglob("*.md")):
        for number, match in enumerate(BLOCK.finditer(page.read_text(encoding="utf-8")), start=1):
            found.append((f"{page.relative_to(DOCS)}:{number}", match["code"]))
    return found


@pytest.fixture(scope="module")
def server() -> Iterator[CallsMockServer]:
    # The ids and token the pages use, so examples with explicit arguments reach the mock too.
    with CallsMockServer(app_id="my-app-id", api_token="my-api-token", seed=5, users=20, calls=300) as server:
        yield server


@pytest.fixture
def mock_env(server: CallsMockServer, monkeypatch: pytest.MonkeyPatch) -> CallsMockServer:
    monkeypatch.setenv("SENDBIRD_APP_ID", server.app_id)
    monkeypatch.setenv("SENDBIRD_API_TOKEN", server.api_token)
    monkeypatch.setenv("SENDBIRD_CALLS_BASE_URL", server.base_url)
    return server


def test_the_pages_have_python_examples() -> None:
    assert len(blocks()) >= 10


@pytest.mark.parametrize(("where", "code"), blocks(), ids=[where for where, _ in blocks()])
def test_each_python_example_of_the_site_runs(mock_env: CallsMockServer, where: str, code: str) -> None:
    namespace = {"__name__": "docs_example"}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(code, where, "exec"), namespace)


def test_architecture_names_every_module_of_the_package() -> None:
    """A new module gets its line (job and tests) in ARCHITECTURE.md's module map."""
    root = Path(__file__).resolve().parents[1]
    package = root / "overrides" / "sendbird_calls"
    architecture = (root / "ARCHITECTURE.md").read_text(encoding="utf-8")
    modules = sorted(path.relative_to(package).as_posix() for path in package.rglob("*.py"))
    assert len(modules) > 40
    missing = [module for module in modules if f"`{module}`" not in architecture]
    assert missing == [], f"ARCHITECTURE.md's module map does not name: {missing}"
