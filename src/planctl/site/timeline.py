"""The geometry of a plan's timeline: items as rows, months as columns, a mark per occurrence.

planctl computes every coordinate here; the template only writes them out as SVG
elements, so the drawing needs no script and prints as it shows.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: Width of the month area in SVG units; a long period gets narrower months.
AREA = 960.0
GUTTER = 56.0
HEADER = 36.0
ROW = 16.0
MIN_MONTH, MAX_MONTH = 4.0, 80.0


@dataclass(frozen=True)
class Mark:
    due: dt.date
    state: str
    title: str


@dataclass(frozen=True)
class Row:
    number: str
    title: str
    marks: Sequence[Mark]


def _months_between(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def timeline(period: tuple[dt.date, dt.date], rows: Sequence[Row], as_of: dt.date, month_names: Sequence[str]) -> dict[str, Any]:
    """Plain data for the SVG: sizes, month columns, row bands and labels, marks and the «today» line.

    Per-row and per-mark data come as short lists the template unpacks in its `for`: a
    plan of hundreds of items then costs no sandboxed attribute look-up per row.

    The columns run from the period's first month to its last, widened to take in an
    occurrence outside the period (a report due in January of the next year, a postponed one).
    """
    dues = [mark.due for row in rows for mark in row.marks]
    first = min([period[0], *dues])
    last = max([period[1], *dues])
    months = _months_between(first, last)
    width = max(MIN_MONTH, min(MAX_MONTH, AREA / len(months)))
    index = {ym: i for i, ym in enumerate(months)}

    placed: dict[dt.date, str] = {}  # occurrences fall on a few days (quarter ends, report days)

    def x_of(day: dt.date) -> float:
        days = calendar.monthrange(day.year, day.month)[1]
        return round(GUTTER + (index[(day.year, day.month)] + (day.day - 0.5) / days) * width, 1)

    def shown_x(day: dt.date) -> str:
        x = placed.get(day)
        if x is None:
            x = placed[day] = str(x_of(day))
        return x

    columns = []
    for i, (year, month) in enumerate(months):
        x, shown_width = round(GUTTER + i * width, 1), round(width, 1)
        columns.append(
            {
                "x": x,
                "width": shown_width,
                "label": month_names[month - 1] if width >= 24 else "",
                "year": str(year) if month == 1 or i == 0 else "",
                "year_x": x + 2,
                "label_x": x + shown_width / 2,
            }
        )
    bands = []
    labels = []
    marks = []
    for r, row in enumerate(rows):
        y = HEADER + r * ROW
        middle = y + ROW / 2
        if r % 2 == 1:
            bands.append(y)
        labels.append([middle + 4, row.number, f"{row.number} {row.title}"])  # unpacked by the template
        at = f" {middle}"
        for mark in row.marks:
            marks.append([shown_x(mark.due) + at, mark.state, mark.title])  # unpacked by the template
    today = x_of(as_of) if (as_of.year, as_of.month) in index else None
    height = HEADER + len(rows) * ROW + 8
    return {
        "width": round(GUTTER + len(months) * width + 8, 1),
        "height": height,
        "gutter": GUTTER,
        "header": HEADER,
        "row": ROW,
        # the lines and labels the template places, worked out here once rather than per row in the sandbox
        "number_x": GUTTER - 6,
        "grid_top": HEADER - 14,
        "grid_bottom": height - 8,
        "month_y": HEADER - 4,
        "columns": columns,
        #: the y of every other row's background band
        "bands": bands,
        #: [y, number, number and title] of each row's label
        "labels": labels,
        "marks": marks,
        "today": today,
        "today_x": None if today is None else today + 3,
        "today_top": HEADER - 16,
        "today_bottom": height - 4,
        "today_label_y": HEADER - 18,
    }
