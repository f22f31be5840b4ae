"""The spec's decisions that no source supports, checked against the application: what it answered.

Each operation's ``x-evidence.decisions`` lists the choices the spec made without a source
(``decision: ...; no source``), each naming one check of ``CHECKS`` (``verify``). A check either
sends a request whose answer shows whether the decision holds (a request that must fail with the
decided code), or reads the answer a write lifecycle already got (the room endpoints, the token
body). Every check adds a step saying what the application answered, and a ``decision_differs``
finding when that is not what the spec decided. A write check runs only after its operation
worked once in the run, so a broken operation is not hit again; a check that could harm the
application (revoking the master token) is never sent, and its step says why.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal

from .._secret import Secret
from .findings import Finding, FindingKind
from .session import RunAbortedError, Session
from .steps import RunLog, Step, describe_failure, succeeded

if TYPE_CHECKING:
    from .answers import CheckedAnswer

MISSING_ID: Final = "sendbird-calls-verify-no-such-id"
"""An ID no resource has: the lookups that must fail use it."""
MAX_SECONDARY_TOKENS: Final = 10
"""Chat docs: an application holds at most 10 secondary API tokens."""
DAY_MS: Final = 24 * 3600 * 1000
PUSH_TOKEN_TYPE: Final = "fcm_voip"

How = Literal["probe", "observed", "never"]


@dataclass(frozen=True, slots=True)
class Check:
    """One decision's check: the operation it concerns and the answer the spec decided."""

    name: str
    operation: str
    statuses: tuple[int, ...]
    """The HTTP statuses the decision allows."""
    code: int | None = None
    """Sendbird's error code the decision expects (None: any, or a success)."""
    how: How = "probe"
    """``probe``: a request of its own; ``observed``: the answer a lifecycle got; ``never``: not sent."""
    write: bool = False
    """Whether the check needs ``write=True`` (it sends a write, or reads what a write lifecycle got)."""
    why_never: str = ""

    @property
    def expected(self) -> str:
        """The decided answer, as a step names it: ``400 + 400100``, ``200 or 204``."""
        statuses = " or ".join(map(str, self.statuses))
        return f"{statuses} + {self.code}" if self.code is not None else statuses


def _checks(*checks: Check) -> Mapping[str, Check]:
    return {check.name: check for check in checks}


CHECKS: Final[Mapping[str, Check]] = _checks(
    Check("call_window_over_90_days", "list_user_calls", (400,), 400100),
    Check("unknown_room", "get_room", (400,), 1400126),
    Check("room_id_with_room_ids", "list_rooms", (400,), 400100),
    Check("delete_unknown_room", "delete_room", (400,), 1400126, write=True),
    Check("delete_room_endpoint", "delete_room", (200, 204), how="observed", write=True),
    Check("update_room_custom_items_endpoint", "update_room_custom_items", (200,), how="observed", write=True),
    Check("delete_room_custom_items_endpoint", "delete_room_custom_items", (200, 204), how="observed", write=True),
    Check("remove_push_token_answer", "remove_push_token", (200, 204), how="observed", write=True),
    Check("remove_missing_push_token", "remove_push_token", (400,), 400200, write=True),
    Check(
        "remove_push_tokens_answer",
        "remove_push_tokens_of_type",
        (200, 204),
        how="never",
        write=True,
        why_never="not sent: it would remove every push token of the type from the user, not only the run's",
    ),
    Check("generate_token_body", "generate_secondary_api_token", (200,), how="observed", write=True),
    Check("eleventh_secondary_token", "generate_secondary_api_token", (400,), 400100, write=True),
    Check("secondary_token_on_master_only", "list_secondary_api_tokens", (401,), 401120, write=True),
    Check(
        "revoke_master_token",
        "revoke_secondary_api_token",
        (400,),
        400100,
        how="never",
        write=True,
        why_never="not sent: if the decision were wrong, the application would lose its master API token",
    ),
)
"""Every check, by the name the spec's ``x-evidence.decisions`` give it."""


def spec_decisions(document: Mapping[str, Any]) -> dict[str, str]:
    """The decision text of each check the spec names, from its operations' ``x-evidence.decisions``."""
    found: dict[str, str] = {}
    for item in document.get("paths", {}).values():
        for operation in item.values() if isinstance(item, Mapping) else ():
            evidence = operation.get("x-evidence") if isinstance(operation, Mapping) else None
            decisions = evidence.get("decisions") if isinstance(evidence, Mapping) else None
            for decision in decisions if isinstance(decisions, list) else ():
                if isinstance(decision, Mapping) and isinstance(decision.get("verify"), str):
                    found[decision["verify"]] = " ".join(str(decision.get("decision", "")).split())
    return found


def describe_answer(checked: CheckedAnswer) -> str:
    """``HTTP 204, no body``, ``HTTP 200, a JSON object``, or the failure (status and code, never the message)."""
    if not 200 <= checked.status < 300:
        return describe_failure(checked)
    if not checked.body.strip():
        return f"HTTP {checked.status}, no body"
    return f"HTTP {checked.status}, a JSON object" if isinstance(checked.data, dict) else f"HTTP {checked.status}"


def agrees(check: Check, checked: CheckedAnswer) -> bool:
    """Whether an answer is the one the decision expects (its status, and its code when one is decided)."""
    if checked.status not in check.statuses:
        return False
    if check.code is None:
        return True
    return isinstance(checked.data, dict) and checked.data.get("code") == check.code


class DecisionChecks:
    """Runs the checks of one verify-spec run and records what each saw."""

    def __init__(
        self,
        session: Session,
        log: RunLog,
        decisions: Mapping[str, str] | None = None,
        run_id: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.session = session
        self.log = log
        self.decisions = dict(decisions) if decisions is not None else spec_decisions(session.spec.document)
        self.run_id = run_id or uuid.uuid4().hex[:12]
        self._clock = clock

    # --- reporting -------------------------------------------------------------------------

    def step_name(self, check: Check) -> str:
        decision = self.decisions.get(check.name, "")
        return f"decision {check.name}" + (f" ({decision})" if decision else "")

    def judge(self, check: Check, checked: CheckedAnswer) -> None:
        """Record what the application answered; a finding when it is not what the spec decided. A 429 or
        a 5xx says nothing about the decision: the step fails instead."""
        seen = describe_answer(checked)
        if checked.status == 429 or checked.status >= 500:
            self.log.fail(self.step_name(check), check.operation, f"answered {seen}: nothing to judge")
            return
        if agrees(check, checked):
            self.log.add(Step(self.step_name(check), check.operation, "ok", f"answered {seen}, as decided"))
            return
        self.log.add(
            Step(self.step_name(check), check.operation, "ok", f"answered {seen}; the spec decided {check.expected}")
        )
        self.session.findings.add(
            Finding(
                check.operation,
                "",
                FindingKind.DECISION_DIFFERS,
                f"decision {check.name} ({self.decisions.get(check.name) or 'see the spec'}): the spec decided "
                f"{check.expected}, the application answered {seen}",
                status=checked.status,
            )
        )

    def skip(self, check: Check, reason: str) -> None:
        self.log.skip(self.step_name(check), check.operation, reason)

    def send(self, check: Check, **arguments: Any) -> None:
        """A probe: one request of its own, judged."""
        try:
            checked = self.session.call(check.operation, **arguments)
        except RunAbortedError as exc:
            self.log.fail(self.step_name(check), check.operation, str(exc))
            return
        self.judge(check, checked)

    def observe(self, check: Check, missing: str) -> None:
        """An observed check: judge the answer of its lifecycle's step, when that step worked."""
        checked = self.session.answers.get(check.operation)
        if checked is None or not self.worked(check.operation):
            self.skip(check, missing)
            return
        self.judge(check, checked)

    def worked(self, operation: str) -> bool:
        """Whether ``operation`` succeeded at least once in this run (its write checks may then run)."""
        return any(step.operation == operation and step.outcome == "ok" for step in self.log.steps)

    # --- the read-only checks ---------------------------------------------------------------

    def read_only(self, user_ids: list[str]) -> None:
        """The checks a read-only run makes: GETs that must fail with the decided code."""
        window = CHECKS["call_window_over_90_days"]
        if user_ids:
            now = int(self._clock() * 1000)
            self.send(window, user_id=user_ids[0], start_ts=now - 91 * DAY_MS, end_ts=now)
        else:
            self.skip(window, "no user listed to ask for")
        self.send(CHECKS["unknown_room"], room_id=MISSING_ID)
        self.send(CHECKS["room_id_with_room_ids"], room_id=MISSING_ID, room_ids=[MISSING_ID])

    # --- the write checks ------------------------------------------------------------------

    def writes(self, *, push_user: str | None, is_master: bool | None) -> None:
        """The checks of ``--write``, after the lifecycles: what they saw, then the probes that need a write."""
        room_reached = "the room lifecycle did not reach it"
        self.observe(CHECKS["update_room_custom_items_endpoint"], room_reached)
        self.observe(CHECKS["delete_room_custom_items_endpoint"], room_reached)
        self.observe(CHECKS["delete_room_endpoint"], room_reached)
        if self.worked("delete_room"):
            self.send(CHECKS["delete_unknown_room"], room_id=MISSING_ID)
        else:
            self.skip(CHECKS["delete_unknown_room"], "delete_room did not work in this run")
        if push_user is None:
            for name in ("remove_push_token_answer", "remove_missing_push_token"):
                self.skip(CHECKS[name], "no push user named (--push-user)")
        else:
            self.observe(CHECKS["remove_push_token_answer"], "the push token lifecycle did not remove a token")
            if self.worked("remove_push_token"):
                absent = f"sendbird-calls-verify-{self.run_id}-absent"
                self.send(
                    CHECKS["remove_missing_push_token"], user_id=push_user, token_type=PUSH_TOKEN_TYPE, token=absent
                )
            else:
                self.skip(CHECKS["remove_missing_push_token"], "remove_push_token did not work in this run")
        for name in ("remove_push_tokens_answer", "revoke_master_token"):
            self.skip(CHECKS[name], CHECKS[name].why_never)
        token_checks = ("generate_token_body", "eleventh_secondary_token", "secondary_token_on_master_only")
        if not is_master:
            for name in token_checks:
                self.skip(CHECKS[name], "needs the master API token (and the Chat host's base URL)")
            return
        self.observe(CHECKS["generate_token_body"], "the secondary token lifecycle did not generate a token")
        if self.worked("generate_secondary_api_token") and self.worked("revoke_secondary_api_token"):
            self.token_cap()
        else:
            for name in token_checks[1:]:
                self.skip(CHECKS[name], "the secondary token lifecycle did not work in this run")

    def token_cap(self) -> None:
        """Fill the application up to 10 secondary tokens, ask for an 11th, try one token on a master-only
        operation, then revoke every token this check made (named as leftovers if a revoke fails)."""
        eleventh, on_master_only = CHECKS["eleventh_secondary_token"], CHECKS["secondary_token_on_master_only"]
        listed = self.session.call("list_secondary_api_tokens")
        tokens = listed.data.get("api_tokens") if isinstance(listed.data, dict) else None
        if not isinstance(tokens, list):
            self.skip(eleventh, f"the tokens could not be listed ({describe_answer(listed)})")
            self.skip(on_master_only, "the tokens could not be listed")
            return
        made: list[Secret] = []
        try:
            for index in range(max(0, MAX_SECONDARY_TOKENS - len(tokens))):
                checked = self.session.call("generate_secondary_api_token", body={})
                value = checked.data.get("token") if isinstance(checked.data, dict) else None
                if not succeeded(checked) or not isinstance(value, str) or not value:
                    number = len(tokens) + index + 1
                    seen = describe_answer(checked)
                    self.log.fail(self.step_name(eleventh), eleventh.operation, f"token {number} of 10 answered {seen}")
                    self.skip(on_master_only, "the tokens could not be generated")
                    return
                self.session.secrets.add(value)
                made.append(Secret(value))
            refused = self.session.call("generate_secondary_api_token", body={})
            value = refused.data.get("token") if isinstance(refused.data, dict) else None
            if isinstance(value, str) and value:  # no cap after all: revoke this one too
                self.session.secrets.add(value)
                made.append(Secret(value))
            self.judge(eleventh, refused)
            if made:
                self.judge(on_master_only, self.session.call_as(made[0], on_master_only.operation))
            else:
                self.skip(on_master_only, "the application already held 10 tokens: none of this run to try")
        except RunAbortedError as exc:
            self.log.fail(self.step_name(eleventh), eleventh.operation, str(exc))
        finally:
            self.revoke(made)

    def revoke(self, made: list[Secret]) -> None:
        """Revoke the tokens a check made; name each one whose revoke did not succeed."""
        for held in made:
            try:
                checked = self.session.call("revoke_secondary_api_token", api_token=held.reveal())
            except RunAbortedError as exc:
                self.log.fail("revoke a token of the token-cap check", "revoke_secondary_api_token", str(exc))
                self.log.leftovers.append("a secondary API token generated by the token-cap check")
                continue
            if not self.log.record("revoke a token of the token-cap check", "revoke_secondary_api_token", checked):
                self.log.leftovers.append(
                    f"a secondary API token generated by the token-cap check ({describe_failure(checked)})"
                )
