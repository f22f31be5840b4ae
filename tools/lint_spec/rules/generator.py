"""What the generator refuses: ``overrides/templates/spec_facts.py``'s checks, each problem a finding.

The checks live in spec_facts.py alone (``make generate`` stops at the first problem, naming it);
this module only turns every ``SpecError`` of ``spec_problems`` into a finding at its location.
"""

from __future__ import annotations

from collections.abc import Iterator

from overrides.templates.spec_facts import spec_problems
from tools.lint_spec.document import SpecDocument
from tools.lint_spec.findings import Finding


def generator_rules(document: SpecDocument) -> Iterator[Finding]:
    """x-method-name a public Python name unique within its tag, operationId snake_case, an operationId
    and a tag on every operation, parameters of a kind the core sends, no body field named like a
    parameter, x-envelope naming a required declared property."""
    for problem in spec_problems(document.raw):
        yield Finding(problem.location, problem.problem, problem.fix)
