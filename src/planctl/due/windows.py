"""The days a due list or a report asks about: a quarter, a month, a year, a range, a plan's period.

A wrong window is a usage error in `lang`, the interface's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planctl import messages
from planctl.errors import UsageError
from planctl.limits import MAX_YEAR, MIN_YEAR
from planctl.period import Period, month_days


@dataclass(frozen=True, order=True)
class Window(Period):
    """The days a due list or a report asks about: a `Period` with the name it was asked by
    (`2024-Q1`, `2024-03`, `2024`)."""

    label: str = ""


def checked_year(year: int, lang: str = "ru") -> int:
    """A `--year` a window can be made of; `UsageError` beyond the years a plan may name."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UsageError(messages.text("year-out-of-range", lang, year=year, low=MIN_YEAR, high=MAX_YEAR))
    return year


def year_window(year: int) -> Window:
    return Window(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year))


def period_window(period: Period) -> Window:
    """The whole of a plan's period, named as the plan writes it."""
    return Window(period.start, period.end, str(period))


def quarter_window(year: int, quarter: int, lang: str = "ru") -> Window:
    if not 1 <= quarter <= 4:
        raise UsageError(messages.text("bad-quarter", lang, quarter=quarter))
    first = 3 * (quarter - 1) + 1
    last = first + 2
    return Window(dt.date(year, first, 1), dt.date(year, last, month_days(year, last)), f"{year}-Q{quarter}")


def month_window(year: int, month: int, lang: str = "ru") -> Window:
    if not 1 <= month <= 12:
        raise UsageError(messages.text("bad-month", lang, month=month))
    return Window(dt.date(year, month, 1), dt.date(year, month, month_days(year, month)), f"{year}-{month:02d}")


def range_window(start: dt.date, end: dt.date, lang: str = "ru") -> Window:
    if end < start:
        raise UsageError(messages.text("window-reversed", lang, start=start.isoformat(), end=end.isoformat()))
    return Window(start, end, f"{start.isoformat()}..{end.isoformat()}")
