"""The record of what a run did: one ``Step`` per request group, and what it may have left behind."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .answers import CheckedAnswer

Outcome = Literal["ok", "failed", "skipped"]


@dataclass(slots=True)
class Step:
    """One thing the run did (or skipped), with a short reason when it did not go as planned."""

    name: str
    operation: str
    outcome: Outcome
    detail: str = ""
    count: int = 1
    """How many times in a row the same step ended the same way (one per page or per resource read)."""

    def to_json(self) -> dict[str, Any]:
        """The step as it goes into the JSON report."""
        return {
            "name": self.name,
            "operation": self.operation,
            "outcome": self.outcome,
            "detail": self.detail,
            "count": self.count,
        }


@dataclass(slots=True)
class RunLog:
    """The steps of a run and what a failed write may have left in the application."""

    steps: list[Step] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)

    def record(self, name: str, operation: str, checked: CheckedAnswer) -> bool:
        """Record a request's step; True when it succeeded (2xx with a JSON object)."""
        good = succeeded(checked)
        detail = "" if good else describe_failure(checked)
        self.add(Step(name, operation, "ok" if good else "failed", detail))
        return good

    def add(self, step: Step) -> None:
        """Append a step, or count it on the last one when it is the same step with the same outcome."""
        last = self.steps[-1] if self.steps else None
        if last is not None and (last.name, last.operation, last.outcome, last.detail) == (
            step.name,
            step.operation,
            step.outcome,
            step.detail,
        ):
            last.count += step.count
            return
        self.steps.append(step)

    def skip(self, name: str, operation: str, reason: str) -> None:
        """Record a step not taken, and why."""
        self.add(Step(name, operation, "skipped", reason))

    def fail(self, name: str, operation: str, reason: str) -> None:
        """Record a step that could not be done."""
        self.add(Step(name, operation, "failed", reason))

    @property
    def complete(self) -> bool:
        """Whether every step that was tried succeeded."""
        return all(step.outcome != "failed" for step in self.steps)


def succeeded(checked: CheckedAnswer) -> bool:
    """A 2xx answer with a JSON object body, or with no body where the spec declares none (a revoke)."""
    if not 200 <= checked.status < 300:
        return False
    return isinstance(checked.data, dict) or (not checked.body and not checked.findings)


def describe_failure(checked: CheckedAnswer) -> str:
    """``HTTP 400, code 400200 NOT_FOUND`` (no message: it may echo what was sent)."""
    text = f"HTTP {checked.status}"
    if isinstance(checked.data, dict) and "code" in checked.data:
        text += f", code {checked.data.get('code')} {checked.data.get('type', '')}".rstrip()
    elif not checked.is_json:
        text += ", not JSON"
    return text
