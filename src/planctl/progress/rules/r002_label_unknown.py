"""A record's occurrence is not one of the item's: a wrong label, or none where one is needed.

Labels name the reporting period (§3): `2024`, `2024-H1`, `2024-Q4`, `2024-03` or an
ISO date, as the item's deadline gives them; `planctl deadline "…"` shows them. An
item with several occurrences needs the label; one with a single occurrence may leave
it out. An item with no dated occurrences («постоянно») takes any period of the plan.

PASS (item 3 is «ежеквартально» in a 2024 plan):

    records:
      - {item: "3", occurrence: 2024-Q2, status: выполнено}

FAIL:

    records:
      - {item: "3", occurrence: 2024-Q5, status: выполнено}
      - {item: "3", status: выполнено}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.progress.rules.base import RecordsContext, Reporter

CODE = "R002"
NAME = "record-occurrence-unknown"
SEVERITY = Severity.ERROR
report = Reporter(CODE, NAME, SEVERITY)


def _show(labels: tuple[str, ...], limit: int = 8) -> str:
    return ", ".join(labels[:limit]) + (", …" if len(labels) > limit else "")


def check(ctx: RecordsContext) -> Iterator[Diagnostic]:
    period = str(ctx.plan.plan.period)
    for match in ctx.ledger.matches:
        ref, label = match.ref, match.record.occurrence
        if ref is None:
            continue
        number = match.record.item
        if match.mismatch == "label-unknown":
            yield report(ctx, ctx.at(match.index, "occurrence"), number=number, label=label, labels=_show(ref.labels))
        elif match.mismatch == "label-needed":
            yield report(ctx, ctx.at(match.index, "item", key=True), "needed", number=number, labels=_show(ref.labels))
        elif match.mismatch == "label-outside":
            yield report(ctx, ctx.at(match.index, "occurrence"), "outside", number=number, label=label, period=period)
