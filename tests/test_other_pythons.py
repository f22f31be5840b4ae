"""``make test`` runs the unit tests on every Python the package says it supports, or fails saying
which interpreter is missing and where it looked (issue 20, item 10)."""

from __future__ import annotations

import re
import stat
import tomllib
from pathlib import Path

import pytest

from tests import other_pythons
from tests.other_pythons import UNIT_TESTS, find_python, main, summary_of, unit_tests

ROOT = Path(__file__).resolve().parents[1]


def fake_python(path: Path, prints: str, code: int = 0) -> Path:
    """An executable that answers any command with ``prints`` and exit ``code`` (like a pyenv shim)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\necho {prints}\nexit {code}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


def test_the_classifiers_name_exactly_the_pythons_make_test_runs() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    others = re.search(r"^OTHER_PYTHONS \?= (.+)$", makefile, re.MULTILINE)
    assert others is not None
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    classified = {
        c.rsplit(" :: ", 1)[1]
        for c in project["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    }

    assert classified == {"3.11", *others[1].split()}
    assert project["requires-python"] == ">=3.11"
    assert re.search(r"^test: other-pythons-start .* other-pythons-wait unit$", makefile, re.MULTILINE)


def test_an_interpreter_is_found_in_the_variable_then_path_then_pyenv(tmp_path: Path) -> None:
    pyenv = tmp_path / "pyenv"
    older = fake_python(pyenv / "versions" / "3.12.9" / "bin" / "python3.12", "3.12")
    newer = fake_python(pyenv / "versions" / "3.12.10" / "bin" / "python3.12", "3.12")
    on_path = fake_python(tmp_path / "bin" / "python3.12", "3.12")
    chosen = fake_python(tmp_path / "chosen" / "python", "3.12")
    env = {"PYENV_ROOT": str(pyenv), "HOME": str(tmp_path)}

    assert find_python("3.12", env, None)[0] == newer
    assert find_python("3.12", env, str(on_path.parent))[0] == on_path
    assert find_python("3.12", {**env, "SENDBIRD_CALLS_PYTHON_3_12": str(chosen)}, str(on_path.parent))[0] == chosen
    assert older.exists()


def test_a_shim_that_fails_or_another_version_is_passed_over(tmp_path: Path) -> None:
    shim = fake_python(tmp_path / "bin" / "python3.12", "pyenv: python3.12: command not found", code=127)
    wrong = fake_python(tmp_path / "wrong" / "python", "3.11")
    env = {"PYENV_ROOT": str(tmp_path / "nowhere"), "SENDBIRD_CALLS_PYTHON_3_12": str(wrong)}

    python, looked = find_python("3.12", env, str(shim.parent))

    assert python is None
    assert looked == [
        "$SENDBIRD_CALLS_PYTHON_3_12",
        "python3.12 on PATH",
        f"{tmp_path / 'nowhere' / 'versions'}/3.12.*/bin/python3.12",
    ]


def test_a_missing_interpreter_fails_with_one_line_naming_where_it_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path))
    monkeypatch.delenv("SENDBIRD_CALLS_PYTHON_3_99", raising=False)

    assert main(["3.99"]) == 1
    assert main(["start", "3.99"]) == 1

    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(
        "error: Python 3.99 not found (looked at $SENDBIRD_CALLS_PYTHON_3_99, python3.99 on PATH"
    )
    assert "pyenv install 3.99" in errors[0]


def test_leaving_every_other_python_out_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(other_pythons, "STATE", tmp_path)
    monkeypatch.setattr(other_pythons, "RESULT", tmp_path / "result.json")

    assert main([]) == 0
    assert main(["start"]) == 0
    assert main(["wait"]) == 0

    assert capsys.readouterr().out.count("skipped") == 3


def test_waiting_without_a_background_run_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in {"RESULT": "r.json", "PID": "r.pid", "LOG": "r.log"}.items():
        monkeypatch.setattr(other_pythons, name, tmp_path / value)

    assert main(["wait"]) == 1
    assert "ended without a report" in capsys.readouterr().out


def test_the_unit_tests_are_the_librarys_and_need_no_dev_tool() -> None:
    files = unit_tests(ROOT / "tests")

    for expected in ("tests/test_errors.py", "tests/test_results.py", "tests/test_webhook_limits.py"):
        assert expected in files
    assert any(name.startswith("tests/test_client_") for name in files)
    assert not {"tests/test_client_codegen.py", "tests/test_client_typing.py"} & set(files)
    assert files == sorted(files)


@pytest.mark.parametrize(
    ("log", "summary"),
    [
        ("....\n785 passed in 50.12s\n", "785 passed in 50.12s"),
        ("==== 2 failed, 783 passed in 51.00s (0:00:51) ====\n", "2 failed, 783 passed in 51.00s (0:00:51)"),
        ("Traceback: ImportError\n", "no pytest summary (see the log)"),
    ],
)
def test_the_summary_of_a_run_is_pytests_closing_line(log: str, summary: str) -> None:
    assert summary_of(log) == summary


def test_every_unit_test_pattern_names_files_that_exist() -> None:
    """A renamed test file must be renamed here too: a pattern matching nothing would drop its tests silently."""
    for pattern in UNIT_TESTS:
        assert list((ROOT / "tests").glob(pattern)), f"{pattern} matches no test file"
