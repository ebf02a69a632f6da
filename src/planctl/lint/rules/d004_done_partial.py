"""`status: done` with a `done:` list that leaves some occurrences out.

`status: done` completes every occurrence, so a partial `done:` list contradicts it:
either the item is not finished yet, or the list is stale. The hint names the
occurrences the list is missing.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: Отчёт, deadline: II полугодие 2024 г., status: done}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Отчёт, deadline: ежеквартально, status: done, done: [2024-Q1]}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, rows
from planctl.lint.schedules import item_labels, show_labels, unreadable

CODE = "D004"
NAME = "done-partial"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    plan = doc.plan
    for _, _, item, path in rows(doc):
        if item.status != "done" or not item.done or unreadable(plan, item):
            continue
        completed = set(item.done)
        missing = [label for label in item_labels(plan, item) if label not in completed]
        if missing:
            yield report(doc, doc.positions.of((*path, "status")), missing=show_labels(missing))
