"""A gap or a step back in the numbering within one level.

`1, 2, 4` skips 3; `2.1, 2.3` skips 2.2; `3` after `5` is out of order. Items of
section `2` are expected to start at `2.1`; in a sectioned plan, single-level item
numbers may restart at `1` in each section or continue from the previous one.
It is a warning, not an error: plans published as excerpts really do skip numbers
(the Zabaikalsky plan has only item 2.3 in its section 2) — switch it off for such
a file with `per-file-ignores`.

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
      - {number: "3", title: Отчёт}
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument, YamlPath
from planctl.lint.base import (
    Reporter,
    parse_number,
    parse_section_number,
    rows,
    show_number,
)
from planctl.model import Section

CODE = "N002"
NAME = "number-gap"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)

Entry = tuple[YamlPath, tuple[int, ...] | None, str, Any]


def _level(doc: PlanDocument, entries: Iterable[Entry], continuing: bool) -> Iterator[Diagnostic]:
    """Entries (path, parsed number, text, scope) in document order; one finding per break."""
    last: dict[tuple[Any, tuple[int, ...]], tuple[int, str]] = {}
    top_last = 0  # the last single-level number seen in any scope, for continuing numbering
    for path, parsed, text, scope in entries:
        if parsed is None:
            continue
        parent, index = parsed[:-1], parsed[-1]
        key = (scope, parent)
        if key in last:
            previous, previous_text = last[key]
            if index < previous:
                yield report(doc, doc.positions.of(path), "order", number=text, previous=previous_text)
            elif index > previous + 1:
                expected = show_number((*parent, previous + 1))
                yield report(doc, doc.positions.of(path), number=text, previous=previous_text, expected=expected)
        else:
            allowed = {1, top_last + 1} if continuing and not parent else {1}
            if index not in allowed:
                expected = show_number((*parent, min(allowed) if index < min(allowed) else max(allowed)))
                yield report(doc, doc.positions.of(path), "first", number=text, expected=expected)
        if not (key in last and index == last[key][0]):
            last[key] = (index, text)
        if not parent:
            top_last = index


def _in_section(section: Section | None, parsed: tuple[int, ...] | None) -> tuple[int, ...] | None:
    """The item's number, or None when N003 reports it as standing in another section."""
    prefix = parse_section_number(section.number) if section is not None else None
    if parsed is None or prefix is None or len(parsed) <= len(prefix) or parsed[: len(prefix)] == prefix:
        return parsed
    return None


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    plan = doc.plan
    if plan.sections is not None:
        yield from _level(
            doc,
            (
                (("sections", s, "number"), parse_section_number(section.number), (section.number or "").strip(), None)
                for s, section in enumerate(plan.sections)
            ),
            continuing=False,
        )
    yield from _level(
        doc,
        (
            (
                (*path, "number"),
                _in_section(section, parse_number(item.number)),
                (item.number or "").strip(),
                path[1] if section is not None else None,
            )
            for section, _, item, path in rows(doc)
        ),
        continuing=plan.sections is not None,
    )
