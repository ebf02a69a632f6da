"""An item whose number places it in another section: `2.3` inside section `1`.

Usually a row pasted into the wrong section, or a section renumbered without its
items. Only items numbered deeper than their section are checked; items that
restart at `1`, `2` in each section are fine. Roman section numbers count as
digits (`II` holds `2.1`).

PASS:

    title: План
    period: 2024
    sections:
      - {number: "1", title: Раздел, items: [{number: "1.1", title: Совещание}]}

FAIL:

    title: План
    period: 2024
    sections:
      - {number: "1", title: Раздел, items: [{number: "2.3", title: Совещание}]}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, parse_number, parse_section_number

CODE = "N003"
NAME = "number-outside-section"
SEVERITY = Severity.ERROR
report = Reporter(CODE, NAME, SEVERITY)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    for s, section in enumerate(doc.plan.sections or []):
        prefix = parse_section_number(section.number)
        if prefix is None:
            continue
        for i, item in enumerate(section.items):
            parsed = parse_number(item.number)
            if parsed is None or len(parsed) <= len(prefix) or parsed[: len(prefix)] == prefix:
                continue
            at = doc.positions.of(("sections", s, "items", i, "number"))
            yield report(doc, at, number=(item.number or "").strip(), section=(section.number or "").strip().rstrip("."))
