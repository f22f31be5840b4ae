"""The request profile of ``make bench`` runs against the core as it is (it calls the send loop's parts).

No timing is asserted: one round only proves every stage still calls the core the way it is built.
"""

from __future__ import annotations

import pytest

from benchmarks import profile_request


@pytest.mark.parametrize("stages", [profile_request.sync_stages, profile_request.async_stages], ids=["sync", "async"])
def test_every_stage_of_the_profile_runs_against_the_core(monkeypatch: pytest.MonkeyPatch, stages: object) -> None:
    monkeypatch.setattr(profile_request, "ROUNDS", 1)
    measured, bare_get_s = stages()  # type: ignore[operator]
    assert measured[0].name == "the whole call"
    assert bare_get_s > 0
    assert measured[0].ours_s > 0  # the other stages are differences, which one round's noise can turn negative
    assert len({stage.name for stage in measured}) == len(measured) > 3
