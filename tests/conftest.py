"""Shared fixtures: a sync and an async client over one MockTransport handler, closed after the test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from hypothesis import settings

from sendbird_calls import AsyncCallsClient, CallsClient
from tests.spec_examples import API_TOKEN, APP_ID, ClientFactory, ClientPair, Handler

# Property tests check behaviour, not speed: a loaded CI machine must not fail them on time.
settings.register_profile("sendbird-calls", deadline=None)
settings.load_profile("sendbird-calls")


@pytest.fixture
async def make_clients() -> AsyncIterator[ClientFactory]:
    """Both clients answering through one handler, with APP_ID and API_TOKEN unless told otherwise;
    the rate limiter is off unless ``rate_limits`` is given."""
    made: list[ClientPair] = []

    def make(handler: Handler, **options: Any) -> ClientPair:
        options.setdefault("app_id", APP_ID)
        options.setdefault("api_token", API_TOKEN)
        options.setdefault("rate_limits", None)
        transport = httpx.MockTransport(handler)
        pair = ClientPair(CallsClient(transport=transport, **options), AsyncCallsClient(transport=transport, **options))
        made.append(pair)
        return pair

    yield make
    for pair in made:
        pair.sync.close()
        await pair.aio.aclose()
