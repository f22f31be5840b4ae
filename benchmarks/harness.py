"""The interleaved timing harness: a figure and its baseline alternate in one process, round after round.

Timing a figure and then its baseline one after the other lets the machine drift between them (three
such runs once gave 1.30, 1.07 and 1.15 for the same code). Here every round times a block of the
figure and a block of the baseline back to back, in alternating order, and the ratio is computed per
round; the report gives the median ratio and its spread (first and third quartile, min and max).
Blocks are timed in CPU time of the process (``time.process_time``), not wall time: on a shared
machine another process's burst would otherwise land in one side of a round. No benchmark asserts
a time: the figures go into ``benchmarks/REPORT.md``.

Two kinds of figure: a ratio (figure time / baseline time) and, for a request, the cost a client
adds to the hand-written call, in bare GETs (``interleave_added``): (ours - hand-written) / bare GET,
the three timed in every round.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

Work = Callable[[], object]


RATIO: Final = "ratio"
"""A figure's time over its baseline's: 1.00x is as fast as the baseline."""
ADDED: Final = "added"
"""(figure - baseline) / a bare GET: what a client adds to the hand-written call, in bare GETs."""


@dataclass(frozen=True)
class Goal:
    """A target: the figure meets it when its median is at most ``target``."""

    number: int
    text: str
    target: float
    why: str = ""
    """What the report says when the goal is not met: where to look, what is known to cost."""
    issue: int = 14
    """The issue that set the target (19 restated the per-request and start-up ones)."""


@dataclass
class Result:
    """One row of the report: a ratio with its spread, or a reason why it was not measured."""

    label: str
    baseline: str
    values: list[float] = field(default_factory=list)
    """One value per round: a ratio, or for ``kind == ADDED`` the added cost in bare GETs."""
    measured_s: float | None = None
    """Median seconds of one unit of the figure."""
    baseline_s: float | None = None
    kind: str = RATIO
    get_s: float | None = None
    """For ``ADDED``: median seconds of the bare GET the added cost is counted in."""
    goal: Goal | None = None
    skipped: str | None = None
    """Why the figure did not run (e.g. a command not built yet)."""
    note: str = ""
    readme: bool = True
    """Whether the README's comparison shows it (internal figures, like the limiter's, stay in the report)."""

    @property
    def median(self) -> float | None:
        return statistics.median(self.values) if self.values else None

    def quartiles(self) -> tuple[float, float]:
        if len(self.values) < 2:
            value = self.values[0]
            return value, value
        q1, _, q3 = statistics.quantiles(self.values, n=4, method="inclusive")
        return q1, q3

    @property
    def met(self) -> bool | None:
        if self.goal is None or self.median is None:
            return None
        return self.median <= self.goal.target


def calibrate(work: Work, block_seconds: float) -> int:
    """How many calls of ``work`` fill about ``block_seconds`` (at least one)."""
    work()  # warm-up: caches, lazy imports, connection set-up
    number = 1
    while True:
        started = time.perf_counter()
        for _ in range(number):
            work()
        elapsed = time.perf_counter() - started
        if elapsed >= block_seconds / 4 or number >= 1 << 20:
            return max(1, round(number * block_seconds / max(elapsed, 1e-9)))
        number *= 4


def _block(work: Work, number: int) -> float:
    started = time.process_time()
    for _ in range(number):
        work()
    return (time.process_time() - started) / number


def interleave(
    label: str,
    measured: Work,
    baseline: Work,
    *,
    baseline_label: str,
    rounds: int = 25,
    block_seconds: float = 0.02,
    goal: Goal | None = None,
    note: str = "",
) -> Result:
    """Times ``measured`` and ``baseline`` in alternating blocks; one ratio per round."""
    # the slower of the two sets the count, so neither block runs much longer than block_seconds
    number = min(calibrate(measured, block_seconds), calibrate(baseline, block_seconds))
    result = Result(label, baseline_label, goal=goal, note=note)
    times_m: list[float] = []
    times_b: list[float] = []
    for index in range(rounds):
        gc.collect()
        if index % 2 == 0:
            m = _block(measured, number)
            b = _block(baseline, number)
        else:
            b = _block(baseline, number)
            m = _block(measured, number)
        times_m.append(m)
        times_b.append(b)
        result.values.append(m / b)
    result.measured_s = statistics.median(times_m)
    result.baseline_s = statistics.median(times_b)
    return result


def interleave_many(
    label: str,
    measured: Work,
    baselines: list[tuple[str, Work, Goal | None]],
    *,
    rounds: int,
    block_seconds: float = 0.02,
) -> list[Result]:
    """One figure against several baselines (label, work, goal), all timed in every round, order rotating."""
    works = [measured] + [work for _, work, _ in baselines]
    number = min(calibrate(work, block_seconds) for work in works)
    times: list[list[float]] = [[] for _ in works]
    for index in range(rounds):
        gc.collect()
        order = list(range(len(works)))
        if index % 2:
            order.reverse()
        for position in order:
            times[position].append(_block(works[position], number))
    results = []
    for position, (baseline_label, _, goal) in enumerate(baselines, start=1):
        result = Result(label, baseline_label, goal=goal)
        result.values = [m / b for m, b in zip(times[0], times[position], strict=True)]
        result.measured_s = statistics.median(times[0])
        result.baseline_s = statistics.median(times[position])
        results.append(result)
    return results


def interleaved_times(
    works: dict[str, Work],
    *,
    rounds: int,
    block_seconds: float = 0.02,
    statistic: Callable[[list[float]], float] = statistics.median,
) -> dict[str, float]:
    """Seconds of one call of each work, all timed in every round (order reversing each round), summed up
    over the rounds by ``statistic`` (the median; ``min`` for the least disturbed block of each)."""
    number = min(calibrate(work, block_seconds) for work in works.values())
    names = list(works)
    times: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        gc.collect()
        for name in names if index % 2 == 0 else reversed(names):
            times[name].append(_block(works[name], number))
    return {name: statistic(values) for name, values in times.items()}


def interleave_added(
    label: str,
    measured: Work,
    hand_written: Work,
    bare_get: Work,
    *,
    baseline_label: str,
    rounds: int = 41,
    block_seconds: float = 0.03,
    goal: Goal | None = None,
    note: str = "",
) -> Result:
    """What ``measured`` adds to ``hand_written``, counted in ``bare_get``s: (m - h) / g, one value per round.

    The three are timed in every round, in an order that reverses each round, so a slow spell of the
    machine lands on all three; the same number of calls fills each block.
    """
    works = (measured, hand_written, bare_get)
    number = min(calibrate(work, block_seconds) for work in works)
    result = Result(label, baseline_label, goal=goal, note=note, kind=ADDED)
    times: list[list[float]] = [[], [], []]
    for index in range(rounds):
        gc.collect()
        order = (0, 1, 2) if index % 2 == 0 else (2, 1, 0)
        for position in order:
            times[position].append(_block(works[position], number))
    result.values = [(m - h) / g for m, h, g in zip(*times, strict=True)]
    result.measured_s = statistics.median(times[0])
    result.baseline_s = statistics.median(times[1])
    result.get_s = statistics.median(times[2])
    return result


def interleave_samples(
    label: str,
    measured: Callable[[], float],
    baseline: Callable[[], float],
    *,
    baseline_label: str,
    rounds: int,
    goal: Goal | None = None,
    note: str = "",
) -> Result:
    """Like ``interleave`` for work that times itself (a subprocess reporting its own duration)."""
    result = Result(label, baseline_label, goal=goal, note=note)
    times_m: list[float] = []
    times_b: list[float] = []
    for index in range(rounds):
        if index % 2 == 0:
            m, b = measured(), baseline()
        else:
            b = baseline()
            m = measured()
        times_m.append(m)
        times_b.append(b)
        result.values.append(m / b)
    result.measured_s = statistics.median(times_m)
    result.baseline_s = statistics.median(times_b)
    return result


def duration(seconds: float | None) -> str:
    """A short human duration: ``12.3 µs``, ``4.56 ms``, ``1.23 s``."""
    if seconds is None:
        return "-"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"
