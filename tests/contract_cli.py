"""``make contract``: the schemathesis CLI against a live mock over HTTP, the way a user's CI would run it.

Starts the mock with uvicorn on a free loopback port (in a thread of this process), then runs
``st run`` (as ``python -m schemathesis.cli``, so the venv's schemathesis is used) with a fixed
seed and bounded examples. Two runs, because ``--url`` replaces every server of the spec,
path-level ones included: the Calls operations against ``/v1``, the secondary-token operations
(whose path-level server is the Chat host) against ``/v3``. Exits non-zero when either run fails
or the mock answered anything that does not fit the spec. ``--spec FILE`` runs both against a mock
serving another spec file (a changed copy: its new operations are answered from the spec).

Every built-in check runs: it is schemathesis' default. ``--checks all`` is deliberately not
passed: a check named on the command line overrides the per-operation exceptions of
schemathesis.toml (use_after_free for reads of deleted rooms), and adds only
``max_response_time``, which does nothing without a limit.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sendbird_calls.mock.harness import CallsMockServer
from sendbird_calls.spec_doc import spec_path
from tests.contract_config import contract_config_text

ROOT = Path(__file__).resolve().parents[1]
CHAT_TAG = "api_tokens"


@dataclass(frozen=True)
class Run:
    """One schemathesis run: a name, the base URL and the operation filter."""

    name: str
    base_url: str
    filters: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    """How a run ended."""

    name: str
    exit_code: int
    seconds: float


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line: the seed and the examples per operation."""
    parser = argparse.ArgumentParser(prog="python -m tests.contract_cli", description=__doc__)
    parser.add_argument("--seed", type=int, default=1, help="schemathesis seed (default: 1)")
    parser.add_argument("--max-examples", type=int, default=10, help="examples per operation (default: 10)")
    parser.add_argument(
        "--spec", type=Path, default=None, help="the spec file to serve and test (default: the packaged one)"
    )
    return parser.parse_args(argv)


def st_command(
    run: Run,
    *,
    api_token: str,
    seed: int,
    max_examples: int,
    spec: Path | None = None,
    config_file: Path | None = None,
) -> list[str]:
    """The ``st run`` command line of one run (``config_file``: the contract's configuration)."""
    return [
        sys.executable,
        "-m",
        "schemathesis.cli",
        *(("--config-file", str(config_file)) if config_file is not None else ()),
        "run",
        str(spec or spec_path()),
        "--url",
        run.base_url,
        "-H",
        f"Api-Token: {api_token}",
        "--seed",
        str(seed),
        "--max-examples",
        str(max_examples),
        *run.filters,
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the mock, run schemathesis twice, print a summary; 0 when everything passed."""
    args = parse_args(argv)
    outcomes: list[Outcome] = []
    with (
        tempfile.TemporaryDirectory(prefix="sendbird-contract-") as tmp,
        CallsMockServer(spec_path=args.spec) as server,
    ):
        config_file = Path(tmp) / "schemathesis.toml"
        config_file.write_text(contract_config_text(args.spec), encoding="utf-8")
        print(f"==> mock serving {server.base_url} and {server.chat_base_url}", flush=True)
        runs = (
            Run("Calls API (/v1)", server.base_url, ("--exclude-tag", CHAT_TAG)),
            Run("Chat API secondary tokens (/v3)", server.chat_base_url, ("--include-tag", CHAT_TAG)),
        )
        for run in runs:
            command = st_command(
                run,
                api_token=server.api_token,
                seed=args.seed,
                max_examples=args.max_examples,
                spec=args.spec,
                config_file=config_file,
            )
            shown = shlex.join(command).replace(server.api_token, "***")
            print(f"==> {run.name}: {shown}", flush=True)
            started = time.monotonic()
            exit_code = subprocess.run(command, cwd=ROOT, check=False).returncode
            outcomes.append(Outcome(run.name, exit_code, time.monotonic() - started))
        problems = list(server.control.response_problems)
        received = server.requests.total

    print("\n==> contract summary")
    for outcome in outcomes:
        verdict = "passed" if outcome.exit_code == 0 else f"FAILED (exit {outcome.exit_code})"
        print(f"    {outcome.name}: {verdict} in {outcome.seconds:.1f}s")
    print(f"    mock: {received} requests, {len(problems)} answers that did not fit the spec")
    for problem in problems[:5]:
        print(f"      - {problem}")
    return 0 if all(o.exit_code == 0 for o in outcomes) and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
