"""A client is configured once, checked before any request, and sends what Sendbird requires."""

from __future__ import annotations

import importlib.metadata
import math
import re

import httpx
import pytest

from sendbird_calls import (
    AsyncCallsClient,
    CallsClient,
    ClientClosedError,
    ConfigurationError,
    InvalidArgumentError,
    models,
)
from tests.spec_examples import (
    API_TOKEN,
    APP_ID,
    ClientFactory,
    Recorder,
    call_arguments,
    generated_operations,
)

ROOM_LIST: dict[str, object] = {"rooms": [], "next": None}


class ClosingRecorder(httpx.MockTransport):
    """A mock transport that remembers whether the client closed it."""

    def __init__(self) -> None:
        super().__init__(lambda _: httpx.Response(200, json=ROOM_LIST))
        self.closed = False

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def timeout_sent(request: httpx.Request) -> dict[str, float | None]:
    timeout: dict[str, float | None] = request.extensions["timeout"]
    return timeout


@pytest.fixture
def no_sendbird_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("SENDBIRD_APP_ID", "SENDBIRD_API_TOKEN", "SENDBIRD_CALLS_LOG"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


async def test_app_id_and_api_token_fall_back_to_the_environment(no_sendbird_env: pytest.MonkeyPatch) -> None:
    no_sendbird_env.setenv("SENDBIRD_APP_ID", APP_ID)
    no_sendbird_env.setenv("SENDBIRD_API_TOKEN", API_TOKEN)
    recorder = Recorder()
    transport = httpx.MockTransport(recorder)

    with CallsClient(transport=transport) as client:
        client.rooms.list_rooms()
    async with AsyncCallsClient(transport=transport) as aclient:
        await aclient.rooms.list_rooms()

    for request in recorder.requests:
        assert request.url.host == f"api-{APP_ID}.calls.sendbird.com"
        assert request.headers["Api-Token"] == API_TOKEN


@pytest.mark.parametrize("client_class", [CallsClient, AsyncCallsClient])
@pytest.mark.parametrize("missing", ["SENDBIRD_APP_ID", "SENDBIRD_API_TOKEN"])
def test_a_missing_app_id_or_token_is_a_configuration_error_naming_the_variable(
    no_sendbird_env: pytest.MonkeyPatch, client_class: type[CallsClient | AsyncCallsClient], missing: str
) -> None:
    present = {"SENDBIRD_APP_ID": APP_ID, "SENDBIRD_API_TOKEN": API_TOKEN}
    del present[missing]
    for name, value in present.items():
        no_sendbird_env.setenv(name, value)

    with pytest.raises(ConfigurationError, match=missing):
        client_class()


@pytest.mark.parametrize("client_class", [CallsClient, AsyncCallsClient])
@pytest.mark.parametrize("app_id", ["evil.com#", "a/b", "a.b", "", "äpp", "app id", "x@evil.com", "app:443", "a" * 64])
def test_an_app_id_that_is_not_a_hostname_label_is_rejected_with_a_clear_error(
    no_sendbird_env: pytest.MonkeyPatch, client_class: type[CallsClient | AsyncCallsClient], app_id: str
) -> None:
    with pytest.raises(ConfigurationError, match="app_id") as raised:
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

    clients.sync.rooms.list_rooms()
    await clients.aio.rooms.list_rooms()

    assert clients.sync.config.base_url == f"https://api-{app_id}.calls.sendbird.com/v1"
    assert {str(request.url) for request in recorder.requests} == {
        f"https://api-{app_id.lower()}.calls.sendbird.com/v1/rooms"  # host names are case-insensitive
    }


@pytest.mark.parametrize("client_class", [CallsClient, AsyncCallsClient])
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
def test_a_base_url_that_is_not_plain_http_or_https_is_rejected(
    client_class: type[CallsClient | AsyncCallsClient], base_url: str
) -> None:
    with pytest.raises(ConfigurationError, match="base_url") as raised:
        client_class(APP_ID, API_TOKEN, base_url=base_url)
    assert "s3cr3t-pw" not in str(raised.value)


async def test_the_chat_base_url_defaults_to_the_v3_sibling_of_a_v1_base_url(make_clients: ClientFactory) -> None:
    recorder = Recorder()
    clients = make_clients(recorder, base_url="http://proxy.local:8080/sendbird/v1/")

    clients.sync.api_tokens.list_secondary_api_tokens()
    await clients.aio.api_tokens.list_secondary_api_tokens()
    clients.sync.rooms.list_rooms()

    assert [str(request.url) for request in recorder.requests] == [
        "http://proxy.local:8080/sendbird/v3/applications/api_tokens",
        "http://proxy.local:8080/sendbird/v3/applications/api_tokens",
        "http://proxy.local:8080/sendbird/v1/rooms",
    ]


async def test_the_chat_base_url_can_be_set_on_its_own(make_clients: ClientFactory) -> None:
    recorder = Recorder()
    clients = make_clients(recorder, chat_base_url="http://chat.local/v3")

    clients.sync.api_tokens.list_secondary_api_tokens()
    await clients.aio.api_tokens.list_secondary_api_tokens()
    clients.sync.rooms.list_rooms()

    assert [str(request.url) for request in recorder.requests] == [
        "http://chat.local/v3/applications/api_tokens",
        "http://chat.local/v3/applications/api_tokens",
        f"https://api-{APP_ID}.calls.sendbird.com/v1/rooms",
    ]


async def test_a_base_url_not_ending_in_v1_fails_api_token_calls_clearly_but_serves_calls_operations(
    make_clients: ClientFactory,
) -> None:
    recorder = Recorder()
    clients = make_clients(recorder, base_url="http://mock.local/calls")

    with pytest.raises(ConfigurationError, match="chat_base_url"):
        clients.sync.api_tokens.list_secondary_api_tokens()
    with pytest.raises(ConfigurationError, match="chat_base_url"):
        await clients.aio.api_tokens.revoke_secondary_api_token("t")
    assert recorder.requests == []

    assert isinstance(clients.sync.rooms.list_rooms(), models.RoomList)
    assert isinstance(await clients.aio.rooms.list_rooms(), models.RoomList)
    assert [str(request.url) for request in recorder.requests] == 2 * ["http://mock.local/calls/rooms"]


async def test_default_timeouts_are_finite_for_connect_and_read(make_clients: ClientFactory) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)

    clients.sync.rooms.list_rooms()
    await clients.aio.rooms.list_rooms()

    for request in recorder.requests:
        timeout = timeout_sent(request)
        for phase in ("connect", "read", "write", "pool"):
            value = timeout[phase]
            assert value is not None
            assert math.isfinite(value)
            assert value > 0


async def test_timeouts_are_overridable_per_client_and_per_call(make_clients: ClientFactory) -> None:
    recorder = Recorder()
    clients = make_clients(recorder, timeout=httpx.Timeout(7.0, connect=2.0))

    clients.sync.rooms.list_rooms(request_options={"timeout": 1.5})
    await clients.aio.rooms.list_rooms(request_options={"timeout": 1.5})
    clients.sync.rooms.list_rooms()
    await clients.aio.rooms.list_rooms()

    per_call = {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}
    per_client = {"connect": 2.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    assert [timeout_sent(request) for request in recorder.requests] == 2 * [per_call] + 2 * [per_client]


async def test_a_timeout_of_none_is_refused_per_client_and_per_call(make_clients: ClientFactory) -> None:
    with pytest.raises(ConfigurationError, match="forever"):
        CallsClient(APP_ID, API_TOKEN, timeout=None)  # type: ignore[arg-type]
    recorder = Recorder()
    clients = make_clients(recorder)

    with pytest.raises(InvalidArgumentError, match="forever"):
        clients.sync.rooms.list_rooms(request_options={"timeout": None})
    with pytest.raises(InvalidArgumentError, match="forever"):
        await clients.aio.rooms.list_rooms(request_options={"timeout": None})
    assert recorder.requests == []


def test_the_sync_client_is_a_context_manager_that_closes_the_pool() -> None:
    transport = ClosingRecorder()

    with CallsClient(APP_ID, API_TOKEN, transport=transport) as client:
        client.rooms.list_rooms()

    assert transport.closed
    with pytest.raises(ClientClosedError, match="client is closed"):
        client.rooms.list_rooms()


async def test_the_async_client_is_an_async_context_manager_that_closes_the_pool() -> None:
    transport = ClosingRecorder()

    async with AsyncCallsClient(APP_ID, API_TOKEN, transport=transport) as client:
        await client.rooms.list_rooms()

    assert transport.closed
    with pytest.raises(ClientClosedError, match="client is closed"):
        await client.rooms.list_rooms()


async def test_a_caller_supplied_http_client_stays_open_after_the_client_closes() -> None:
    recorder = Recorder()
    with httpx.Client(transport=httpx.MockTransport(recorder)) as http:
        with CallsClient(APP_ID, API_TOKEN, http_client=http) as client:
            client.rooms.list_rooms()
        assert not http.is_closed
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as ahttp:
        async with AsyncCallsClient(APP_ID, API_TOKEN, http_client=ahttp) as aclient:
            await aclient.rooms.list_rooms()
        assert not ahttp.is_closed
    assert [request.headers["Api-Token"] for request in recorder.requests] == 2 * [API_TOKEN]


async def test_the_user_agent_names_the_package_and_its_version(make_clients: ClientFactory) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)
    version = importlib.metadata.version("sendbird-calls")

    clients.sync.rooms.list_rooms()
    await clients.aio.rooms.list_rooms()

    for request in recorder.requests:
        assert re.fullmatch(rf"sendbird-calls[\w-]*/{re.escape(version)}", request.headers["User-Agent"])


async def test_every_request_sends_the_json_content_type_and_the_api_token(make_clients: ClientFactory) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)

    for op in generated_operations():
        op.method_of(clients.sync)(**call_arguments(op.info))
        await op.method_of(clients.aio)(**call_arguments(op.info))

    assert {request.method for request in recorder.requests} == {"GET", "POST", "PUT", "DELETE"}
    for request in recorder.requests:
        assert request.headers.get_list("Content-Type") == ["application/json; charset=utf8"]
        assert request.headers.get_list("Api-Token") == [API_TOKEN]
