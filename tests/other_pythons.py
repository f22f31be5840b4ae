"""``make test``'s runs of the library's unit tests on the other Pythons users run (3.12, 3.13).

Usage: ``python -m tests.other_pythons 3.12 3.13`` (in the foreground), or ``start 3.12 3.13``
then ``wait`` (what ``make test`` does: the runs use the core its single-process steps leave idle,
and their report comes before the main pytest run). For each version it finds an interpreter that
really runs and is that version, in this order:

1. ``$SENDBIRD_CALLS_PYTHON_3_12`` (a path), when set;
2. ``python3.12`` on ``PATH`` (a pyenv shim that is not the active version fails to run: skipped);
3. pyenv's builds, ``$PYENV_ROOT/versions/3.12.*/bin/python3.12`` (``~/.pyenv`` by default), newest first.

None found is an ``error:`` line naming where it looked and exit 1, never a silent skip. Each
version gets its own ``.venv-3.12`` with the package (``-e .[mock]``) and the test tools pinned in
pyproject's ``dev`` extra (reinstalled when pyproject.toml changes), then runs ``UNIT_TESTS`` in
parallel with the other versions; each run's output goes to ``.venv-3.12/pytest.log`` and one line
sums it up. The summary lines come before the main run's, so pytest's own stays the last line.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNIT_TESTS = (
    "test_client_*.py",
    "test_errors.py",
    "test_webhook_*.py",
    "test_results.py",
    "test_pagination_ends.py",
    "test_models.py",
    "test_request_building.py",
    "test_signatures.py",
    "test_operations_table.py",
    "test_help.py",
    "test_retry_policy.py",
    "test_rate_limit.py",
    "test_send_*.py",
    "test_network_transport.py",
    "test_request_options.py",
    "test_secrets.py",
    "test_logging.py",
    "test_integration.py",
    "test_mock_http_guard.py",
    "test_mock_bounds.py",
)
"""The client, models, errors, webhooks, pagination, transport, and the mock's server guard (asyncio
differs between versions): the tests that need only the package and pytest."""
NEEDS_DEV_TOOLS = frozenset({"test_client_codegen.py", "test_client_typing.py", "test_typing.py"})
"""They run the generator and mypy, installed only in the main venv."""
TEST_TOOLS = (
    "pytest",
    "pytest-asyncio",
    "hypothesis",
    "pytest-benchmark",
    "flask",
    "starlette",
    "uvicorn",
    "jsonschema",
    "jsonschema-rs",
    "pyyaml",
    "trio",
)
"""What the unit tests import, at the versions pinned in pyproject's ``dev`` extra."""
_SUMMARY = re.compile(r"^=* ?(?P<text>(\d+ \w+(, )?)+ in [\d.]+s.*?) ?=*$")


def find_python(version: str, env: Mapping[str, str], search_path: str | None) -> tuple[Path | None, list[str]]:
    """An interpreter of ``version`` that runs, and the places looked at (for the error message)."""
    looked: list[str] = []
    variable = "SENDBIRD_CALLS_PYTHON_" + version.replace(".", "_")
    candidates: list[str] = []
    if env.get(variable):
        candidates.append(env[variable])
    looked.append(f"${variable}")
    on_path = shutil.which(f"python{version}", path=search_path)
    looked.append(f"python{version} on PATH")
    if on_path:
        candidates.append(on_path)
    pyenv = Path(env.get("PYENV_ROOT") or Path(env.get("HOME", "~")).expanduser() / ".pyenv") / "versions"
    looked.append(f"{pyenv}/{version}.*/bin/python{version}")
    builds = sorted(pyenv.glob(f"{version}.*/bin/python{version}"), key=_version_key, reverse=True)
    candidates += [str(build) for build in builds]
    for candidate in candidates:
        if _runs_as(candidate, version):
            return Path(candidate), looked
    return None, looked


def _version_key(path: Path) -> tuple[int, ...]:
    """3.12.10 after 3.12.9: the numeric parts of the pyenv version folder."""
    return tuple(int(part) for part in re.findall(r"\d+", path.parents[1].name))


def _runs_as(executable: str, version: str) -> bool:
    """Whether ``executable`` starts and reports ``version`` (a shim of another version fails here)."""
    try:
        result = subprocess.run(
            [executable, "-c", "import sys, venv; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0 and result.stdout.strip() == version


def pins(pyproject: Path, names: Iterable[str]) -> list[str]:
    """The ``dev`` extra's requirement of each of ``names`` (e.g. ``pytest==9.2.0``)."""
    dev = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["optional-dependencies"]["dev"]
    by_name = {re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower(): requirement for requirement in dev}
    missing = [name for name in names if name not in by_name]
    if missing:
        raise SystemExit(f"error: pyproject's dev extra pins no {', '.join(missing)}")
    return [by_name[name] for name in names]


def unit_tests(tests: Path) -> list[str]:
    """The files of ``UNIT_TESTS`` that exist, relative to the project root, sorted."""
    found = {path for pattern in UNIT_TESTS for path in tests.glob(pattern) if path.name not in NEEDS_DEV_TOOLS}
    return sorted(str(path.relative_to(tests.parent)) for path in found)


def ensure_venv(python: Path, version: str) -> Path:
    """``.venv-<version>`` with the package and the test tools, rebuilt when pyproject.toml or
    the interpreter change; pip's output is kept in ``.venv-<version>/install.log``."""
    venv = ROOT / f".venv-{version}"
    stamp = venv / ".installed-stamp"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + str(python).encode()).hexdigest()
    if stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        return venv
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([str(python), "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    with (venv / "install.log").open("w", encoding="utf-8") as log:
        for command in (
            [*pip, "--upgrade", "pip"],
            [*pip, "-e", ".[mock]", *pins(ROOT / "pyproject.toml", TEST_TOOLS)],
        ):
            if subprocess.run(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, check=False).returncode:
                raise InstallError(f"installing into {venv.name} failed; see {venv.name}/install.log")
    stamp.write_text(wanted, encoding="utf-8")
    return venv


class InstallError(Exception):
    """A venv of another Python could not be installed."""


def summary_of(log: str) -> str:
    """Pytest's closing line (``785 passed in 50.12s``), or a note that it has none."""
    for line in reversed(log.splitlines()):
        match = _SUMMARY.match(line.strip())
        if match:
            return match["text"]
    return "no pytest summary (see the log)"


def find_all(versions: Sequence[str]) -> dict[str, Path] | None:
    """The interpreter of each version, or None after an ``error:`` line naming where one was looked for."""
    found: dict[str, Path] = {}
    for version in versions:
        python, looked = find_python(version, os.environ, os.environ.get("PATH"))
        if python is None:
            print(
                f"error: Python {version} not found (looked at {', '.join(looked)}); install it "
                f"(e.g. `pyenv install {version}`), point SENDBIRD_CALLS_PYTHON_{version.replace('.', '_')} "
                "at it, or leave it out with `make test OTHER_PYTHONS=...`",
                file=sys.stderr,
            )
            return None
        found[version] = python
    return found


def run(found: Mapping[str, Path]) -> tuple[bool, list[str]]:
    """Install (in parallel) and test (in parallel) every version; whether all passed, and the report."""
    with ThreadPoolExecutor(max_workers=len(found) or 1) as pool:
        installs = {version: pool.submit(ensure_venv, python, version) for version, python in found.items()}
    report: list[str] = []
    venvs: dict[str, Path] = {}
    for version, install in installs.items():
        try:
            venvs[version] = install.result()
        except (InstallError, subprocess.CalledProcessError) as exc:
            report.append(f"error: Python {version}: {exc}")
    if report:
        return False, report
    files = unit_tests(ROOT / "tests")
    started = time.monotonic()
    runs = {}
    for version, venv in venvs.items():
        log = (venv / "pytest.log").open("w", encoding="utf-8")
        command = [str(venv / "bin" / "python"), "-m", "pytest", "-q", *files]
        runs[version] = (subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT), log, venv)
    ok = True
    for version, (process, log, venv) in runs.items():
        code = process.wait()
        log.close()
        text = (venv / "pytest.log").read_text(encoding="utf-8", errors="replace")
        report.append(f"    Python {version} ({found[version]}): {summary_of(text)}")
        if code != 0:
            ok = False
            report += text.splitlines()[-60:]
            report.append(f"error: the unit tests failed on Python {version}; the whole log is {venv.name}/pytest.log")
    report.append(f"    {len(files)} test files on {len(runs)} Pythons in {time.monotonic() - started:.0f} s")
    return ok, report


# --- make test: start in the background, collect before the main pytest run -------------------

STATE = ROOT / ".make"
RESULT = STATE / "other-pythons.json"
PID = STATE / "other-pythons.pid"
LOG = STATE / "other-pythons.log"


def start(versions: Sequence[str]) -> int:
    """Find the interpreters now (a missing one fails at once), then install and test in the background."""
    found = find_all(versions)
    if found is None:
        return 1
    STATE.mkdir(exist_ok=True)
    RESULT.unlink(missing_ok=True)
    with LOG.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.other_pythons", "--background", *versions],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    PID.write_text(str(process.pid), encoding="utf-8")
    print(f"    started in the background (pid {process.pid}): {', '.join(f'{v} {p}' for v, p in found.items())}")
    return 0


def background(versions: Sequence[str]) -> int:
    """The background half: run, then leave the report in ``RESULT`` (written whole, then renamed)."""
    found = find_all(versions)
    ok, report = (False, ["error: an interpreter went missing"]) if found is None else run(found)
    partial = RESULT.with_suffix(".part")
    partial.write_text(json.dumps({"ok": ok, "report": report}), encoding="utf-8")
    partial.replace(RESULT)
    return 0


def wait() -> int:
    """Wait for the background run (as long as it lives), print its report; 1 unless it passed."""
    pid = int(PID.read_text(encoding="utf-8")) if PID.exists() else None
    started = time.monotonic()
    while not RESULT.exists() and pid is not None and _alive(pid):
        time.sleep(0.2)
    print(f"    waited {time.monotonic() - started:.0f} s for the background run", flush=True)
    if not RESULT.exists():
        tail = LOG.read_text(encoding="utf-8", errors="replace").splitlines()[-40:] if LOG.exists() else []
        print("\n".join([*tail, "error: the other Pythons' run ended without a report (start it with `start`)"]))
        return 1
    result = json.loads(RESULT.read_text(encoding="utf-8"))
    print("\n".join(result["report"]), flush=True)
    return 0 if result["ok"] else 1


def _alive(pid: int) -> bool:
    """Whether our background run still runs (reaped by init once it ends: it is in its own session)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state != "Z"


def main(argv: Sequence[str]) -> int:
    """``start VERSIONS``, ``wait``, or ``VERSIONS`` (install and test in the foreground)."""
    args = list(argv)
    if args[:1] == ["wait"]:
        return wait()
    mode = args.pop(0) if args[:1] in (["start"], ["--background"]) else "foreground"
    if not args:
        print("    skipped: no other Python asked for (OTHER_PYTHONS is empty)")
        if mode == "start":
            STATE.mkdir(exist_ok=True)
            RESULT.write_text(json.dumps({"ok": True, "report": ["    skipped: OTHER_PYTHONS is empty"]}))
        return 0
    if mode == "start":
        return start(args)
    if mode == "--background":
        return background(args)
    found = find_all(args)
    if found is None:
        return 1
    ok, report = run(found)
    print("\n".join(report), flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
