"""Every operation works through both clients; the conveniences around them keep their promises.

Operations come from the generated ``OperationInfo`` constants and answers from the spec's 200
examples, so an operation added to the spec is tested here with no change to this file.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from sendbird_calls import PaginationError, RawResponse, ResponseValidationError
from sendbird_calls_api import models
from tests.spec_examples import (
    APP_ID,
    ClientFactory,
    ClientPair,
    Recorder,
    TaggedOperation,
    call_arguments,
    expected_url,
    generated_operations,
    spec_operations,
)

OPERATIONS = generated_operations()


def url_without_query(request: httpx.Request) -> str:
    return str(request.url.copy_with(query=None))


def test_operations_are_found_in_the_generated_code() -> None:
    assert {op.info.name for op in OPERATIONS} == set(spec_operations())


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.id)
async def test_every_operation_returns_its_success_model_equal_to_the_spec_example(
    op: TaggedOperation, make_clients: ClientFactory
) -> None:
    spec_op = spec_operations()[op.info.name]
    recorder = Recorder()
    clients = make_clients(recorder)
    arguments = call_arguments(op.info)

    results = [op.method_of(clients.sync)(**arguments), await op.method_of(clients.aio)(**arguments)]

    for request, result in zip(recorder.requests, results, strict=True):
        assert request.method == spec_op.method
        assert url_without_query(request) == expected_url(op.info, arguments)
        if "body" in arguments:
            assert arguments["body"].items() <= json.loads(request.content).items()
        if spec_op.success_schema is None:  # an empty 200 (revoking a secondary token) answers None
            assert result is None
            continue
        assert type(result) is getattr(models, spec_op.success_schema)
        assert result.to_dict() == spec_op.success_example


@pytest.mark.parametrize("op", [op for op in OPERATIONS if op.info.client_filled], ids=lambda op: op.id)
async def test_webhook_settings_take_application_id_from_the_client_unless_given(
    op: TaggedOperation, make_clients: ClientFactory
) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)
    arguments = call_arguments(op.info)

    op.method_of(clients.sync)(**arguments)
    await op.method_of(clients.aio)(**arguments)
    op.method_of(clients.sync)(**arguments, application_id="other-app")
    await op.method_of(clients.aio)(**arguments, application_id="other-app")

    paths = [request.url.path for request in recorder.requests]
    assert paths == 2 * [f"/v1/applications/{APP_ID}/settings/webhook"] + 2 * [
        "/v1/applications/other-app/settings/webhook"
    ]


@pytest.mark.parametrize("op", [op for op in OPERATIONS if op.tag == "api_tokens"], ids=lambda op: op.id)
async def test_api_token_operations_go_to_the_chat_host_v3(op: TaggedOperation, make_clients: ClientFactory) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)

    op.method_of(clients.sync)(**call_arguments(op.info))
    await op.method_of(clients.aio)(**call_arguments(op.info))

    for request in recorder.requests:
        assert str(request.url).startswith(f"https://api-{APP_ID}.sendbird.com/v3/applications/api_tokens")


async def test_with_raw_response_gives_status_headers_and_the_parsed_model(make_clients: ClientFactory) -> None:
    example = spec_operations()["get_room"].success_example
    clients = make_clients(Recorder(lambda _: httpx.Response(200, json=example, headers={"X-Request-Id": "req-1"})))

    raws = [
        clients.sync.rooms.with_raw_response.get_room("r1"),
        await clients.aio.rooms.with_raw_response.get_room("r1"),
    ]

    for raw in raws:
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200
        assert raw.headers["x-request-id"] == "req-1"
        assert isinstance(raw.parsed, models.RoomEnvelope)
        assert raw.parsed.to_dict() == example


def paged_rooms(pages: dict[str | None, str | None]) -> Recorder:
    """Answers ``list_rooms`` by its ``next`` query value: ``pages[token]`` is the following token;
    each page holds one room named after the token it was asked with."""

    def answer(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("next")
        room = {"room_id": f"room-{token}", "room_type": "small_room_for_video", "state": "open", "created_at": 1}
        return httpx.Response(200, json={"rooms": [room], "next": pages[token]})

    return Recorder(answer)


def asked_tokens(recorder: Recorder) -> list[str | None]:
    return [request.url.params.get("next") for request in recorder.requests]


async def test_iter_follows_next_across_pages_keeping_the_filters(make_clients: ClientFactory) -> None:
    recorder = paged_rooms({None: "t1", "t1": "t2", "t2": ""})
    clients = make_clients(recorder)

    sync_ids = [room.room_id for room in clients.sync.rooms.iter_rooms(state="open")]
    async_ids = [room.room_id async for room in clients.aio.rooms.iter_rooms(state="open")]

    assert sync_ids == async_ids == ["room-None", "room-t1", "room-t2"]
    assert asked_tokens(recorder) == 2 * [None, "t1", "t2"]
    assert {request.url.params["state"] for request in recorder.requests} == {"open"}


async def test_iter_max_items_stops_without_fetching_further_pages(make_clients: ClientFactory) -> None:
    recorder = paged_rooms({None: "t1", "t1": "t2", "t2": "t3", "t3": None})
    clients = make_clients(recorder)

    sync_rooms = list(clients.sync.rooms.iter_rooms(max_items=2))
    async_rooms = [room async for room in clients.aio.rooms.iter_rooms(max_items=2)]

    assert len(sync_rooms) == len(async_rooms) == 2
    assert asked_tokens(recorder) == 2 * [None, "t1"]


async def test_a_repeated_next_token_raises_pagination_error(make_clients: ClientFactory) -> None:
    recorder = paged_rooms({None: "t1", "t1": "t2", "t2": "t1"})
    clients = make_clients(recorder)

    with pytest.raises(PaginationError, match="repeated"):
        list(clients.sync.rooms.iter_rooms())
    with pytest.raises(PaginationError, match="repeated"):
        _ = [room async for room in clients.aio.rooms.iter_rooms()]
    assert asked_tokens(recorder) == 2 * [None, "t1", "t2"]


async def test_a_body_given_as_a_dict_or_as_the_model_sends_the_same_json(make_clients: ClientFactory) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)
    body = {"type": "large_room_for_audio_only", "custom_items": {"topic": "standup"}}
    model = models.CreateRoomRequest.from_dict(body)

    clients.sync.rooms.create_room(body=body)
    clients.sync.rooms.create_room(body=model)
    await clients.aio.rooms.create_room(body=body)
    await clients.aio.rooms.create_room(body=model)

    assert [json.loads(request.content) for request in recorder.requests] == 4 * [body]


def pair_methods(clients: ClientPair, op: TaggedOperation) -> tuple[Any, Any]:
    return op.method_of(clients.sync), op.method_of(clients.aio)


@pytest.mark.parametrize(
    "op",
    [op for op in OPERATIONS if (spec_operations()[op.info.name].request_schema or {}).get("required")],
    ids=lambda op: op.id,
)
async def test_a_dict_body_missing_a_required_field_raises_value_error_before_any_request(
    op: TaggedOperation, make_clients: ClientFactory
) -> None:
    recorder = Recorder()
    clients = make_clients(recorder)
    arguments = call_arguments(op.info)
    required = spec_operations()[op.info.name].request_schema["required"]  # type: ignore[index]
    arguments["body"] = {key: value for key, value in arguments["body"].items() if key != required[0]}
    sync_method, async_method = pair_methods(clients, op)

    with pytest.raises(ValueError, match=required[0]):
        sync_method(**arguments)
    with pytest.raises(ValueError, match=required[0]):
        await async_method(**arguments)
    assert recorder.requests == []


EMPTY_SUCCESS_OPERATIONS = [op for op in OPERATIONS if op.info.empty_success]


def test_the_operations_with_an_empty_success_are_those_the_spec_declares() -> None:
    assert {op.info.name for op in EMPTY_SUCCESS_OPERATIONS} == {"revoke_secondary_api_token", "delete_room"}


@pytest.mark.parametrize("op", EMPTY_SUCCESS_OPERATIONS, ids=lambda op: op.id)
@pytest.mark.parametrize(
    "answer",
    [httpx.Response(204), httpx.Response(200), httpx.Response(200, content=b" \r\n")],
    ids=["204", "200", "ws"],
)
async def test_an_empty_success_answers_none_where_the_spec_allows_it(
    op: TaggedOperation, answer: httpx.Response, make_clients: ClientFactory
) -> None:
    clients = make_clients(lambda _: httpx.Response(answer.status_code, content=answer.content))
    arguments = call_arguments(op.info)
    assert op.method_of(clients.sync)(**arguments) is None
    raw = await op.method_of(clients.aio, raw=True)(**arguments)
    assert (raw.parsed, raw.status_code) == (None, answer.status_code)


def test_a_room_delete_that_answers_the_room_still_returns_it(make_clients: ClientFactory) -> None:
    example = spec_operations()["delete_room"].success_example
    clients = make_clients(lambda _: httpx.Response(200, json=example))
    deleted = clients.sync.rooms.delete_room("r")
    assert deleted is not None
    assert deleted.to_dict() == example


@pytest.mark.parametrize("op", [op for op in OPERATIONS if not op.info.empty_success], ids=lambda op: op.id)
def test_an_empty_body_elsewhere_is_a_response_validation_error(
    op: TaggedOperation, make_clients: ClientFactory
) -> None:
    clients = make_clients(lambda _: httpx.Response(200))
    with pytest.raises(ResponseValidationError, match="not JSON"):
        op.method_of(clients.sync)(**call_arguments(op.info))
