"""Two records for one occurrence of one item.

The report and the due list would have to pick one of them; which one was meant is
for the clerk to say. Update the first record instead of adding another.

PASS:

    records:
      - {item: "1", occurrence: 2024-Q1, status: выполнено}
      - {item: "1", occurrence: 2024-Q2, status: выполняется}

FAIL:

    records:
      - {item: "1", occurrence: 2024-Q1, status: выполняется}
      - {item: "1", occurrence: 2024-Q1, status: выполнено}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.progress.ledger import WHOLE_PERIOD
from planctl.progress.rules.base import RecordsContext, Reporter

CODE = "R003"
NAME = "record-duplicate"
SEVERITY = Severity.ERROR
report = Reporter(CODE, NAME, SEVERITY)


def check(ctx: RecordsContext) -> Iterator[Diagnostic]:
    for match in ctx.ledger.matches:
        if match.mismatch is not None or match.label is None:
            continue
        first = ctx.ledger.by_key.get((match.record.item.strip(), match.label))
        if first is None or first.index == match.index:
            continue
        line = ctx.at(first.index)[0]
        at = ctx.at(match.index, "item", key=True)
        if match.label == WHOLE_PERIOD:
            yield report(ctx, at, "whole", number=match.record.item, first=line)
        else:
            yield report(ctx, at, number=match.record.item, label=match.label, first=line)
