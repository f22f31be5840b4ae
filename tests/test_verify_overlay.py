"""Overlays: JSONPath targets round-trip, apply_overlay's semantics, and a drift overlay still generates a client."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from sendbird_calls.mock import CallsMock, create_app
from sendbird_calls.mock.drift import with_drift
from sendbird_calls.spec_doc import load_spec
from sendbird_calls.verify import OverlayError, apply_overlay
from sendbird_calls.verify.findings import SchemaLocation
from sendbird_calls.verify.overlay import jsonpath, parse_jsonpath
from tests.test_generation import generate
from tests.verify_support import APP, TOKEN, run, seed_resources

keys = st.lists(st.one_of(st.text(min_size=0, max_size=12), st.integers(min_value=0, max_value=99)), max_size=6)


@given(keys)
def test_every_location_round_trips_through_its_jsonpath(path: list[str | int]) -> None:
    assert parse_jsonpath(jsonpath(SchemaLocation(tuple(path)))) == path


@pytest.mark.parametrize("target", ["components", "$..schemas", "$.components[*]", "$['a'", "$[?(@.x)]"])
def test_targets_outside_the_supported_subset_are_refused_by_name(target: str) -> None:
    with pytest.raises(OverlayError, match="target"):
        apply_overlay({"components": {}}, {"overlay": "1.0.0", "actions": [{"target": target, "update": {}}]})


def test_update_merges_objects_appends_to_arrays_and_remove_deletes() -> None:
    spec = {"a": {"b": {"c": 1}, "list": [1]}, "gone": {"x": 1}}
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "t", "version": "1"},
        "actions": [
            {"target": "$.a", "update": {"b": {"d": 2}}},
            {"target": "$['a']['list']", "update": 2},
            {"target": "$.gone", "remove": True},
            {"target": "$.missing.path", "update": {"x": 1}},
        ],
    }
    assert apply_overlay(spec, overlay) == {"a": {"b": {"c": 1, "d": 2}, "list": [1, 2]}}
    assert spec["a"]["list"] == [1]  # the input is not changed


def test_a_document_that_is_not_an_overlay_is_refused() -> None:
    with pytest.raises(OverlayError, match=r"Overlay 1\.0"):
        apply_overlay({}, {"openapi": "3.1.0"})


@pytest.mark.slow
def test_the_drift_overlay_applied_to_the_spec_still_generates_a_client(tmp_path: Path) -> None:
    with CallsMock(with_drift(create_app(app_id=APP, api_token=TOKEN, users=5, calls=10))) as mock:
        seed_resources(mock)
        overlay = run(mock).overlay()
    assert overlay is not None
    spec_path = tmp_path / "calls-v1.yaml"
    spec_path.write_text(yaml.safe_dump(apply_overlay(load_spec(), overlay), sort_keys=False, allow_unicode=True))
    output = tmp_path / "generated" / "sendbird_calls_api"
    generate(output, spec_path)
    check = (
        "import sys, json\n"
        "from sendbird_calls_api.models import User, DirectCall, EndResult\n"
        "user = User.from_dict({'user_id': 'u', 'zz_drift_nickname': 'Ann'})\n"
        "call = DirectCall.from_dict({'call_id': 'c', 'zz_drift_recording_url': 'https://r'})\n"
        "end_result = EndResult('zz_drift_blocked_by_policy')\n"
        "print(json.dumps([user.zz_drift_nickname, call.zz_drift_recording_url, end_result.value]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", check],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(output.parent), "PATH": ""},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["Ann", "https://r", "zz_drift_blocked_by_policy"]
