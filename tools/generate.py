"""The one way to generate ``sendbird_calls_api`` from a spec: ``make generate``, ``make check-generated``, api-diff.

A thin wrapper of the generation steps: copy ``overrides/templates`` and write ``spec_facts.jinja`` into a
temporary folder (``overrides/templates/spec_facts.py``), run the pinned openapi-python-client with
``generator-config.yaml`` and those templates, then put the package at OUTDIR.

Usage: ``python tools/generate.py SPEC OUTDIR`` (OUTDIR is the package folder, such as
``generated/sendbird_calls_api``; it is replaced only when generation succeeds). Exit 0, or 1 with an
``error:`` line naming the failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "overrides" / "templates"
CONFIG = ROOT / "generator-config.yaml"
PACKAGE = "sendbird_calls_api"
_EXCEPTION_LINE = re.compile(r"^[\w.]+(Error|Exception)\b")


class GenerationError(Exception):
    """The generator (or the template preparation) failed; the message says which step and why."""


def _reason(stderr: str, stdout: str, returncode: int) -> str:
    """The generator's first warning or error with its detail line, on one line."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip() and line.strip() not in "{}[]"]
    if lines and lines[0].startswith("Traceback"):
        raised = [line for line in lines if _EXCEPTION_LINE.match(line)]
        return raised[-1] if raised else lines[-1]  # the exception itself, not the frames
    for index, line in enumerate(lines):
        if line.startswith(("Warning(s) encountered", "Error(s) encountered")) and index + 1 < len(lines):
            return ": ".join(lines[index + 1 : index + 3])  # what could not be parsed, and why
        if line.startswith(("WARNING", "ERROR", "Error")) or "Error:" in line:
            return " ".join(lines[index : index + 2])
    if lines:
        return lines[-1]
    out = [line.strip() for line in stdout.splitlines() if line.strip()]
    return out[-1] if out else f"exit status {returncode}"


def _run(step: str, command: list[str], env: dict[str, str]) -> None:
    """Runs one step; a non-zero exit becomes a GenerationError naming the step and the first problem."""
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        raise GenerationError(f"{step} failed: {_reason(done.stderr, done.stdout, done.returncode)}")


def generate(spec: Path, outdir: Path) -> None:
    """Generates the package from SPEC into OUTDIR (replaced whole); raises GenerationError on failure."""
    spec, outdir = Path(spec).resolve(), Path(outdir).resolve()
    if not spec.is_file():
        raise GenerationError(f"no spec file at {spec}")
    bin_dir = Path(sys.executable).parent
    # The generator's ruff hooks must find the pinned ruff of the venv.
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory(prefix="sendbird-generate-") as tmp:
        templates, package = Path(tmp) / "templates", Path(tmp) / PACKAGE
        _run("template preparation", [sys.executable, str(TEMPLATES / "spec_facts.py"), str(spec), str(templates)], env)
        generator = shutil.which("openapi-python-client", path=env["PATH"]) or "openapi-python-client"
        _run(
            "openapi-python-client",
            [
                generator,
                "generate",
                "--path",
                str(spec),
                "--config",
                str(CONFIG),
                "--meta",
                "none",
                "--overwrite",
                "--fail-on-warning",
                "--custom-template-path",
                str(templates),
                "--output-path",
                str(package),
            ],
            env,
        )
        shutil.rmtree(outdir, ignore_errors=True)
        outdir.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(package, outdir)


def main(argv: list[str]) -> int:
    """``generate.py SPEC OUTDIR``: 0 when generated, 1 with an ``error:`` line, 2 on wrong usage."""
    if len(argv) != 2:
        print("usage: python tools/generate.py SPEC OUTDIR", file=sys.stderr)
        return 2
    try:
        generate(Path(argv[0]), Path(argv[1]))
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
