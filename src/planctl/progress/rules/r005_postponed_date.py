"""«перенесено» without `new_date`, or a `new_date` on a record that is not «перенесено».

A postponed occurrence is due on its new date: without one, the due list cannot tell
when; a new date on another status moves nothing and is probably a mistake.

PASS:

    records:
      - {item: "4", status: перенесено, new_date: 2025-03-01}

FAIL:

    records:
      - {item: "4", status: перенесено}
      - {item: "5", status: выполнено, new_date: 2025-03-01}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.progress.rules.base import RecordsContext, Reporter

CODE = "R005"
NAME = "record-postponed-date"
SEVERITY = Severity.ERROR
report = Reporter(CODE, NAME, SEVERITY)


def check(ctx: RecordsContext) -> Iterator[Diagnostic]:
    for index, record in enumerate(ctx.records.progress.records):
        postponed = record.status_code == "postponed"
        if postponed and record.new_date is None:
            yield report(ctx, ctx.at(index, "status"), status=record.status)
        elif not postponed and record.new_date is not None:
            yield report(ctx, ctx.at(index, "new_date", key=True), "stray", status=record.status)
