"""Where, in a deadline as written, the remark the grammar left out begins or ends (for `planctl fix`).

The grammar finds a remark on normalized tokens («02.10.2023 10-12 класи»); moving it to
`notes` needs the cut in the user's own text. The cut is taken only at a line break, a
comma, a semicolon or a space, and only where the text before it reads with the same
schedule and no remark, and the text after it is the remark, token for token.
"""

from __future__ import annotations

import re

from planctl.deadlines.normalize import normalize, tokenize
from planctl.deadlines.reading import read_phrase

_CUTS = re.compile(r"\s*[\n,;]\s*|\s+")
#: Where a remark before the date ends: «базовий день – 14.08», «Каникулы: 30.10.21 – 07.11.21».
_LEAD_CUTS = re.compile(r"\s+[-\u2013\u2014]\s+|:\s*")


def split_remark(phrase: str, lang: str = "ru") -> tuple[str, str] | None:
    """(the term, the remark) of a deadline with one remark after its date («02.10.2023 10-12 класи»)
    or before it («завтра, 6 січня»), or None."""
    reading = read_phrase(phrase, lang)
    if not reading.recognized or len(reading.remarks) != 1:
        return None
    wanted = tokenize(normalize(reading.remarks[0]))
    for cut in reversed(list(_LEAD_CUTS.finditer(phrase)) + list(_CUTS.finditer(phrase))):
        head, tail = phrase[: cut.start()].rstrip(" ,;:"), phrase[cut.end() :].strip()
        if not head or not tail:
            continue
        if tokenize(normalize(tail)) == wanted:
            term, remark = head, tail
        elif tokenize(normalize(head)) == wanted:
            term, remark = tail.lstrip(" ,;-\u2013\u2014"), head
        else:
            continue
        if term.startswith("(") and term.endswith(")") and term.count("(") == 1:
            term = term[1:-1].strip()  # «Профессии, инструменты (25.10 –29.10)»: the dates without their brackets
        read = read_phrase(term, lang)
        if read.recognized and not read.remarks and [p.rule for p in read.parts] == [p.rule for p in reading.parts]:
            return term, remark
    return None
