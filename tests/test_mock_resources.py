"""The mock's users, direct calls, push tokens, webhook settings and secondary API tokens."""

from __future__ import annotations

import httpx
import pytest

from sendbird_calls.mock import CallsMock


@pytest.fixture
def api(calls_mock: CallsMock) -> httpx.Client:
    return calls_mock.client(headers={"Api-Token": calls_mock.api_token})


# --- direct calls ----------------------------------------------------------------------------


def test_a_direct_call_is_found_by_its_id(calls_mock: CallsMock, api: httpx.Client) -> None:
    call_id = calls_mock.state.calls.call_id(42)

    call = api.get(f"/direct_calls/{call_id}").json()["call"]

    assert call["call_id"] == call_id
    assert [p["role"] for p in call["participants"]] == ["dc_caller", "dc_callee"]
    assert call["started_by"] == call["participants"][0]["user_id"]


def test_a_call_custom_items_update_and_delete(calls_mock: CallsMock, api: httpx.Client) -> None:
    url = f"/direct_calls/{calls_mock.state.calls.call_id(1)}/custom_items"

    updated = api.put(url, json={"custom_items": {"agent": "42"}, "mode": "upsert"}).json()
    deleted = api.request("DELETE", url, json={"keys": ["agent"]}).json()

    assert (updated["custom_items"], updated["updated"]) == ({"agent": "42"}, ["agent"])
    assert (deleted["custom_items"], deleted["deleted"]) == ({}, ["agent"])
    assert isinstance(updated["affected_at"], int)
    assert api.get(url.removesuffix("/custom_items")).json()["call"]["custom_items"] == {}


def test_ongoing_calls_have_no_end(api: httpx.Client) -> None:
    newest = api.get("/direct_calls", params={"limit": 1}).json()["calls"][0]
    assert (newest["end_result"], newest["ended_at"], newest["duration"], newest["ended_by"]) == (
        None,
        None,
        None,
        None,
    )


def test_the_call_summary_counts_a_users_calls_by_role(api: httpx.Client) -> None:
    summary = api.get("/users/user-00004/call_summary").json()
    calls = []
    query: dict[str, str | int] = {"limit": 100}
    while True:
        page = api.get("/users/user-00004/calls", params=query).json()
        calls += page["calls"]
        if not page["next"]:
            break
        query["next"] = page["next"]

    counts = summary["call_count"]
    assert counts["total"] == len(calls)
    assert counts["direct_call"]["caller"] == sum(c["user_role"] == "dc_caller" for c in calls)
    assert counts["direct_call"]["callee"] == sum(c["user_role"] == "dc_callee" for c in calls)
    assert summary["last_call"]["call_id"] == calls[0]["call_id"]


# --- push tokens -----------------------------------------------------------------------------


def test_push_tokens_are_kept_per_user_and_type(api: httpx.Client) -> None:
    api.post("/users/user-00001/push/fcm_voip", json={"token": "f1"})
    api.post("/users/user-00001/push/fcm_voip", json={"token": "f2"})
    api.post("/users/user-00001/push/apns_voip", json={"token": "a1"})
    api.post("/users/user-00002/push/fcm_voip", json={"token": "other"})

    assert api.get("/users/user-00001/push/fcm_voip").json() == {"tokens": ["f1", "f2"], "type": "fcm_voip"}
    assert api.get("/users/user-00001/push/apns_voip").json()["tokens"] == ["a1"]
    assert api.get("/users/user-00002/push/fcm_voip").json()["tokens"] == ["other"]


def test_an_added_token_is_answered_with_its_user(api: httpx.Client) -> None:
    added = api.post("/users/user-00001/push/apns_voip", json={"token": "a1", "is_unique": True}).json()
    assert (added["token"], added["type"], added["user"]["user_id"]) == ("a1", "apns_voip", "user-00001")


def test_a_unique_token_replaces_the_others_of_its_type(api: httpx.Client) -> None:
    api.post("/users/user-00001/push/fcm_voip", json={"token": "old"})
    api.post("/users/user-00001/push/fcm_voip", json={"token": "new", "is_unique": True})
    assert api.get("/users/user-00001/push/fcm_voip").json()["tokens"] == ["new"]


def test_tokens_are_removed_one_by_one_or_by_type(api: httpx.Client) -> None:
    for token in ("t1", "t2", "t3"):
        api.post("/users/user-00001/push/fcm_voip", json={"token": token})

    one = api.delete("/users/user-00001/push/fcm_voip/t1")
    again = api.delete("/users/user-00001/push/fcm_voip/t1")
    rest = api.delete("/users/user-00001/push/fcm_voip")

    assert one.json()["token"] == "t1"
    assert (again.status_code, again.json()["code"]) == (400, 400200)
    assert rest.json() == {"tokens": ["t2", "t3"], "type": "fcm_voip"}
    assert api.get("/users/user-00001/push/fcm_voip").json()["tokens"] == []


# --- webhook settings ------------------------------------------------------------------------


def test_webhook_settings_start_off_and_update_partially(calls_mock: CallsMock, api: httpx.Client) -> None:
    url = f"/applications/{calls_mock.app_id}/settings/webhook"
    assert api.get(url).json() == {"webhook": {"enabled": False, "url": "", "enabled_events": []}}

    api.put(url, json={"url": "https://example.com/hook", "enabled_events": ["direct_call:end"]})
    after = api.put(url, json={"enabled": True}).json()["webhook"]

    assert after == {"enabled": True, "url": "https://example.com/hook", "enabled_events": ["direct_call:end"]}
    assert api.get(url).json()["webhook"] == after


def test_webhook_settings_show_every_category_on_request(calls_mock: CallsMock, api: httpx.Client) -> None:
    url = f"/applications/{calls_mock.app_id}/settings/webhook"
    webhook = api.get(url, params={"display_all_webhook_categories": "true"}).json()["webhook"]
    assert "room:create" in webhook["all_webhook_categories"]
    assert "all_webhook_categories" not in api.get(url).json()["webhook"]


@pytest.mark.parametrize(
    "body",
    [{"url": "ftp://example.com/hook"}, {"url": "urn:isbn:123"}, {"enabled_events": ["room:exploded"]}, {}],
)
def test_webhook_settings_refuse_bad_values(calls_mock: CallsMock, api: httpx.Client, body: object) -> None:
    response = api.put(f"/applications/{calls_mock.app_id}/settings/webhook", json=body)
    assert (response.status_code, response.json()["code"]) == (400, 400100)


# --- secondary API tokens --------------------------------------------------------------------


def test_secondary_tokens_are_generated_and_listed(calls_mock: CallsMock, api: httpx.Client) -> None:
    tokens = f"{calls_mock.chat_base_url}/applications/api_tokens"

    first = api.post(tokens, json={}).json()
    second = api.post(tokens, json={}).json()

    assert first["token"] != second["token"] != calls_mock.api_token
    assert api.get(tokens).json() == {"api_tokens": [first, second]}
