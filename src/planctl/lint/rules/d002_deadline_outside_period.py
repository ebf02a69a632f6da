"""A deadline that falls outside the plan's period: `30 декабря 2024 г.` in a plan for 2025.

Usually a year copied from last year's plan. Only the work itself is checked: a
report on the last quarter may well be due in January of the next year. A recurring
term is never outside: its reporting periods are those of the plan, even when the
fourth quarter's day falls in January («до 5 числа месяца, следующего за отчетным
кварталом»). A day in the three months after the period ends is not reported either:
the report on the last quarter or on the year is due in January–March of the next year
(«до 1 марта 2025 г.» in a plan for 2024). A named period there («I квартал 2025 г.») is.
An explicit `due:` date outside the period is reported too.

PASS:

    title: План
    period: 2025
    items:
      - {number: "1", title: Совещание, deadline: 30 декабря 2025 г.}

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: Отчет об исполнении плана за 2024 год, deadline: до 1 марта 2025 г.}

FAIL:

    title: План
    period: 2025
    items:
      - {number: "1", title: Совещание, deadline: 30 декабря 2024 г.}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, deadline: I квартал 2025 г.}

FAIL:

    title: План
    period: 2025
    items:
      - {number: "1", title: Совещание, due: 2026-01-15}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from planctl.deadlines import read_phrase
from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, rows
from planctl.lint.schedules import work_occurrences

CODE = "D002"
NAME = "deadline-outside-period"
SEVERITY = Severity.ERROR
report = Reporter(CODE, NAME, SEVERITY)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    plan = doc.plan
    period = plan.period
    for _, _, item, path in rows(doc):
        if item.due is not None:
            many = isinstance(item.due, list)
            for k, day in enumerate(item.due_dates):
                if day not in period:
                    at = doc.positions.of(path + (("due", k) if many else ("due",)))
                    yield report(doc, at, date=day.isoformat(), period=str(period))
            continue
        if not item.deadline or read_phrase(item.deadline, plan.language).kind == "recurring":
            continue
        for occ in work_occurrences(plan, item.deadline):
            if occ.part == "work" and occ.date not in period and not _report_after(occ.label, occ.date, period.end):
                at = doc.positions.of((*path, "deadline"))
                shown = occ.date.isoformat()
                if occ.label != shown:
                    shown = f"{shown} ({occ.label})"
                yield report(doc, at, date=shown, period=str(period))


def _report_after(label: str, day: dt.date, end: dt.date) -> bool:
    """A named day in the three months after the period: the report on its last quarter or year."""
    index = end.month + 3  # the fourth month after the period's last month, counted from 0
    limit = dt.date(end.year + index // 12, index % 12 + 1, 1)
    return label == day.isoformat() and end < day < limit
