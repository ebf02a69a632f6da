"""A record names an item number the plan does not have.

The record reports on nothing, and the item it was meant for stays without one.
Numbers are compared as written, without surrounding spaces ("2.1", not "2.1.").

PASS (plan items 1 and 2):

    records:
      - {item: "2", status: выполнено}

FAIL:

    records:
      - {item: "12", status: выполнено}
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.progress.rules.base import RecordsContext, Reporter

CODE = "R001"
NAME = "record-item-unknown"
SEVERITY = Severity.ERROR
report = Reporter(CODE, NAME, SEVERITY)


def check(ctx: RecordsContext) -> Iterator[Diagnostic]:
    numbers = list(ctx.ledger.items)
    for match in ctx.ledger.matches:
        if match.mismatch != "item-unknown":
            continue
        close = difflib.get_close_matches(match.record.item.strip(), numbers, n=1, cutoff=0.5)
        at = ctx.at(match.index, "item")
        if close:
            yield report(ctx, at, "close", number=match.record.item, suggestion=close[0])
        else:
            yield report(ctx, at, number=match.record.item)
