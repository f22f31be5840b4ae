"""Shared fixtures: a sync and an async client over one MockTransport handler, closed after the test;
and ``loopback``, real HTTP servers on 127.0.0.1 that misbehave as a test tells them to."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import settings

from sendbird_calls import AsyncCallsClient, CallsClient
from tests.loopback import Handler as LoopbackHandler
from tests.loopback import LoopbackServer, StartLoopback
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


@pytest.fixture
def loopback() -> Iterator[StartLoopback]:
    """``loopback(handler)`` starts a raw-socket HTTP/1.1 server on 127.0.0.1 (``tests/loopback.py``).

    The handler gets each request as an ``Exchange`` (``method``, ``target``, ``headers``, ``body``,
    ``number``, ``connection``) and decides what the socket does: ``answer(status, body, headers)``,
    ``echo_headers()``, ``send(raw)``, ``drip(data, every)``, ``stall()``, ``close()`` (FIN) or
    ``reset()`` (RST). Without a handler every request is answered ``200 {}``; ``server.handler``
    can be replaced between requests. ``server.base_url`` is its ``/v1`` URL, ``server.exchanges``
    every request read. Every server started is stopped at teardown, which releases drips and
    stalls at once; a handler that raised anything but a socket error fails the test.
    """
    started: list[LoopbackServer] = []

    def start(handler: LoopbackHandler | None = None) -> LoopbackServer:
        server = LoopbackServer(handler)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
    errors = [error for server in started for error in server.errors]
    if errors:
        raise errors[0]
