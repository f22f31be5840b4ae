"""Everything the mock application holds in memory, with the operations tests may also call directly.

``on_event(category, payload)`` is the hook for webhook delivery: rooms call it with ``room:create``,
``room:delete`` and ``participant:enter``/``exit``, and ``send_event`` with any event the spec's
``webhooks`` defines (the mock invents none), each payload shaped like the webhook body minus the
signature. Nothing is delivered here. What the state knows of the spec (categories, end results,
room types, custom-item rules, item schemas) is ``facts``, read from the spec it serves.

What requests can make it store is bounded (``mock.limits``): rooms, the custom items of changed
calls, push tokens and remembered revoked tokens; the oldest go first (ended or deleted first).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from . import custom_items
from .errors import INVALID_PARAMS, NOT_FOUND, MockError
from .facts import facts_of
from .limits import MAX_CHANGED_CALLS, MAX_PUSH_TOKEN_BYTES, MAX_PUSH_TOKENS, MAX_REVOKED_TOKENS, MAX_ROOMS
from .rooms import Participant, Room, RoomStore
from .seed import SeededCalls, SeededUsers

if TYPE_CHECKING:
    from .facts import SpecFacts
    from .spec import SpecIndex

DEFAULT_USERS = 20
DEFAULT_CALLS = 200
MAX_SECONDARY_TOKENS = 10
"""Chat docs: an application holds at most 10 secondary API tokens (11 with the master)."""

EventHook = Callable[[str, Mapping[str, Any]], None]
TokenKind = Literal["master", "secondary"]
_log = logging.getLogger(__name__)


def now_ms() -> int:
    """The wall clock in Unix milliseconds."""
    return time.time_ns() // 1_000_000


def now_s() -> int:
    """The wall clock in Unix seconds (the unit of secondary API tokens' ``created_at``)."""
    return time.time_ns() // 1_000_000_000


class MockState:
    """One application's data: seeded users and calls, rooms, push tokens, webhook settings, API tokens."""

    def __init__(
        self,
        *,
        app_id: str,
        api_token: str,
        seed: int = 0,
        users: int = DEFAULT_USERS,
        calls: int = DEFAULT_CALLS,
        on_event: EventHook | None = None,
        max_rooms: int = MAX_ROOMS,
        max_changed_calls: int = MAX_CHANGED_CALLS,
        spec: SpecIndex | None = None,
    ) -> None:
        if max_rooms < 1 or max_changed_calls < 1:
            raise ValueError("max_rooms and max_changed_calls must be >= 1")
        if spec is None:
            from .spec import load_spec

            spec = load_spec()
        self.facts: SpecFacts = facts_of(spec)
        """What the state reads from the spec it serves (by default the packaged one)."""
        self.app_id = app_id
        self.master_token = api_token
        self.seed = seed
        self.on_event = on_event
        self.max_rooms = max_rooms
        self.max_changed_calls = max_changed_calls
        self.lock = threading.RLock()
        """Held while a request is handled; take it to change state from another thread."""
        self.users = SeededUsers(users, seed, self.facts)
        self.calls = SeededCalls(calls, seed, self.users, self.facts)
        self.reset()

    def reset(self) -> None:
        """Back to the seeded start: no rooms, push tokens or secondary tokens, calls' items as seeded."""
        with self.lock:
            self.rooms = RoomStore(self.seed, now_ms, self.emit, self.facts, max_rooms=self.max_rooms)
            self._call_items: dict[int, dict[str, str]] = {}
            """Custom items of the calls that were changed, the one changed longest ago first."""
            self.push_tokens: dict[tuple[str, str], list[str]] = {}
            self._token_order: dict[tuple[str, str, str], int] = {}
            """Every stored push token (user, type, token) -> its size, oldest first."""
            self._token_bytes = 0
            self.webhook: dict[str, Any] = {"enabled": False, "url": "", "enabled_events": []}
            self.secondary_tokens: dict[str, int] = {}
            self.revoked_tokens: dict[str, None] = {}
            """The latest revoked secondary tokens (a dict for its order), masked in logs."""
            self._tokens_issued = 0

    def emit(self, category: str, payload: Mapping[str, Any]) -> None:
        """Hand an event to ``on_event``; a failing hook is logged, never turned into an API error."""
        if self.on_event is None:
            return
        try:
            self.on_event(category, {"category": category, "occurred_at": now_ms(), **payload})
        except Exception:
            _log.exception("on_event hook failed for %s", category)

    def send_event(self, category: str, **fields: Any) -> dict[str, Any]:
        """Emit any webhook event the spec defines, as if it happened now; answers its payload.

        The payload is the spec's example of the event (else values generated from its schema) with
        every field of its schema, ``fields`` set over it: ``send_event("participant:disconnect",
        room=room.to_json(), participant=p.to_json())``. Events the mock's own changes cause (a room
        created, a participant entering) are emitted without it.

        Raises:
            MockSpecError: The spec defines no such event (the message lists the ones it does).
        """
        payload = self.facts.event_payload(category, {"occurred_at": now_ms(), **fields})
        with self.lock:
            self.emit(category, payload)
        return payload

    # --- API tokens -------------------------------------------------------------------------

    def authenticate(self, token: str | None) -> TokenKind | None:
        """Which kind of token ``token`` is, or None when it does not authenticate."""
        if token is None:
            return None
        if token == self.master_token:
            return "master"
        if token in self.secondary_tokens:
            return "secondary"
        return None

    def generate_token(self) -> dict[str, Any]:
        """A new secondary token (deterministic for a seed, so runs are reproducible); at most 10."""
        if len(self.secondary_tokens) >= MAX_SECONDARY_TOKENS:
            raise MockError(
                INVALID_PARAMS,
                f"An application holds at most {MAX_SECONDARY_TOKENS} secondary API tokens; revoke one first.",
            )
        n = self._tokens_issued
        self._tokens_issued += 1
        token = hashlib.sha1(f"{self.app_id}:{self.seed}:{n}".encode(), usedforsecurity=False).hexdigest()
        self.secondary_tokens[token] = now_s()
        return {"token": token, "created_at": self.secondary_tokens[token]}

    def get_token(self, token: str) -> dict[str, Any]:
        """One secondary token; 400 + 400200 when unknown or revoked (the master token is not listed)."""
        created_at = self.secondary_tokens.get(token)
        if created_at is None:
            raise MockError(NOT_FOUND, "No such secondary API token.")
        return {"token": token, "created_at": created_at}

    def revoke_token(self, token: str) -> None:
        """Revoke a secondary token: it stops authenticating at once. The master token can't be revoked."""
        if token == self.master_token:
            raise MockError(INVALID_PARAMS, "The master API token cannot be revoked.")
        if self.secondary_tokens.pop(token, None) is None:
            raise MockError(NOT_FOUND, "No such secondary API token.")
        self.revoked_tokens[token] = None
        while len(self.revoked_tokens) > MAX_REVOKED_TOKENS:
            del self.revoked_tokens[next(iter(self.revoked_tokens))]

    def list_tokens(self) -> list[dict[str, Any]]:
        """The secondary tokens, oldest first."""
        return [{"token": token, "created_at": created} for token, created in self.secondary_tokens.items()]

    # --- users and direct calls -------------------------------------------------------------

    def user_index(self, user_id: str) -> int:
        """The index of a seeded user; 400 + 400200 when unknown."""
        index = self.users.index_of(user_id)
        if index is None:
            raise MockError(NOT_FOUND, f"User {user_id!r} not found.")
        return index

    def call_index(self, call_id: str) -> int:
        """The index of a seeded call; 400 + 400200 when unknown."""
        index = self.calls.index_of(call_id)
        if index is None:
            raise MockError(NOT_FOUND, f"Direct call {call_id!r} not found.")
        return index

    def call_items(self, index: int) -> dict[str, str]:
        """The custom items of a call about to change, seeded ones first, created on first use.

        At most ``max_changed_calls`` calls keep changed items: past it, the call changed longest
        ago goes back to its seeded items, an ended call before an ongoing one.
        """
        items = self._call_items.pop(index, None)
        if items is None:
            items = self.calls.seeded_custom_items(index)
            while len(self._call_items) >= self.max_changed_calls:
                first_ongoing = self.calls.count - self.calls.ongoing
                oldest = next((i for i in self._call_items if i < first_ongoing), next(iter(self._call_items)))
                del self._call_items[oldest]
        self._call_items[index] = items  # last changed: last to go
        return items

    def call_json(self, index: int, *, for_user: int | None = None) -> dict[str, Any]:
        """A call as the API answers it."""
        items = self._call_items.get(index)
        return self.calls.call(
            index, items if items is not None else self.calls.seeded_custom_items(index), for_user=for_user
        )

    def update_call_items(self, call_id: str, changes: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
        """Upsert custom items of a call; answers the items and the keys set."""
        index = self.call_index(call_id)
        items = self.call_items(index)
        updated = custom_items.upsert(items, changes, self.facts.check_custom_items)
        return items, updated

    def delete_call_items(self, call_id: str, keys: list[str] | None) -> tuple[dict[str, str], list[str]]:
        """Delete custom items of a call (all when ``keys`` is empty); answers the items left and the keys deleted."""
        index = self.call_index(call_id)
        items = self.call_items(index)
        deleted = custom_items.delete(items, keys)
        return items, deleted

    # --- rooms (shortcuts for tests; the API goes through ``rooms``) ------------------------

    def create_room(self, room_type: str = "small_room_for_video", items: Mapping[str, str] | None = None) -> Room:
        """Create a room as ``POST /rooms`` does."""
        with self.lock:
            return self.rooms.create(room_type, items)

    def enter_room(
        self, room_id: str, user_id: str, *, is_audio_on: bool = True, is_video_on: bool = False
    ) -> Participant:
        """Make a seeded user enter a room, as an SDK client would."""
        with self.lock:
            user = self.users.user(self.user_index(user_id))
            return self.rooms.enter(room_id, user, is_audio_on=is_audio_on, is_video_on=is_video_on)

    def exit_room(self, room_id: str, participant_id: str) -> Participant:
        """Make a participant leave a room."""
        with self.lock:
            return self.rooms.exit(room_id, participant_id)

    # --- push tokens ------------------------------------------------------------------------

    def tokens_of(self, user_id: str, token_type: str) -> list[str]:
        """A seeded user's push tokens of one type, oldest first (a copy: change them with the methods)."""
        self.user_index(user_id)
        return list(self.push_tokens.get((user_id, token_type), ()))

    def add_push_token(self, user_id: str, token_type: str, token: str, *, is_unique: bool = False) -> None:
        """Register a token; ``is_unique`` drops the user's other tokens of the type.

        Keeps ``MAX_PUSH_TOKENS`` per user and type and ``MAX_PUSH_TOKEN_BYTES`` in all: past
        either, the oldest tokens are dropped (a long-running mock stays small).
        """
        self.user_index(user_id)
        key = (user_id, token_type)
        if is_unique:
            self.remove_push_tokens(user_id, token_type)
        tokens = self.push_tokens.setdefault(key, [])
        if token in tokens:
            return
        tokens.append(token)
        self._token_order[(user_id, token_type, token)] = len(token)
        self._token_bytes += len(token)
        while len(tokens) > MAX_PUSH_TOKENS:
            self._drop_token(user_id, token_type, tokens[0])
        while self._token_bytes > MAX_PUSH_TOKEN_BYTES and len(self._token_order) > 1:
            self._drop_token(*next(iter(self._token_order)))

    def remove_push_token(self, user_id: str, token_type: str, token: str) -> None:
        """Unregister one token; 400 + 400200 when the user does not have it."""
        if token not in self.tokens_of(user_id, token_type):
            raise MockError(NOT_FOUND, "The user has no such push token.")
        self._drop_token(user_id, token_type, token)

    def remove_push_tokens(self, user_id: str, token_type: str) -> list[str]:
        """Unregister every token of one type; answers the removed tokens."""
        removed = self.tokens_of(user_id, token_type)
        for token in removed:
            self._drop_token(user_id, token_type, token)
        return removed

    def _drop_token(self, user_id: str, token_type: str, token: str) -> None:
        self.push_tokens[(user_id, token_type)].remove(token)
        self._token_bytes -= self._token_order.pop((user_id, token_type, token))

    # --- webhook settings -------------------------------------------------------------------

    def check_application(self, application_id: str) -> None:
        """Only the application's own ID names it; 400 + 400200 for any other."""
        if application_id != self.app_id:
            raise MockError(NOT_FOUND, f"Application {application_id!r} not found.")
