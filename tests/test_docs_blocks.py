"""The README's and the site's generated blocks: rendered from pyproject.toml and the code, never stale.

What each install adds, the client's settings and the ``request_options`` keys drifted from the code
before (issue 22: a dependency that was no longer used, no ``deadline``); now each is a block that
``python -m tools.docs_site`` renders, and these tests fail while one differs, or while the renderer
would have to guess.
"""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from sendbird_calls import AsyncCallsClient, CallsClient
from sendbird_calls.core.options import OPTION_KEYS
from tools.docs_site import blocks
from tools.docs_site.__main__ import main

ROOT = Path(__file__).resolve().parents[1]
PAGES = {"README.md": ROOT / "README.md", "getting-started.md": ROOT / "docs" / "getting-started.md"}


def test_every_generated_block_is_up_to_date() -> None:
    stale = [path.name for path in blocks.stale_files()]
    assert stale == [], f"stale generated blocks in {stale}: run `.venv/bin/python -m tools.docs_site`"


@pytest.mark.parametrize("page", sorted(PAGES))
def test_the_readme_and_getting_started_show_every_block(page: str) -> None:
    assert set(blocks.blocks_in(PAGES[page].read_text(encoding="utf-8"))) == set(blocks.RENDERERS)


def test_the_install_block_names_every_package_of_every_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    shown = blocks.render_install()
    lines = dict(zip(["", *project["optional-dependencies"]], shown.splitlines(), strict=True))
    for extra, requirements in [("", project["dependencies"]), *project["optional-dependencies"].items()]:
        for requirement in requirements:
            name = re.match(r"[A-Za-z0-9._-]+", requirement)
            assert name is not None
            assert name.group(0).lower() in lines[extra], f"{requirement} of {extra or 'the package'}"


def table_rows(block: str) -> dict[str, list[str]]:
    """The cells of a Markdown table's body rows, by their first cell (without its backticks)."""
    rows = {}
    for line in block.splitlines()[2:]:
        cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        rows[cells[0].strip("`")] = cells[1:]
    return rows


def test_the_settings_table_has_every_argument_of_both_clients() -> None:
    rows = table_rows(blocks.render_settings())
    for client in (CallsClient, AsyncCallsClient):
        assert list(rows) == [name for name in inspect.signature(client.__init__).parameters if name != "self"]
    assert {"deadline", "max_response_bytes"} <= set(rows)


def test_each_default_in_the_table_agrees_with_the_docstring() -> None:
    """The signature's default, in words, and what the docstring says of it name the same numbers and variables."""
    for name, default, text in blocks.client_arguments():
        shown = blocks.render_default(name, default)
        for variable in re.findall(r"SENDBIRD_[A-Z_]+", shown):
            assert variable in text, f"{name}: the docstring does not name {variable}"
        if "default" in text:
            for number in re.findall(r"\d+(?:\.\d+)?", shown):
                assert re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])", text), f"{name}: {number} ({shown})"


def test_the_table_renders_the_real_defaults() -> None:
    rows = table_rows(blocks.render_settings())
    assert rows["deadline"][0] == "120 s"
    assert rows["max_response_bytes"][0] == "16 MiB"
    assert rows["max_retries"][0] == "2"
    assert rows["rate_limits"][0] == "GET 10/s, POST 5/s, PUT 5/s, DELETE 5/s, per operation"
    assert rows["timeout"][0].startswith("5 s to connect, 30 s to read")


def test_the_request_options_block_lists_exactly_the_keys_request_options_takes() -> None:
    rows = table_rows(blocks.render_request_options())
    assert set(rows) == set(OPTION_KEYS)
    assert all(len(cells[1].split()) >= 3 for cells in rows.values())


def test_a_package_the_docs_do_not_explain_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pyproject = tmp_path / "pyproject.toml"
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pyproject.write_text(text.replace('"pyyaml>=6.0",\n]', '"pyyaml>=6.0",\n    "left-pad>=1",\n]', 1))
    monkeypatch.setattr(blocks, "PYPROJECT", pyproject)
    with pytest.raises(ValueError, match="names left-pad, which the docs do not explain"):
        blocks.render_install()


def test_an_extra_the_docs_do_not_describe_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pyproject = tmp_path / "pyproject.toml"
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pyproject.write_text(
        text.replace("[project.optional-dependencies]\n", '[project.optional-dependencies]\ns3 = ["httpx"]\n')
    )
    monkeypatch.setattr(blocks, "PYPROJECT", pyproject)
    with pytest.raises(ValueError, match=r"extras the docs do not describe: \['s3'\]"):
        blocks.render_install()


def test_a_none_default_the_renderer_cannot_explain_is_an_error() -> None:
    with pytest.raises(ValueError, match="CallsClient\\(proxy=None\\)"):
        blocks.render_default("proxy", None)


def test_an_unknown_block_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown generated block 'prices'"):
        blocks.rendered("<!-- generated:prices -->\n<!-- /generated:prices -->\n")


def test_the_command_rewrites_a_stale_block_and_check_says_which_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.md"
    page.write_text("# Page\n\n<!-- generated:settings -->\n| old |\n<!-- /generated:settings -->\n\nafter\n")
    monkeypatch.setattr(blocks, "FILES", (page,))
    monkeypatch.setattr(blocks, "ROOT", tmp_path)
    assert main(["--check"]) == 1
    assert "error: page.md: a generated block is stale" in capsys.readouterr().out
    assert main([]) == 0
    assert blocks.blocks_in(page.read_text())["settings"] == blocks.render_settings()
    assert page.read_text().endswith("<!-- /generated:settings -->\n\nafter\n")
    assert main(["--check"]) == 0
    assert main(["--bogus"]) == 2


def test_the_check_runs_as_a_module_from_the_checkout() -> None:
    """``python -m tools.docs_site --check`` in a process: 0 on the committed files."""
    done = subprocess.run(
        [sys.executable, "-m", "tools.docs_site", "--check"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
