"""``python -m tools.api_diff diff|check``: the report (``make api-diff``) and the release check (``make check-api``).

Exit codes: 0 nothing breaks (check: version and changelog agree with the diff), 1 something breaks
(check: a problem, named), 2 the sides cannot be compared (one ``error:`` line with the reason).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tools.api_diff.changes import CannotCompareError
from tools.api_diff.compare import compare
from tools.api_diff.load import format_version, last_release
from tools.api_diff.report import Result, render
from tools.api_diff.versioning import problems

ROOT = Path(__file__).resolve().parents[2]
REPORT = "build/api-diff.md"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tools.api_diff", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    diff = commands.add_parser("diff", help="compare with a base and write the Markdown report")
    diff.add_argument("--base", help="a git ref or a spec file (default: the last release in openapi/releases/)")
    diff.add_argument("--spec", type=Path, help="the new spec (default: the working tree's openapi/calls-v1.yaml)")
    diff.add_argument(
        "--generated", type=Path, help="the new sendbird_calls_api folder (default: generated/ or from --spec)"
    )
    check = commands.add_parser("check", help="hold _version.py and CHANGELOG.md to the diff with the last release")
    for command in (diff, check):
        command.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this one)")
        command.add_argument("--output", type=Path, help=f"where the report goes (default: ROOT/{REPORT})")
    return parser


def _write(result: Result, output: Path) -> str:
    text = render(result)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    return text


def run(argv: list[str]) -> int:
    """Runs one command; CannotCompareError propagates to ``main``."""
    args = _parser().parse_args(argv)
    root: Path = args.root.resolve()
    output: Path = args.output or root / REPORT
    if args.command == "diff":
        result = compare(root, args.base, args.spec, args.generated)
        print(_write(result, output))
        print(f"api-diff: {result.summary()} against {result.base_label}; report in {output}")
        return result.exit_code
    version, _ = last_release(root)
    release = format_version(version)
    result = compare(root, None)
    _write(result, output)
    print(f"api-diff against release {release}: {result.summary()} (report in {output})")
    found = problems(root, result, release)
    for line in found:
        print(line if line.startswith("  ") else f"error: {line}", file=sys.stderr)
    return 1 if found else 0


def main(argv: list[str]) -> int:
    """Entry point: CannotCompareError (and any other failure to compare) is one ``error:`` line and exit 2."""
    try:
        return run(argv)
    except CannotCompareError as exc:
        print(f"error: cannot compare: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug or an input no rule foresaw: still one line, never a traceback
        print(f"error: cannot compare: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 2
