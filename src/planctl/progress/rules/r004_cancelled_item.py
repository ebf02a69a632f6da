"""A record for an item the plan marks `status: cancelled`.

A cancelled item is out of the due list and the report; a record for it is either
meant for another item or says the cancellation is wrong.

PASS (item 2 is not cancelled):

    records:
      - {item: "2", status: выполнено}

FAIL (item 5 has `status: cancelled`):

    records:
      - {item: "5", status: выполнено}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.progress.rules.base import RecordsContext, Reporter

CODE = "R004"
NAME = "record-item-cancelled"
SEVERITY = Severity.ERROR
report = Reporter(CODE, NAME, SEVERITY)


def check(ctx: RecordsContext) -> Iterator[Diagnostic]:
    for match in ctx.ledger.matches:
        if match.ref is not None and match.ref.item.status == "cancelled":
            line = ctx.plan.positions.of(match.ref.path)[0]
            yield report(ctx, ctx.at(match.index, "item"), number=match.record.item, line=line)
