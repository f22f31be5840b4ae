"""Memory is bounded by the caller, not the server: a body is read only up to ``max_response_bytes``.

A success body past the cap is a ``ResponseTooLargeError`` (reading stops there); an error body is
cut at 64 KiB (or the cap, if smaller) and still raises its typed error; a compressed body counts
after decoding, so a small bomb cannot blow up. Proven against real sockets (a huge body, an
endless chunked one, a gzip bomb) and, byte-exact for any body and chunking, through the loop.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendbird_calls import APIError, ResponseTooLargeError, ServerError
from tests.loopback import Exchange, StartLoopback, head
from tests.send_support import MODES, Chunks, Mode, Script, call_client, call_options, run_loop

ERROR_BODY_BYTES = 64 * 1024


def retrieve(client: Any) -> Any:
    return client.rooms.retrieve("r1")


@pytest.mark.parametrize("mode", MODES)
async def test_a_body_past_the_cap_stops_reading_with_a_clear_error(mode: Mode, loopback: StartLoopback) -> None:
    server = loopback(lambda exchange: exchange.answer(200, b'{"room": "' + b"x" * 3_000_000 + b'"}'))

    with pytest.raises(ResponseTooLargeError, match="100000 bytes") as caught:
        await call_client(mode, retrieve, base_url=server.base_url, max_response_bytes=100_000)

    assert (caught.value.limit, caught.value.method, caught.value.path) == (100_000, "GET", "/v1/rooms/r1")
    assert len(server.exchanges) == 1  # too large is final: never retried


def endless_chunks(exchange: Exchange) -> None:
    exchange.send(head(200, {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}))
    chunk = b"x" * 65536
    while True:  # until the client hangs up (an OSError ends the handler)
        exchange.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))


@pytest.mark.parametrize("mode", MODES)
async def test_an_endless_chunked_body_stops_at_the_cap(mode: Mode, loopback: StartLoopback) -> None:
    server = loopback(endless_chunks)

    with pytest.raises(ResponseTooLargeError):
        await call_client(mode, retrieve, base_url=server.base_url, max_response_bytes=1_000_000)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_a_compressed_body_is_capped_after_decoding(mode: Mode, encoding: str, loopback: StartLoopback) -> None:
    plain = b'{"room": "' + b"0" * 20_000_000 + b'"}'
    bomb = gzip.compress(plain) if encoding == "gzip" else zlib.compress(plain)
    assert len(bomb) < 100_000  # small on the wire...
    server = loopback(lambda exchange: exchange.answer(200, bomb, {"Content-Encoding": encoding}))

    with pytest.raises(ResponseTooLargeError):  # ...and refused past 1 MB once decoded
        await call_client(mode, retrieve, base_url=server.base_url, max_response_bytes=1_000_000)


@pytest.mark.parametrize("mode", MODES)
async def test_an_error_body_is_cut_at_64_kib_and_quoted_as_a_short_excerpt(
    mode: Mode, loopback: StartLoopback
) -> None:
    page = b"<html>" + b"broken " * 1_000_000 + b"</html>"
    server = loopback(lambda exchange: exchange.answer(502, page, {"Content-Type": "text/html"}))

    with pytest.raises(ServerError) as caught:
        await call_client(mode, retrieve, base_url=server.base_url, max_retries=0)

    assert caught.value.status_code == 502
    assert caught.value.response is not None
    assert caught.value.response.content == page[:ERROR_BODY_BYTES]
    assert len(caught.value.body_excerpt) <= 200


@pytest.mark.parametrize("mode", MODES)
async def test_a_compressed_error_body_is_cut_after_decoding(mode: Mode, loopback: StartLoopback) -> None:
    bomb = gzip.compress(b'{"message": "' + b"y" * 20_000_000 + b'"}')
    server = loopback(lambda exchange: exchange.answer(500, bomb, {"Content-Encoding": "gzip"}))

    with pytest.raises(ServerError) as caught:
        await call_client(mode, retrieve, base_url=server.base_url, max_retries=0)

    assert caught.value.response is not None
    assert len(caught.value.response.content) == ERROR_BODY_BYTES
    assert "content-encoding" not in caught.value.response.headers  # the kept body is the decoded one


@pytest.mark.parametrize("mode", MODES)
async def test_an_error_body_is_cut_at_the_cap_when_the_cap_is_smaller(mode: Mode) -> None:
    script = Script(httpx.Response(500, content=b"e" * 5000))

    answer = await run_loop(mode, script, options=call_options(max_retries=0, max_response_bytes=1000))

    assert answer.content == b"e" * 1000


def chunked(body: bytes, sizes: list[int]) -> Iterator[bytes]:
    """``body`` in chunks of the given sizes (cycled), as a server may split it."""
    position, index = 0, 0
    while position < len(body):
        size = sizes[index % len(sizes)]
        yield body[position : position + size]
        position += size
        index += 1


@settings(max_examples=60)
@given(
    mode=st.sampled_from(MODES),
    size=st.integers(min_value=0, max_value=5000),
    limit=st.integers(min_value=1, max_value=5000),
    sizes=st.lists(st.integers(min_value=1, max_value=3000), min_size=1, max_size=5),
    status_code=st.sampled_from([200, 201, 400, 404, 500]),
)
async def test_any_body_is_kept_whole_up_to_the_cap_and_never_past_it(
    mode: Mode, size: int, limit: int, sizes: list[int], status_code: int
) -> None:
    body = bytes(index % 251 for index in range(size))
    script = Script(lambda _: httpx.Response(status_code, stream=Chunks(chunked(body, sizes))))
    options = call_options(max_retries=0, max_response_bytes=limit)

    if 200 <= status_code < 300 and size > limit:
        with pytest.raises(ResponseTooLargeError) as caught:
            await run_loop(mode, script, options=options)
        assert caught.value.limit == limit
        return
    answer = await run_loop(mode, script, options=options)
    if 200 <= status_code < 300:
        assert answer.content == body
    else:
        assert answer.content == body[: min(limit, ERROR_BODY_BYTES)]


async def test_the_kept_error_body_still_raises_its_typed_error(loopback: StartLoopback) -> None:
    """Cutting an error body never turns the error into something else."""
    body = b'{"code": 400200, "message": "Room not found.", "pad": "' + b"p" * 200_000 + b'"}'
    server = loopback(lambda exchange: exchange.answer(400, body))

    with pytest.raises(APIError) as caught:
        await call_client("sync", retrieve, base_url=server.base_url)

    assert caught.value.status_code == 400
    assert caught.value.response is not None
    assert len(caught.value.response.content) == ERROR_BODY_BYTES
