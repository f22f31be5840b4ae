"""The linter's output: one line per finding, a summary, and the exit status."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tools.lint_spec.findings import Finding, Severity


@dataclass(frozen=True)
class Report:
    """The findings of one spec, without duplicates, in the order the rules found them."""

    spec: str
    findings: tuple[Finding, ...]

    @classmethod
    def of(cls, spec: str, findings: Iterable[Finding]) -> Report:
        return cls(spec, tuple(dict.fromkeys(findings)))

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def exit_code(self) -> int:
        """1 when a rule is broken, else 0 (warnings alone pass)."""
        return 1 if self.errors else 0

    def lines(self) -> list[str]:
        """Every finding, then ``lint-spec: SPEC: N errors, M warnings`` (or ``... follows every rule``)."""
        if not self.findings:
            return [f"lint-spec: {self.spec} follows every spec rule"]
        errors, warnings = len(self.errors), len(self.warnings)
        summary = (
            f"lint-spec: {self.spec}: {errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
        )
        if errors:
            summary += " (the rules and their fixes: docs/guides/regenerating.md, Spec rules)"
        return [finding.line() for finding in self.findings] + [summary]
