"""Leftovers of converting a Word document: bookmarks, XML, invisible and broken characters.

`[bookmark: _GoBack]` and `_GoBack` (Word's last-edit bookmark), `<w:…>` XML tags,
zero-width spaces and joiners (U+200B–U+200D, U+2060, U+FEFF), soft hyphens (U+00AD),
the replacement character U+FFFD (a broken encoding), and `**` bold marks left by a
Markdown conversion (allowed in `notes`, which is Markdown). None of them can be seen
in an editor, and all of them end up in the printed plan or break search.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: "Совещание[bookmark: _GoBack]"}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: "**Совещание**"}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, char_at, joined_text_values, term, text_values

CODE = "T002"
NAME = "word-artefact"
SEVERITY = Severity.ERROR
report = Reporter(CODE, NAME, SEVERITY)

_ARTEFACT = re.compile(
    r"(?P<bookmark>\[bookmark:[^\]]*\])|(?P<goback>_GoBack)|(?P<xml></?w:[A-Za-z]*)"
    r"|(?P<invisible>[\u200b\u200c\u200d\u2060\ufeff])|(?P<shy>\u00ad)|(?P<broken>\ufffd)|(?P<bold>\*\*)"
)
#: One character class answers "can there be an artefact here at all" for the common clean value.
_TRIGGER = re.compile(r"[\[_<*\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffd]")

def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    lang = doc.plan.language
    if not _TRIGGER.search(joined_text_values(doc)):
        return
    for path, value in text_values(doc):
        if not _TRIGGER.search(value):
            continue
        markdown = path[-1] == "notes"
        for match in _ARTEFACT.finditer(value):
            kind = match.lastgroup or "broken"
            if kind == "bold" and markdown:
                continue
            text = match.group()
            described = term(CODE, kind, lang, text=text, code=ord(text[0]))
            yield report(doc, char_at(doc, path, value, match.start()), what=described)
