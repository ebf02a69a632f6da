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
from planctl.lint.base import Reporter
from planctl.load import PlanDocument

CODE = "X002"
NAME = "executor-repeated"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    plan = doc.plan
    for _, _, item, path in plan.walk():
        if len(item.executors) < 2:
            continue
        seen: dict[str, int] = {}
        for k, name in enumerate(item.executors):
            key = " ".join(plan.executor_name(name.strip()).casefold().split())
            if not key:
                continue
            at = doc.positions.of(path + ("executors", k))
            if key in seen:
                yield report(doc, at, name=name.strip(), first=seen[key])
            else:
                seen[key] = at[0]
