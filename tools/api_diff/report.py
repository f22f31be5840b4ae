"""The result of a comparison as Markdown: breaking and compatible changes, then changelog entries to paste."""

from __future__ import annotations

from dataclasses import dataclass, field

from tools.api_diff.changes import Change

SECTIONS = ("Added", "Changed", "Removed")


@dataclass(frozen=True)
class Result:
    """Everything one comparison found, and what was compared."""

    base_label: str
    new_label: str
    old_info_version: str
    new_info_version: str
    spec_changes: list[Change]
    python_changes: list[Change]
    notes: list[str] = field(default_factory=list)

    @property
    def changes(self) -> list[Change]:
        return [*self.spec_changes, *self.python_changes]

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]

    @property
    def exit_code(self) -> int:
        """1 when something breaks users, else 0."""
        return 1 if self.breaking else 0

    def summary(self) -> str:
        compatible = len(self.changes) - len(self.breaking)
        return f"{len(self.breaking)} breaking, {compatible} compatible"


def _cell(text: str) -> str:
    """Text for a Markdown table cell: pipes escaped, on one line."""
    return " ".join(text.replace("|", "\\|").split())


def _table(changes: list[Change], why_title: str) -> list[str]:
    lines = [f"| level | key | change | {why_title} |", "|---|---|---|---|"]
    lines += [f"| {c.level} | `{_cell(c.key)}` | {_cell(c.what)} | {_cell(c.why)} |" for c in changes]
    return lines


def changelog_entries(changes: list[Change]) -> list[str]:
    """Keep a Changelog lines for the spec-level changes, by section, each naming its key in backticks."""
    lines: list[str] = []
    for section in SECTIONS:
        entries = [c for c in changes if c.level == "spec" and c.section == section]
        if not entries:
            continue
        lines += ["", f"### {section}", ""]
        for change in entries:
            line = f"- API: `{change.key}`: {change.what}."
            if change.breaking:
                line += f" **Breaking:** {change.why}."
            lines.append(line)
    return lines


def render(result: Result) -> str:
    """The whole report."""
    lines = [
        "# API diff",
        "",
        f"- Base: {result.base_label}",
        f"- New: {result.new_label}",
        f"- Spec `info.version`: `{result.old_info_version}` → `{result.new_info_version}`",
        *(f"- {note}" for note in result.notes),
        "",
    ]
    if not result.changes:
        lines += ["**No change**: the spec and the public Python API are the same as the base's (exit 0).", ""]
        return "\n".join(lines)
    lines += [f"**{result.summary()}** (exit {result.exit_code}).", ""]
    breaking = [c for c in result.changes if c.breaking]
    compatible = [c for c in result.changes if not c.breaking]
    if breaking:
        lines += ["## Breaking changes", "", *_table(breaking, "why it breaks users"), ""]
    if compatible:
        lines += ["## Compatible changes", "", *_table(compatible, "why users are not broken"), ""]
    if result.spec_changes:
        lines += [
            "## Changelog entries",
            "",
            "Paste under `## [Unreleased]` in `CHANGELOG.md` (edit the words, keep each key in backticks:",
            "`make check-api` looks for them). Python-level changes follow from these and need no entry.",
            *changelog_entries(result.spec_changes),
            "",
        ]
    return "\n".join(lines)
