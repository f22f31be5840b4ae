"""Benchmarks of the client, reported as ratios against a baseline timed in the same process.

Run them with ``make bench`` (``pytest benchmarks -p no:randomly --benchmark-enable -q -o addopts=""``);
``make test`` never collects them (``testpaths = ["tests"]``).

Absolute times say more about the machine than about the code, so each measurement has a baseline
that does the same work the plainest way (bare httpx, ``json.loads``, the generated ``from_dict``)
against the same in-process server. The number to watch is the ratio of the two medians: how much
the client's safety (path checks, retries, rate limiting, typed errors, pagination guard) costs on
top of the unavoidable work. No benchmark asserts a time, so a slow machine never fails a build.

- ``test_bench_client.py``: one ``rooms.get_room`` through ``CallsClient`` vs bare httpx, over an
  ``httpx.MockTransport`` answering a fixed room (so the server costs nothing);
- ``test_bench_pagination.py``: all 10,000 direct calls of the in-process mock, 100 per page,
  through ``iter_direct_calls`` vs the same pages fetched with httpx + ``json.loads``;
- ``test_bench_mock_and_webhooks.py``: the mock seeding 100,000 calls (absolute, informational)
  and ``parse_event`` (signature check + typed model) vs ``json.loads`` of the same body.

The table at the end of the session is built from the medians that ``pytest-benchmark`` measured.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pytest


@attrs.frozen
class Ratio:
    """A measured benchmark and its baseline, both test names, shown as measured/baseline."""

    label: str
    measured: str
    baseline: str


RATIOS = (
    Ratio("get_room: CallsClient / httpx+json+from_dict", "test_get_room_with_calls_client", "test_get_room_baseline"),
    Ratio(
        "10,000 calls: iter_direct_calls / httpx+json",
        "test_iterate_10000_calls_with_calls_client",
        "test_iterate_10000_calls_baseline",
    ),
    Ratio("webhook: parse_event / json.loads", "test_parse_event", "test_parse_event_baseline"),
)
ABSOLUTE = (("mock: seed 100,000 calls (absolute)", "test_seed_100000_calls"),)

MEDIANS = pytest.StashKey[dict[str, float]]()
"""Test name -> median seconds of its benchmark, filled as the benchmarks run."""


@pytest.fixture(autouse=True)
def _record_median(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each benchmark, keeps its median for the summary table (nothing when benchmarks are off)."""
    yield
    fixture = request.node.funcargs.get("benchmark")
    metadata = getattr(fixture, "stats", None)
    if metadata is not None:
        request.config.stash.setdefault(MEDIANS, {})[request.node.name] = metadata.stats.median


@pytest.hookimpl(trylast=True)  # after pytest-benchmark's own table, so the ratios close the output
def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """Prints the ratios (and the informational absolute times) computed from the medians."""
    medians = config.stash.get(MEDIANS, {})
    if not medians:
        return
    write = terminalreporter.write_line
    terminalreporter.section("sendbird-calls: medians, and ratio to the baseline run in this session")
    write(f"{'measure':<48} {'measured':>10} {'baseline':>10} {'ratio':>7}")
    for ratio in RATIOS:
        measured, baseline = medians.get(ratio.measured), medians.get(ratio.baseline)
        if measured is None or baseline is None:
            write(f"{ratio.label:<48} {'(not run)':>10}")
            continue
        write(f"{ratio.label:<48} {_duration(measured):>10} {_duration(baseline):>10} {measured / baseline:>6.2f}x")
    for label, name in ABSOLUTE:
        if name in medians:
            write(f"{label:<48} {_duration(medians[name]):>10}")


def _duration(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"
