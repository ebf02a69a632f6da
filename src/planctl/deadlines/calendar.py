"""Working days by the production calendar: holidays and yearly transfers from `holidays`.

Weekday arithmetic alone is wrong (in 2024 Saturday 28 December was a working day and
30–31 December were days off), so every answer comes from the country's calendar.
This module states facts only (which day, which holiday, which way a term moved); the
words for them are the output layer's (`explain.moved_text`), in the plan's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, get_args

from planctl.deadlines.calendar_store import load as load_stored
from planctl.deadlines.calendar_store import save as save_stored
from planctl.languages import language_of

#: Where a term that falls on a day off moves: the office rule (previous), next, or nowhere.
Shift = Literal["previous", "next", "none"]
SHIFTS: tuple[str, ...] = get_args(Shift)
#: Never walk further than this looking for a working day (a safety net, not a rule).
_MAX_WALK = 60
#: The most working days a month has (23, in a 31-day month of no holiday): an ordinal past it names no day of one month.
_MOST_WORKING_DAYS = 23


@lru_cache(maxsize=4)
def _country(code: str) -> Any:
    import holidays

    language = language_of(code)
    try:
        return holidays.country_holidays(code, language=language)
    except (NotImplementedError, KeyError):
        return holidays.country_holidays(code)


@dataclass(frozen=True)
class Moved:
    """Why a due date is not the day the phrase names: that day was off, so the term moved.

    `holiday` is the holiday's name as the country's calendar gives it, "" for a weekend
    or a transferred day off (the output layer names the weekday).
    """

    day: dt.date
    due: dt.date
    holiday: str
    direction: Shift


class WorkCalendar:
    """Which days are working days in Russia (RU) or Ukraine (UA)."""

    def __init__(self, country: str = "RU") -> None:
        self.country = country.upper()
        self.lang = language_of(self.country)

    def __repr__(self) -> str:
        return f"WorkCalendar({self.country!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WorkCalendar) and other.country == self.country

    def __hash__(self) -> int:
        return hash(self.country)

    def is_working(self, day: dt.date) -> bool:
        return day.toordinal() not in days_off(self.country, day.year)

    def holiday(self, day: dt.date) -> str | None:
        """The holiday's name, "" for a weekend or transferred day off, None for a working day."""
        return days_off(self.country, day.year).get(day.toordinal())

    def previous_working(self, day: dt.date) -> dt.date:
        return self._walk(day, -1)

    def next_working(self, day: dt.date) -> dt.date:
        return self._walk(day, 1)

    def _walk(self, day: dt.date, step: int) -> dt.date:
        probe = day
        for _ in range(_MAX_WALK):
            if self.is_working(probe):
                return probe
            probe += dt.timedelta(days=step)
        return day

    def nth_working_day(self, year: int, month: int, n: int) -> dt.date:
        """The `n`-th working day of a month ("до 3-го рабочего дня месяца"), past its end its last; an ordinal
        no month reaches («40 рабочий день после отчетного месяца») counts on into the months after."""
        if n > _MOST_WORKING_DAYS:
            return self.add_working_days(dt.date(year, month, 1) - dt.timedelta(days=1), n)
        probe, found, count = dt.date(year, month, 1), dt.date(year, month, 1), 0
        while probe.month == month and count < n:
            if self.is_working(probe):
                found, count = probe, count + 1
            probe += dt.timedelta(days=1)
        return found

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        """The `count`-th working day after `day` (day itself not counted)."""
        probe = day
        left = count
        while left > 0:
            probe += dt.timedelta(days=1)
            if self.is_working(probe):
                left -= 1
        return probe

    def shift(self, day: dt.date, rule: Shift) -> tuple[dt.date, Moved | None]:
        """The due day for `day` under `rule`, and why it moved (None when it did not)."""
        if rule == "none" or self.is_working(day):
            return day, None
        due = self.previous_working(day) if rule == "previous" else self.next_working(day)
        return due, Moved(day, due, self.holiday(day) or "", rule)


@lru_cache(maxsize=64)
def days_off(country: str, year: int) -> dict[int, str]:
    """The year's days off by ordinal, with the holiday's name ("" for a weekend or a
    transferred day off).

    A year's table is kept in the result cache's folder: `holidays` takes a tenth of a
    second to import (it loads every country it knows), and a due list needs only this.
    """
    stored = load_stored(country, year)
    if stored is not None:
        return stored
    table = _country(country)
    first, last = dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
    found: dict[int, str] = {}
    for ordinal in range(first, last + 1):
        day = dt.date.fromordinal(ordinal)
        if not table.is_working_day(day):
            found[ordinal] = str(table.get(day) or "")
    save_stored(country, year, found)
    return found
