"""The spec checked against the mock in-process with schemathesis: every operation, every default check.

Settings (the accepted 400s, the use-after-free exception for reads of deleted rooms, the seeded
IDs) live in schemathesis.toml, with the reasons; example counts are chosen here so the file runs
in about a minute on two cores.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import FailureGroup
from schemathesis.openapi.checks import JsonSchemaError

from sendbird_calls import spec_doc
from sendbird_calls.mock import create_app
from sendbird_calls.mock.operations import HANDLERS
from sendbird_calls.mock.rooms import Room
from tests.contract_config import answered_from_spec, contract_config_text

pytestmark = pytest.mark.contract

ROOT = Path(__file__).resolve().parents[1]
APP = create_app()
MOCK = APP.state.mock
schema = schemathesis.openapi.from_asgi(
    "/openapi.json", APP, config=SchemathesisConfig.from_str(contract_config_text(), base_dir=str(ROOT))
)
schema.config.update(headers={"Api-Token": MOCK.api_token})
QUIET = list(HealthCheck)
Case = schemathesis.Case[Any]

# schemathesis.toml accepts HTTP 400 for schema-valid requests because Sendbird's "not found" is
# 400. This check keeps that exception narrow: a 400 to positive data must be a not-found code, or
# one of the refusals Sendbird documents for valid-looking input; any other 400 is a mock bug.
NOT_FOUND_CODES = {"calls": {400200, 1400126}, "chat": {400201}}
"""By host: the Chat host (secondary tokens) answers Chat's "not found", 400201 (Calls' "already exists")."""
DOCUMENTED_REFUSALS = (
    "token is not valid for this list",  # a `next`/`prev` that is not one of ours
    "Pass either next or prev",
    "room_id and room_ids are exclusive",
    "at most 10 are allowed",  # custom items: the limit holds for the merged result
    "Unknown webhook categories",
    "url must be an absolute http(s) URL",  # `format: uri` also allows urn:, mailto:, ...
    "master API token cannot be revoked",
    "at most 90 days apart",  # a user's call window (start_ts/end_ts) over 90 days
    "end_ts must not be before start_ts",
    "at most 10 secondary API tokens",  # an 11th secondary token
)


def positive_400s_are_sendbird_refusals(ctx: Any, response: Any, case: Case) -> None:
    """A 400 to schema-valid data must be "not found" or a documented refusal, not a validation slip."""
    if response.status_code != 400 or case.meta is None or case.meta.generation.mode != GenerationMode.POSITIVE:
        return
    body = response.json()
    if body["code"] in NOT_FOUND_CODES[case.operation.definition.raw.get("x-host", "calls")]:
        return
    if body["code"] == 400100 and any(reason in body["message"] for reason in DOCUMENTED_REFUSALS):
        return
    raise AssertionError(f"schema-valid request refused without a Sendbird reason: {body}")


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=QUIET)
def test_operation_conforms_to_spec(case: Case) -> None:
    case.call_and_validate(additional_checks=[positive_400s_are_sendbird_refusals])


class LinkedScenarios(schema.as_state_machine()):  # type: ignore[misc]
    """Scenarios that follow the spec's links, each from a fresh mock so a replay meets the same API."""

    def setup(self) -> None:
        MOCK.reset()

    def validate_response(self, response: Any, case: Case, **kwargs: Any) -> None:
        kwargs.setdefault("additional_checks", [positive_400s_are_sendbird_refusals])
        super().validate_response(response, case, **kwargs)


TestLinkedScenarios = LinkedScenarios.TestCase
TestLinkedScenarios.settings = settings(
    max_examples=50, stateful_step_count=8, deadline=None, suppress_health_check=QUIET
)


def base_urls() -> dict[str, str]:
    """The base URL schemathesis sends each operation to, by operationId."""
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    return {op.definition.raw["operationId"]: str(op.base_url) for op in operations}


def test_every_operation_of_the_spec_is_tested() -> None:
    assert set(base_urls()) == set(MOCK.spec.operations)


def test_chat_operations_are_sent_to_the_chat_prefix_as_the_path_level_servers_say() -> None:
    bases = base_urls()
    assert bases["generate_secondary_api_token"] == "https://api-YOUR_APPLICATION_ID.sendbird.com/v3"
    assert bases["create_room"].endswith("/v1")


def test_seeded_ids_in_schemathesis_toml_exist_in_the_default_mock() -> None:
    config = tomllib.loads((ROOT / "schemathesis.toml").read_text())
    dictionaries = config["dictionaries"]
    state = create_app().state.mock.state
    assert all(state.users.index_of(user) is not None for user in dictionaries["seeded_users"]["values"])
    assert all(state.calls.index_of(call) is not None for call in dictionaries["seeded_calls"]["values"])
    assert dictionaries["application_ids"]["values"] == [state.app_id]


def _drop_room_type(monkeypatch: pytest.MonkeyPatch) -> None:
    original = Room.to_json

    def without_room_type(self: Room) -> dict[str, Any]:
        data = original(self)
        del data["room_type"]
        return data

    monkeypatch.setattr(Room, "to_json", without_room_type)


def test_a_room_missing_a_required_field_fails_the_response_schema_check(monkeypatch: pytest.MonkeyPatch) -> None:
    _drop_room_type(monkeypatch)
    broken_app = create_app(validate_responses=False)
    broken = schemathesis.openapi.from_asgi("/openapi.json", broken_app)
    case = broken["/rooms"]["POST"].Case(
        body={"type": "small_room_for_video"}, headers={"Api-Token": broken_app.state.mock.api_token}
    )

    with pytest.raises(FailureGroup) as failures:
        case.call_and_validate()

    schema_failures = [f for f in failures.value.exceptions if isinstance(f, JsonSchemaError)]
    assert schema_failures, failures.value.exceptions
    assert "room_type" in str(schema_failures[0])


def test_the_mock_turns_its_own_misfit_answer_into_a_500_and_records_it(monkeypatch: pytest.MonkeyPatch) -> None:
    _drop_room_type(monkeypatch)
    app = create_app()
    case = schemathesis.openapi.from_asgi("/openapi.json", app)["/rooms"]["POST"].Case(
        body={"type": "small_room_for_video"}, headers={"Api-Token": app.state.mock.api_token}
    )

    response = case.call()

    assert response.status_code == 500
    assert response.json()["code"] == 500999
    assert "room_type" in app.state.mock.response_problems[0]


def test_operations_answered_from_the_spec_have_no_state_to_free_and_only_they(tmp_path: Path) -> None:
    """The contract's config turns use_after_free off for the operations the mock answers from the spec
    (computed from the spec and the handlers, not listed): a new operation of a changed spec joins them."""
    from tests.drill_changes import COMPATIBLE, edited, write_spec

    before = answered_from_spec()
    assert set(before).isdisjoint(HANDLERS)
    changed = write_spec(tmp_path / "spec.yaml", edited(spec_doc.load_spec(), *COMPATIBLE.values()))
    assert answered_from_spec(changed) == sorted({*before, "list_room_recordings"})
    config = tomllib.loads(contract_config_text(changed))
    (stateless,) = [block for block in config["operations"] if "list_room_recordings" in block["include-operation-id"]]
    assert stateless["include-operation-id"] == answered_from_spec(changed)
    assert stateless["checks"] == {"use_after_free": {"enabled": False}}
