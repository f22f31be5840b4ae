"""Every ``$ref`` resolves, as the project's spec reader (``sendbird_calls.spec_doc.resolve``) reads it."""

from __future__ import annotations

from collections.abc import Iterator

from tools.lint_spec.document import SpecDocument, ref_location
from tools.lint_spec.findings import Finding, Location

MAX_HOPS = 32
"""The reader follows at most this many ``$ref``s in a row (``spec_doc.resolve``)."""


def ref_rules(document: SpecDocument) -> Iterator[Finding]:
    """Each ``$ref`` is local (``#/...``), needs no JSON-pointer escape, points to an object, and a
    chain of ``$ref``s ends."""
    for node in document.nodes():
        if "$ref" not in node.value:
            continue
        ref = node.value["$ref"]
        here = (*node.location, "$ref")
        target = ref_location(ref)
        if not isinstance(ref, str):
            yield Finding(here, f"`$ref` is {ref!r}, not a string", "write the reference as `'#/components/...'`")
        elif target is None:
            yield Finding(
                here,
                f"`$ref` {ref!r} is not local (the project's spec reader follows `#/...` references only)",
                "copy the target into `components` and refer to it as `#/components/...`",
            )
        elif "~" in ref or "%" in ref:
            yield Finding(
                here,
                f"`$ref` {ref!r} uses JSON-pointer escapes, which the project's spec reader does not decode",
                "rename the target so its path needs no `~` or `%` escape",
            )
        elif document.schema_at(target) is None:
            yield Finding(
                here, f"`$ref` {ref!r} points to no object of the document", "correct the reference, or add its target"
            )
        elif _cycles(document, target):
            yield Finding(
                here,
                f"`$ref` {ref!r} starts a chain of `$ref`s that never ends in a definition",
                "make one of the chain's targets a definition",
            )


def _cycles(document: SpecDocument, target: Location) -> bool:
    """Whether the ``$ref``s from ``target`` on never reach an object without one."""
    for _ in range(MAX_HOPS):
        found = document.schema_at(target)
        if found is None or "$ref" not in found:
            return False
        following = ref_location(found["$ref"])
        if following is None:
            return False
        target = following
    return True
