"""The linter: every rule over a loaded plan, then configuration and suppression comments.

    from planctl.lint import lint
    findings = lint(document)            # sorted Diagnostics

Rules live one per module in `planctl.lint.rules`; their texts in `rules.yaml`.
"""

from __future__ import annotations

from planctl.config import LintConfig
from planctl.diagnostics import Diagnostic
from planctl.document import PlanDocument
from planctl.lint import suppression
from planctl.lint.registry import CHECKS, RULES, matching
from planctl.lint.rules import q001_unused_suppression

__all__ = ["RULES", "LintConfig", "lint"]


def lint(doc: PlanDocument, config: LintConfig | None = None) -> list[Diagnostic]:
    """Findings of every enabled rule, minus those silenced by comments, plus unused comments."""
    config = config or LintConfig()
    enabled = {code for code in RULES if config.enabled(code, doc.path)}
    findings: list[Diagnostic] = []
    for code, check in CHECKS.items():
        if code in enabled:
            findings.extend(check(doc))
    comments = suppression.find(doc.text)
    if comments:
        findings = suppression.apply(findings, comments)
        if q001_unused_suppression.CODE in enabled:
            findings.extend(q001_unused_suppression.unused(doc, comments, enabled, known=set(RULES), matching=matching))
    findings.sort(key=lambda d: d.sort_key)
    return findings
