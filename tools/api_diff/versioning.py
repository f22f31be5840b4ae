"""The version policy and the changelog rule, held against a comparison with the last release.

Semantic versioning, ``overrides/sendbird_calls/_version.py`` being the one version: a breaking
change since the last release needs the next minor before 1.0 (0.1.x → 0.2.0) and the next major
from 1.0 on. Every spec-level change must be named by its key, in backticks, in the changelog's
``## [Unreleased]`` section.
"""

from __future__ import annotations

import re
from pathlib import Path

from tools.api_diff.changes import CannotCompareError, Change
from tools.api_diff.load import Version, format_version, parse_version
from tools.api_diff.report import Result

VERSION_FILE = "overrides/sendbird_calls/_version.py"
CHANGELOG = "CHANGELOG.md"
_VERSION_LINE = re.compile(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_UNRELEASED = re.compile(r"^## \[Unreleased\][^\n]*\n(?P<body>.*?)(?=^## \[|\Z)", re.MULTILINE | re.DOTALL)
LISTED = 20


def read_version(root: Path) -> Version:
    """The package version from ``_version.py`` (read, not imported)."""
    try:
        text = (root / VERSION_FILE).read_text(encoding="utf-8")
    except OSError as exc:
        raise CannotCompareError(f"cannot read {VERSION_FILE}: {exc.__class__.__name__}") from exc
    match = _VERSION_LINE.search(text)
    if match is None:
        raise CannotCompareError(f'{VERSION_FILE} has no __version__ = "X.Y.Z" line')
    try:
        return parse_version(match[1])
    except ValueError as exc:
        raise CannotCompareError(f"{VERSION_FILE}: {exc}") from exc


def required_version(release: Version, breaking: bool) -> Version:
    """The lowest version the policy allows after ``release``: a breaking change bumps minor before 1.0, major after."""
    if not breaking:
        return release
    major, minor, _ = release
    return (0, minor + 1, 0) if major == 0 else (major + 1, 0, 0)


def unreleased_section(changelog: str) -> str | None:
    """The text under ``## [Unreleased]`` up to the next release heading; None without that heading."""
    match = _UNRELEASED.search(changelog)
    return match["body"] if match else None


def missing_entries(changes: list[Change], unreleased: str) -> list[Change]:
    """The spec-level changes whose key does not appear in backticks in the Unreleased section."""
    missing: dict[str, Change] = {}
    for change in changes:
        if change.level == "spec" and f"`{change.key}`" not in unreleased:
            missing.setdefault(change.key, change)
    return list(missing.values())


def _listed(changes: list[Change]) -> list[str]:
    lines = [f"  - `{c.key}`: {c.what} ({c.why})" for c in changes[:LISTED]]
    if len(changes) > LISTED:
        lines.append(f"  - ... and {len(changes) - LISTED} more (see the report)")
    return lines


def problems(root: Path, result: Result, release: str) -> list[str]:
    """What the version and the changelog get wrong against ``result`` (a comparison with ``release``)."""
    found: list[str] = []
    released, current = parse_version(release), read_version(root)
    needed = required_version(released, bool(result.breaking))
    if current < released:
        found.append(f"{VERSION_FILE} says {format_version(current)}, older than the last release {release}")
    elif current < needed:
        found += [
            f"the API breaks users since release {release}: {VERSION_FILE} must be {format_version(needed)} or later "
            f"(it is {format_version(current)}; see the version policy in docs/guides/regenerating.md). Breaking:",
            *_listed(result.breaking),
        ]
    try:
        changelog = (root / CHANGELOG).read_text(encoding="utf-8")
    except OSError:
        changelog = ""
    if f"## [{release}]" not in changelog:
        found.append(f"{CHANGELOG} has no '## [{release}]' section for the last release")
    unreleased = unreleased_section(changelog)
    spec_changes = [c for c in result.changes if c.level == "spec"]
    if unreleased is None and spec_changes:
        found += [f"{CHANGELOG} has no '## [Unreleased]' section to name these changes:", *_listed(spec_changes)]
    elif unreleased is not None:
        missing = missing_entries(spec_changes, unreleased)
        if missing:
            found += [
                f"{CHANGELOG}'s [Unreleased] section does not name these changes (each key in backticks; "
                "`make api-diff` prints entries to paste):",
                *_listed(missing),
            ]
    return found
