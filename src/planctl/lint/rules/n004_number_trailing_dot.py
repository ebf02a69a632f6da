"""A number written with a dot at its end: `12.5.`.

The dot after a number is a matter of layout, added (or not) by the template; in
the data it makes `12.5.` and `12.5` look like different numbers.

PASS:

    title: План
    period: 2024
    items:
      - {number: "12.5", title: Совещание}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "12.5.", title: Совещание}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument, YamlPath
from planctl.lint.base import Reporter, char_at, parse_number, roman_value, rows

CODE = "N004"
NAME = "number-trailing-dot"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)


def _numbers(doc: PlanDocument) -> Iterator[tuple[YamlPath, str]]:
    for s, section in enumerate(doc.plan.sections or []):
        if section.number:
            yield ("sections", s, "number"), section.number
    for _, _, item, path in rows(doc):
        if item.number:
            yield (*path, "number"), item.number


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    for path, number in _numbers(doc):
        stripped = number.rstrip()
        if not stripped.endswith(".") or len(stripped) < 2:
            continue
        if parse_number(stripped) is None and roman_value(stripped) is None:  # "II." is a Roman section number
            continue
        at = char_at(doc, path, number, len(stripped) - 1)
        yield report(doc, at, number=stripped.strip(), fixed=stripped.strip().rstrip("."))
