"""A `# planctl: ignore` comment that silences nothing.

A stale suppression hides the next real problem on its line, and a misspelt code
silences nothing at all; both are reported so suppressions stay few and precise.
Only codes that are enabled count: a comment for a rule the configuration turns
off is left alone. The comment applies to findings on its own line only. Loader
codes (F, S) cannot be silenced: a comment naming them is reported too.

PASS:

    title: "План "  # planctl: ignore[T001]
    period: 2024
    items:
      - {number: "1", title: Отчёт}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Отчёт}  # planctl: ignore[T001]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter
from planctl.lint.suppression import Suppression
from planctl.selection import HARD_PREFIXES

CODE = "Q001"
NAME = "unused-suppression"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    """Nothing on its own: `planctl.lint` calls `unused` after applying the comments."""
    return iter(())


def unused(
    doc: PlanDocument, comments: list[Suppression], enabled: set[str], *, known: set[str], matching: Callable[[str], list[str]]
) -> Iterator[Diagnostic]:
    """One finding per comment that silenced nothing, or names codes it did not need or that do not exist."""
    for comment in comments:
        at = (comment.line, comment.column)
        if comment.codes is None:
            if not comment.any_used:
                yield report(doc, at, "all")
            continue
        hard = [c for c in comment.codes if c.startswith(HARD_PREFIXES)]
        unknown = [c for c in comment.codes if not matching(c) and c not in hard]
        idle = [
            c for c in comment.codes if c not in comment.used and matching(c) and any(code in enabled for code in matching(c))
        ]
        if hard:
            yield report(doc, at, "hard", codes=", ".join(hard))
        if unknown:
            yield report(doc, at, "unknown", codes=", ".join(unknown))
        if idle:
            yield report(doc, at, codes=", ".join(idle))
