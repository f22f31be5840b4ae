"""The spec rules, one function per group, run in this order; ``lint`` runs them all.

A rule that fails on an input nobody foresaw becomes a finding naming the rule, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from tools.lint_spec.document import SpecDocument
from tools.lint_spec.findings import Finding
from tools.lint_spec.rules.enums import enum_rules
from tools.lint_spec.rules.evidence import decision_rules
from tools.lint_spec.rules.examples import answer_rules, webhook_rules
from tools.lint_spec.rules.generator import generator_rules
from tools.lint_spec.rules.operations import naming_rules, shape_rules
from tools.lint_spec.rules.parameters import parameter_rules, path_rules
from tools.lint_spec.rules.properties import property_rules
from tools.lint_spec.rules.refs import ref_rules

Rule = Callable[[SpecDocument], Iterable[Finding]]

RULES: tuple[Rule, ...] = (
    ref_rules,
    naming_rules,
    shape_rules,
    generator_rules,
    parameter_rules,
    path_rules,
    answer_rules,
    webhook_rules,
    property_rules,
    enum_rules,
    decision_rules,
)


def lint(document: SpecDocument) -> Iterator[Finding]:
    """Every finding of every rule, rule by rule."""
    for rule in RULES:
        try:
            yield from list(rule(document))
        except Exception as exc:  # a rule's own bug or an input it did not foresee: still one finding
            yield Finding(
                (),
                f"the rule `{rule.__name__}` could not read the spec ({type(exc).__name__}: {exc})",
                "run `python -m openapi_spec_validator` on the spec first; if it is valid, report the rule's bug",
            )
