"""The spec checked against the mock in-process with schemathesis: every operation, every check.

Settings (accepted 400s, the use-after-free exception for deleted rooms, seeded IDs) live in
schemathesis.toml with the reasons; example counts are sized so the file runs in about a minute.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.core.failures import FailureGroup
from schemathesis.openapi.checks import JsonSchemaError

from sendbird_calls.mock import create_app
from sendbird_calls.mock.rooms import Room

pytestmark = pytest.mark.contract

APP = create_app()
MOCK = APP.state.mock
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
schema.config.update(headers={"Api-Token": MOCK.api_token})


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_operation_conforms_to_spec(case: schemathesis.Case) -> None:
    case.call_and_validate()


StatefulLinks = schema.as_state_machine()


class LinkedScenarios(StatefulLinks):  # type: ignore[misc,valid-type]
    """Scenarios that follow the spec's links, each from a fresh mock (so replays see the same API)."""

    def setup(self) -> None:
        MOCK.reset()


TestLinkedScenarios = LinkedScenarios.TestCase
TestLinkedScenarios.settings = settings(
    max_examples=40, stateful_step_count=8, deadline=None, suppress_health_check=list(HealthCheck)
)
