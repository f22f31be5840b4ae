"""A client is configured once, checked before any request, and sends what Sendbird requires.

Every value is checked at construction (a clear ``ConfigurationError`` naming it), the environment
fills what is not passed, the Calls and Chat hosts are derived from one base URL, timeouts are
finite per client and per call, the client closes what it owns and only that, and every request
carries the JSON content type, the User-Agent and the token.
"""

from __future__ import annotations

import importlib.metadata
import math
import re
from typing import Any

import httpx
import pytest

from sendbird_calls import (
    AsyncCallsClient,
    CallsClient,
    ClientClosedError,
    ConfigurationError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
)
from sendbird_calls_api.api import operations
from tests.send_support import method_of, sample_arguments, settle, spec_answer
from tests.spec_examples import API_TOKEN, APP_ID, ClientFactory

CLIENTS = [CallsClient, AsyncCallsClient]


class Recorder:
    """A MockTransport handler answering the spec's examples; keeps each request and its headers as sent
    (the loop takes the token off the request once it was sent)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.sent_headers: list[httpx.Headers] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.sent_headers.append(httpx.Headers(request.headers))
        return spec_answer(request)

    @property
    def urls(self) -> list[str]:
        return [str(request.url) for request in self.requests]


class ClosingTransport(httpx.MockTransport):
    """A mock transport that remembers whether the client closed it."""

    def __init__(self) -> None:
        super().__init__(spec_answer)
        self.closed = False

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


@pytest.fixture
def no_sendbird_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("SENDBIRD_APP_ID", "SENDBIRD_API_TOKEN", "SENDBIRD_CALLS_BASE_URL", "SENDBIRD_CALLS_LOG"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


# --- where the values come from -----------------------------------------------------------------------------------


async def test_app_id_and_api_token_fall_back_to_the_environment(no_sendbird_env: pytest.MonkeyPatch) -> None:
    no_sendbird_env.setenv("SENDBIRD_APP_ID", APP_ID)
    no_sendbird_env.setenv("SENDBIRD_API_TOKEN", API_TOKEN)
    recorder = Recorder()
    transport = httpx.MockTransport(recorder)

    with CallsClient(transport=transport) as client:
        client.rooms.list()
    async with AsyncCallsClient(transport=transport) as aclient:
        await aclient.rooms.list()

    assert {request.url.host for request in recorder.requests} == {f"api-{APP_ID}.calls.sendbird.com"}
    assert [headers["Api-Token"] for headers in recorder.sent_headers] == [API_TOKEN, API_TOKEN]


async def test_the_base_url_falls_back_to_the_environment(no_sendbird_env: pytest.MonkeyPatch) -> None:
    no_sendbird_env.setenv("SENDBIRD_CALLS_BASE_URL", "http://mock.local:8080/v1")
    recorder = Recorder()

    with CallsClient(APP_ID, API_TOKEN, transport=httpx.MockTransport(recorder)) as client:
        client.rooms.list()
        client.api_tokens.list()

    assert recorder.urls == ["http://mock.local:8080/v1/rooms", "http://mock.local:8080/v3/applications/api_tokens"]


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize("missing", ["SENDBIRD_APP_ID", "SENDBIRD_API_TOKEN"])
def test_a_missing_app_id_or_token_is_a_configuration_error_naming_the_variable(
    no_sendbird_env: pytest.MonkeyPatch, client_class: type[Any], missing: str
) -> None:
    present = {"SENDBIRD_APP_ID": APP_ID, "SENDBIRD_API_TOKEN": API_TOKEN}
    del present[missing]
    for name, value in present.items():
        no_sendbird_env.setenv(name, value)

    with pytest.raises(ConfigurationError, match=missing):
        client_class()


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize("app_id", ["evil.com#", "a/b", "a.b", "", "äpp", "app id", "x@evil.com", "app:443", "a" * 64])
def test_an_app_id_that_is_not_a_hostname_label_is_refused_clearly(
    no_sendbird_env: pytest.MonkeyPatch, client_class: type[Any], app_id: str
) -> None:
    with pytest.raises(ConfigurationError, match=r"app_id|application ID") as raised:
        client_class(app_id, API_TOKEN)

    assert isinstance(raised.value, ValueError)
    if app_id:
        assert "letters, digits and hyphens" in str(raised.value)


def test_an_app_id_from_the_environment_is_checked_too(no_sendbird_env: pytest.MonkeyPatch) -> None:
    no_sendbird_env.setenv("SENDBIRD_APP_ID", "evil.com#")

    with pytest.raises(ConfigurationError, match="letters, digits and hyphens"):
        CallsClient(api_token=API_TOKEN)


@pytest.mark.parametrize("app_id", [APP_ID, APP_ID.upper(), "C0FFEE", "abc-123"])
async def test_a_uuid_like_app_id_is_accepted_and_names_the_calls_host(
    app_id: str, make_clients: ClientFactory
) -> None:
    recorder = Recorder()
    clients = make_clients(recorder, app_id=app_id)

    clients.sync.rooms.list()
    await clients.aio.rooms.list()

    assert clients.sync.config.base_url == f"https://api-{app_id}.calls.sendbird.com/v1"
    assert set(recorder.urls) == {f"https://api-{app_id.lower()}.calls.sendbird.com/v1/rooms"}  # hosts ignore case


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    "base_url",
    [
        "ftp://mock.local/v1",
        "https:///v1",
        "https://mock.local/v1?region=eu",
        "https://mock.local/v1#top",
        "https://user:s3cr3t-pw@mock.local/v1",
        "ftp://user:s3cr3t-pw@mock.local/v1",
        "/v1",
        "mock.local/v1",
        "javascript:alert(1)",
    ],
)
def test_a_base_url_that_is_not_plain_http_or_https_is_refused_without_echoing_a_password(
    client_class: type[Any], base_url: str
) -> None:
    with pytest.raises(ConfigurationError, match="base_url") as raised:
        client_class(APP_ID, API_TOKEN, base_url=base_url)

    assert "s3cr3t-pw" not in str(raised.value)


@pytest.mark.parametrize("client_class", CLIENTS)
def test_the_in_process_mocks_address_without_its_transport_says_what_to_do(client_class: type[Any]) -> None:
    with pytest.raises(ConfigurationError, match="in-process mock"):
        client_class(APP_ID, API_TOKEN, base_url="http://sendbird-calls-mock/v1")


# --- the Calls and Chat hosts -------------------------------------------------------------------------------------


async def test_the_chat_base_url_defaults_to_the_v3_sibling_of_a_v1_base_url(make_clients: ClientFactory) -> None:
    recorder = Recorder()
    clients = make_clients(recorder, base_url="http://proxy.local:8080/sendbird/v1/")

    clients.sync.api_tokens.list()
    await clients.aio.api_tokens.list()
    clients.sync.rooms.list()

    assert recorder.urls == [
        "http://proxy.local:8080/sendbird/v3/applications/api_tokens",
        "http://proxy.local:8080/sendbird/v3/applications/api_tokens",
        "http://proxy.local:8080/sendbird/v1/rooms",
    ]


async def test_the_chat_base_url_can_be_set_on_its_own(make_clients: ClientFactory) -> None:
    recorder = Recorder()
    clients = make_clients(recorder, chat_base_url="http://chat.local/v3")

    clients.sync.api_tokens.list()
    await clients.aio.api_tokens.list()
    clients.sync.rooms.list()

    assert recorder.urls == [
        "http://chat.local/v3/applications/api_tokens",
        "http://chat.local/v3/applications/api_tokens",
        f"https://api-{APP_ID}.calls.sendbird.com/v1/rooms",
    ]


async def test_a_base_url_not_ending_in_v1_fails_chat_calls_clearly_but_serves_calls_operations(
    make_clients: ClientFactory,
) -> None:
    recorder = Recorder()
    clients = make_clients(recorder, base_url="http://mock.local/calls")

    with pytest.raises(ConfigurationError, match="chat_base_url"):
        clients.sync.api_tokens.list()
    with pytest.raises(ConfigurationError, match="chat_base_url"):
        await clients.aio.api_tokens.revoke("t")
    assert recorder.requests == []

    clients.sync.rooms.list()
    await clients.aio.rooms.list()
    assert recorder.urls == 2 * ["http://mock.local/calls/rooms"]


# --- bounded waits and sizes --------------------------------------------------------------------------------------


def timeout_sent(request: httpx.Request) -> dict[str, float | None]:
    timeout: dict[str, float | None] = request.extensions["timeout"]
    return timeout


async def test_default_timeouts_are_finite_for_every_phase(make_clients: ClientFactory) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)

    clients.sync.rooms.list()
    await clients.aio.rooms.list()

    for request in recorder.requests:
        assert timeout_sent(request) == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}
        assert all(value is not None and math.isfinite(value) for value in timeout_sent(request).values())


async def test_timeouts_are_overridable_per_client_and_per_call(make_clients: ClientFactory) -> None:
    recorder = Recorder()
    clients = make_clients(recorder, timeout=httpx.Timeout(7.0, connect=2.0))

    clients.sync.rooms.list(request_options={"timeout": 1.5})
    await clients.aio.rooms.list(request_options={"timeout": 1.5})
    clients.sync.rooms.list()
    await clients.aio.rooms.list()

    per_call = {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}
    per_client = {"connect": 2.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    assert [timeout_sent(request) for request in recorder.requests] == 2 * [per_call] + 2 * [per_client]


async def test_a_deadline_shorter_than_a_phase_cuts_that_phase(make_clients: ClientFactory) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)

    clients.sync.rooms.list(request_options={"deadline": 2.0})
    await clients.aio.rooms.list(request_options={"deadline": 2.0})

    for request in recorder.requests:
        assert all(value is not None and 0 < value <= 2.0 for value in timeout_sent(request).values())


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"timeout": None}, "forever"),
        ({"timeout": httpx.Timeout(None)}, "connect phase"),
        ({"timeout": httpx.Timeout(5.0, read=None)}, "read phase"),
        ({"timeout": float("inf")}, "timeout must be a finite number"),
        ({"timeout": float("nan")}, "timeout must be a finite number"),
        ({"timeout": httpx.Timeout(float("nan"))}, "connect phase"),
        ({"timeout": 0}, "timeout must be a finite number"),
        ({"deadline": float("inf")}, "deadline"),
        ({"deadline": float("nan")}, "deadline"),
        ({"deadline": 0}, "deadline"),
        ({"deadline": "60"}, "deadline"),
        ({"max_response_bytes": 0}, "max_response_bytes"),
        ({"max_response_bytes": 1.5}, "max_response_bytes"),
        ({"max_response_bytes": True}, "max_response_bytes"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"max_retries": 2.0}, "max_retries"),
    ],
)
def test_an_unbounded_wait_or_size_or_a_bad_retry_count_is_refused_at_construction(
    client_class: type[Any], options: dict[str, Any], words: str
) -> None:
    with pytest.raises(ConfigurationError, match=words):
        client_class(APP_ID, API_TOKEN, **options)


# --- what the client owns -----------------------------------------------------------------------------------------


def test_the_sync_client_is_a_context_manager_that_closes_its_pool() -> None:
    transport = ClosingTransport()

    with CallsClient(APP_ID, API_TOKEN, transport=transport) as client:
        client.rooms.list()

    assert transport.closed
    with pytest.raises(ClientClosedError, match="closed"):
        client.rooms.list()


async def test_the_async_client_is_an_async_context_manager_that_closes_its_pool() -> None:
    transport = ClosingTransport()

    async with AsyncCallsClient(APP_ID, API_TOKEN, transport=transport) as client:
        await client.rooms.list()

    assert transport.closed
    with pytest.raises(ClientClosedError, match="closed"):
        await client.rooms.retrieve("r1")


async def test_a_callers_http_client_carries_the_calls_and_stays_open_after_the_client_closes() -> None:
    recorder = Recorder()
    with httpx.Client(transport=httpx.MockTransport(recorder)) as http:
        with CallsClient(APP_ID, API_TOKEN, http_client=http) as client:
            client.rooms.list()
        assert not http.is_closed
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as ahttp:
        async with AsyncCallsClient(APP_ID, API_TOKEN, http_client=ahttp) as aclient:
            await aclient.rooms.list()
        assert not ahttp.is_closed

    assert [headers["Api-Token"] for headers in recorder.sent_headers] == 2 * [API_TOKEN]


@pytest.mark.parametrize("client_class", CLIENTS)
async def test_a_closed_http_client_of_the_callers_is_a_client_closed_error(client_class: type[Any]) -> None:
    own: httpx.Client | httpx.AsyncClient = (
        httpx.Client(transport=httpx.MockTransport(spec_answer))
        if client_class is CallsClient
        else httpx.AsyncClient(transport=httpx.MockTransport(spec_answer))
    )
    await settle(own.close() if isinstance(own, httpx.Client) else own.aclose())
    client = client_class(APP_ID, API_TOKEN, http_client=own)

    with pytest.raises(ClientClosedError, match=r"^get_room: the client is closed"):
        await settle(client.rooms.retrieve("r1"))


@pytest.mark.parametrize("client_class", CLIENTS)
def test_passing_both_http_client_and_transport_is_an_invalid_argument(client_class: type[Any]) -> None:
    own = httpx.Client() if client_class is CallsClient else httpx.AsyncClient()

    with pytest.raises(InvalidArgumentError, match="either http_client or transport"):
        client_class(APP_ID, API_TOKEN, http_client=own, transport=httpx.MockTransport(spec_answer))


@pytest.mark.parametrize(
    ("client_class", "name", "wrong", "words"),
    [
        (CallsClient, "http_client", httpx.AsyncClient, "http_client must be an httpx.Client"),
        (AsyncCallsClient, "http_client", httpx.Client, "http_client must be an httpx.AsyncClient"),
        (CallsClient, "transport", httpx.AsyncHTTPTransport, "transport must be an httpx.BaseTransport"),
        (AsyncCallsClient, "transport", httpx.HTTPTransport, "transport must be an httpx.AsyncBaseTransport"),
        (CallsClient, "http_client", lambda: "http://proxy", "http_client must be an httpx.Client, got str"),
    ],
)
def test_an_http_client_or_transport_of_the_wrong_kind_is_a_type_error(
    client_class: type[Any], name: str, wrong: Any, words: str
) -> None:
    with pytest.raises(InvalidArgumentTypeError, match=words):
        client_class(APP_ID, API_TOKEN, **{name: wrong()})


# --- what every request carries -----------------------------------------------------------------------------------


async def test_the_user_agent_names_the_package_and_its_version(make_clients: ClientFactory) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)
    version = importlib.metadata.version("sendbird-calls")

    clients.sync.rooms.list()
    await clients.aio.rooms.list()

    for headers in recorder.sent_headers:
        assert re.fullmatch(rf"sendbird-calls[\w-]*/{re.escape(version)}", headers["User-Agent"])


async def test_every_request_of_every_operation_sends_the_json_content_type_and_the_token(
    make_clients: ClientFactory,
) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)

    for op in operations():
        arguments = sample_arguments(op)
        await settle(method_of(clients.sync, op)(**arguments))
        await settle(method_of(clients.aio, op)(**arguments))

    assert {request.method for request in recorder.requests} == {"GET", "POST", "PUT", "DELETE"}
    assert len(recorder.requests) == 2 * len(operations())
    for headers in recorder.sent_headers:
        assert headers.get_list("Content-Type") == ["application/json; charset=utf8"]
        assert headers.get_list("Accept") == ["application/json"]
        assert headers.get_list("Api-Token") == [API_TOKEN]
