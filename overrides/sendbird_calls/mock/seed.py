"""Deterministic synthetic users and direct calls: the same seed and counts give the same data.

Calls are stored as columns (arrays of small integers) built on first use, so seeding 100,000
calls costs a few C-level passes of ``random`` instead of 100,000 dicts; a call's JSON is
built only when it is answered. Call IDs encode their index, so a lookup needs no table.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import random
from array import array
from collections.abc import Mapping
from typing import Any

END_RESULTS = ("completed", "canceled", "declined", "connection_lost", "no_answer", "timed_out", "unknown")
_END_RESULT_WEIGHTS = (60, 8, 8, 3, 12, 6, 3)
ONGOING = 255
"""Column value of ``end_result`` for a call that has not ended."""
NEWEST_CALL_AT = 1_767_225_600_000
"""When the newest seeded call started (2026-01-01T00:00:00Z), Unix milliseconds."""
RING_MS = 3_000
CALL_CACHE_SIZE = 4_096
"""How many calls' seeded parts are kept built: a few dozen pages, not the whole 100,000."""
_NICKNAMES = ("Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Mallory", "Niaj")


def user_id_of(index: int) -> str:
    """The ID of the seeded user at ``index`` (``user-00000``, ``user-00001``, ...)."""
    return f"user-{index:05d}"


class SeededUsers:
    """``count`` synthetic users; the list order is newest (highest index) first."""

    def __init__(self, count: int, seed: int) -> None:
        if count < 0:
            raise ValueError("users must be >= 0")
        self.count = count
        self.seed = seed

    def index_of(self, user_id: str) -> int | None:
        """The index of a seeded user, or None when there is no such user (IDs encode the index)."""
        digits = user_id.removeprefix("user-")
        if not digits.isascii() or not digits.isdigit():
            return None
        index = int(digits)
        return index if index < self.count and user_id_of(index) == user_id else None

    def user(self, index: int) -> dict[str, Any]:
        """The user at ``index`` as the API answers it."""
        user_id = user_id_of(index)
        nickname = f"{_NICKNAMES[(index + self.seed) % len(_NICKNAMES)]} {index}"
        return {
            "user_id": user_id,
            "nickname": nickname,
            "profile_url": f"https://example.com/avatars/{user_id}.png",
            "metadata": {"synthetic": "true"},
            "is_active": index % 17 != 16,
            "is_online": False,
        }


class SeededCalls:
    """``count`` synthetic direct calls between seeded users, oldest at index 0."""

    def __init__(self, count: int, seed: int, users: SeededUsers) -> None:
        if count < 0:
            raise ValueError("calls must be >= 0")
        if count and users.count < 2:
            raise ValueError("seeding calls needs at least 2 users")
        self.count = count
        self.seed = seed
        self.users = users
        digest = hashlib.sha256(f"sendbird-calls-mock:{seed}".encode()).hexdigest()
        # A UUID-shaped prefix; the last group is the call's index in hex.
        self.id_prefix = f"{digest[:8]}-{digest[8:12]}-4{digest[12:15]}-8{digest[15:18]}-"
        self.ongoing = min(2, count // 10)
        """How many of the newest calls are still going on."""
        self._seeded_call = functools.lru_cache(maxsize=CALL_CACHE_SIZE)(self._build_call)
        """The seeded part of a call by index; never handed out, only copied (``call``)."""

    @property
    def now(self) -> int:
        """The seeded calls' present, Unix milliseconds: just after the newest call started.

        The calls live in their own time (the newest started at ``NEWEST_CALL_AT``), so "the last
        90 days" of a user's call list ends here rather than at the wall clock.
        """
        return NEWEST_CALL_AT + RING_MS

    def call_id(self, index: int) -> str:
        """The ID of the call at ``index``."""
        return f"{self.id_prefix}{index:012x}"

    def index_of(self, call_id: str) -> int | None:
        """The index of a seeded call, or None when the ID is not one of them."""
        tail = call_id.removeprefix(self.id_prefix)
        if tail == call_id or len(tail) != 12 or not all(c in "0123456789abcdef" for c in tail):
            return None
        index = int(tail, 16)
        return index if index < self.count else None

    @functools.cached_property
    def columns(self) -> Mapping[str, array[int]]:
        """The calls as columns: caller, callee, end_result, video, ended_by_callee, started_at, duration."""
        n, user_count = self.count, self.users.count
        rng = random.Random(self.seed)  # noqa: S311 - synthetic data, not secrets
        users = range(user_count)
        caller = rng.choices(users, k=n)
        offsets = rng.choices(range(1, max(user_count, 2)), k=n)
        callee = [(c + o) % user_count for c, o in zip(caller, offsets, strict=True)] if n else []
        results = rng.choices(range(len(END_RESULTS)), weights=_END_RESULT_WEIGHTS, k=n)
        for i in range(n - self.ongoing, n):
            results[i] = ONGOING
        gaps = rng.choices(range(20_000, 900_000), k=n)
        starts = list(itertools.accumulate(gaps))
        shift = NEWEST_CALL_AT - (starts[-1] if starts else 0)
        talk = rng.choices(range(5_000, 1_800_000), k=n)
        completed = END_RESULTS.index("completed")
        return {
            "caller": array("I", caller),
            "callee": array("I", callee),
            "end_result": array("B", results),
            "video": array("B", rng.choices((0, 1), k=n)),
            "ended_by_callee": array("B", rng.choices((0, 1), k=n)),
            "started_at": array("q", [s + shift for s in starts]),
            "duration": array("q", [t if r == completed else 0 for t, r in zip(talk, results, strict=True)]),
        }

    @functools.cached_property
    def by_user(self) -> list[array[int]]:
        """For each user index, the indexes of the calls the user took part in, ascending."""
        index: list[array[int]] = [array("I") for _ in range(self.users.count)]
        cols = self.columns
        for i, (a, b) in enumerate(zip(cols["caller"], cols["callee"], strict=True)):
            index[a].append(i)
            index[b].append(i)
        return index

    def end_result(self, index: int) -> str | None:
        """How the call at ``index`` ended; None while it goes on."""
        value = self.columns["end_result"][index]
        return None if value == ONGOING else END_RESULTS[value]

    def ended_at(self, index: int) -> int | None:
        """When the call at ``index`` ended, Unix milliseconds; None while it goes on."""
        if self.end_result(index) is None:
            return None
        return self.columns["started_at"][index] + RING_MS + self.columns["duration"][index]

    def role_of(self, index: int, user_index: int) -> str:
        """``dc_caller`` or ``dc_callee``: the user's role in the call at ``index``."""
        return "dc_caller" if self.columns["caller"][index] == user_index else "dc_callee"

    def call(self, index: int, custom_items: Mapping[str, str], *, for_user: int | None = None) -> dict[str, Any]:
        """The call at ``index`` as the API answers it; ``user_role`` only in a user's list.

        The seeded part is built once per index (``_seeded_call``, a bounded cache) and copied here down
        to the participants' metadata, so no answer shares a mutable object with the cache or another answer.
        """
        seeded = self._seeded_call(index)
        call = seeded.copy()
        metadata_name = "meta_data" if index % 2 else "metadata"
        participants = []
        for participant in seeded["participants"]:
            copied = participant.copy()
            copied[metadata_name] = participant[metadata_name].copy()
            participants.append(copied)
        call["participants"] = participants
        call["custom_items"] = dict(custom_items)
        if for_user is not None:
            call["user_role"] = self.role_of(index, for_user)
        return call

    def _build_call(self, index: int) -> dict[str, Any]:
        """The seeded part of the call at ``index`` (``custom_items`` empty): only the index decides it."""
        cols = self.columns
        caller, callee = cols["caller"][index], cols["callee"][index]
        end_result = self.end_result(index)
        ended_at = self.ended_at(index)
        ender = callee if cols["ended_by_callee"][index] else caller
        # Sendbird's SDKs disagree on the participants' metadata name: odd calls use the JS spelling.
        metadata_name = "meta_data" if index % 2 else "metadata"
        participants = [
            self._participant(caller, "dc_caller", metadata_name),
            self._participant(callee, "dc_callee", metadata_name),
        ]
        call: dict[str, Any] = {
            "call_id": self.call_id(index),
            "call_type": "direct",
            "is_video_call": bool(cols["video"][index]),
            "state": "ended" if end_result is not None else "current",
            "end_result": end_result,
            "participants": participants,
            "started_by": user_id_of(caller),
            "ended_by": None if end_result is None else user_id_of(ender),
            "started_at": cols["started_at"][index],
            "ended_at": ended_at,
            "duration": None if end_result is None else cols["duration"][index],
            "custom_items": {},
        }
        if end_result is not None and index % 3 == 0:
            # Sendbird's SDKs also read a finer end result; every third ended call carries one.
            call["end_result_ex"] = end_result
        return call

    def seeded_custom_items(self, index: int) -> dict[str, str]:
        """The custom items a call starts with: a ticket number on every seventh call."""
        return {"ticket": f"T-{index:05d}"} if index % 7 == 0 else {}

    def _participant(self, user_index: int, role: str, metadata_name: str) -> dict[str, Any]:
        user = self.users.user(user_index)
        return {
            "user_id": user["user_id"],
            "nickname": user["nickname"],
            "profile_url": user["profile_url"],
            metadata_name: user["metadata"],
            "is_active": user["is_active"],
            "role": role,
        }
