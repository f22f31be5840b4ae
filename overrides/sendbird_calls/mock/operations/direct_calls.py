"""Direct calls: the seeded one-to-one calls and their custom items."""

from __future__ import annotations

from typing import Any

from ..pagination import fingerprint, paginate
from .base import ApiRequest, affected_at, handles, split_list


@handles("list_direct_calls")
def list_direct_calls(req: ApiRequest) -> dict[str, Any]:
    """Every call of the application, newest first, filtered by end result, start time and duration.

    The unconfirmed filters mean what the spec says: ``start_ts`` bounds ``started_at`` (ms,
    inclusive), ``duration_range_min``/``_max`` bound ``duration`` (ms, inclusive; ongoing calls
    have none and are left out); ``call_ts`` is accepted and ignored (no source says what it does).
    """
    state, q = req.state, req.query
    calls = state.calls
    results = split_list(q.get("end_result"))
    start = q.get("start_ts")
    low, high = q.get("duration_range_min"), q.get("duration_range_max")
    by_duration = low is not None or high is not None

    def get(index: int) -> dict[str, Any] | None:
        if results is not None and calls.end_result(index) not in results:
            return None
        if start is not None and calls.columns["started_at"][index] < start:
            return None
        if by_duration:
            if calls.end_result(index) is None:
                return None
            duration = calls.columns["duration"][index]
            if (low is not None and duration < low) or (high is not None and duration > high):
                return None
        return state.call_json(index)

    fp = fingerprint("direct_calls", results=sorted(results) if results else None, start=start, low=low, high=high)
    page = paginate(range(state.calls.count), get, limit=q["limit"], fp=fp, next_token=q.get("next"))
    return {"calls": page.items, "next": page.next, "has_next": page.has_next}


@handles("get_direct_call")
def get_direct_call(req: ApiRequest) -> dict[str, Any]:
    """One call; 400 + 400200 when unknown."""
    return {"call": req.state.call_json(req.state.call_index(req.path["call_id"]))}


@handles("update_direct_call_custom_items")
def update_direct_call_custom_items(req: ApiRequest) -> dict[str, Any]:
    """Upsert a call's custom items."""
    items, updated = req.state.update_call_items(req.path["call_id"], req.body["custom_items"])
    return {"custom_items": dict(items), "updated": updated, "affected_at": affected_at()}


@handles("delete_direct_call_custom_items")
def delete_direct_call_custom_items(req: ApiRequest) -> dict[str, Any]:
    """Delete some or all of a call's custom items."""
    keys = (req.body or {}).get("keys")
    items, deleted = req.state.delete_call_items(req.path["call_id"], keys)
    return {"custom_items": dict(items), "deleted": deleted, "affected_at": affected_at()}
