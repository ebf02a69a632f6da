"""A quote or bracket without its pair: «…», „…“, “…”, "…", (…), […], {…}.

A lost closing quote swallows the rest of a title in the printed plan, and a stray
bracket is often the half of a pair that copying out of Word or PDF left behind.
Quotes may nest (`«ООО «Ромашка»»`, `«О „Ромашке“»`); `“` closes `„` and opens otherwise.
A closing bracket after a lone number or letter is a list marker (`1)`, `а)`), not a stray bracket.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: "Конкурс «Волонтёр года (2024)»: а) отбор; б) награждение"}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Конкурс «Волонтёр года}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание (по итогам квартала}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument, YamlPath
from planctl.lint.base import Reporter, char_at, joined_text_values, term, text_values

CODE = "T005"
NAME = "unbalanced-pair"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)

#: Each closing mark with the opening marks it closes.
_CLOSES = {")": "(", "]": "[", "}": "{", "»": "«", "”": "“„"}
_OPENERS = frozenset("([{«„")
_QUOTES = frozenset("«»„“”\"")
_TRIGGER = re.compile('[()\\[\\]{}«»„“”"]')
#: `1)`, `12)`, `а)` at the start or after a space or punctuation: a list marker, not a bracket.
_LIST_MARKER = re.compile(r"(?:^|[\s;:,.])(?:\d{1,2}|[^\W\d_])\)$")


#: Adjacent pairs that cancel out; a sequence of marks that cancels to nothing is balanced.
_PAIRS = ("()", "[]", "{}", "«»", "„“", "“”", "„”", '""')


def _nested(marks: str) -> bool:
    """Whether the marks pair up and nest properly: the common case, answered without the stack."""
    while marks:
        shorter = marks
        for pair in _PAIRS:
            shorter = shorter.replace(pair, "")
        if shorter == marks:
            return False
        marks = shorter
    return True


def _kind(mark: str) -> str:
    return "quote" if mark in _QUOTES else "bracket"


def unpaired(value: str, marks: list[tuple[int, str]] | None = None) -> Iterator[tuple[int, bool]]:
    """(index, is_opening) of every mark in `value` that has no pair, in order of the stack.

    `marks` are the (index, mark) pairs of `value` when the caller has found them already.
    """
    stack: list[int] = []
    found = marks if marks is not None else [(m.start(), m.group()) for m in _TRIGGER.finditer(value)]
    for index, char in found:
        if char in _OPENERS or (char == "“" and not (stack and value[stack[-1]] == "„")):
            stack.append(index)
        elif char == '"':
            if stack and value[stack[-1]] == '"':
                stack.pop()
            else:
                stack.append(index)
        else:
            openers = _CLOSES.get(char, "„")
            depth = next((d for d in range(len(stack) - 1, -1, -1) if value[stack[d]] in openers), None)
            if depth is None:
                if not (char == ")" and _LIST_MARKER.search(value, 0, index + 1)):
                    yield index, False
                continue
            for inner in stack[depth + 1 :]:
                yield inner, True
            del stack[depth:]
    for index in stack:
        yield index, True


def _marks_by_value(doc: PlanDocument) -> Iterator[tuple[YamlPath, str, list[tuple[int, str]]]]:
    """Each text value that holds a quote or bracket, with its marks: one search of the joined
    text instead of one per value, as most values hold none."""
    joined = joined_text_values(doc)
    marks = [(m.start(), m.group()) for m in _TRIGGER.finditer(joined)]
    if not marks:
        return
    j, start = 0, 0
    for path, value in text_values(doc):
        end = start + len(value)
        own: list[tuple[int, str]] = []
        while j < len(marks) and marks[j][0] < end:
            own.append((marks[j][0] - start, marks[j][1]))
            j += 1
        if own:
            yield path, value, own
        if j == len(marks):
            return
        start = end + 1  # the newline joining the values


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    lang = doc.plan.language
    for path, value, marks in _marks_by_value(doc):
        if _nested("".join(mark for _, mark in marks)):
            continue
        for index, opening in sorted(unpaired(value, marks)):
            mark = value[index]
            what = term(CODE, _kind(mark), lang)
            yield report(doc, char_at(doc, path, value, index), None if opening else "stray", what=what, mark=mark)
