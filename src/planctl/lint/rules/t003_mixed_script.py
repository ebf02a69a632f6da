"""A word that mixes Latin and Cyrillic letters, such as a Latin «о», «с» or «р» in a Russian word.

The letters look the same but are different characters, so search, sorting and
duplicate checks miss the word, and spell-checkers flag it. All-Latin words (`IT`,
`COVID-19`, Roman numerals `IV`) and all-Cyrillic ones (`НКО`) are fine; a word
joined by a hyphen (`IT-специалист`) is two words. The finding points at the word.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: Обучение IT-специалистов НКО}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Сoвещание}
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, char_at, joined_text_values, text_values

CODE = "T003"
NAME = "mixed-script"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)

_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff\u0500-\u052f]")


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    values = text_values(doc)
    joined = joined_text_values(doc)
    # only values with a Latin letter can mix scripts: find them in the joined text at once
    starts = list(accumulate((len(value) + 1 for _, value in values), initial=0))
    candidates = dict.fromkeys(bisect_right(starts, match.start()) - 1 for match in _LATIN_RUN.finditer(joined))
    for index in candidates:
        path, value = values[index]
        if not _CYRILLIC.search(value):
            continue  # the common case: one script in the whole value
        for word in _WORD.finditer(value):
            text = word.group()
            latin = _LATIN.findall(text)
            if latin and _CYRILLIC.search(text):
                letters = ", ".join(dict.fromkeys(latin))
                yield report(doc, char_at(doc, path, value, word.start()), word=text, latin=letters)
