"""The API token never leaks: not in reprs, results, errors, tracebacks, response objects or logs.

The master token is the canary ``API_TOKEN``; secondary tokens the server hands out or that a
caller revokes are secrets too (their values in reprs, the revoke path in logs and errors).
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sendbird_calls import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncCallsClient,
    CallsClient,
    RawResponse,
    ResponseValidationError,
)
from tests.spec_examples import (
    API_TOKEN,
    APP_ID,
    ClientFactory,
    LoopbackServer,
    ScriptedAnswer,
    call_arguments,
    generated_operations,
    success_example_response,
)

SECONDARY_TOKEN = "SECRET2"
MASKED_REVOKE_PATH = "/v3/applications/api_tokens/***"
ERROR_JSON = b'{"error": true, "code": %d, "type": "SOME_TYPE", "message": "refused"}'
LOGGERS = ("", "httpx", "httpcore", "sendbird_calls")


def exception_chain(error: BaseException) -> Iterator[BaseException]:
    """The error and every exception behind it (causes and contexts, even suppressed ones)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def everything_shown(value: object) -> str:
    """All the text a user could get from an object: its repr and str; for an exception also its
    formatted traceback, and the URL and headers of any httpx request anywhere in its chain."""
    shown = [repr(value), str(value)]
    if isinstance(value, BaseException):
        shown.append("".join(traceback.format_exception(value)))
        for error in exception_chain(value):
            shown += [repr(error), str(error)]
            if isinstance(error, httpx.RequestError):
                shown += [str(error.request.url), repr(error.request.headers.raw)]
    return "\n".join(shown)


def assert_hidden(secret: str, *values: object) -> None:
    for value in values:
        assert secret not in everything_shown(value)


def assert_request_carries_no_token(response: httpx.Response | None) -> None:
    """The request kept on a response never holds the Api-Token header (it went on an inner copy)."""
    assert response is not None
    assert "api-token" not in response.request.headers
    assert API_TOKEN not in repr(list(response.request.headers.raw))


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name or None)
    return caplog


def logged_text(caplog: pytest.LogCaptureFixture) -> Iterator[str]:
    """Every record as a handler could render it: message, arguments and every extra attribute."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in caplog.records:
        yield formatter.format(record)
        yield repr(vars(record))


async def test_the_token_is_masked_in_client_and_config_reprs(make_clients: ClientFactory) -> None:
    clients = make_clients(success_example_response)

    for client in (clients.sync, clients.aio):
        assert_hidden(API_TOKEN, client, client.config, client.config.api_token)


async def test_the_token_is_in_no_returned_model_or_raw_response(make_clients: ClientFactory) -> None:
    clients = make_clients(success_example_response)

    for op in generated_operations():
        raws: list[RawResponse[Any]] = [
            op.method_of(clients.sync, raw=True)(**call_arguments(op.info)),
            await op.method_of(clients.aio, raw=True)(**call_arguments(op.info)),
        ]
        for raw in raws:
            assert_hidden(API_TOKEN, raw, raw.parsed, raw.http_response, raw.http_response.request)
            assert_request_carries_no_token(raw.http_response)


ERROR_ANSWERS = {
    "400": httpx.Response(400, content=ERROR_JSON % 400200),
    "401": httpx.Response(401, content=ERROR_JSON % 401121),
    "429": httpx.Response(429, content=b'{"message": "Too many requests", "code": 429100}'),
    "500": httpx.Response(500, content=ERROR_JSON % 500999),
    "520-empty": httpx.Response(520, content=b""),
    "502-html": httpx.Response(502, content=b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
}


def answering(response: httpx.Response) -> Any:
    """A handler answering a fresh copy of ``response`` to every request."""
    return lambda _: httpx.Response(response.status_code, headers=response.headers, content=response.content)


@pytest.mark.parametrize("answer", ERROR_ANSWERS.values(), ids=ERROR_ANSWERS.keys())
async def test_the_token_is_in_no_api_error(answer: httpx.Response, make_clients: ClientFactory) -> None:
    clients = make_clients(answering(answer), max_retries=0)

    with pytest.raises(APIError) as sync_raised:
        clients.sync.rooms.get_room("r1")
    with pytest.raises(APIError) as async_raised:
        await clients.aio.rooms.get_room("r1")

    for error in (sync_raised.value, async_raised.value):
        assert error.status_code == answer.status_code
        assert_hidden(API_TOKEN, error)
        assert_request_carries_no_token(error.response)


@pytest.mark.parametrize(
    ("failure", "error_class"), [(httpx.ConnectError, APIConnectionError), (httpx.ReadTimeout, APITimeoutError)]
)
async def test_the_token_is_in_no_connection_error(
    failure: type[httpx.TransportError], error_class: type[APIConnectionError], make_clients: ClientFactory
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise failure(f"no answer from {request.url.host}", request=request)

    clients = make_clients(fail, max_retries=0)

    with pytest.raises(error_class) as sync_raised:
        clients.sync.rooms.get_room("r1")
    with pytest.raises(error_class) as async_raised:
        await clients.aio.rooms.get_room("r1")

    assert_hidden(API_TOKEN, sync_raised.value, async_raised.value)


async def test_the_token_is_in_no_response_validation_error(make_clients: ClientFactory) -> None:
    clients = make_clients(answering(httpx.Response(200, json={"room": {"room_id": "r1"}})))

    with pytest.raises(ResponseValidationError) as sync_raised:
        clients.sync.rooms.get_room("r1")
    with pytest.raises(ResponseValidationError) as async_raised:
        await clients.aio.rooms.get_room("r1")

    for error in (sync_raised.value, async_raised.value):
        assert_hidden(API_TOKEN, error)
        assert_request_carries_no_token(error.response)


def retry_then_succeed() -> list[ScriptedAnswer]:
    """A 503 and a 429 (each retried at once, Retry-After: 0), then the spec's answers."""
    return [
        ScriptedAnswer(503, ERROR_JSON % 500999, {"Retry-After": "0"}),
        ScriptedAnswer(429, ERROR_JSON % 429100, {"Retry-After": "0"}),
    ]


async def test_the_token_is_in_no_log_record_of_any_logger_at_debug(all_logs: pytest.LogCaptureFixture) -> None:
    with LoopbackServer() as server:
        server.script = retry_then_succeed()
        with CallsClient(APP_ID, API_TOKEN, base_url=server.base_url, rate_limits=None) as client:
            client.rooms.list_rooms()
            client.rooms.create_room(body={"type": "small_room_for_video"})
            client.users.list_user_calls("alice", end_result=["completed", "no_answer"])
            server.script = [ScriptedAnswer(400, ERROR_JSON % 400200)]
            with pytest.raises(APIError):
                client.rooms.get_room("missing")
        server.script = retry_then_succeed()
        async with AsyncCallsClient(APP_ID, API_TOKEN, base_url=server.base_url, rate_limits=None) as aclient:
            await aclient.rooms.list_rooms()
            await aclient.api_tokens.list_secondary_api_tokens()

    assert {request.headers["api-token"] for request in server.requests} == {API_TOKEN}
    logger_names = {record.name.split(".")[0] for record in all_logs.records}
    assert {"httpx", "httpcore", "sendbird_calls"} <= logger_names, "the loggers under test said nothing"
    assert any(record.levelno == logging.WARNING for record in all_logs.records), "no retry was logged"
    for text in logged_text(all_logs):
        assert API_TOKEN not in text


async def test_generated_and_listed_secondary_tokens_are_masked_in_repr(make_clients: ClientFactory) -> None:
    token = {"token": SECONDARY_TOKEN, "created_at": 1767225600}
    answers = {"GET": {"api_tokens": [token]}, "POST": token}
    clients = make_clients(lambda request: httpx.Response(200, json=answers[request.method]))

    generated = [
        clients.sync.api_tokens.generate_secondary_api_token(),
        await clients.aio.api_tokens.generate_secondary_api_token(),
    ]
    listed = [
        clients.sync.api_tokens.list_secondary_api_tokens(),
        await clients.aio.api_tokens.list_secondary_api_tokens(),
    ]

    assert [result.token for result in generated] == [SECONDARY_TOKEN, SECONDARY_TOKEN]
    assert [page.api_tokens[0].token for page in listed] == [SECONDARY_TOKEN, SECONDARY_TOKEN]
    assert_hidden(SECONDARY_TOKEN, *generated, *listed)


async def test_a_revoke_is_logged_with_its_path_masked_and_never_the_token(all_logs: pytest.LogCaptureFixture) -> None:
    with LoopbackServer() as server:
        server.script = retry_then_succeed()[:1]
        with CallsClient(APP_ID, API_TOKEN, base_url=server.base_url, rate_limits=None) as client:
            client.api_tokens.revoke_secondary_api_token(SECONDARY_TOKEN)
        async with AsyncCallsClient(APP_ID, API_TOKEN, base_url=server.base_url, rate_limits=None) as aclient:
            await aclient.api_tokens.revoke_secondary_api_token(SECONDARY_TOKEN)

    assert [request.raw_path for request in server.requests] == 3 * [f"/v3/applications/api_tokens/{SECONDARY_TOKEN}"]
    client_records = [record for record in all_logs.records if record.name == "sendbird_calls"]
    assert len(client_records) >= 3
    assert {getattr(record, "log_path", None) for record in client_records} == {MASKED_REVOKE_PATH}
    for text in logged_text(all_logs):
        assert SECONDARY_TOKEN not in text


async def test_viewing_one_token_logs_its_path_masked_and_masks_the_answer(all_logs: pytest.LogCaptureFixture) -> None:
    with LoopbackServer() as server:
        server.script = [ScriptedAnswer(200, json.dumps({"token": SECONDARY_TOKEN, "created_at": 1767225600}).encode())]
        with CallsClient(APP_ID, API_TOKEN, base_url=server.base_url, rate_limits=None) as client:
            viewed = client.api_tokens.get_secondary_api_token(SECONDARY_TOKEN)

    assert [request.raw_path for request in server.requests] == [f"/v3/applications/api_tokens/{SECONDARY_TOKEN}"]
    assert viewed.token == SECONDARY_TOKEN
    assert_hidden(SECONDARY_TOKEN, viewed)
    client_records = [record for record in all_logs.records if record.name == "sendbird_calls"]
    assert {getattr(record, "log_path", None) for record in client_records} == {MASKED_REVOKE_PATH}
    for text in logged_text(all_logs):
        assert SECONDARY_TOKEN not in text


REVOKE_FAILURES = {
    "400": httpx.Response(400, content=ERROR_JSON % 400200),
    "401": httpx.Response(401, content=ERROR_JSON % 401120),
    "500": httpx.Response(500, content=ERROR_JSON % 500999),
    "502-html": httpx.Response(502, content=b"<html>Bad Gateway</html>"),
}


@pytest.mark.parametrize("answer", REVOKE_FAILURES.values(), ids=REVOKE_FAILURES.keys())
async def test_errors_of_a_revoke_never_contain_the_token(answer: httpx.Response, make_clients: ClientFactory) -> None:
    clients = make_clients(answering(answer), max_retries=0)

    with pytest.raises(APIError) as sync_raised:
        clients.sync.api_tokens.revoke_secondary_api_token(SECONDARY_TOKEN)
    with pytest.raises(APIError) as async_raised:
        await clients.aio.api_tokens.revoke_secondary_api_token(SECONDARY_TOKEN)

    for error in (sync_raised.value, async_raised.value):
        assert error.path == MASKED_REVOKE_PATH
        assert error.response is not None
        assert_hidden(SECONDARY_TOKEN, error, error.response.request, error.response.request.url)
        assert_hidden(API_TOKEN, error)


async def test_connection_errors_of_a_revoke_never_contain_the_token(make_clients: ClientFactory) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot reach {request.url.host}", request=request)

    clients = make_clients(refuse, max_retries=0)

    with pytest.raises(APIConnectionError) as sync_raised:
        clients.sync.api_tokens.revoke_secondary_api_token(SECONDARY_TOKEN)
    with pytest.raises(APIConnectionError) as async_raised:
        await clients.aio.api_tokens.revoke_secondary_api_token(SECONDARY_TOKEN)

    for error in (sync_raised.value, async_raised.value):
        assert error.path == MASKED_REVOKE_PATH
        assert_hidden(SECONDARY_TOKEN, error)
