"""Helpers for the lint tests: a YAML snippet in, findings (code, line, column) out."""

from __future__ import annotations

import textwrap

from planctl.config import LintConfig
from planctl.diagnostics import Diagnostic
from planctl.lint import lint
from planctl.load import PlanDocument, load_text


def document(text: str, path: str = "plan.yaml") -> PlanDocument:
    result = load_text(textwrap.dedent(text).lstrip("\n"), path)
    assert result.document is not None, result.diagnostics
    return result.document


def diagnostics(text: str, code: str | None = None, config: LintConfig | None = None, path: str = "plan.yaml") -> list[Diagnostic]:
    found = lint(document(text, path), config)
    return [d for d in found if code is None or d.code.startswith(code)]


def where(text: str, code: str, config: LintConfig | None = None) -> list[tuple[str, int, int]]:
    """(code, line, column) of the findings of `code` (or a prefix) in the snippet."""
    return [(d.code, d.line, d.column) for d in diagnostics(text, code, config)]
