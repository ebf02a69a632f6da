"""A deadline phrase the deadline grammar cannot read.

An unread deadline has no dates, so the item never shows up in due lists and is
never overdue. The message gives the grammar's reason. An item with an explicit
`due:` date is not reported: that is exactly what `due:` is for.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, deadline: ежеквартально}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, deadline: когда получится}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, rows
from planctl.lint.schedules import reading_in_plan

CODE = "D001"
NAME = "deadline-unrecognized"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    for _, _, item, path in rows(doc):
        if not item.deadline or not item.deadline.strip() or item.due is not None:
            continue
        read = reading_in_plan(doc.plan, item.deadline)
        if not read.recognized:
            reason = read.reason or next((part.reason for part in read.parts if part.reason), None) or "?"
            yield report(doc, doc.positions.of((*path, "deadline")), reason=reason)
