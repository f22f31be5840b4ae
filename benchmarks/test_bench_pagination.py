"""Pagination throughput: 10,000 direct calls of the in-process mock, 100 per page (100 requests).

The client side is ``iter_direct_calls(limit=100)``, which builds a typed ``DirectCall`` per item
and guards against looping tokens; the baseline fetches the same pages with the same httpx client
and ``json.loads`` only. Both pay the same mock, so the ratio is a lower bound of the client's
share. The mock skips validating its answers against the spec (``validate_responses=False``, as
its docs advise for benchmarks): that check would dominate both sides and hide the difference.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from sendbird_calls import CallsClient
from sendbird_calls.mock import CallsMock

CALLS = 10_000
PAGE = 100
ROUNDS = 7


@pytest.fixture(scope="module")
def mock() -> Iterator[CallsMock]:
    with CallsMock(calls=CALLS, validate_responses=False) as calls_mock:
        yield calls_mock


@pytest.fixture
def calls_client(mock: CallsMock) -> Iterator[CallsClient]:
    http = mock.client()
    with CallsClient(mock.app_id, mock.api_token, base_url=mock.base_url, http_client=http, rate_limits=None) as client:
        yield client


def count_with_client(client: CallsClient) -> int:
    return sum(1 for _ in client.direct_calls.iter_direct_calls(limit=PAGE))


def count_bare(http: httpx.Client, token: str) -> int:
    """Follows ``next`` with nothing but httpx and ``json.loads``: the work any client must do."""
    count = 0
    params: dict[str, Any] = {"limit": PAGE}
    while True:
        response = http.get("/direct_calls", params=params, headers={"Api-Token": token})
        response.raise_for_status()
        page = json.loads(response.content)
        count += len(page["calls"])
        if not page.get("next"):
            return count
        params = {"limit": PAGE, "next": page["next"]}


def test_iterate_10000_calls_with_calls_client(benchmark: BenchmarkFixture, calls_client: CallsClient) -> None:
    count = benchmark.pedantic(count_with_client, args=(calls_client,), rounds=ROUNDS, warmup_rounds=1)
    assert count == CALLS


def test_iterate_10000_calls_baseline(benchmark: BenchmarkFixture, mock: CallsMock) -> None:
    http = mock.client()
    count = benchmark.pedantic(count_bare, args=(http, mock.api_token), rounds=ROUNDS, warmup_rounds=1)
    assert count == CALLS
