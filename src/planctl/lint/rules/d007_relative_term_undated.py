"""A relative term that can give no date: the plan has no approval date, or the term counts from another event.

«в течение 10 рабочих дней со дня утверждения плана» is dated from `approval.date`;
without it the item has no due date and silently drops out of every due list. A term
counted from an event the plan does not date («со дня вступления в силу закона») has no
date either: write the date in `due:` once it is known.

PASS:

    title: План
    period: 2024
    approval: {stamp: УТВЕРЖДАЮ, date: 2024-01-09}
    items:
      - {number: "1", title: Совещание, deadline: в двухмесячный срок}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, deadline: в двухмесячный срок}

FAIL:

    title: План
    period: 2024
    approval: {stamp: УТВЕРЖДАЮ, date: 2024-01-09}
    items:
      - {number: "1", title: Совещание, deadline: в течение 30 дней со дня вступления в силу закона}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.deadlines import read_phrase
from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, rows

CODE = "D007"
NAME = "relative-term-undated"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    plan = doc.plan
    approved = plan.approval is not None and plan.approval.date is not None
    for _, _, item, path in rows(doc):
        if not item.deadline or item.due is not None:
            continue
        for part in read_phrase(item.deadline, plan.language).parts:
            if part.kind != "relative":
                continue
            if part.rule.from_other_event:
                yield report(doc, doc.positions.of((*path, "deadline")), "other_event")
            elif not approved:
                yield report(doc, doc.positions.of((*path, "deadline")))
            break
