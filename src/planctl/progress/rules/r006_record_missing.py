"""An occurrence due in the report period has no record (a warning).

The report prints «нет сведений» for it. The period is the report's window up to its
day (`planctl report`), or, for `planctl validate`, the plan's start up to the records
file's `as_of`: a file without `as_of` asks for nothing. Items the plan itself marks
done (`status: done`, `done: [...]`) or cancelled need no record; nor do items with no
dated occurrences («постоянно»).

PASS (as_of: 2024-06-30; item 1 is «ежеквартально»):

    as_of: 2024-06-30
    records:
      - {item: "1", occurrence: 2024-Q1, status: выполнено}
      - {item: "1", occurrence: 2024-Q2, status: выполнено}

FAIL:

    as_of: 2024-06-30
    records:
      - {item: "1", occurrence: 2024-Q1, status: выполнено}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.due.schedule import calendar_for_language, is_done, item_occurrences
from planctl.progress.rules.base import RecordsContext, Reporter

CODE = "R006"
NAME = "record-missing"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)


def check(ctx: RecordsContext) -> Iterator[Diagnostic]:
    if ctx.demand is None:
        return
    start, end = ctx.demand
    plan = ctx.plan.plan
    calendar = calendar_for_language(plan.language)
    at = ctx.records.positions.of(("as_of",) if ctx.records.progress.as_of else ("records",), key=True)
    for ref in ctx.ledger.items.values():
        item = ref.item
        if item.status == "cancelled":
            continue
        for occ in item_occurrences(plan, item, shift=plan.shift, calendar=calendar):
            if not start <= occ.due <= end or is_done(item, occ.label):
                continue
            if ctx.ledger.record_for(item, occ.label) is None:
                yield report(ctx, at, number=item.number, label=occ.label, due=occ.due.strftime("%d.%m.%Y"))
