"""``python -m benchmarks``: every interleaved figure, the profile, then ``bench/REPORT.md`` and the README table."""

from __future__ import annotations

import sys
import time

from .figures_client import all_figures
from .figures_export import export
from .figures_mock import mock_figures
from .figures_peer import peer
from .figures_startup import startup
from .harness import Result
from .profile_get_room import profile_get_room
from .report import table, write

NOTES = [
    "Times are CPU time of the process (`time.process_time`), so other load on a shared machine "
    "does not land in one side of a round; the per-request and bulk figures do no I/O.",
    "Per request: an `httpx.MockTransport` answers a fixed room, so the server costs nothing and the ratio "
    "is the client's own work. Our client runs with retries (2), a rate limiter at 1e5/s, masked logging "
    "and typed errors.",
    "Bulk: the transport serves pages of 100 real direct calls (taken once from the project's mock); "
    "the typed path is the default one (whatever type checks the models do are on).",
    "Start-up: the wheel installed alone into a fresh venv (no dev or mock extras); each run is a new "
    "interpreter timing its own statement in CPU time, the two statements alternating.",
    "Mock: validation of requests and answers on; the baseline is a Starlette app returning the bytes the mock "
    "answered. Over HTTP both run under the same uvicorn thread in this process and a keep-alive httpx client asks "
    "them (loopback); in-process both are reached through `CallsMock.client()`. CPU time counts client, server and "
    "app, so the ratio is (client + server + mock) over (client + server + bare app).",
]


def main() -> int:
    started = time.perf_counter()
    results: list[Result] = []
    for name, step in (
        ("client figures", all_figures),
        ("peer", lambda: [peer()]),
        ("start-up", startup),
        ("export", lambda: [export()]),
        ("mock", mock_figures),
    ):
        step_started = time.perf_counter()
        done = step()
        results.extend(done)
        print(table(done).split("\n", 2)[-1], flush=True)
        print(f"({name}: {time.perf_counter() - step_started:.0f} s)", flush=True)
    profile = profile_get_room()
    write(results, profile, NOTES)
    print(f"bench/REPORT.md written in {time.perf_counter() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
