"""``python -m tools.lint_spec SPEC``: the spec rules (``make lint-spec``, after openapi-spec-validator).

Prints one line per finding, ``path: problem. Fix: ...``, then a summary. Exit codes: 0 every rule
holds (warnings may be printed), 1 a rule is broken, 2 the spec cannot be read (one ``error:`` line).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sendbird_calls.spec_doc import SpecUnavailableError
from tools.lint_spec.document import SpecDocument
from tools.lint_spec.report import Report
from tools.lint_spec.rules import lint


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tools.lint_spec", description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path, help="the OpenAPI document, such as openapi/calls-v1.yaml")
    return parser


def main(argv: list[str]) -> int:
    """Lints SPEC; see the module's docstring for the output and the exit codes."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse printed the usage and the problem
        return 2 if exc.code else 0
    try:
        document = SpecDocument.read(args.spec)
    except SpecUnavailableError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report = Report.of(str(args.spec), lint(document))
    for line in report.lines():
        print(line)
    return report.exit_code
