"""Spaces where they do not belong: leading, trailing, doubled, or special spaces.

Such spaces come from copying out of Word and PDF; they break search, duplicate
detection and the printed layout. A no-break space (U+00A0) or another special space
(thin, figure, tab) is reported where a plain one is meant; after «№» and «§» and
between digits («10 000») a no-break space is left alone. `notes` is Markdown, where
double spaces have a meaning, so only special spaces are checked there.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: "Совещание "}

FAIL:

    title: План  мероприятий
    period: 2024
    items:
      - {number: "1", title: Совещание}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import (
    Reporter,
    char_at,
    joined_text_values,
    term,
    terms,
    text_values,
)

CODE = "T001"
NAME = "whitespace"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)

#: Special spaces; their names (ru, uk) are the `terms` of T001 in rules.yaml.
_ODD = tuple(terms(CODE))
_ODD_RE = re.compile("[" + "".join(_ODD) + "]")
_DOUBLE = re.compile(r"(?<=\S)  +(?=\S)")
#: In the values joined by newlines, a space or tab at a value's edge or two spaces show as one of these.
_SPACE_PROBES = ("  ", "\n ", "\n\t", " \n", "\t\n")
_EDGE = (" ", "\t")


def _fine_nbsp(value: str, index: int) -> bool:
    """A no-break space after № or §, or inside a number like 10 000, is typography, not an accident."""
    if value[index] not in "\u00a0\u202f":
        return False
    before = value[index - 1] if index else ""
    after = value[index + 1] if index + 1 < len(value) else ""
    return before in "№§" or (before.isdigit() and after.isdigit())


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    lang = doc.plan.language
    joined = joined_text_values(doc)
    odd_anywhere = _ODD_RE.search(joined) is not None
    if not odd_anywhere and not any(probe in joined for probe in _SPACE_PROBES) and joined[:1] not in _EDGE and joined[-1:] not in _EDGE:
        return  # the common clean plan: no value starts or ends with a space, none has two in a row
    for path, value in text_values(doc):
        markdown = path[-1] == "notes"
        if not markdown:
            if value[0] in " \t" and value.strip():
                yield report(doc, char_at(doc, path, value, 0))
            if value[-1] in " \t" and value.strip():
                yield report(doc, char_at(doc, path, value, len(value.rstrip(" \t"))), "trailing")
            double = _DOUBLE.search(value) if "  " in value else None
            if double:
                yield report(doc, char_at(doc, path, value, double.start()), "double")
        for odd in _ODD_RE.finditer(value) if odd_anywhere else ():
            index = odd.start()
            if _fine_nbsp(value, index) or (value[index] == "\t" and (index == 0 or index == len(value) - 1)):
                continue
            if markdown and value[index] == "\t":
                continue
            yield report(doc, char_at(doc, path, value, index), "odd", kind=term(CODE, value[index], lang))
            break
