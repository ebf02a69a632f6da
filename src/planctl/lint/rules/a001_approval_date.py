"""An approval date after the plan's period ends, or more than a year before it starts.

Either is almost always a typo in a year. Approval shortly before the period (a
plan for 2025 approved in December 2024) is normal, and so is approval *after the
period has started*, which is not reported: plans for a year are routinely approved
in its first weeks (the Smolensk plan for 2024 was approved on 9 January 2024), and
relative deadlines simply count from the approval date.

PASS:

    title: План
    period: 2024
    approval: {date: 2024-01-09}
    items:
      - {number: "1", title: Совещание}

FAIL:

    title: План
    period: 2024
    approval: {date: 2025-01-09}
    items:
      - {number: "1", title: Совещание}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter

CODE = "A001"
NAME = "approval-date"
SEVERITY = Severity.ERROR
report = Reporter(CODE, NAME, SEVERITY)


def _year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    approval = doc.plan.approval
    if approval is None or approval.date is None:
        return
    period = doc.plan.period
    at = doc.positions.of(("approval", "date"))
    date = approval.date
    if date > period.end:
        yield report(doc, at, date=date.isoformat(), end=period.end.isoformat())
    elif date < _year_before(period.start):
        yield report(doc, at, "early", date=date.isoformat(), start=period.start.isoformat())
