"""The mock's seeding of 100,000 calls: absolute, for information (pytest-benchmark style).

Seeding is what a fresh ``CallsMock(calls=100_000)`` pays before its first answer about calls:
the state, then the call columns built on first use.
"""

from __future__ import annotations

from pytest_benchmark.fixture import BenchmarkFixture

from sendbird_calls.mock.state import MockState

TOKEN = "bench-master-token"
SEEDED_CALLS = 100_000


def seed(calls: int) -> MockState:
    state = MockState(app_id="bench-app", api_token=TOKEN, calls=calls)
    state.calls.columns  # noqa: B018 - built on first use: that is the cost measured
    return state


def test_seed_100000_calls(benchmark: BenchmarkFixture) -> None:
    state = benchmark.pedantic(seed, args=(SEEDED_CALLS,), rounds=5, warmup_rounds=1)
    assert len(state.calls.columns["caller"]) == SEEDED_CALLS
