"""An item with no executors in a plan whose other items have them, or a blank executor.

A row without a responsible organisation is nobody's task. A blank entry in the list
is always reported (it prints as an empty line), even where no item has executors. Plans that print no
executors column at all (no item has executors) are left alone.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, executors: [Минздрав]}
      - {number: "2", title: Отчёт, executors: [Минздрав]}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, executors: [Минздрав]}
      - {number: "2", title: Отчёт}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, executors: [Минздрав, ""]}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, rows

CODE = "X001"
NAME = "executors-empty"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    listed = rows(doc)
    someone = any(name.strip() for _, _, item, _ in listed for name in item.executors)
    for _, _, item, path in listed:
        if someone and not item.executors and item.status != "cancelled":
            # point at `executors:` when it is written (empty), else at the item
            written = (*path, "executors")
            where = written if written in doc.positions.keys else path
            yield report(doc, doc.positions.of(where, key=True))
        for k, name in enumerate(item.executors):
            if not name.strip():
                yield report(doc, doc.positions.of((*path, "executors", k)), "blank")
