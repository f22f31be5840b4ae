"""Deterministic synthetic users and direct calls: the same seed and counts give the same data.

Calls are stored as columns (arrays of small integers) built on first use, so seeding 100,000
calls costs a few C-level passes of ``random`` instead of 100,000 dicts; a call's JSON is
built only when it is answered. Call IDs encode their index, so a lookup needs no table.

What the seed knows comes from the spec it serves (``mock.facts``): the end results are the spec's,
and every user and call with an even index carries every property of its schema, nested ones
included, with a value generated from the schema where the seed has no realistic one; the others
carry what Sendbird usually sends. A field new in the spec thus reaches clients and contract runs.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import random
from array import array
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .schema_values import copy_json

if TYPE_CHECKING:
    from .facts import SpecFacts

END_RESULT_WEIGHTS = {
    "completed": 60,
    "canceled": 8,
    "declined": 8,
    "connection_lost": 3,
    "no_answer": 12,
    "timed_out": 6,
}
"""How often each end result is seeded, relative to the others; a result the spec adds weighs 3."""
OTHER_END_RESULT_WEIGHT = 3
CONTEXT_FIELDS = ("user_role",)
"""Call properties that only some lists answer (``user_role``: a user's call list): never added by completion."""
ONGOING = 255
"""Column value of ``end_result`` for a call that has not ended."""
NEWEST_CALL_AT = 1_767_225_600_000
"""When the newest seeded call started (2026-01-01T00:00:00Z), Unix milliseconds."""
RING_MS = 3_000
CALL_CACHE_SIZE = 4_096
"""How many calls' seeded parts are kept built: a few dozen pages, not the whole 100,000."""
_NICKNAMES = ("Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Mallory", "Niaj")


def _default_facts() -> SpecFacts:
    from .facts import facts_of
    from .spec import load_spec

    return facts_of(load_spec())


def complete_all(index: int) -> bool:
    """Whether the seeded item at ``index`` carries every property of its schema (every second one does)."""
    return index % 2 == 0


def user_id_of(index: int) -> str:
    """The ID of the seeded user at ``index`` (``user-00000``, ``user-00001``, ...)."""
    return f"user-{index:05d}"


class SeededUsers:
    """``count`` synthetic users; the list order is newest (highest index) first."""

    def __init__(self, count: int, seed: int, facts: SpecFacts | None = None) -> None:
        if count < 0:
            raise ValueError("users must be >= 0")
        self.count = count
        self.seed = seed
        self.facts = facts if facts is not None else _default_facts()

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
        user = {
            "user_id": user_id,
            "nickname": nickname,
            "profile_url": f"https://example.com/avatars/{user_id}.png",
            "metadata": {"synthetic": "true"},
            "is_active": index % 17 != 16,
            "is_online": False,
        }
        return self.facts.users.fill(user, optional=complete_all(index))


class SeededCalls:
    """``count`` synthetic direct calls between seeded users, oldest at index 0."""

    def __init__(self, count: int, seed: int, users: SeededUsers, facts: SpecFacts | None = None) -> None:
        if count < 0:
            raise ValueError("calls must be >= 0")
        if count and users.count < 2:
            raise ValueError("seeding calls needs at least 2 users")
        self.count = count
        self.seed = seed
        self.users = users
        self.facts = facts if facts is not None else users.facts
        self.end_results = self.facts.end_results
        """The end results of the spec, in its order (the ``end_result`` column indexes them)."""
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
        weights = [END_RESULT_WEIGHTS.get(result, OTHER_END_RESULT_WEIGHT) for result in self.end_results]
        results = rng.choices(range(len(self.end_results)), weights=weights, k=n)
        for i in range(n - self.ongoing, n):
            results[i] = ONGOING
        gaps = rng.choices(range(20_000, 900_000), k=n)
        starts = list(itertools.accumulate(gaps))
        shift = NEWEST_CALL_AT - (starts[-1] if starts else 0)
        talk = rng.choices(range(5_000, 1_800_000), k=n)
        completed = self.end_results.index("completed") if "completed" in self.end_results else -1
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
        return None if value == ONGOING else self.end_results[value]

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

        The seeded part is built once per index (``_seeded_call``, a bounded cache) and copied here to its
        leaves, so no answer shares a mutable object with the cache or another answer.
        """
        call: dict[str, Any] = copy_json(self._seeded_call(index))
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
        if (end_result is not None and index % 3 == 0) or complete_all(index):
            # Sendbird's SDKs also read a finer end result; every third ended call carries one.
            call["end_result_ex"] = end_result
        if complete_all(index):  # what webhook payloads carry, in the calls that carry every field
            call["caller_id"], call["callee_id"] = user_id_of(caller), user_id_of(callee)
        return self.facts.calls.fill(call, optional=complete_all(index), omit=CONTEXT_FIELDS)

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
