"""The same executor named twice in one item.

Registry ids count as their full names, so `mz` and «Министерство здравоохранения»
are the same executor; case and spacing do not matter.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, executors: [Минздрав, Минобр]}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, executors: [Минздрав, минздрав]}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, rows

CODE = "X002"
NAME = "executor-repeated"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    plan = doc.plan
    for _, _, item, path in rows(doc):
        if len(item.executors) < 2:
            continue
        seen: dict[str, int] = {}  # key → index of the first; positions only for a finding
        for k, name in enumerate(item.executors):
            key = " ".join(plan.executor_name(name.strip()).casefold().split())
            if not key:
                continue
            if key in seen:
                first = doc.positions.of((*path, "executors", seen[key]))[0]
                yield report(doc, doc.positions.of((*path, "executors", k)), name=name.strip(), first=first)
            else:
                seen[key] = k
