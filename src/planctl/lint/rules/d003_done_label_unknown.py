"""A `done:` label that names no occurrence of the item's schedule.

`done: [2024-Q5]` or `done: [2025-Q1]` in a plan for 2024 completes nothing, and the
occurrence that was meant stays overdue. Labels are `2024`, `2024-H1`, `2024-Q3`,
`2024-03` or an ISO date, depending on the deadline; the hint lists the item's own.
Items whose deadline is not understood (D001) are left to that rule.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: Отчёт, deadline: ежеквартально, done: [2024-Q1]}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Отчёт, deadline: ежеквартально, done: [2024-Q5]}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, rows
from planctl.lint.schedules import item_labels, show_labels, unreadable

CODE = "D003"
NAME = "done-label-unknown"
SEVERITY = Severity.ERROR
report = Reporter(CODE, NAME, SEVERITY)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    plan = doc.plan
    for _, _, item, path in rows(doc):
        if not item.done or unreadable(plan, item):
            continue
        labels = item_labels(plan, item)
        known = set(labels)
        for k, label in enumerate(item.done):
            if label in known:
                continue
            at = doc.positions.of((*path, "done", k))
            if labels:
                yield report(doc, at, label=label, labels=show_labels(labels))
            else:
                yield report(doc, at, "none", label=label, deadline=item.deadline or "—")
