"""A full scenario over all 24 operations, with every answer checked against the spec by openapi-core.

The check here is independent of the mock's own: openapi-core finds each operation itself from
the request URL placed on the spec's servers (``/v1`` on the Calls host, ``/v3`` on the Chat
host), instead of being handed the mock's route, and validates status, headers and body.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_core.exceptions import OpenAPIError
from openapi_core.testing import MockRequest, MockResponse

from sendbird_calls.mock import CallsMock
from sendbird_calls.spec_doc import spec_path

SPEC = OpenAPI.from_file_path(str(spec_path()))
SPEC_HOSTS = {"/v1": "https://api-mock-app.calls.sendbird.com", "/v3": "https://api-mock-app.sendbird.com"}


class SpecChecker:
    """An httpx response hook validating each answer with openapi-core; counts what it checked."""

    def __init__(self) -> None:
        self.checked: Counter[tuple[str, int]] = Counter()

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        raw_path = response.request.url.raw_path.decode().split("?", 1)[0]
        request = MockRequest(
            SPEC_HOSTS[raw_path[:3]],
            response.request.method.lower(),
            raw_path,
            args=dict(response.request.url.params),
        )
        SPEC.validate_response(
            request,
            MockResponse(
                response.content,
                status_code=response.status_code,
                headers=dict(response.headers),
                content_type=response.headers.get("content-type", ""),  # none on an empty 200
            ),
        )
        self.checked[(response.request.method, response.status_code)] += 1


@pytest.fixture
def checked(calls_mock: CallsMock) -> Iterator[tuple[httpx.Client, SpecChecker]]:
    checker = SpecChecker()
    client = calls_mock.client(headers={"Api-Token": calls_mock.api_token}, event_hooks={"response": [checker]})
    yield client, checker
    assert not calls_mock.control.response_problems


def test_every_answer_of_a_full_scenario_fits_the_spec(
    calls_mock: CallsMock, checked: tuple[httpx.Client, SpecChecker]
) -> None:
    api, checker = checked
    chat = calls_mock.chat_base_url
    app = calls_mock.app_id
    call_id = calls_mock.state.calls.call_id(3)

    # users and direct calls
    api.get("/users", params={"limit": 3})
    api.get("/users/user-00002/calls", params={"role": "dc_callee", "end_result": "completed,no_answer"})
    api.get("/users/user-00002/call_summary")
    api.get("/direct_calls", params={"limit": 2})
    api.get(f"/direct_calls/{call_id}")
    api.put(f"/direct_calls/{call_id}/custom_items", json={"custom_items": {"agent": "7"}, "mode": "upsert"})
    api.request("DELETE", f"/direct_calls/{call_id}/custom_items", json={"keys": ["agent"]})
    api.delete(f"/direct_calls/{call_id}/custom_items")
    # push tokens
    api.post("/users/user-00002/push/apns_voip", json={"token": "voip/1", "is_unique": True})
    api.get("/users/user-00002/push/apns_voip")
    api.delete("/users/user-00002/push/apns_voip/voip%2F1")
    api.delete("/users/user-00002/push/apns_voip")
    # rooms, with participants
    room_id = api.post("/rooms", json={"type": "large_room_for_audio_only"}).json()["room"]["room_id"]
    calls_mock.state.enter_room(room_id, "user-00001")
    api.get(f"/rooms/{room_id}")
    api.get("/rooms", params={"state": "open", "type": "all"})
    api.get(f"/rooms/{room_id}/participants")
    api.put(f"/rooms/{room_id}/custom_items", json={"custom_items": {"topic": "retro"}})
    api.delete(f"/rooms/{room_id}/custom_items")
    api.delete(f"/rooms/{room_id}")
    # webhook settings and secondary tokens
    api.get(f"/applications/{app}/settings/webhook", params={"display_all_webhook_categories": "true"})
    api.put(f"/applications/{app}/settings/webhook", json={"enabled": True, "url": "https://example.com/h"})
    token = api.post(f"{chat}/applications/api_tokens", json={}).json()["token"]
    api.get(f"{chat}/applications/api_tokens")
    api.get(f"{chat}/applications/api_tokens/{token}")
    api.delete(f"{chat}/applications/api_tokens/{token}")
    # errors: 400s, 401s, 429 and 500
    api.get("/rooms/missing")
    api.post("/rooms", json={})
    api.get("/direct_calls", params={"next": "garbage"})
    api.delete(f"/rooms/{room_id}")
    api.get(f"{chat}/applications/api_tokens", headers={"Api-Token": token})
    calls_mock.faults.rate_limit(operation="list_users", retry_after=1)
    calls_mock.faults.server_error(operation="list_rooms")
    api.get("/users")
    api.get("/rooms")

    operations = {request.operation_id for request in calls_mock.requests}
    assert len(operations) == 24
    assert sum(checker.checked.values()) == len(calls_mock.requests)
    assert {status for _, status in checker.checked} == {200, 204, 400, 401, 429, 500}  # 204: the revoke


def test_the_checker_itself_rejects_an_answer_that_does_not_fit() -> None:
    request = httpx.Request("GET", "http://mock/v1/rooms/r1")
    room_without_type = {"room": {"room_id": "r1", "state": "open", "created_at": 1}}
    response = httpx.Response(200, json=room_without_type, request=request)

    with pytest.raises(OpenAPIError, match="'room_type' is a required property"):
        SpecChecker()(response)
