"""An item with no deadline and no `due:` date in a plan whose other items have one.

An item without a deadline can never be due or overdue: it drops out of every due list
and nobody is reminded of it. Seen on real plans when a cell of the Word table was left
empty or merged away. A cancelled item needs no deadline, and a plan where no item has
a deadline (a list of activities, not a schedule) is left alone, as X001 does for executors.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, deadline: ежеквартально}
      - {number: "2", title: Отчёт, due: 2024-12-20}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, deadline: ежеквартально}
      - {number: "2", title: Отчёт}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, rows
from planctl.model import Item

CODE = "D005"
NAME = "deadline-missing"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)


def _has_deadline(item: Item) -> bool:
    return item.due is not None or bool(item.deadline and item.deadline.strip())


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    listed = rows(doc)
    if not any(_has_deadline(item) for _, _, item, _ in listed):
        return
    for _, _, item, path in listed:
        if item.status == "cancelled" or _has_deadline(item):
            continue
        # point at an empty `deadline:` when it is written, else at the item
        written = (*path, "deadline")
        where = written if written in doc.positions.keys else path
        yield report(doc, doc.positions.of(where, key=True))
