"""Python-level breaking changes: griffe's ``find_breaking_changes`` on both packages, old against new.

Each side is loaded statically (nothing is imported) from its own folders: the generated
``sendbird_calls_api`` and the hand-written ``sendbird_calls``, so ``sendbird_calls.models`` is seen
re-exporting the side's own generated models.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import griffe

from tools.api_diff.changes import CannotCompareError, Change, Section

PACKAGES = ("sendbird_calls_api", "sendbird_calls")

_WHY: dict[griffe.BreakageKind, str] = {
    griffe.BreakageKind.OBJECT_REMOVED: "code that imports, calls or reads it fails",
    griffe.BreakageKind.OBJECT_CHANGED_KIND: "code using it as before fails",
    griffe.BreakageKind.PARAMETER_ADDED_REQUIRED: "existing calls lack the new argument",
    griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED: "existing calls that leave it out fail",
    griffe.BreakageKind.PARAMETER_REMOVED: "calls that pass it get a TypeError",
    griffe.BreakageKind.PARAMETER_MOVED: "positional calls pass values to the wrong parameter",
    griffe.BreakageKind.PARAMETER_CHANGED_KIND: "calls written for the old kind fail",
    griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT: "calls that leave it out behave differently",
}


def load_side(generated: Path, overrides: Path) -> dict[str, griffe.Object]:
    """Both packages of one side: ``generated`` and ``overrides`` are the folders holding each package."""
    loader = griffe.GriffeLoader(search_paths=[overrides, generated], allow_inspection=False)
    packages: dict[str, griffe.Object] = {}
    try:
        for name in PACKAGES:
            loaded = loader.load(name, try_relative_path=False)
            if not isinstance(loaded, griffe.Object):
                raise CannotCompareError(f"griffe found {name} as an alias, not a package")
            packages[name] = loaded
        loader.resolve_aliases(implicit=False, external=False)
    except (griffe.GriffeError, ImportError, OSError, SyntaxError) as exc:
        raise CannotCompareError(f"griffe cannot load the packages from {generated} and {overrides}: {exc}") from exc
    return packages


def _parameter(value: Any) -> str:
    return str(getattr(value, "name", value))


def describe(breakage: griffe.Breakage) -> Change:
    """One griffe breakage as a Change keyed by the object's path."""
    kind, path = breakage.kind, breakage.obj.path
    section: Section = "Changed"
    if kind is griffe.BreakageKind.OBJECT_REMOVED:
        key, what, section = path, "removed", "Removed"
    elif kind is griffe.BreakageKind.PARAMETER_ADDED_REQUIRED:
        key, what, section = path, f"required parameter `{_parameter(breakage.new_value)}` added", "Added"
    elif kind is griffe.BreakageKind.PARAMETER_REMOVED:
        key, what, section = path, f"parameter `{_parameter(breakage.old_value)}` removed", "Removed"
    elif kind is griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED:
        key, what = path, f"parameter `{_parameter(breakage.old_value)}` is now required"
    elif kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
        old, new = getattr(breakage.old_value, "default", "?"), getattr(breakage.new_value, "default", "?")
        key, what = path, f"default of `{_parameter(breakage.old_value)}` changed: `{old}` → `{new}`"
    elif kind in (griffe.BreakageKind.PARAMETER_MOVED, griffe.BreakageKind.PARAMETER_CHANGED_KIND):
        key, what = path, f"parameter `{_parameter(breakage.old_value)}`: {kind.value.lower()}"
    elif kind is griffe.BreakageKind.OBJECT_CHANGED_KIND:
        key, what = (
            path,
            f"kind changed: {getattr(breakage.old_value, 'value', '?')} → {getattr(breakage.new_value, 'value', '?')}",
        )
    else:
        key, what = path, kind.value.lower()
    return Change(key, what, True, _WHY.get(kind, "griffe classes it as breaking"), section, level="python")


def python_changes(old_generated: Path, old_overrides: Path, new_generated: Path, new_overrides: Path) -> list[Change]:
    """griffe's breaking changes of both packages; each folder holds its side's package."""
    logging.getLogger("griffe").setLevel(logging.ERROR)
    old, new = load_side(old_generated, old_overrides), load_side(new_generated, new_overrides)
    found: dict[tuple[str, str], Change] = {}
    for name in PACKAGES:
        try:
            breakages = list(griffe.find_breaking_changes(old[name], new[name]))
        except (griffe.GriffeError, ValueError) as exc:
            raise CannotCompareError(f"griffe cannot compare {name}: {exc}") from exc
        for breakage in breakages:
            change = describe(breakage)
            found.setdefault((change.key, change.what), change)
    return sorted(found.values(), key=Change.sort_key)
