"""The mock's seeding of 100,000 calls (absolute, for information) and webhook parsing vs ``json.loads``.

Seeding is what a fresh ``CallsMock(calls=100_000)`` pays before its first answer about calls:
the state, then the call columns built on first use. ``parse_event`` verifies the HMAC signature
and builds the typed event; its baseline is ``json.loads`` of the same bytes, the least any
handler does, so the ratio is the price of verifying and typing an event.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from pytest_benchmark.fixture import BenchmarkFixture

from sendbird_calls.mock.state import MockState
from sendbird_calls.webhooks import SIGNATURE_HEADER, parse_event, sign

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "calls-v1.yaml"
TOKEN = "bench-master-token"
SEEDED_CALLS = 100_000


def seed(calls: int) -> MockState:
    state = MockState(app_id="bench-app", api_token=TOKEN, calls=calls)
    state.calls.columns  # noqa: B018 - built on first use: that is the cost measured
    return state


def test_seed_100000_calls(benchmark: BenchmarkFixture) -> None:
    state = benchmark.pedantic(seed, args=(SEEDED_CALLS,), rounds=5, warmup_rounds=1)
    assert len(state.calls.columns["caller"]) == SEEDED_CALLS


@pytest.fixture(scope="module")
def event_body() -> bytes:
    """The spec's ``direct_call:end`` example (the largest event), as Sendbird would send it."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    examples = spec["webhooks"]["direct_call:end"]["post"]["requestBody"]["content"]["application/json"]["examples"]
    payload: dict[str, Any] = next(iter(examples.values()))["value"]
    return json.dumps(payload).encode()


def test_parse_event(benchmark: BenchmarkFixture, event_body: bytes) -> None:
    headers = {SIGNATURE_HEADER: sign(event_body, TOKEN)}
    event = benchmark(parse_event, event_body, headers, TOKEN)
    assert event.category == "direct_call:end"


def test_parse_event_baseline(benchmark: BenchmarkFixture, event_body: bytes) -> None:
    payload = benchmark(json.loads, event_body)
    assert payload["category"] == "direct_call:end"
