"""Start-up in a clean runtime-only venv built from the wheel: fresh processes, interleaved.

``python -m pip wheel`` builds the project's wheel, a venv in a temporary directory installs it
with its runtime dependencies only (no dev or mock extras, so no click or rich for httpx to pull
in), and each run is a new interpreter that times its own statement in CPU time (``process_time``)
(interpreter start-up is the same for both and left out).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import venv
from collections.abc import Callable
from pathlib import Path

from .harness import Goal, Result, interleave_samples

ROOT = Path(__file__).resolve().parents[1]
RUNS = 21
IMPORT_PROFILE_RUNS = 9
WHY_STARTUP = (
    "beyond httpx, the import loads the hand-written core (`sendbird_calls/core/`: options, request, send loop, "
    "pages), the limiter, retry, config, errors and anyio, but no tag's operations and no model; the note gives "
    "the modules that take the most (`python -X importtime -c 'from sendbird_calls import CallsClient'` in the "
    "runtime-only venv)"
)
GOAL_IMPORT = Goal(
    3, "start-up: `from sendbird_calls import CallsClient` <= 1.2x `import httpx`", 1.2, why=WHY_STARTUP, issue=19
)
GOAL_CONSTRUCT = Goal(3, "start-up: `CallsClient(...)` <= 1.1x `httpx.Client()`", 1.1, why=WHY_STARTUP)

TIMER = """
import time
{setup}
_started = time.process_time()
{statement}
print(time.process_time() - _started)
"""

LAZY_CHECK = """
import sys


def loaded():
    names = [m for m in sys.modules if m.startswith("sendbird_calls_api.")]
    tags = sorted(m.split(".")[2] for m in names if m.startswith("sendbird_calls_api.api.") and m.count(".") == 2)
    models = [m for m in names if m.startswith("sendbird_calls_api.models.")]
    attrs = "loaded" if "attr" in sys.modules else "not loaded"
    return f"tags {tags or 'none'}, {len(models)} model modules, attrs {attrs}"


from sendbird_calls import CallsClient

client = CallsClient("app", "token")
print(f"after `CallsClient(...)`: {loaded()}; after `client.rooms`: ", end="")
client.rooms
print(loaded())
"""


def build_venv(workdir: Path) -> Path:
    """The wheel of this checkout installed alone into a new venv; returns its python."""
    wheels = workdir / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--disable-pip-version-check",
            "-w",
            wheels,
            ROOT,
        ],
        check=True,
    )
    (wheel,) = wheels.glob("sendbird_calls-*.whl")
    venv.create(workdir / "venv", with_pip=True)
    python = workdir / "venv" / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel], check=True)
    return python


def _timer(python: Path, setup: str, statement: str) -> Callable[[], float]:
    code = TIMER.format(setup=setup, statement=statement)

    def run() -> float:
        done = subprocess.run([python, "-c", code], check=True, capture_output=True, text=True, cwd="/")
        return float(done.stdout.strip())

    return run


def import_profile(python: Path, runs: int = IMPORT_PROFILE_RUNS) -> str:
    """What importing the client adds after httpx, by module: ``-X importtime`` self times, each module's
    least over ``runs`` fresh processes (the least disturbed by other load)."""
    least: dict[str, int] = {}
    httpx_total: list[int] = []
    for _ in range(runs):
        done = subprocess.run(
            [python, "-X", "importtime", "-c", "from sendbird_calls import CallsClient"],
            check=True,
            capture_output=True,
            text=True,
            cwd="/",
        )
        rows: list[tuple[int, int, str]] = []
        for line in done.stderr.splitlines():
            if line.startswith("import time:") and "self [us]" not in line:
                fields = line[len("import time:") :].split("|")
                rows.append((int(fields[0]), int(fields[1]), fields[2].strip()))
        start = next(index for index, row in enumerate(rows) if row[2] == "httpx")
        httpx_total.append(rows[start][1])
        for own, _cumulative, module in rows[start + 1 :]:
            least[module] = min(own, least.get(module, own))
    largest = sorted(least.items(), key=lambda item: item[1], reverse=True)[:5]
    return (
        f"`-X importtime`, least of {runs} runs: the modules loaded after httpx take {sum(least.values()) / 1000:.1f} "
        f"ms of own time (httpx itself {min(httpx_total) / 1000:.0f} ms), the largest "
        + ", ".join(f"`{name}` {own / 1000:.1f} ms" for name, own in largest)
    )


def startup() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="sendbird-calls-bench-") as tmp:
        try:
            python = build_venv(Path(tmp))
        except (subprocess.CalledProcessError, ValueError) as exc:
            reason = f"the runtime-only venv could not be built ({exc})"
            return [
                Result("`from sendbird_calls import CallsClient`", "`import httpx`", goal=GOAL_IMPORT, skipped=reason),
                Result("`CallsClient(...)`", "`httpx.Client()`", goal=GOAL_CONSTRUCT, skipped=reason),
            ]
        lazy = subprocess.run([python, "-c", LAZY_CHECK], check=True, capture_output=True, text=True, cwd="/")
        modules = import_profile(python)
        return [
            interleave_samples(
                "`from sendbird_calls import CallsClient` (fresh process)",
                _timer(python, "", "from sendbird_calls import CallsClient"),
                _timer(python, "", "import httpx"),
                baseline_label="`import httpx`",
                rounds=RUNS,
                goal=GOAL_IMPORT,
                note=modules,
            ),
            interleave_samples(
                '`CallsClient("app", "token")`, first in a process',
                _timer(python, "from sendbird_calls import CallsClient", 'CallsClient("app", "token")'),
                _timer(python, "import httpx", "httpx.Client()"),
                baseline_label="`httpx.Client()`, first in a process",
                rounds=RUNS,
                goal=GOAL_CONSTRUCT,
                note=lazy.stdout.strip(),
            ),
        ]
