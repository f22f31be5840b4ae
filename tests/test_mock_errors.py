"""The mock answers bad requests as Sendbird does: auth codes, 400 codes, 404/405, and raw-path routing.

Every error body is also checked against the spec's Error schema.
"""

from __future__ import annotations

from typing import Any

import httpx
import jsonschema
import pytest

from sendbird_calls import spec_doc
from sendbird_calls.mock import CallsMock
from sendbird_calls.mock.spec import load_spec
from sendbird_calls.spec_doc import iter_operations

ERROR_SCHEMA = load_spec().raw["components"]["schemas"]["Error"]
CHAT_ERROR_SCHEMA = load_spec().raw["components"]["schemas"]["ChatError"]


@pytest.fixture
def api(calls_mock: CallsMock) -> httpx.Client:
    return calls_mock.client(headers={"Api-Token": calls_mock.api_token})


def assert_chat_error(response: httpx.Response, status: int, code: int) -> dict[str, Any]:
    """An error as the Chat host answers it: Chat's code, the ChatError body (no `type`)."""
    body: dict[str, Any] = response.json()
    assert (response.status_code, body["code"]) == (status, code), body
    jsonschema.validate(body, CHAT_ERROR_SCHEMA)
    assert body["error"] is True
    assert body["message"]
    return body


def assert_error(response: httpx.Response, status: int, code: int) -> dict[str, Any]:
    body: dict[str, Any] = response.json()
    assert (response.status_code, body["code"]) == (status, code), body
    jsonschema.validate(body, ERROR_SCHEMA)
    assert body["error"] is True
    assert body["message"]
    return body


# --- authentication -------------------------------------------------------------------------


def test_a_missing_token_is_401121_not_authorized(calls_mock: CallsMock) -> None:
    body = assert_error(calls_mock.client().get("/users"), 401, 401121)
    assert body["type"] == "NOT_AUTHORIZED"


def test_a_wrong_token_is_401121(calls_mock: CallsMock) -> None:
    assert_error(calls_mock.client(headers={"Api-Token": "wrong"}).get("/rooms"), 401, 401121)


def test_a_secondary_token_works_on_calls_endpoints(calls_mock: CallsMock, api: httpx.Client) -> None:
    token = api.post(f"{calls_mock.chat_base_url}/applications/api_tokens", json={}).json()["token"]
    secondary = calls_mock.client(headers={"Api-Token": token})

    assert secondary.get("/users").status_code == 200
    assert secondary.post("/rooms", json={"type": "large_room_for_audio_only"}).status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/applications/api_tokens", None),
        ("POST", "/applications/api_tokens", {}),
        ("GET", "/applications/api_tokens/{token}", None),
        ("DELETE", "/applications/api_tokens/{token}", None),
    ],
)
def test_a_secondary_token_is_401120_without_type_on_token_operations(
    calls_mock: CallsMock, api: httpx.Client, method: str, path: str, body: Any
) -> None:
    token = api.post(f"{calls_mock.chat_base_url}/applications/api_tokens", json={}).json()["token"]
    secondary = calls_mock.client(headers={"Api-Token": token})

    response = secondary.request(method, calls_mock.chat_base_url + path.format(token=token), json=body)

    assert "type" not in assert_error(response, 401, 401120)  # the Chat host's errors have no type


def test_a_revoked_token_stops_authenticating_at_once_and_revoke_answers_a_204_without_body(
    calls_mock: CallsMock, api: httpx.Client
) -> None:
    tokens = f"{calls_mock.chat_base_url}/applications/api_tokens"
    token = api.post(tokens, json={}).json()["token"]
    secondary = calls_mock.client(headers={"Api-Token": token})
    assert secondary.get("/users").status_code == 200
    assert api.get(f"{tokens}/{token}").json()["token"] == token

    revoked = api.delete(f"{tokens}/{token}")

    assert (revoked.status_code, revoked.content) == (204, b"")
    assert_error(secondary.get("/users"), 401, 401121)
    assert api.get(tokens).json() == {"api_tokens": []}
    assert "type" not in assert_chat_error(api.get(f"{tokens}/{token}"), 400, 400201)


def test_secondary_token_created_at_is_unix_seconds(calls_mock: CallsMock, api: httpx.Client) -> None:
    created = api.post(f"{calls_mock.chat_base_url}/applications/api_tokens", json={}).json()["created_at"]
    assert len(str(created)) == 10


def test_an_eleventh_secondary_token_is_refused_with_a_chat_style_error(
    calls_mock: CallsMock, api: httpx.Client
) -> None:
    tokens = f"{calls_mock.chat_base_url}/applications/api_tokens"
    made = [api.post(tokens, json={}).json()["token"] for _ in range(10)]

    refused = assert_chat_error(api.post(tokens, json={}), 400, 400100)

    assert "at most 10" in refused["message"]
    assert len(api.get(tokens).json()["api_tokens"]) == 10
    assert api.delete(f"{tokens}/{made[0]}").status_code == 204
    assert api.post(tokens, json={}).status_code == 200


def test_the_master_token_cannot_be_revoked(calls_mock: CallsMock, api: httpx.Client) -> None:
    response = api.delete(f"{calls_mock.chat_base_url}/applications/api_tokens/{calls_mock.api_token}")
    assert_chat_error(response, 400, 400100)
    assert api.get("/users").status_code == 200


@pytest.mark.parametrize("method", ["GET", "DELETE"])
def test_an_unknown_token_is_chats_not_found_400201_not_the_calls_400200(
    calls_mock: CallsMock, api: httpx.Client, method: str
) -> None:
    """The Chat host answers with Chat's table: its "not found" is 400201 (Calls' "already exists")."""
    assert_chat_error(api.request(method, f"{calls_mock.chat_base_url}/applications/api_tokens/nope"), 400, 400201)


def test_a_bad_request_on_the_chat_host_carries_chats_codes(calls_mock: CallsMock, api: httpx.Client) -> None:
    """Validation errors too: a body that is not an object is Chat's 400100, without `type`."""
    response = api.post(f"{calls_mock.chat_base_url}/applications/api_tokens", json=[1])
    assert_chat_error(response, 400, 400100)


def test_the_client_reads_a_missing_token_on_the_mock_as_not_found(calls_mock: CallsMock) -> None:
    from sendbird_calls import NotFoundError

    with calls_mock.calls_client() as client, pytest.raises(NotFoundError) as raised:
        client.api_tokens.revoke("not-a-token")
    assert (raised.value.code, raised.value.type) == (400201, "ResourceNotFound")


# --- invalid and missing parameters ------------------------------------------------------------


def test_a_missing_required_body_field_is_400111(api: httpx.Client) -> None:
    assert assert_error(api.post("/rooms", json={}), 400, 400111)["type"] == "MISSING_PARAMS"


def test_a_missing_required_body_is_400111(api: httpx.Client) -> None:
    assert_error(api.post("/rooms"), 400, 400111)


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/rooms?limit=0", None),
        ("GET", "/rooms?limit=101", None),
        ("GET", "/rooms?limit=ten", None),
        ("GET", "/rooms?state=closed", None),
        ("GET", "/direct_calls?end_result=completed,exploded", None),
        ("GET", "/users/user-00001/calls?start_ts=-1", None),
        ("GET", "/users/user-00001/push/gcm", None),
        ("POST", "/rooms", {"type": "huge_room"}),
        ("PUT", "/applications/mock-app/settings/webhook", {}),
        ("PUT", "/rooms/any/custom_items", {"custom_items": {"a,b": "x"}}),
    ],
)
def test_an_invalid_parameter_is_400100(api: httpx.Client, method: str, path: str, body: Any) -> None:
    assert assert_error(api.request(method, path, json=body), 400, 400100)["type"] == "INVALID_PARAMS"


def test_a_body_that_is_not_json_is_400100(api: httpx.Client) -> None:
    response = api.post("/rooms", content=b"{nope", headers={"Content-Type": "application/json; charset=utf8"})
    assert_error(response, 400, 400100)


def test_a_repeated_query_parameter_is_400100_lists_travel_as_one_value(api: httpx.Client) -> None:
    response = api.get("/direct_calls?end_result=completed&end_result=no_answer")
    assert "comma-separated" in assert_error(response, 400, 400100)["message"]


# --- unknown resources -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/direct_calls/00000000-0000-4000-8000-000000000000",
        "/users/nobody/calls",
        "/users/nobody/call_summary",
        "/users/nobody/push/fcm_voip",
        "/applications/another-app/settings/webhook",
    ],
)
def test_an_unknown_resource_is_400200_not_404(api: httpx.Client, path: str) -> None:
    assert assert_error(api.get(path), 400, 400200)["type"] == "NOT_FOUND"


def test_an_unknown_room_is_400_1400126(api: httpx.Client) -> None:
    assert assert_error(api.get("/rooms/no-such-room"), 400, 1400126)["type"] == "INVALID_ROOM"


# --- routing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/nothing-here",
        "/rooms/a/b/c",
        "/rooms/",
        "http://sendbird-calls-mock/v2/rooms",
        "http://sendbird-calls-mock/v1/applications/api_tokens",  # Chat host paths live on /v3 only
        "http://sendbird-calls-mock/v3/rooms",
    ],
)
def test_an_unknown_path_is_404(api: httpx.Client, url: str) -> None:
    assert_error(api.get(url), 404, 404)


def test_a_known_path_with_another_method_is_405_with_allow(api: httpx.Client) -> None:
    response = api.patch("/rooms/some-room")
    assert_error(response, 405, 405)
    assert response.headers["Allow"] == "GET, DELETE"


def test_405_is_answered_before_auth(calls_mock: CallsMock) -> None:
    response = calls_mock.client().put("/users")
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET"


def test_an_encoded_slash_stays_inside_its_segment(calls_mock: CallsMock, api: httpx.Client) -> None:
    token = "fcm/token?with#odd chars%"
    added = api.post("/users/user-00001/push/fcm_voip", json={"token": token})
    assert added.status_code == 200

    removed = api.delete("/users/user-00001/push/fcm_voip/fcm%2Ftoken%3Fwith%23odd%20chars%25")

    assert removed.status_code == 200
    assert removed.json()["token"] == token
    assert calls_mock.requests[-1].operation_id == "remove_push_token"
    assert calls_mock.requests[-1].raw_path == "/v1/users/user-00001/push/fcm_voip/***"  # x-secret: masked whole


def test_every_path_parameter_the_spec_marks_secret_is_masked_in_the_request_log(
    calls_mock: CallsMock, api: httpx.Client
) -> None:
    secret = {
        name
        for _, _, operation in iter_operations(spec_doc.load_spec())
        for name, param in operation["parameters"].items()
        if param.get("x-secret")
    }
    assert calls_mock.control.spec.secret_parameters == secret == {"token", "api_token"}
    api.delete("/users/user-00001/push/apns_voip/device-token-1")
    api.get(f"{calls_mock.chat_base_url}/applications/api_tokens/secondary-token-1")
    logged = [request.raw_path for request in calls_mock.requests]
    assert logged == ["/v1/users/user-00001/push/apns_voip/***", "/v3/applications/api_tokens/***"]


def test_an_id_with_an_encoded_slash_is_decoded_once(api: httpx.Client) -> None:
    body = assert_error(api.get("/rooms/a%2Fb%2525"), 400, 1400126)
    assert "'a/b%25'" in body["message"]


def test_a_segment_that_is_not_utf8_is_400100(api: httpx.Client) -> None:
    assert_error(api.get("/rooms/%FF"), 400, 400100)
