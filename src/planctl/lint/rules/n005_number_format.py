"""A number that is not digits separated by dots, or numbers missing from some rows only.

`1,2`, `1 .2`, `a`, `п. 3` cannot be ordered or checked; sections may also use Roman
numerals (`IV`). When some items (or sections) have numbers and others do not, the
unnumbered ones are reported: a number was lost, or a row was added without one.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1.2", title: Совещание}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1,2", title: Совещание}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание}
      - {title: Отчёт}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, parse_number, parse_section_number, rows, term

CODE = "N005"
NAME = "number-format"
SEVERITY = Severity.ERROR
report = Reporter(CODE, NAME, SEVERITY)

def _blank(number: object) -> bool:
    return number is None or (isinstance(number, str) and not number.strip())


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    plan = doc.plan
    item_word, section_word = term(CODE, "item", plan.language), term(CODE, "section", plan.language)
    sections = plan.sections or []
    numbered = sum(1 for section in sections if not _blank(section.number))
    for s, section in enumerate(sections):
        path = ("sections", s)
        if _blank(section.number):
            if numbered > 0:
                yield report(doc, doc.positions.of(path), "missing", what=section_word)
        elif parse_section_number(section.number) is None:
            yield report(doc, doc.positions.of((*path, "number")), number=(section.number or "").strip())
    listed = rows(doc)
    numbered = sum(1 for _, _, item, _ in listed if not _blank(item.number))
    for _, _, item, path in listed:
        if _blank(item.number):
            if numbered > 0:
                yield report(doc, doc.positions.of(path), "missing", what=item_word)
        elif parse_number(item.number) is None:
            yield report(doc, doc.positions.of((*path, "number")), number=(item.number or "").strip())
