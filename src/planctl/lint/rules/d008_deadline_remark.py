"""A deadline with a remark after or before its date: «02.10.2023 10-12 класи», «Субботник, 24.04.2010».

Word plans put who and where into the date cell. The grammar reads the date and leaves
the remark out, so the item is on the due lists; the finding names what was left out,
so that the clerk can move it to `notes` (or `executors`) and the deadline says only when.

PASS:

    title: План
    period: 2023
    items:
      - {number: "1", title: Урок, deadline: 02.10.2023, notes: 10-12 классы}

FAIL:

    title: План
    period: 2023
    items:
      - {number: "1", title: Урок, deadline: "02.10.2023, 10-12 классы"}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.deadlines import read_phrase
from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, rows

CODE = "D008"
NAME = "deadline-remark"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    lang = doc.plan.language
    for _, _, item, path in rows(doc):
        if not item.deadline or item.due is not None:
            continue
        for remark in read_phrase(item.deadline, lang).remarks:
            yield report(doc, doc.positions.of((*path, "deadline")), remark=remark)
