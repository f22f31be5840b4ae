"""Benchmarks: ``make bench`` runs the pytest-benchmark files here, then the interleaved harness.

Two styles live in this directory; ``make test`` collects neither (``testpaths = ["tests"]``).

- The harness (``python -m benchmarks``: ``harness.py``, ``figures_*.py``, ``profile_request.py``,
  ``report.py``) times each figure and its baseline in alternating blocks in one process and writes
  ``benchmarks/REPORT.md`` and the README's Speed comparison. Preferred: a figure is one
  ``harness.interleave(label, measured, baseline, baseline_label=..., goal=...)`` call (a ratio) or
  ``harness.interleave_added(...)`` (a request's added cost) returning a ``Result``; add it to a
  ``figures_*`` step of ``__main__.py``.
- pytest-benchmark files (``test_bench_*.py``, the ``benchmark`` fixture) still run as they are:
  their medians are saved to ``benchmarks/pytest-benchmark.json`` (not committed) and shown in the
  report, and a test ``test_X`` is paired with ``test_X_baseline`` as a ratio (sequential, so
  noisier than the harness).

No benchmark asserts a time, so a slow machine never fails a build.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

MEDIANS_FILE = Path(__file__).resolve().parent / "pytest-benchmark.json"
MEDIANS = pytest.StashKey[dict[str, float]]()
"""Test name -> median seconds of its benchmark, filled as the benchmarks run."""


@pytest.fixture(autouse=True)
def _record_median(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each benchmark, keeps its median for the report (nothing when benchmarks are off)."""
    yield
    fixture = request.node.funcargs.get("benchmark")
    metadata = getattr(fixture, "stats", None)
    if metadata is not None:
        request.config.stash.setdefault(MEDIANS, {})[request.node.name] = metadata.stats.median


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Saves the medians where ``python -m benchmarks`` reads them for the report."""
    medians = session.config.stash.get(MEDIANS, {})
    if medians:
        MEDIANS_FILE.parent.mkdir(exist_ok=True)
        MEDIANS_FILE.write_text(json.dumps(medians, indent=2, sort_keys=True) + "\n", encoding="utf-8")
