"""Users: the seeded users, their direct calls and call summary, and their VoIP push tokens."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import INVALID_PARAMS, MockError
from ..pagination import fingerprint, paginate
from .base import ApiRequest, handles, split_list

MAX_CALL_WINDOW_MS = 90 * 24 * 3600 * 1000
"""The longest (and the default) window of a user's call list: 90 days, in milliseconds."""


@handles("list_users")
def list_users(req: ApiRequest) -> dict[str, Any]:
    """One page of users, newest first; the last page answers ``next: ""``."""
    users = req.state.users
    page = paginate(
        range(users.count),
        users.user,
        limit=req.query["limit"],
        fp=fingerprint("users"),
        next_token=req.query.get("next"),
    )
    return {"users": page.items, "next": page.next or ""}


def call_window(query: Mapping[str, Any], now: int) -> tuple[int, int]:
    """The ``started_at`` window of a user's call list, both ends inclusive, in Unix milliseconds.

    ``start_ts``/``end_ts`` both bound ``started_at``; a missing end is 90 days from the other
    (``end_ts`` defaults to ``now`` when neither is given); a window over 90 days is 400100.
    """
    start: int | None = query.get("start_ts")
    end: int | None = query.get("end_ts")
    if start is None:
        end = now if end is None else end
        start = max(0, end - MAX_CALL_WINDOW_MS)
    elif end is None:
        end = start + MAX_CALL_WINDOW_MS
    if end < start:
        raise MockError(INVALID_PARAMS, "end_ts must not be before start_ts.")
    if end - start > MAX_CALL_WINDOW_MS:
        raise MockError(INVALID_PARAMS, "start_ts and end_ts must be at most 90 days apart.")
    return start, end


@handles("list_user_calls")
def list_user_calls(req: ApiRequest) -> dict[str, Any]:
    """A user's calls, newest first, filtered by role, end result and a ``started_at`` window (ms, at most 90 days)."""
    state, q = req.state, req.query
    user = state.user_index(req.path["user_id"])
    calls = state.calls
    results = split_list(q.get("end_result"))
    role = q.get("role")
    start_ms, end_ms = call_window(q, calls.now)

    def get(index: int) -> dict[str, Any] | None:
        if results is not None and calls.end_result(index) not in results:
            return None
        if role is not None and calls.role_of(index, user) != role:
            return None
        if not start_ms <= calls.columns["started_at"][index] <= end_ms:
            return None
        return state.call_json(index, for_user=user)

    fp = fingerprint(
        "user_calls",
        user=user,
        type=q.get("type"),
        role=role,
        start=start_ms,
        end=end_ms,
        results=sorted(results) if results else None,
    )
    page = paginate(calls.by_user[user], get, limit=q["limit"], fp=fp, next_token=q.get("next"))
    return {"calls": page.items, "next": page.next, "has_next": page.has_next}


@handles("get_user_call_summary")
def get_user_call_summary(req: ApiRequest) -> dict[str, Any]:
    """How many calls a user made and received, and the newest one."""
    state = req.state
    user = state.user_index(req.path["user_id"])
    indexes = state.calls.by_user[user]
    callers = state.calls.columns["caller"]
    as_caller = sum(1 for i in indexes if callers[i] == user)
    return {
        "last_call": state.call_json(indexes[-1], for_user=user) if indexes else None,
        "call_count": {"total": len(indexes), "direct_call": {"caller": as_caller, "callee": len(indexes) - as_caller}},
    }


@handles("list_push_tokens")
def list_push_tokens(req: ApiRequest) -> dict[str, Any]:
    """A user's push tokens of one type."""
    token_type = req.path["token_type"]
    return {"tokens": list(req.state.tokens_of(req.path["user_id"], token_type)), "type": token_type}


@handles("add_push_token")
def add_push_token(req: ApiRequest) -> dict[str, Any]:
    """Register a push token for a user."""
    state, user_id, token_type = req.state, req.path["user_id"], req.path["token_type"]
    state.add_push_token(user_id, token_type, req.body["token"], is_unique=bool(req.body.get("is_unique", False)))
    return {"token": req.body["token"], "type": token_type, "user": _short_user(req)}


@handles("remove_push_token")
def remove_push_token(req: ApiRequest) -> dict[str, Any]:
    """Unregister one push token of a user."""
    state, user_id, token_type = req.state, req.path["user_id"], req.path["token_type"]
    state.remove_push_token(user_id, token_type, req.path["token"])
    return {"token": req.path["token"], "type": token_type, "user": _short_user(req)}


@handles("remove_push_tokens_of_type")
def remove_push_tokens_of_type(req: ApiRequest) -> dict[str, Any]:
    """Unregister every push token of one type; answers the removed tokens."""
    token_type = req.path["token_type"]
    return {"tokens": req.state.remove_push_tokens(req.path["user_id"], token_type), "type": token_type}


def _short_user(req: ApiRequest) -> dict[str, Any]:
    user = req.state.users.user(req.state.user_index(req.path["user_id"]))
    return {key: user[key] for key in ("user_id", "nickname", "profile_url")}
