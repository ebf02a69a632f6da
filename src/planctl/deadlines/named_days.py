"""Named days («ко Дню Победы», «до Дня Незалежності»): their date in a given year.

Fixed days and the rules of days that move (День матери: the last Sunday of November)
are data (named_days.yaml); their names in each language are in lang/*.yaml.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from planctl.period import nth_weekday
from planctl.yamlio import package_data


@cache
def _table() -> dict[str, dict[str, Any]]:
    return {str(key): dict(value) for key, value in package_data("planctl.deadlines", "named_days.yaml").items()}


def fixed_day(day_id: str) -> tuple[int, int] | None:
    """(day, month) of a day with a fixed date, or None for a day that moves."""
    text = _table()[day_id].get("date")
    if text is None:
        return None
    month, day = str(text).split("-")
    return int(day), int(month)


def date_in(day_id: str, year: int) -> dt.date:
    """The named day in `year` (before its first year, the first date it had)."""
    fixed = fixed_day(day_id)
    if fixed is not None:
        return dt.date(year, fixed[1], fixed[0])
    rule = _table()[day_id]
    if "since" in rule:
        dates = sorted((int(first), str(text)) for first, text in rule["since"].items())
        since = next((text for first, text in reversed(dates) if first <= year), dates[0][1])
        return dt.date(year, *map(int, since.split("-")))
    return nth_weekday(year, int(rule["month"]), int(rule["which"]), int(rule["weekday"]) + 1)  # the table counts Monday as 0


def known(day_id: str) -> bool:
    return day_id in _table()
