"""The spec is the contract: its operations, errors, webhooks and examples are checked here.

The spec is read by the package's one reader (``sendbird_calls.spec_doc``); how the generated operations
table follows it is ``test_operations_table.py``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from sendbird_calls import spec_doc
from tools.lint_spec.rules import operations as lint_operations

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi" / "calls-v1.yaml"
SPEC_URI = "urn:sendbird-calls:spec"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

CALLS_SERVER = "https://api-{application_id}.calls.sendbird.com/v1"
CHAT_SERVER = "https://api-{application_id}.sendbird.com/v3"
SENDBIRD_NAME = "Sendbird's own category name"
OUR_NAME = "Our name, not Sendbird's"


def event_class_name(category: str) -> str:
    """The generated class of a webhook event, by the spec's naming rule: ``room:create`` -> ``RoomCreateEvent``."""
    return "".join(part.title() for part in re.split(r"[:_]", category)) + "Event"


WEBHOOK_EVENTS = {category: event_class_name(category) for category in spec_doc.load_spec()["webhooks"]}
"""Every webhook event of the spec and the class its payload schema must be named (read from the spec)."""
SENDBIRD_CATEGORY_NAMES = {"direct_call:dial", "direct_call:accept", "direct_call:end", "room:create"}
"""The category names Sendbird's docs confirm as of the research (a floor: a name the docs confirm later
joins them in the spec, saying so)."""
EVIDENCE_TIERS = set(lint_operations.EVIDENCE_TIERS)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return spec_doc.read_spec(SPEC_PATH)


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Every (path, METHOD, operation) of the spec, ``parameters`` merged and resolved by name (``spec_doc``)."""
    return list(spec_doc.iter_operations(spec))


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follows one local $ref."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def schema_validator(spec: dict[str, Any], schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """A JSON Schema 2020-12 validator for ``schema`` whose $refs resolve inside the spec."""
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, Resource(contents=spec, specification=DRAFT202012))
    wrapped = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"{SPEC_URI}#frag", **schema}
    rebased = _rebase_refs(wrapped)
    return jsonschema.Draft202012Validator(rebased, registry=registry, format_checker=jsonschema.FormatChecker())


def _rebase_refs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: (f"{SPEC_URI}{value}" if key == "$ref" and value.startswith("#") else _rebase_refs(value))
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rebase_refs(item) for item in node]
    return node


def test_the_spec_is_openapi_3_1_and_valid(spec: dict[str, Any]) -> None:
    from openapi_spec_validator import validate

    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_every_operation_has_one_declared_tag_a_unique_id_and_a_method_name(spec: dict[str, Any]) -> None:
    declared = {tag["name"] for tag in spec["tags"]}
    ids = [op["operationId"] for _, _, op in operations(spec)]
    assert ids
    assert len(set(ids)) == len(ids)
    names = [(op["tags"][0], op["x-method-name"]) for _, _, op in operations(spec)]
    assert len(set(names)) == len(names), "two operations of a tag share an x-method-name"
    for path, method, op in operations(spec):
        assert len(op["tags"]) == 1, f"{method} {path}"
        assert op["tags"][0] in declared, f"{method} {path}"
        assert op["x-method-name"].isidentifier(), f"{method} {path}"


def test_every_operation_is_secured_documents_its_errors_and_its_evidence(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["ApiToken"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Api-Token")
    for path, method, op in operations(spec):
        where = f"{method} {path}"
        assert op.get("security", spec["security"]) == [{"ApiToken": []}], where
        assert {"200", "400", "401", "429", "500"} <= set(op["responses"]), where
        assert op["x-evidence"]["tier"] in EVIDENCE_TIERS, where
        assert op["x-evidence"]["sources"].strip(), where


def test_descriptions_say_what_the_research_trail_lives_in_x_evidence(spec: dict[str, Any]) -> None:
    """Descriptions become help() text: the evidence trail stays in x-evidence."""
    for path, method, op in operations(spec):
        assert "Evidence:" not in op["description"], f"{method} {path}"
        for parameter in op["parameters"].values():
            assert "Evidence:" not in parameter.get("description", ""), op["operationId"]


def test_the_chat_host_is_declared_alike_by_path_servers_and_x_host(spec: dict[str, Any]) -> None:
    """A path served by the Chat host says so twice: its ``servers`` (for OpenAPI tools) and each
    operation's ``x-host: chat`` (which generation reads); the two never disagree."""
    assert spec["servers"][0]["url"] == CALLS_SERVER
    for path, item in spec["paths"].items():
        hosts = {item[method].get("x-host", "calls") for method in METHODS if method in item}
        servers = item.get("servers")
        if servers is None:
            assert hosts == {"calls"}, path
            continue
        assert servers[0]["url"] == CHAT_SERVER, path
        assert hosts == {"chat"}, path
        for method in METHODS:
            if method in item:
                assert "Served on the Chat Platform host" in " ".join(item[method]["description"].split()), path
    assert {op.get("x-host", "calls") for _, _, op in operations(spec)} == {"calls", "chat"}


def test_list_operations_take_limit_1_to_100_default_10_and_an_opaque_next(spec: dict[str, Any]) -> None:
    limit = spec["components"]["parameters"]["Limit"]["schema"]
    assert (limit["minimum"], limit["maximum"], limit["default"]) == (1, 100, 10)
    for _path, _method, op in operations(spec):
        names = set(op["parameters"])
        if "next" in names:
            assert "limit" in names, op["operationId"]


def test_open_enums_accept_unknown_strings(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in ("DirectCallEndResult", "DirectCallUserRole", "AnyRoomType", "AnyRoomState", "AnyParticipantState"):
        validator = schema_validator(spec, schemas[name])
        validator.validate("a_value_sendbird_adds_next_year")
        assert "Open" in schemas[name]["description"], name


def test_every_webhook_event_has_a_payload_schema_and_an_example(spec: dict[str, Any]) -> None:
    assert spec["webhooks"]
    for category, schema_name in WEBHOOK_EVENTS.items():
        body = spec["webhooks"][category]["post"]["requestBody"]["content"]["application/json"]
        assert body["schema"] == {"$ref": f"#/components/schemas/{schema_name}"}
        assert spec["components"]["schemas"][schema_name]["properties"]["category"]["const"] == category
        assert body["examples"], category


def test_every_webhook_operation_has_a_unique_operation_id(spec: dict[str, Any]) -> None:
    ids = [item["post"]["operationId"] for item in spec["webhooks"].values()]
    assert len(set(ids)) == len(ids) == len(spec["webhooks"])
    assert not set(ids) & {op["operationId"] for _, _, op in operations(spec)}


def test_category_names_that_are_ours_say_so(spec: dict[str, Any]) -> None:
    """Each event says whose name its category is: Sendbird's (docs) or ours (a documented event,
    its name guessed); the names Sendbird's docs confirm are never marked ours."""
    for category, schema_name in WEBHOOK_EVENTS.items():
        operation = spec["webhooks"][category]["post"]
        schema = spec["components"]["schemas"][schema_name]
        ours = OUR_NAME in operation["description"]
        assert ours != (SENDBIRD_NAME in operation["description"]), category  # exactly one of the two
        assert (OUR_NAME.lower() in schema["description"].lower()) is ours, category
        if category in SENDBIRD_CATEGORY_NAMES:
            assert not ours, category


def test_group_call_invitations_are_webhook_events(spec: dict[str, Any]) -> None:
    invitations = {c for c in spec["webhooks"] if c.startswith("invitation:")}
    assert invitations >= {"invitation:send", "invitation:cancel", "invitation:accept", "invitation:decline"}


def collect_examples(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example value) for every success response, error response and webhook example."""
    found: list[tuple[str, dict[str, Any], Any]] = []
    for path, method, op in operations(spec):
        for status, response in op["responses"].items():
            media = resolve(spec, response).get("content", {}).get("application/json")
            if not media:
                continue
            for name, example in media.get("examples", {}).items():
                found.append((f"{op['operationId']} {status} {name}", media["schema"], example))
        if "content" in op["responses"]["200"]:
            assert op["responses"]["200"]["content"]["application/json"]["examples"], f"{method} {path}"
        else:
            found.append((f"{op['operationId']} 200 (empty)", {}, {"summary": "synthetic: no body", "value": None}))
    for category, item in spec["webhooks"].items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        for name, example in media["examples"].items():
            found.append((f"webhook {category} {name}", media["schema"], example))
    return found


def test_every_example_is_labelled_synthetic_and_fits_its_schema(spec: dict[str, Any]) -> None:
    examples = collect_examples(spec)
    sources = {where.split()[0] if not where.startswith("webhook") else where.split()[1] for where, _, _ in examples}
    assert sources == {op["operationId"] for _, _, op in operations(spec)} | set(spec["webhooks"])
    for where, schema, example in examples:
        summary = example["summary"].lower()
        assert "synthetic" in summary or "official example" in summary, where
        schema_validator(spec, schema).validate(example["value"])


def test_a_wrong_example_is_caught_by_the_schema_check(spec: dict[str, Any]) -> None:
    room = {"room": {"room_id": "r", "room_type": "small_room_for_video", "state": "open"}}
    with pytest.raises(jsonschema.ValidationError, match="created_at"):
        schema_validator(spec, {"$ref": "#/components/schemas/RoomEnvelope"}).validate(room)


# --- Facts the fidelity review (reference/fidelity-review.md) corrected -----------------------


def operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return next(op for _, _, op in operations(spec) if op["operationId"] == operation_id)


def parameter(spec: dict[str, Any], operation_id: str, name: str) -> dict[str, Any]:
    found: dict[str, Any] = operation(spec, operation_id)["parameters"][name]
    return found


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def test_secondary_token_created_at_is_unix_seconds_in_schema_and_examples(spec: dict[str, Any]) -> None:
    created_at = schema(spec, "SecondaryApiToken")["properties"]["created_at"]
    assert "Unix **seconds**" in created_at["description"]
    values = [
        token["created_at"]
        for where, _schema, example in collect_examples(spec)
        if where.split()[0] in {"list_secondary_api_tokens", "generate_secondary_api_token", "get_secondary_api_token"}
        and where.split()[1] == "200"
        for token in example["value"].get("api_tokens", [example["value"]])
    ]
    assert len(values) == 3
    assert all(len(str(value)) == 10 for value in values), values


def test_revoke_answers_an_empty_body_or_the_platform_sdks_body_and_the_token_cap_is_documented(
    spec: dict[str, Any],
) -> None:
    revoke = operation(spec, "revoke_secondary_api_token")
    assert "content" not in revoke["responses"]["204"]
    body = revoke["responses"]["200"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/RevokedSecondaryApiToken"}
    tolerant = schema(spec, "RevokedSecondaryApiToken")
    assert "required" not in tolerant
    assert "RevokeSecondaryApiTokenByTokenResponse" in tolerant["x-evidence"]["sources"]
    assert "at most 10 secondary tokens" in " ".join(
        operation(spec, "generate_secondary_api_token")["description"].split()
    )


DELETES = [
    "remove_push_token",
    "remove_push_tokens_of_type",
    "delete_direct_call_custom_items",
    "delete_room",
    "delete_room_custom_items",
    "revoke_secondary_api_token",
]


@pytest.mark.parametrize("operation_id", DELETES)
def test_every_delete_and_remove_documents_a_json_200_and_a_204_without_content(
    spec: dict[str, Any], operation_id: str
) -> None:
    op = operation(spec, operation_id)
    assert "content" not in op["responses"]["204"], operation_id
    assert "schema" in op["responses"]["200"]["content"]["application/json"], operation_id
    text = " ".join(op["description"].split())
    assert "an empty 200 or a 204" in text or "an empty body" in text, operation_id
    assert "None" in text, operation_id


def test_the_deletes_are_every_delete_of_the_spec(spec: dict[str, Any]) -> None:
    assert sorted(op["operationId"] for _, method, op in operations(spec) if method == "DELETE") == sorted(DELETES)


def test_the_chat_hosts_codes_are_chats_own(spec: dict[str, Any]) -> None:
    """The Chat host's table is Chat's: 400201 is "not found" there (Calls: 400200), shown by Chat's example."""
    bad_request = spec["components"]["responses"]["ChatBadRequest"]
    text = " ".join(bad_request["description"].split())
    assert "400201 ResourceNotFound" in text
    assert "400100, 400101, 400102, 400103, 400104 UnexpectedParameterType" in text
    assert "400200" not in text
    example = bad_request["content"]["application/json"]["examples"]["notFound"]["value"]
    assert example == {"message": '"User" not found.', "code": 400201, "error": True}
    for operation_id in ("get_secondary_api_token", "revoke_secondary_api_token"):
        assert "400 + 400201" in " ".join(operation(spec, operation_id)["description"].split()), operation_id


def no_source_decisions(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every ``x-evidence.decisions`` item of the spec's operations, with its operationId."""
    return [
        (op["operationId"], item)
        for _, _, op in operations(spec)
        for item in op.get("x-evidence", {}).get("decisions", [])
    ]


def test_every_decision_without_a_source_says_so_and_names_its_verify_check(spec: dict[str, Any]) -> None:
    from sendbird_calls.verify.decisions import CHECKS

    decisions = no_source_decisions(spec)
    names = [item["verify"] for _, item in decisions]
    assert len(names) == len(set(names)), "each check verifies one decision"
    assert set(names) == set(CHECKS)
    for operation_id, item in decisions:
        text = " ".join(item["decision"].split())
        assert text.endswith("; no source") or item["verify"] == "generate_token_body", (operation_id, text)
        check = CHECKS[item["verify"]]
        assert check.operation == operation_id, item["verify"]
        if check.code is not None:  # the check expects exactly what the decision says
            assert f"{check.expected}" in text, (item["verify"], text)
    guessed = {
        ("list_user_calls", "400 + 400100"),
        ("generate_secondary_api_token", "400 + 400100"),
        ("revoke_secondary_api_token", "400 + 400100"),
        ("get_room", "400 + 1400126"),
        ("delete_room", "400 + 1400126"),
        ("list_rooms", "400 + 400100"),
    }
    for operation_id, code in guessed:
        assert any(op == operation_id and code in item["decision"] for op, item in decisions), operation_id
    for operation_id in ("delete_room", "update_room_custom_items", "delete_room_custom_items"):
        assert any(
            op == operation_id and "read-only room endpoints" in " ".join(item["decision"].split())
            for op, item in decisions
        ), operation_id
    assert "HTTP_API_TOKEN" in operation(spec, "generate_secondary_api_token")["x-evidence"]["sources"]


def test_the_user_resource_has_every_documented_field_and_marks_credentials_secret(spec: dict[str, Any]) -> None:
    user = schema(spec, "User")["properties"]
    assert {"access_token", "session_tokens", "has_ever_logged_in", "discovery_keys", "preferred_languages"} <= set(
        user
    )
    assert user["access_token"]["description"].startswith("Secret:")
    assert schema(spec, "SessionToken")["properties"]["session_token"]["description"].startswith("Secret:")


def test_webhook_events_require_only_what_a_source_confirms(spec: dict[str, Any]) -> None:
    for category, name in WEBHOOK_EVENTS.items():
        required = set(schema(spec, name)["required"])
        sources = schema(spec, name)["x-evidence"]["sources"]
        assert {"category", "occurred_at"} <= required, category
        assert all(f"`{field}`" in sources for field in required), (category, required, sources)
        if category.startswith("direct_call:"):  # the fidelity review: only what third-party handlers read
            assert required == {"category", "occurred_at", "direct_call"}, category
    assert "required" not in schema(spec, "WebhookDirectCall")
    assert "required" not in schema(spec, "WebhookRoom")
    assert {"caller_id", "callee_id"} <= set(schema(spec, "WebhookDirectCall")["properties"])


@pytest.mark.parametrize(
    "where",
    [
        ("DirectCall", "is_video_call"),
        ("WebhookDirectCall", "is_video_call"),
        ("WebhookCallPayload", "is_video_call"),
    ],
)
def test_is_video_call_is_a_boolean_also_sent_as_a_string_with_its_evidence(
    spec: dict[str, Any], where: tuple[str, str]
) -> None:
    prop = schema(spec, where[0])["properties"][where[1]]
    assert prop["type"] == "boolean"
    assert prop["description"].startswith("Also sent as a string.")
    assert "string" in prop["x-evidence"]["sources"]


def test_the_chat_host_error_bodies_have_no_type(spec: dict[str, Any]) -> None:
    chat_error = schema_validator(spec, {"$ref": "#/components/schemas/ChatError"})
    chat_error.validate({"error": True, "code": 400200, "message": "not found"})
    with pytest.raises(jsonschema.ValidationError):
        chat_error.validate({"error": True, "code": 400200, "type": "NOT_FOUND", "message": "not found"})
    for path, method, op in operations(spec):
        if op.get("x-host") == "chat":
            for status in ("400", "401", "500"):
                body = resolve(spec, op["responses"][status])["content"]["application/json"]["schema"]
                assert body == {"$ref": "#/components/schemas/ChatError"}, f"{method} {path} {status}"


def test_a_users_call_window_is_milliseconds_on_started_at_at_most_90_days(spec: dict[str, Any]) -> None:
    for name in ("start_ts", "end_ts"):
        param = parameter(spec, "list_user_calls", name)
        text = " ".join(param["description"].split())
        assert "Unix milliseconds" in text, name
        assert "90 days" in text, name
        assert "milliseconds" in param["x-evidence"]["decision"], name
        assert "started_at" in param["x-evidence"]["decision"], name
    assert "`started_at` too, not `ended_at`" in " ".join(
        parameter(spec, "list_user_calls", "end_ts")["description"].split()
    )


def test_list_rooms_created_at_end_date_is_exclusive(spec: dict[str, Any]) -> None:
    assert "(exclusive)" in parameter(spec, "list_rooms", "created_at_end_date")["description"]
    assert "(inclusive)" in parameter(spec, "list_rooms", "created_at_start_date")["description"]


def test_field_names_follow_the_sdks_and_conflicts_accept_both(spec: dict[str, Any]) -> None:
    user = schema(spec, "User")["properties"]
    assert "metadata" in user
    assert "meta_data" not in user
    participant = schema(spec, "CallParticipant")["properties"]
    assert participant["metadata"]["description"].startswith("Also sent as `meta_data`.")
    assert schema(spec, "Participant")["properties"]["exited_at"]["description"].startswith("Also sent as `exit_at`.")
    assert schema(spec, "PushTokenList")["properties"]["tokens"]["description"].startswith("Also sent as `token`.")


def test_direct_calls_know_end_result_ex_call_relay_and_huawei_push(spec: dict[str, Any]) -> None:
    call = schema(spec, "DirectCall")["properties"]
    assert {"end_result_ex", "call_relay"} <= set(call)
    known = set(schema(spec, "EndResultEx")["enum"])
    assert {"none", "not_connected", "dial_failed", "accept_failed"} <= known
    schema_validator(spec, schema(spec, "DirectCallEndResultEx")).validate("a_value_sendbird_adds_next_year")
    assert "huawei_voip" in schema(spec, "PushTokenType")["enum"]
    example = operation(spec, "get_direct_call")["responses"]["200"]["content"]["application/json"]["examples"]
    assert {e["value"]["call"]["state"] for e in example.values()} <= {"current", "ended"}


def test_list_direct_calls_offers_the_unconfirmed_filters_as_such(spec: dict[str, Any]) -> None:
    for name in ("start_ts", "call_ts", "duration_range_min", "duration_range_max"):
        param = parameter(spec, "list_direct_calls", name)
        assert param["description"].startswith("Unconfirmed."), name
        assert param.get("required") is not True, name


def test_push_token_answers_are_tolerant(spec: dict[str, Any]) -> None:
    result = schema_validator(spec, {"$ref": "#/components/schemas/PushTokenResult"})
    for body in ({"token": "t", "type": "fcm_voip"}, {"token": ["t1", "t2"], "type": "GCM"}, {"token": "t"}):
        result.validate(body)
    listing = schema_validator(spec, {"$ref": "#/components/schemas/PushTokenList"})
    for body in ({"tokens": ["t"], "type": "APNS_VOIP"}, {"token": ["t"]}, {"tokens": []}):
        listing.validate(body)


def test_only_deletes_may_answer_an_empty_success(spec: dict[str, Any]) -> None:
    """An empty 2xx is where the evidence allows it (revoking a token, deleting a room): never a read or a create."""
    empty = [
        (method, op["operationId"])
        for _, method, op in operations(spec)
        if any(s.startswith("2") and "content" not in r for s, r in op["responses"].items())
    ]
    assert empty
    assert {method for method, _ in empty} == {"DELETE"}, empty
