"""Two items, or two sections, with the same number.

A repeated number makes references to the plan ambiguous («see item 2.3»). Numbers
are compared as numbers (`2.3` and `2.3.` are the same). In a sectioned plan whose
items restart at `1` in every section, single-level item numbers are compared
within their section only.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание}
      - {number: "2", title: Отчёт}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание}
      - {number: "1", title: Отчёт}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument, YamlPath
from planctl.lint.base import Reporter, parse_number, parse_section_number, rows

CODE = "N001"
NAME = "duplicate-number"
SEVERITY = Severity.ERROR
report = Reporter(CODE, NAME, SEVERITY)


def _key(parsed: tuple[int, ...] | None, text: str) -> Any:
    return parsed if parsed is not None else text.strip()


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    plan = doc.plan
    # the path of the first of each number; positions are looked up only for a finding
    sections: dict[Any, YamlPath] = {}
    for s, section in enumerate(plan.sections or []):
        if not section.number or not section.number.strip():
            continue
        path = ("sections", s, "number")
        key = _key(parse_section_number(section.number), section.number)
        if key in sections:
            first = doc.positions.of(sections[key])[0]
            yield report(doc, doc.positions.of(path), number=section.number.strip(), first=first)
        else:
            sections[key] = path
    items: dict[Any, YamlPath] = {}
    for _, _, item, path in rows(doc):
        if not item.number or not item.number.strip():
            continue
        parsed = parse_number(item.number)
        key = _key(parsed, item.number)
        if plan.sections is not None and (parsed is None or len(parsed) == 1):
            key = (path[1], key)  # restarting numbers are unique within their section
        if key in items:
            first = doc.positions.of(items[key])[0]
            yield report(doc, doc.positions.of((*path, "number")), number=item.number.strip(), first=first)
        else:
            items[key] = (*path, "number")
