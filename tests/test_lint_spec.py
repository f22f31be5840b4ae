"""``make lint-spec`` (``tools/lint_spec``): each spec rule by a scripted edit of a copy of the spec, the CLI's
exit codes, and the tests' guard that points to it.

Every case edits a deep copy of ``openapi/calls-v1.yaml``, writes it to a temporary file, lints that file and
expects exactly one finding: its path in the spec and its problem, word for word.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from overrides.templates import spec_facts
from sendbird_calls.spec_doc import read_spec
from tests.spec_guard import SpecRuleError, spec_lookup
from tools.lint_spec import rules
from tools.lint_spec.cli import main
from tools.lint_spec.document import SpecDocument
from tools.lint_spec.findings import Finding, Severity
from tools.lint_spec.rules import lint

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "calls-v1.yaml"
RAW = read_spec(SPEC)
JSON = "application/json"
Edit = Callable[[dict[str, Any]], None]


def lint_copy(tmp_path: Path, edit: Edit) -> list[Finding]:
    """The findings of a temporary copy of the spec with ``edit`` applied."""
    return list(lint(SpecDocument.read(write_copy(tmp_path, edit))))


def write_copy(tmp_path: Path, edit: Edit) -> Path:
    document = copy.deepcopy(RAW)
    edit(document)
    path = tmp_path / "calls-v1.yaml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def op(doc: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    operation: dict[str, Any] = doc["paths"][path][method]
    return operation


def schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"]["schemas"][name]
    return found


def answer(doc: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    """The JSON content of an operation's 200 answer."""
    content: dict[str, Any] = op(doc, path, method)["responses"]["200"]["content"][JSON]
    return content


def payload(doc: dict[str, Any], event: str) -> dict[str, Any]:
    content: dict[str, Any] = doc["webhooks"][event]["post"]["requestBody"]["content"][JSON]
    return content


def param(doc: dict[str, Any], path: str, method: str, name: str) -> dict[str, Any]:
    return next(p for p in op(doc, path, method)["parameters"] if p.get("name") == name)


def rename_path(doc: dict[str, Any], old: str, new: str) -> None:
    doc["paths"] = {(new if key == old else key): value for key, value in doc["paths"].items()}


def tag_everywhere(doc: dict[str, Any], old: str, new: str) -> None:
    for tag in doc["tags"]:
        if tag["name"] == old:
            tag["name"] = new
    for item in doc["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("tags") == [old]:
                operation["tags"] = [new]


def path_item_ref(doc: dict[str, Any]) -> None:
    doc["components"]["pathItems"] = {"Participants": doc["paths"]["/rooms/{room_id}/participants"]}
    doc["paths"]["/rooms/{room_id}/participants"] = {"$ref": "#/components/pathItems/Participants"}


def head_operation(doc: dict[str, Any]) -> None:
    head = copy.deepcopy(op(doc, "/rooms/{room_id}", "get"))
    head.update({"operationId": "head_room", "x-method-name": "head"})
    doc["paths"]["/rooms/{room_id}"]["head"] = head


def escaped_ref(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["A/B"] = copy.deepcopy(schema(doc, "AnyRoomType"))
    schema(doc, "Room")["properties"]["room_type"] = {"$ref": "#/components/schemas/A~1B"}


def one_of(doc: dict[str, Any]) -> None:
    opened = schema(doc, "DirectCallEndResultEx")
    opened["oneOf"] = opened.pop("anyOf")


ROOM = "/rooms/{room_id}"
EXAMPLE = f"paths./rooms.post.responses.200.content.{JSON}"
NO_EXAMPLES = "no `examples`"
CASES = [
    # Examples of answers and webhooks
    pytest.param(lambda d: answer(d, "/rooms", "post").pop("examples"), EXAMPLE, NO_EXAMPLES, id="answer-no-examples"),
    pytest.param(
        lambda d: answer(d, "/rooms", "post").update(examples={}), EXAMPLE, NO_EXAMPLES, id="answer-empty-examples"
    ),
    pytest.param(
        lambda d: answer(d, "/rooms", "post").update(
            example=answer(d, "/rooms", "post").pop("examples")["created"]["value"]
        ),
        EXAMPLE,
        "`example` but no `examples` (the tests and the mock read `examples`)",
        id="answer-example-not-examples",
    ),
    pytest.param(
        lambda d: answer(d, "/rooms", "post")["examples"].update(created={"externalValue": "https://example.com/x"}),
        f"{EXAMPLE}.examples.created",
        "the example has no `value` (an `externalValue` is not read)",
        id="answer-external-value",
    ),
    pytest.param(
        lambda d: answer(d, "/rooms", "post")["examples"]["created"]["value"]["room"].update(created_at="yesterday"),
        f"{EXAMPLE}.examples.created.value.room.created_at",
        "the example does not fit its schema: 'yesterday' is not of type 'integer'",
        id="answer-example-wrong-type",
    ),
    pytest.param(
        lambda d: answer(d, "/rooms", "post")["examples"]["created"]["value"]["room"].update(state=5),
        f"{EXAMPLE}.examples.created.value.room.state",
        "the example does not fit its schema: 5 is not valid under any of the given schemas",
        id="answer-example-wrong-enum",
    ),
    pytest.param(lambda d: answer(d, "/rooms", "post").pop("schema"), EXAMPLE, "no `schema`", id="answer-no-schema"),
    pytest.param(
        lambda d: answer(d, ROOM, "get").update(schema=copy.deepcopy(schema(d, "RoomEnvelope"))),
        f"paths./rooms/{{room_id}}.get.responses.200.content.{JSON}.schema",
        "the schema is not a `$ref` to `#/components/schemas/<Model>` (the generated model, the typed webhook "
        "events and the tests take its name from there)",
        id="answer-inline-schema",
    ),
    pytest.param(
        lambda d: op(d, "/applications/api_tokens/{api_token}", "delete")["responses"].pop("200"),
        "paths./applications/api_tokens/{api_token}.delete.responses",
        "the operation documents no `200` answer (Sendbird answers a success with 200; the tests and the mock "
        "read the 200's example)",
        id="no-200-answer",
    ),
    pytest.param(
        lambda d: payload(d, "room:create").pop("examples"),
        f"webhooks.room:create.post.requestBody.content.{JSON}",
        NO_EXAMPLES,
        id="webhook-no-examples",
    ),
    pytest.param(
        lambda d: d["webhooks"]["room:create"]["post"].pop("requestBody"),
        "webhooks.room:create.post",
        "the webhook has no payload (`requestBody.content`)",
        id="webhook-no-payload",
    ),
    pytest.param(
        lambda d: schema(d, "RoomCreateEvent")["required"].remove("category"),
        f"webhooks.room:create.post.requestBody.content.{JSON}.schema",
        "the payload schema has no required `category` that is `const: 'room:create'` (typed webhook events "
        "find their model by it)",
        id="webhook-category",
    ),
    # Operations: operationId, tags, x-method-name, methods, hosts
    pytest.param(
        lambda d: op(d, ROOM, "get").pop("operationId"),
        "paths./rooms/{room_id}.get",
        "the operation has no operationId",
        id="no-operation-id",
    ),
    pytest.param(
        lambda d: op(d, ROOM, "get").update(operationId="getRoom"),
        "paths./rooms/{room_id}.get.operationId",
        "operationId 'getRoom' is not a snake_case Python name",
        id="operation-id-not-snake-case",
    ),
    pytest.param(
        lambda d: op(d, ROOM, "get").update(operationId="list_rooms"),
        "paths./rooms/{room_id}.get.operationId",
        "operationId 'list_rooms' is already used by paths./rooms.get",
        id="operation-id-twice",
    ),
    pytest.param(
        lambda d: d["webhooks"]["room:create"]["post"].update(operationId="create_room"),
        "webhooks.room:create.post.operationId",
        "operationId 'create_room' is already used by paths./rooms.post",
        id="webhook-operation-id-twice",
    ),
    pytest.param(
        lambda d: op(d, ROOM, "get").pop("tags"), "paths./rooms/{room_id}.get", "the operation has no tag", id="no-tag"
    ),
    pytest.param(
        lambda d: op(d, ROOM, "get").update(tags=["rooms2"]),
        "paths./rooms/{room_id}.get.tags.0",
        "tag 'rooms2' is not declared in the top-level `tags`",
        id="tag-not-declared",
    ),
    pytest.param(
        lambda d: tag_everywhere(d, "direct_calls", "Direct-Calls"),
        "tags.1.name",
        "tag 'Direct-Calls' is not a snake_case Python name (it names the client attribute `client.<tag>` and the "
        "generated module)",
        id="tag-not-snake-case",
    ),
    pytest.param(
        lambda d: op(d, ROOM, "get").pop("x-method-name"),
        "paths./rooms/{room_id}.get",
        "no `x-method-name` (the client method's name within its tag)",
        id="no-method-name",
    ),
    pytest.param(
        lambda d: op(d, ROOM, "get").pop("x-evidence"),
        "paths./rooms/{room_id}.get.x-evidence",
        "no `x-evidence` with a `tier` and its `sources` (where the operation is known from)",
        id="no-evidence",
    ),
    pytest.param(
        lambda d: op(d, ROOM, "get")["x-evidence"].update(tier="rumour"),
        "paths./rooms/{room_id}.get.x-evidence",
        "no `x-evidence` with a `tier` and its `sources` (where the operation is known from)",
        id="evidence-unknown-tier",
    ),
    *[
        pytest.param(
            lambda d, name=name: op(d, ROOM, "get").update({"x-method-name": name}),
            "paths./rooms/{room_id}.get.x-method-name",
            f"`x-method-name` {name!r} is not a public Python name (an identifier, not a keyword, not starting "
            "with `_`, not `with_raw_response`)",
            id=f"method-name-{name}",
        )
        for name in ("import", "_get", "with_raw_response", "get-room")
    ],
    pytest.param(
        lambda d: op(d, ROOM, "get").update({"x-method-name": "list"}),
        "paths./rooms/{room_id}.get.x-method-name",
        "x-method-name 'list' is already used by list_rooms in tag 'rooms'",
        id="method-name-twice-in-tag",
    ),
    pytest.param(
        path_item_ref,
        "paths./rooms/{room_id}/participants",
        "the path item is a `$ref` (the generator's facts and the mock read operations in place)",
        id="path-item-ref",
    ),
    pytest.param(
        head_operation,
        "paths./rooms/{room_id}.head",
        "`head` operations are not generated (spec_facts.py reads get, put, post, delete and patch)",
        id="head-operation",
    ),
    pytest.param(
        lambda d: op(d, "/applications/api_tokens", "get").update(
            servers=d["paths"]["/applications/api_tokens"]["servers"]
        ),
        "paths./applications/api_tokens.get.servers",
        "operation-level `servers` are not read (the mock refuses them; the client picks its host from `x-host`)",
        id="operation-servers",
    ),
    pytest.param(
        lambda d: op(d, ROOM, "get").update({"x-host": "chats"}),
        "paths./rooms/{room_id}.get.x-host",
        "`x-host` is 'chats', not one of calls, chat",
        id="x-host-unknown",
    ),
    pytest.param(
        lambda d: op(d, ROOM, "get").update({"x-host": "chat"}),
        "paths./rooms/{room_id}.get.x-host",
        "a `chat` operation's path item has no `servers` entry (the mock serves the path under its server's base "
        "path, `/v3`)",
        id="x-host-chat-without-servers",
    ),
    pytest.param(
        lambda d: d["paths"]["/applications/api_tokens"]["servers"][0].pop("variables"),
        "paths./applications/api_tokens.servers.0.url",
        "the server URL's `{application_id}` has no variable with a string `default` (the mock and the tests fill "
        "the URL with it)",
        id="server-variable-without-default",
    ),
    # Parameters
    pytest.param(
        lambda d: d["components"]["parameters"]["RoomId"].update(required=False),
        "components.parameters.RoomId.required",
        "a path parameter must be `required: true`",
        id="path-parameter-optional",
    ),
    pytest.param(
        lambda d: op(d, "/rooms", "get")["parameters"].append(
            {"name": "foo", "in": "path", "required": True, "schema": {"type": "string"}}
        ),
        "paths./rooms.get.parameters.foo",
        "path parameter 'foo' is not in the path template '/rooms'",
        id="path-parameter-not-in-template",
    ),
    pytest.param(
        lambda d: d["paths"]["/rooms/{room_id}/participants"].pop("parameters"),
        "paths./rooms/{room_id}/participants.get",
        "the path template's `{room_id}` has no path parameter",
        id="template-without-parameter",
    ),
    pytest.param(
        lambda d: rename_path(d, "/rooms/{room_id}/participants", "/rooms/{room_id}.json/participants"),
        "paths./rooms/{room_id}.json/participants",
        "the segment '{room_id}.json' mixes a parameter with other text (a path value fills one whole segment, "
        "percent-encoded)",
        id="parameter-not-a-whole-segment",
    ),
    pytest.param(
        lambda d: op(d, "/rooms/{room_id}/participants", "get")["parameters"].append(
            {"name": "room_id", "in": "query", "schema": {"type": "string"}}
        ),
        "paths./rooms/{room_id}/participants.get",
        "the path parameter 'room_id' and the query parameter 'room_id' share a name (each becomes the keyword "
        "argument of that name)",
        id="parameter-names-clash",
    ),
    pytest.param(
        lambda d: op(d, "/rooms", "get")["parameters"].append(
            {"name": "X-Trace", "in": "header", "schema": {"type": "string"}}
        ),
        "paths./rooms.get.parameters.X-Trace.in",
        "`in: header` parameters are not sent by the client (only path and query parameters are)",
        id="header-parameter",
    ),
    pytest.param(
        lambda d: param(d, "/rooms", "get", "created_at_end_date").update({"x-unit": "us"}),
        "paths./rooms.get.parameters.created_at_end_date.x-unit",
        "`x-unit` is 'us', not `ms` or `s`",
        id="x-unit-unknown",
    ),
    pytest.param(
        lambda d: param(d, "/rooms", "get", "room_id").update({"x-unit": "ms"}),
        "paths./rooms.get.parameters.room_id.x-unit",
        "`x-unit` is only read on integer parameters, and this one is string",
        id="x-unit-on-a-string",
    ),
    pytest.param(
        lambda d: param(d, "/rooms", "get", "room_id").update({"x-secret": True}),
        "paths./rooms.get.parameters.room_id.x-secret",
        "`x-secret` is only read on path parameters (it masks the path in logs)",
        id="x-secret-on-a-query-parameter",
    ),
    pytest.param(
        lambda d: d["paths"]["/applications/api_tokens/{api_token}"]["parameters"][0].update({"x-secret": "yes"}),
        "paths./applications/api_tokens/{api_token}.parameters.api_token.x-secret",
        "`x-secret` is 'yes', not a boolean",
        id="x-secret-not-a-boolean",
    ),
    pytest.param(
        lambda d: schema(d, "SecondaryApiToken")["properties"]["token"].update({"x-secret": True}),
        "components.schemas.SecondaryApiToken.properties.token.x-secret",
        "`x-secret` is only read on path parameters (it masks the path in logs)",
        id="x-secret-on-a-property",
    ),
    pytest.param(
        lambda d: param(d, "/rooms", "get", "room_ids").update(explode=True),
        "paths./rooms.get.parameters.room_ids",
        "an array parameter must be `style: form, explode: false` (one comma-separated value)",
        id="array-parameter-exploded",
    ),
    pytest.param(
        lambda d: param(d, "/rooms", "get", "current_participant_range_gte").update(schema={"type": "number"}),
        "paths./rooms.get.parameters.current_participant_range_gte",
        "parameters of type 'number' are not supported",
        id="number-parameter",
    ),
    pytest.param(
        lambda d: schema(d, "UpdateCustomItemsRequest")["properties"].update(room_id={"type": "string"}),
        "paths./rooms/{room_id}/custom_items.put.requestBody",
        "the body field(s) ['room_id'] share a name with a parameter",
        id="body-field-named-like-a-parameter",
    ),
    # Schemas and properties
    pytest.param(
        lambda d: schema(d, "DirectCallEnvelope").update({"x-envelope": "calls"}),
        "paths./direct_calls/{call_id}.get.responses.200",
        "x-envelope 'calls' must name a required property of the success body",
        id="x-envelope-not-a-property",
    ),
    pytest.param(
        lambda d: schema(d, "Participant")["properties"].update(exit_at={"type": "integer"}),
        "components.schemas.Participant.properties.exited_at.description",
        'the alternate name `exit_at` ("Also sent as") is also a declared property of this schema',
        id="alternate-name-declared",
    ),
    pytest.param(
        lambda d: schema(d, "Participant")["properties"].update(
            left_at={"type": ["integer", "null"], "description": "Also sent as `exit_at`. When it left."}
        ),
        "components.schemas.Participant.properties.left_at.description",
        "`exit_at` is already the alternate name of `exited_at`",
        id="alternate-name-twice",
    ),
    pytest.param(
        lambda d: schema(d, "SecondaryApiToken")["properties"]["created_at"].update(description="Secret: when."),
        "components.schemas.SecondaryApiToken.properties.created_at",
        "a `Secret:` property must be a string, and this one is integer (the models mask string values)",
        id="secret-not-a-string",
    ),
    pytest.param(
        lambda d: schema(d, "DirectCall")["properties"]["state"].update(description="Also sent as a string. A state."),
        "components.schemas.DirectCall.properties.state.description",
        '"Also sent as a string." applies to a boolean (the models also read "true"/"false"), and this property is '
        "string",
        id="sent-as-string-not-a-boolean",
    ),
    # Decisions without a source
    pytest.param(
        lambda d: op(d, "/rooms/{room_id}", "get")["x-evidence"]["decisions"][0].update(verify="nope"),
        "paths./rooms/{room_id}.get.x-evidence.decisions.0",
        "`verify` 'nope' names no check of verify-spec (sendbird_calls.verify.decisions.CHECKS)",
        id="decision-without-a-check",
    ),
    pytest.param(
        lambda d: op(d, "/rooms/{room_id}", "get")["x-evidence"]["decisions"][0].update(verify="delete_unknown_room"),
        "paths./rooms/{room_id}.delete.x-evidence.decisions.1.verify",
        "the check 'delete_unknown_room' is already named by paths./rooms/{room_id}.get.x-evidence.decisions.0",
        id="decision-check-named-twice",
    ),
    pytest.param(
        lambda d: op(d, "/rooms/{room_id}", "get")["x-evidence"]["decisions"][0].pop("decision"),
        "paths./rooms/{room_id}.get.x-evidence.decisions.0",
        "the item has no `decision` sentence",
        id="decision-without-a-sentence",
    ),
    # $ref
    pytest.param(
        lambda d: schema(d, "Room")["properties"].update(room_type={"$ref": "#/components/schemas/Nope"}),
        "components.schemas.Room.properties.room_type.$ref",
        "`$ref` '#/components/schemas/Nope' points to no object of the document",
        id="ref-to-nothing",
    ),
    pytest.param(
        lambda d: schema(d, "Room")["properties"].update(room_type={"$ref": "other.yaml#/RoomType"}),
        "components.schemas.Room.properties.room_type.$ref",
        "`$ref` 'other.yaml#/RoomType' is not local (the project's spec reader follows `#/...` references only)",
        id="ref-not-local",
    ),
    pytest.param(
        escaped_ref,
        "components.schemas.Room.properties.room_type.$ref",
        "`$ref` '#/components/schemas/A~1B' uses JSON-pointer escapes, which the project's spec reader does not decode",
        id="ref-escaped",
    ),
    pytest.param(
        lambda d: d["components"]["schemas"].update(Loop={"$ref": "#/components/schemas/Loop"}),
        "components.schemas.Loop.$ref",
        "`$ref` '#/components/schemas/Loop' starts a chain of `$ref`s that never ends in a definition",
        id="ref-cycle",
    ),
    # Enums read from answers
    pytest.param(
        lambda d: schema(d, "Room")["properties"].update(state={"$ref": "#/components/schemas/RoomState"}),
        "components.schemas.RoomState",
        "a closed enum read from answers (from paths./rooms.get.responses.200): a value Sendbird adds later fails "
        "to parse",
        id="closed-enum-in-answers",
    ),
    pytest.param(
        lambda d: schema(d, "DirectCall")["properties"]["state"].update(enum=["current", "ended"]),
        "components.schemas.DirectCall.properties.state",
        "a closed enum read from answers (from paths./users/{user_id}/calls.get.responses.200): a value Sendbird "
        "adds later fails to parse",
        id="closed-inline-enum-in-answers",
    ),
    pytest.param(
        one_of,
        "components.schemas.EndResultEx",
        "an enum read from answers (from paths./users/{user_id}/calls.get.responses.200) is opened with `oneOf`, "
        "which refuses every known value (it fits both branches)",
        id="enum-opened-with-one-of",
    ),
]


@pytest.mark.parametrize(("edit", "path", "problem"), CASES)
def test_each_rule_reports_exactly_its_finding(tmp_path: Path, edit: Edit, path: str, problem: str) -> None:
    found = lint_copy(tmp_path, edit)
    assert [(f.path, f.problem, f.severity) for f in found] == [(path, problem, Severity.ERROR)]
    assert found[0].fix, "every finding says how to fix it"


def test_the_real_spec_follows_every_rule() -> None:
    assert list(lint(SpecDocument.read(SPEC))) == []


def test_an_enum_only_under_not_is_a_warning_that_says_how_it_was_classified(tmp_path: Path) -> None:
    def hide_an_enum(doc: dict[str, Any]) -> None:
        schema(doc, "Room")["not"] = {"properties": {"room_type": {"enum": ["legacy"]}}}

    found = lint_copy(tmp_path, hide_an_enum)
    assert [f.line() for f in found] == [
        "components.schemas.Room.not.properties.room_type: warning: an enum reached from answers only under `not` "
        "(from paths./rooms.get.responses.200); classified as read side, but the linter cannot decide whether it "
        "closes what answers may hold. Fix: if answers may carry other values, use "
        "`anyOf: [{enum: [...]}, {type: string}]`; else move it out of the answers' schemas."
    ]
    assert found[0].severity is Severity.WARNING


def test_closed_enums_used_only_in_requests_pass(tmp_path: Path) -> None:
    """RoomType (a request body), PushTokenType (a path value) and RoomState (a filter) stay closed in the real
    spec; a new closed enum in a request body is fine too."""
    for name in ("RoomType", "PushTokenType", "RoomState"):
        assert "anyOf" not in schema(RAW, name)
        assert "enum" in schema(RAW, name)

    def closed_request_enum(doc: dict[str, Any]) -> None:
        schema(doc, "CreateRoomRequest")["properties"]["region"] = {"type": "string", "enum": ["eu", "us"]}

    assert lint_copy(tmp_path, closed_request_enum) == []


def test_the_guide_shows_the_linters_real_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """docs/guides/regenerating.md's sample under "Spec rules" is what the linter prints for that spec."""
    guide = (ROOT / "docs" / "guides" / "regenerating.md").read_text(encoding="utf-8")
    sample = guide.split("## Spec rules", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    spec = write_copy(tmp_path, lambda d: answer(d, "/rooms", "post").pop("examples"))
    assert main([str(spec)]) == 1
    assert capsys.readouterr().out.replace(str(spec), "openapi/calls-v1.yaml") == sample


def test_a_finding_line_names_the_path_the_problem_and_the_fix(tmp_path: Path) -> None:
    found = lint_copy(tmp_path, lambda d: answer(d, "/rooms", "post").pop("examples"))
    assert [f.line() for f in found] == [
        f"{EXAMPLE}: no `examples`. Fix: add `examples: {{<name>: {{summary: Synthetic example, ..., value: ...}}}}` "
        "with a value that fits the schema (at least one entry: the tests and the mock read the first)."
    ]


def test_spec_facts_lists_every_problem_and_its_cli_still_stops_at_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def two_problems(doc: dict[str, Any]) -> None:
        op(doc, "/users", "get")["x-method-name"] = "class"
        op(doc, ROOM, "get")["x-method-name"] = "_retrieve"

    spec = write_copy(tmp_path, two_problems)
    problems = spec_facts.spec_problems(read_spec(spec))
    assert [(p.location, p.where) for p in problems] == [
        (("paths", "/users", "get", "x-method-name"), "GET /users (list_users)"),
        (("paths", ROOM, "get", "x-method-name"), "GET /rooms/{room_id} (get_room)"),
    ]
    with pytest.raises(spec_facts.SpecError) as raised:
        spec_facts.all_facts(read_spec(spec))
    assert raised.value is not problems[0]
    assert str(raised.value) == str(problems[0])
    assert spec_facts.main([str(spec), str(tmp_path / "templates")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"error: {spec}: {problems[0]}"]
    assert "x-method-name` 'class' is not a public Python name" in err[0]
    assert not (tmp_path / "templates").exists()


def test_a_rule_that_fails_becomes_a_finding_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_rule(document: SpecDocument) -> list[Finding]:
        raise RuntimeError("boom")

    monkeypatch.setattr(rules, "RULES", (broken_rule,))
    found = list(lint(SpecDocument(RAW)))
    assert [(f.path, f.problem) for f in found] == [
        ("(document)", "the rule `broken_rule` could not read the spec (RuntimeError: boom)")
    ]


def _locations(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        found.append((*here, key))
        found.extend(_locations(value, (*here, key)))
    return found


LOCATIONS = _locations(RAW)
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
_REPLACEMENTS = (
    _VALUES
    | st.builds(lambda ref: {"$ref": ref}, st.sampled_from(["#/nowhere", "#/components/schemas", 5, "#/tags/0"]))
    | st.just(None)
)


@settings(max_examples=80, deadline=None)
@given(where=st.sampled_from(LOCATIONS), value=_REPLACEMENTS, delete=st.booleans())
# Spots where a reader once failed: a parameter's name or place that is not a string, an anyOf, responses,
# content or required of the wrong type, a schema type JSON Schema does not know, parameters that are null.
@example(where=("paths", "/rooms", "get", "parameters", 5, "name"), value={"a": 1}, delete=False)
@example(where=("paths", "/rooms", "get", "parameters", 5, "in"), value=["path"], delete=False)
@example(where=("components", "schemas", "DirectCall", "properties", "end_result", "anyOf"), value=5, delete=False)
@example(where=("paths", "/rooms", "get", "responses"), value=[1], delete=False)
@example(where=("paths", "/rooms", "get", "responses", "200", "content"), value="x", delete=False)
@example(where=("components", "schemas", "RoomCreateEvent", "required"), value=True, delete=False)
@example(where=("components", "schemas", "Participant", "type"), value="x", delete=False)
@example(where=("paths", "/rooms/{room_id}", "parameters"), value=None, delete=False)
def test_no_rule_fails_on_a_damaged_spec(where: tuple[Any, ...], value: Any, delete: bool) -> None:
    """Any node replaced by any JSON value, or deleted: every rule still reads the document (findings, never a
    crash of a rule or a traceback)."""
    document = copy.deepcopy(RAW)
    parent: Any = document
    for key in where[:-1]:
        parent = parent[key]
    if delete and isinstance(parent, dict):
        del parent[where[-1]]
    else:
        parent[where[-1]] = value
    found = list(lint(SpecDocument(document)))
    crashed = [f.line() for f in found if f.location == () and "could not read the spec" in f.problem]
    assert crashed == []
    assert all(f.problem and f.fix and "\n" not in f.line() for f in found)


# The CLI


def test_cli_exits_0_on_the_real_spec(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SPEC)]) == 0
    assert capsys.readouterr().out == f"lint-spec: {SPEC} follows every spec rule\n"


def test_cli_exits_1_with_one_line_per_finding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def two_findings(doc: dict[str, Any]) -> None:
        answer(doc, "/rooms", "post").pop("examples")
        op(doc, ROOM, "get").pop("x-method-name")

    spec = write_copy(tmp_path, two_findings)
    assert main([str(spec)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("paths./rooms/{room_id}.get: no `x-method-name`")
    assert out[1].startswith(f"{EXAMPLE}: no `examples`. Fix: add `examples:")
    assert out[2] == (
        f"lint-spec: {spec}: 2 errors, 0 warnings (the rules and their fixes: docs/guides/regenerating.md, Spec rules)"
    )
    assert len(out) == 3


def test_cli_exits_0_when_there_are_only_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write_copy(
        tmp_path, lambda d: schema(d, "Room").update({"not": {"properties": {"room_type": {"enum": ["legacy"]}}}})
    )
    assert main([str(spec)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("components.schemas.Room.not.properties.room_type: warning: ")
    assert out[1] == f"lint-spec: {spec}: 0 errors, 1 warning"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "FileNotFoundError"),
        ("- a list\n- not a mapping\n", "is not a mapping"),
        ("paths: {\n", "ParserError"),
    ],
    ids=["missing", "not-a-mapping", "not-yaml"],
)
def test_cli_exits_2_with_one_error_line_when_the_spec_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, reason: str
) -> None:
    spec = tmp_path / "calls-v1.yaml"
    if content is not None:
        spec.write_text(content, encoding="utf-8")
    assert main([str(spec)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1
    assert captured.err.startswith("error: ")
    assert reason in captured.err


def test_cli_exits_2_without_a_spec(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: python -m tools.lint_spec" in capsys.readouterr().err


def test_python_m_tools_lint_spec_runs_as_make_lint_spec_does(tmp_path: Path) -> None:
    """The real entry point, in a process of its own, from the repository's root; and the Makefile runs it."""
    clean = subprocess.run(
        [sys.executable, "-m", "tools.lint_spec", "openapi/calls-v1.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (clean.returncode, clean.stdout, clean.stderr) == (
        0,
        "lint-spec: openapi/calls-v1.yaml follows every spec rule\n",
        "",
    )
    broken = write_copy(tmp_path, lambda d: payload(d, "room:create").pop("examples"))
    failed = subprocess.run(
        [sys.executable, "-m", "tools.lint_spec", str(broken)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert failed.returncode == 1
    assert failed.stderr == ""
    assert failed.stdout.startswith(f"webhooks.room:create.post.requestBody.content.{JSON}: no `examples`. Fix: ")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nlint-spec:", 1)[1].split("\n\n", 1)[0]
    assert recipe.index("openapi_spec_validator $(SPEC)") < recipe.index("-m tools.lint_spec $(SPEC)")


# The tests' own guard (tests/spec_examples.py reads examples at import time)


def test_a_missing_example_names_its_place_and_make_lint_spec(tmp_path: Path) -> None:
    """The lookup tests/spec_examples.py makes, on a spec without the example: a clear error, not a KeyError;
    and lint-spec names the same place with the fix."""
    spec = write_copy(tmp_path, lambda d: answer(d, "/rooms", "post").pop("examples"))
    content = answer(read_spec(spec), "/rooms", "post")
    with pytest.raises(SpecRuleError) as raised, spec_lookup("paths./rooms.post"):
        next(iter(content["examples"].values()))["value"]
    assert str(raised.value) == (
        "paths./rooms.post: the tests cannot read the spec here ('examples' is missing or malformed); "
        "run `make lint-spec`, which names the broken spec rule and its fix"
    )
    assert raised.value.__cause__ is None
    assert raised.value.__suppress_context__
    assert [f.path for f in lint(SpecDocument.read(spec))] == [EXAMPLE]


def test_the_guard_passes_other_errors_and_successes_through() -> None:
    with spec_lookup("paths./rooms.post"):
        value = {"examples": {"a": {"value": 1}}}["examples"]["a"]["value"]
    assert value == 1
    with pytest.raises(ValueError, match="not a lookup"), spec_lookup("paths./rooms.post"):
        raise ValueError("not a lookup")
    stop = r"^paths\./users\.get: .*\(StopIteration is missing"
    with pytest.raises(SpecRuleError, match=stop), spec_lookup("paths./users.get"):
        next(iter({}))
