"""Table column widths from their content: the longest word of each column fits whole.

A template gives column widths as proportions; at 12 pt a 30 mm deadline column cannot
hold «необходимости», and Word then breaks the word anywhere («необходимост|и»). Each
column's minimum is its widest unbreakable piece (words part at spaces and after a
hyphen; a no-break space joins) in the table font, plus the cell margins; the template's
proportions share out what is left, and a column never gets less than its minimum while
the page has room. Widths are measured with Times New Roman's metrics (render/metrics.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from planctl.yamlio import package_data

#: Cell margins left and right (twips), as `ooxml.table_properties` writes them.
CELL_MARGINS = 2 * 85
#: Room for a renderer's rounding and kerning: a word measured to fit exactly must still fit.
SLACK = 1.04
_BREAKABLE = re.compile(r"[ \t\n\r\f\v\u2000-\u200b\u3000]+")
_AFTER_HYPHEN = re.compile(r"(?<=[-\u2010\u2013])(?=.)")


@cache
def _widths(bold: bool) -> tuple[dict[str, int], int]:
    """Character → width in thousandths of the font size; and the width of any other character."""
    data = package_data("planctl.render", "metrics.yaml")
    assert isinstance(data, dict)
    table = {ch: int(width) for width, chars in data["times"]["bold" if bold else "regular"].items() for ch in str(chars)}
    return table, max(table.values())


@lru_cache(maxsize=1 << 16)
def word_width(word: str, points: float, bold: bool = False) -> int:
    """The printed width of `word` at `points`, in twips (an unknown character counts as the widest)."""
    table, widest = _widths(bold)
    thousandths = sum(table.get(ch, widest) for ch in word)
    return int(thousandths * points * 20 / 1000 + 0.999)


def pieces(text: str) -> list[str]:
    """The pieces a line can never be broken inside: words, split after their hyphens."""
    return [piece for word in _BREAKABLE.split(text) if word for piece in _AFTER_HYPHEN.split(word)]


def minimum_width(texts: Iterable[str], points: float, bold: bool = False) -> int:
    """The narrowest cell (twips, margins included) in which none of `texts`' pieces break."""
    widest = max((word_width(piece, points, bold) for text in texts for piece in pieces(text)), default=0)
    return int(widest * SLACK) + CELL_MARGINS


def fit_widths(preferred: Sequence[float], total: int, minimums: Sequence[int]) -> list[int]:
    """Widths in proportion to `preferred` that add up to `total`, each at least its minimum.

    A column below its minimum gets the minimum; the others share what is left in their
    proportions, again and again until none is short. When the minimums alone exceed the
    page, they are scaled down together: every column gives up the same share.
    """
    if sum(minimums) >= total:
        return split_widths([float(m) for m in minimums], total)
    fixed: dict[int, int] = {}
    while True:
        free = [i for i in range(len(preferred)) if i not in fixed]
        left = total - sum(fixed.values())
        shares = split_widths([preferred[i] for i in free], left)
        short = {i: minimums[i] for i, width in zip(free, shares, strict=False) if width < minimums[i]}
        if not short:
            widths = dict(fixed)
            widths.update(zip(free, shares, strict=False))
            return [widths[i] for i in range(len(preferred))]
        fixed.update(short)


def split_widths(shares: Sequence[float], total: int) -> list[int]:
    """Integer widths in proportion to `shares` that add up to exactly `total`."""
    if not shares:
        return []
    whole = sum(shares) or 1.0
    widths = [int(total * share / whole) for share in shares]
    widths[max(range(len(widths)), key=lambda i: shares[i])] += total - sum(widths)
    return widths
