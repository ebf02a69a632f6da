"""A word that mixes Latin and Cyrillic letters, such as a Latin «о», «с» or «р» in a Russian word.

The letters look the same but are different characters, so search, sorting and
duplicate checks miss the word, and spell-checkers flag it. All-Latin words (`IT`,
`COVID-19`, Roman numerals `IV`) and all-Cyrillic ones (`НКО`) are fine; a word
joined by a hyphen (`IT-специалист`) is two words. The finding points at the word. When
every Latin letter of the word has a Cyrillic twin («Сoвещание», Ukrainian «Постiйно»),
`planctl fix` writes it in Cyrillic.

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
from planctl.lookalikes import in_cyrillic, latin_letters, mixed_words

CODE = "T003"
NAME = "mixed-script"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)

_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff]+")
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
        for word in mixed_words(value):
            text = word.group()
            letters = ", ".join(latin_letters(text))
            fixed = in_cyrillic(text, doc.plan.language)
            at = char_at(doc, path, value, word.start())
            if fixed is None:
                yield report(doc, at, word=text, latin=letters)
            else:
                yield report(doc, at, "fixable", word=text, latin=letters, fixed=fixed)
