"""Where, in a deadline as written, the remark the grammar left out begins (for `planctl fix`).

The grammar finds a remark on normalized tokens («02.10.2023 10-12 класи»); moving it to
`notes` needs the cut in the user's own text. The cut is taken only at a line break, a
comma, a semicolon or a space, and only where the text before it reads with the same
schedule and no remark, and the text after it is the remark, token for token.
"""

from __future__ import annotations

import re

from planctl.deadlines.grammar import read_phrase
from planctl.deadlines.normalize import normalize, tokenize

_CUTS = re.compile(r"\s*[\n,;]\s*|\s+")


def split_remark(phrase: str, lang: str = "ru") -> tuple[str, str] | None:
    """(the term, the remark) of a deadline with one remark after its date, or None."""
    reading = read_phrase(phrase, lang)
    if not reading.recognized or len(reading.remarks) != 1:
        return None
    wanted = tokenize(normalize(reading.remarks[0]))
    for cut in reversed(list(_CUTS.finditer(phrase))):
        head, tail = phrase[: cut.start()].rstrip(" ,;"), phrase[cut.end() :].strip()
        if not head or tokenize(normalize(tail)) != wanted:
            continue
        term = read_phrase(head, lang)
        if term.recognized and not term.remarks and [p.rule for p in term.parts] == [p.rule for p in reading.parts]:
            return head, tail
    return None
