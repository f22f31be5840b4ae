"""The result of a run: findings, steps, leftovers; as a terminal table, a JSON report, an overlay."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..core.secrets import Secrets
from .findings import Finding, FindingKind
from .overlay import build_overlay
from .steps import Step

EXIT_MATCH = 0
EXIT_DRIFT = 1
EXIT_USAGE = 2
EXIT_COULD_NOT_RUN = 3
REPORT_FORMAT = "sendbird-calls-verify-report/1"

REPORT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "sendbird-calls verify-spec report",
    "type": "object",
    "required": ["format", "tool_version", "spec", "mode", "result", "findings", "steps", "leftovers", "operations"],
    "additionalProperties": False,
    "properties": {
        "format": {"const": REPORT_FORMAT},
        "tool_version": {"type": "string"},
        "spec": {
            "type": "object",
            "required": ["title", "version", "sha256"],
            "properties": {
                "title": {"type": "string"},
                "version": {"type": "string"},
                "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            },
        },
        "mode": {"enum": ["read-only", "write"]},
        "result": {"enum": ["match", "drift", "could_not_run"]},
        "aborted": {"type": ["string", "null"]},
        "complete": {"type": "boolean"},
        "findings": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["operation", "pointer", "kind", "detail", "occurrences"],
                "additionalProperties": False,
                "properties": {
                    "operation": {"type": "string"},
                    "pointer": {"type": "string", "pattern": "^(/.*)?$"},
                    "kind": {"enum": [kind.value for kind in FindingKind]},
                    "detail": {"type": "string"},
                    "occurrences": {"type": "integer", "minimum": 1},
                    "status": {"type": "integer"},
                    "value": {"type": "string"},
                    "observed_schema": {"type": "object"},
                },
            },
        },
        "steps": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "operation", "outcome", "detail", "count"],
                "properties": {
                    "count": {"type": "integer", "minimum": 1},
                    "name": {"type": "string"},
                    "operation": {"type": "string"},
                    "outcome": {"enum": ["ok", "failed", "skipped"]},
                    "detail": {"type": "string"},
                },
            },
        },
        "leftovers": {"type": "array", "items": {"type": "string"}},
        "operations": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["requests", "statuses"],
                "properties": {
                    "requests": {"type": "integer", "minimum": 1},
                    "statuses": {"type": "object", "additionalProperties": {"type": "integer"}},
                },
            },
        },
    },
}
"""The JSON Schema of ``--report`` files."""


@dataclass(slots=True)
class SpecInfo:
    """Which spec a run checked against."""

    title: str
    version: str
    sha256: str


@dataclass(slots=True)
class VerifyReport:
    """What a run found; holds no secret (every string was scrubbed of the tokens seen)."""

    spec: SpecInfo
    write: bool
    tool_version: str
    findings: list[Finding] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)
    operations: dict[str, dict[str, Any]] = field(default_factory=dict)
    aborted: str | None = None
    """Why the run stopped early (network, credentials), else None."""

    @property
    def complete(self) -> bool:
        """Whether every step tried succeeded and the run was not aborted."""
        return self.aborted is None and all(step.outcome != "failed" for step in self.steps)

    @property
    def result(self) -> str:
        """``drift`` when any finding, else ``could_not_run`` when incomplete, else ``match``."""
        if self.findings:
            return "drift"
        return "match" if self.complete else "could_not_run"

    @property
    def exit_code(self) -> int:
        """0 match, 1 drift, 3 could not run (or not completely)."""
        return {"match": EXIT_MATCH, "drift": EXIT_DRIFT}.get(self.result, EXIT_COULD_NOT_RUN)

    def to_json(self) -> dict[str, Any]:
        """The report as a JSON-compatible dict (fits ``REPORT_SCHEMA``)."""
        return {
            "format": REPORT_FORMAT,
            "tool_version": self.tool_version,
            "spec": {"title": self.spec.title, "version": self.spec.version, "sha256": self.spec.sha256},
            "mode": "write" if self.write else "read-only",
            "result": self.result,
            "aborted": self.aborted,
            "complete": self.complete,
            "findings": [finding.to_json() for finding in self.findings],
            "steps": [step.to_json() for step in self.steps],
            "leftovers": list(self.leftovers),
            "operations": self.operations,
        }

    def to_json_text(self) -> str:
        """The JSON report, indented."""
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n"

    def overlay(self) -> dict[str, Any] | None:
        """The additive drift as an Overlay 1.0 document (None when there is none)."""
        return build_overlay(
            self.findings,
            title=f"Drift of {self.spec.title} seen by sendbird-calls verify-spec",
            version=f"{self.spec.version}+verify.{self.spec.sha256[:12]}",
        )

    def render(self) -> str:
        """A readable summary and table of findings for the terminal."""
        lines = [self._headline()]
        if self.findings:
            rows = [
                (
                    f.kind.value,
                    f.operation,
                    f.pointer or ("(status)" if f.kind is FindingKind.UNDOCUMENTED_STATUS else "(body)"),
                    f.detail + (f" (x{f.occurrences})" if f.occurrences > 1 else ""),
                )
                for f in self.findings
            ]
            lines.append("")
            lines.extend(_table(("KIND", "OPERATION", "POINTER", "DETAIL"), rows))
        failed: dict[tuple[str, str, str], int] = {}
        for step in self.steps:
            if step.outcome == "failed":
                key = (step.name, step.operation, step.detail)
                failed[key] = failed.get(key, 0) + step.count
        if failed:
            lines.append("")
            lines.append("Steps that failed:")
            lines.extend(
                f"  {name} ({operation}): {detail}" + (f" (x{count})" if count > 1 else "")
                for (name, operation, detail), count in failed.items()
            )
        if self.leftovers:
            lines.append("")
            lines.append("Left in the application (remove by hand):")
            lines.extend(f"  {item}" for item in self.leftovers)
        if self.aborted:
            lines.append("")
            lines.append(f"Stopped early: {self.aborted}")
        return "\n".join(lines) + "\n"

    def _headline(self) -> str:
        requests = sum(int(stats["requests"]) for stats in self.operations.values())
        checked = f"{requests} answers of {len(self.operations)} operations checked"
        mode = "with writes" if self.write else "read-only"
        if self.result == "match":
            return f"The application matches the spec ({checked}, {mode})."
        if self.result == "drift":
            kinds = sorted({f.kind.value for f in self.findings})
            return f"Drift: {len(self.findings)} findings ({', '.join(kinds)}); {checked}, {mode}."
        return f"Could not check everything ({checked}, {mode})."


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]

    def line(row: tuple[str, ...]) -> str:
        return "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[-1]]).rstrip()

    return [line(header), *(line(row) for row in rows)]


def scrub_value(value: Any, secrets: Secrets) -> Any:
    """A JSON value with every string (keys included) scrubbed of the secrets."""
    if isinstance(value, str):
        return secrets.scrub(value)
    if isinstance(value, list):
        return [scrub_value(item, secrets) for item in value]
    if isinstance(value, dict):
        return {secrets.scrub(str(k)): scrub_value(v, secrets) for k, v in value.items()}
    return value
