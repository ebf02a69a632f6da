"""A deadline phrase with a misspelling or a Word artefact: «в течении года», «Щомісяч-но», «до15 мая».

The grammar reads such a phrase as its right spelling, so the item is on the due lists;
a phrase that reads no other way is also read with one slip of the pen in a long word
(«декаабря»), and that finding says it was a guess;
the finding says how to write it, and `planctl fix` rewrites it. The forms are data
(deadlines/lang/*.yaml `misspellings`) plus the artefacts `deadlines.spelling` knows.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, deadline: в течение года}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, deadline: в течении года}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.deadlines.reading import slips_read
from planctl.deadlines.spelling import respellings
from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, char_at, rows

CODE = "D006"
NAME = "deadline-misspelled"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    lang = doc.plan.language
    for _, _, item, path in rows(doc):
        if not item.deadline:
            continue
        for found in respellings(item.deadline, lang):
            at = char_at(doc, (*path, "deadline"), item.deadline, found.start)
            yield report(doc, at, wrong=found.wrong, right=found.right)
        for found in slips_read(item.deadline, lang):
            at = char_at(doc, (*path, "deadline"), item.deadline, found.start)
            yield report(doc, at, "slip", wrong=found.wrong, right=found.right)
