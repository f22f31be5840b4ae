"""``python -m benchmarks``: every interleaved figure, the profile, then ``benchmarks/REPORT.md`` and the README.

``python -m benchmarks request`` measures the per-request figures and the profile only, printing them
without writing the report: a quick look after a change to the request path.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from .figures_client import all_figures
from .figures_export import export
from .figures_mock import mock_figures
from .figures_peer import peer
from .figures_request import PUBLISHED, request_figures
from .figures_startup import startup
from .harness import Result
from .profile_request import profile_request
from .report import figures_table, profile_lines, request_table, write

NOTES = [
    "Times are CPU time of the process (`time.process_time`), so other load on a shared machine "
    "does not land in one side of a round; the per-request and bulk figures do no I/O.",
    "Per request: an `httpx.MockTransport` answers a fixed room, so the server costs nothing and the figure "
    "is the client's own work. Added cost = (our call) - (the hand-written call: `httpx` GET of the absolute "
    "URL, `raise_for_status`, `json.loads`, `Room.from_dict`), counted in bare GETs (`httpx.Client.get` "
    "alone on the same transport); the three are timed in every round and the figure is the median of the "
    "per-round values. Our client runs with retries (2), a rate limiter at 1e5/s, the deadline, the body "
    "size cap, masked logging and typed errors. `transport=`: the client builds its one `httpx.Client` over "
    "the transport; `http_client=`: it sends through the `httpx.Client` it is given.",
    "Peers' per-request figures (githubkit, stripe-python, openai-python) are the ones issue 19 quotes, "
    "measured the same way elsewhere; they are not re-measured here.",
    "Bulk: the transport serves pages of 100 real direct calls (taken once from the project's mock); "
    "the typed path is the default one.",
    "Start-up: the wheel installed alone into a fresh venv (no dev or mock extras); each run is a new "
    "interpreter timing its own statement in CPU time, the two statements alternating.",
    "Mock: validation of requests and answers on; the baseline is a Starlette app returning the bytes the mock "
    "answered. Over HTTP both run under the same uvicorn thread in this process and a keep-alive httpx client asks "
    "them (loopback); in-process both are reached through `CallsMock.client()`. CPU time counts client, server and "
    "app, so the ratio is (client + server + mock) over (client + server + bare app).",
]


def _steps() -> list[tuple[str, Callable[[], list[Result]]]]:
    return [
        ("per request", request_figures),
        ("peer", lambda: [peer()]),
        ("bulk, memory, webhook, limiter", all_figures),
        ("start-up", startup),
        ("export", lambda: [export()]),
        ("mock", mock_figures),
    ]


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    load_before = os.getloadavg()
    if argv[1:] == ["request"]:
        print("\n".join(request_table(request_figures())))
        print("\n".join(profile_lines(profile_request())))
        return 0
    if argv[1:]:
        print("usage: python -m benchmarks [request]", file=sys.stderr)
        return 2
    results: list[Result] = []
    for name, step in _steps():
        step_started = time.perf_counter()
        done = step()
        results.extend(done)
        print("\n".join(request_table(done)[2:] + figures_table(done)[2:]), flush=True)
        print(f"({name}: {time.perf_counter() - step_started:.0f} s)", flush=True)
    profile = profile_request()
    write(results, profile, NOTES, PUBLISHED, load_before)
    print(f"benchmarks/REPORT.md written in {time.perf_counter() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
