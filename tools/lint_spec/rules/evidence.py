"""Decisions: a choice the spec made without a source names the verify-spec check that tests it.

An operation's ``x-evidence.decisions`` lists them (``decision: ...; no source``, ``verify: <check>``);
``sendbird-calls verify-spec`` runs the check of each name (``sendbird_calls.verify.decisions.CHECKS``)
against a live application. A decision without a check, or a check nobody wrote, leaves it untested.
"""

from __future__ import annotations

from collections.abc import Iterator

from sendbird_calls.verify.decisions import CHECKS
from tools.lint_spec.document import SpecDocument, mapping
from tools.lint_spec.findings import Finding
from tools.lint_spec.rules.operations import GENERATED_METHODS


def decision_rules(document: SpecDocument) -> Iterator[Finding]:
    """Each item of ``x-evidence.decisions`` has a ``decision`` sentence and a ``verify`` naming a check,
    each check named once (``tests/test_spec.py`` checks that each tests its own operation)."""
    named: dict[str, str] = {}
    for site in document.operations():
        decisions = mapping(site.node.get("x-evidence")).get("decisions")
        if decisions is None or site.location[-1] not in GENERATED_METHODS:  # another rule names those
            continue
        here = (*site.location, "x-evidence", "decisions")
        if not isinstance(decisions, list):
            yield Finding(here, "`decisions` is not a list", "make it a list of `{decision, verify}` items")
            continue
        for index, item in enumerate(decisions):
            at = (*here, str(index))
            entry = mapping(item)
            text, check = entry.get("decision"), entry.get("verify")
            if not isinstance(text, str) or not text.strip():
                yield Finding(
                    at, "the item has no `decision` sentence", "say what the spec decided, ending `; no source`"
                )
            if not isinstance(check, str) or check not in CHECKS:
                yield Finding(
                    at,
                    f"`verify` {check!r} names no check of verify-spec (sendbird_calls.verify.decisions.CHECKS)",
                    "name an existing check, or add one to `CHECKS` that tests this decision",
                )
                continue
            if check in named:
                yield Finding(
                    (*at, "verify"), f"the check {check!r} is already named by {named[check]}", "name it once"
                )
            named.setdefault(check, ".".join(at))
