"""The ``write=True`` part of a run: scripted lifecycles that clean up after themselves.

Each lifecycle creates something, exercises it, and removes it in a ``finally``, so a failing
step (an error answer, a network failure) still ends with the cleanup. Writes are sent once,
never retried; what a failed cleanup or an answer-less write may have left behind is named in
``RunLog.leftovers`` so the user can remove it. Secret values (a new secondary token) are held
in a ``Secret`` and added to the session's secrets, which the report is scrubbed of.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from .._secret import Secret
from .session import RunAbortedError, Session
from .steps import RunLog, describe_failure, succeeded

if TYPE_CHECKING:
    from .answers import CheckedAnswer

MARKER_KEY = "sendbird_calls_verify"
"""The custom item a verify-spec room carries (its value is the run ID), to find leftovers."""
PUSH_TOKEN_TYPE = "fcm_voip"


class _StepFailedError(Exception):
    """A lifecycle step did not succeed: skip to the cleanup."""


class Lifecycles:
    """The write lifecycles of one run."""

    def __init__(self, session: Session, log: RunLog, run_id: str | None = None) -> None:
        self.session = session
        self.log = log
        self.run_id = run_id or uuid.uuid4().hex[:12]

    def step(self, name: str, operation: str, send: Callable[[], CheckedAnswer]) -> CheckedAnswer:
        """Run one step; a failure (error answer or network) is recorded and raised as ``_StepFailedError``."""
        try:
            checked = send()
        except RunAbortedError as exc:
            self.log.fail(name, operation, str(exc))
            raise _StepFailedError from None
        if not self.log.record(name, operation, checked):
            raise _StepFailedError
        return checked

    def cleanup(self, name: str, operation: str, send: Callable[[], CheckedAnswer], leftover: str) -> None:
        """Run a cleanup step; if it fails, name what is left behind."""
        try:
            checked = send()
        except RunAbortedError as exc:
            self.log.fail(name, operation, str(exc))
            self.log.leftovers.append(leftover)
            return
        if not self.log.record(name, operation, checked):
            self.log.leftovers.append(f"{leftover} ({describe_failure(checked)})")

    def room(self) -> None:
        """Create a room with custom items, read it, update and delete items, delete the room."""
        call = self.session.call
        room_id: str | None = None
        try:
            created = self.step(
                "create a room",
                "create_room",
                lambda: call("create_room", type="small_room_for_video", custom_items={MARKER_KEY: self.run_id}),
            )
            room = created.data.get("room")
            room_id = room.get("room_id") if isinstance(room, dict) else None
            if not isinstance(room_id, str) or not room_id:
                self.log.fail("read the new room's ID", "create_room", "the answer has no room.room_id")
                self.log.leftovers.append(f"a room with custom item {MARKER_KEY}={self.run_id}")
                return
            rid = room_id
            self.step("get the new room", "get_room", lambda: call("get_room", room_id=rid))
            self.step(
                "list the new room's participants",
                "list_room_participants",
                lambda: call("list_room_participants", room_id=rid),
            )
            self.step(
                "update the room's custom items",
                "update_room_custom_items",
                lambda: call("update_room_custom_items", room_id=rid, custom_items={"step": "update"}),
            )
            self.step(
                "delete the room's custom items",
                "delete_room_custom_items",
                lambda: call("delete_room_custom_items", room_id=rid, keys=["step"]),
            )
        except _StepFailedError:
            if room_id is None and _maybe_done(self.log, "create_room"):
                self.log.leftovers.append(
                    f"maybe a room with custom item {MARKER_KEY}={self.run_id} (create_room failed after sending)"
                )
        finally:
            if room_id is not None:
                rid = room_id
                self.cleanup("delete the room", "delete_room", lambda: call("delete_room", room_id=rid), f"room {rid}")

    def push_token(self, user_id: str) -> None:
        """Add a synthetic push token to ``user_id``, list the user's tokens, remove the token."""
        call = self.session.call
        token = f"sendbird-calls-verify-{self.run_id}"
        params = {"user_id": user_id, "token_type": PUSH_TOKEN_TYPE}
        try:
            self.step(
                "add a push token",
                "add_push_token",
                lambda: call("add_push_token", **params, token=token, is_unique=False),
            )
            self.step("list the user's push tokens", "list_push_tokens", lambda: call("list_push_tokens", **params))
        except _StepFailedError:
            pass  # the removal below runs anyway: a failed add may still have registered the token
        finally:
            self._remove_push_token(params, token)

    def _remove_push_token(self, params: dict[str, str], token: str) -> None:
        """Remove the synthetic token; "not found" after a failed add means nothing was left."""
        name, operation = "remove the push token", "remove_push_token"
        leftover = f"push token {token} ({PUSH_TOKEN_TYPE}) of user {params['user_id']}"
        try:
            checked = self.session.call(operation, **params, token=token)
        except RunAbortedError as exc:
            self.log.fail(name, operation, str(exc))
            self.log.leftovers.append(leftover)
            return
        added = any(s.operation == "add_push_token" and s.outcome == "ok" for s in self.log.steps)
        if succeeded(checked) or added:
            if not self.log.record(name, operation, checked):
                self.log.leftovers.append(f"{leftover} ({describe_failure(checked)})")
            return
        self.log.skip(name, operation, f"nothing to remove ({describe_failure(checked)})")

    def secondary_token(self) -> None:
        """Generate a secondary API token and revoke it; its value never leaves this method unmasked."""
        call = self.session.call
        secret: Secret | None = None
        created_at: object = None
        try:
            generated = self.step(
                "generate a secondary API token",
                "generate_secondary_api_token",
                lambda: call("generate_secondary_api_token", body={}),
            )
            value = generated.data.get("token")
            if not isinstance(value, str) or not value:
                self.log.fail("read the new token", "generate_secondary_api_token", "the answer has no token")
                self.log.leftovers.append("a secondary API token generated by this run (its value was not answered)")
                return
            self.session.secrets.add(value)
            secret = Secret(value)
            created_at = generated.data.get("created_at")
        except _StepFailedError:
            if _maybe_done(self.log, "generate_secondary_api_token"):
                self.log.leftovers.append(
                    "maybe a secondary API token (generate_secondary_api_token failed after sending): "
                    "compare list_secondary_api_tokens with what you expect"
                )
        finally:
            if secret is not None:
                held = secret
                self.cleanup(
                    "revoke the secondary API token",
                    "revoke_secondary_api_token",
                    lambda: call("revoke_secondary_api_token", api_token=held.reveal()),
                    f"the secondary API token generated by this run (created_at {created_at})",
                )


def _maybe_done(log: RunLog, operation: str) -> bool:
    """Whether the last step, a failed ``operation``, may still have taken effect (no answer, or a 5xx)."""
    last = log.steps[-1] if log.steps else None
    return last is not None and last.operation == operation and not last.detail.startswith("HTTP 4")
