"""The span of time a plan covers, in every form the format allows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_YEAR_RANGE = re.compile(r"^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
#: "2023-2024 учебный год", "2023/2024 навчальний рік": the school's working year.
_SCHOOL_YEAR = re.compile(r"^\s*(\d{4})\s*[-–—/]\s*(\d{4})\s+(?:учебный|навчальний)\s+(?:год|рік)\s*$", re.IGNORECASE)
#: A school year runs from 1 September to 31 August (summer and August preparation included);
#: teaching ends on 31 May, the day "в течение учебного года" falls due.
SCHOOL_YEAR_START = (9, 1)
TEACHING_END = (5, 31)
#: Halves and quarters as office text numbers them, by their number: ROMAN[4] == "IV".
ROMAN = ("", "I", "II", "III", "IV")


@dataclass(frozen=True, order=True)
class Period:
    """Inclusive span [start, end] of calendar days."""

    start: date
    end: date

    @classmethod
    def years(cls, first: int, last: int | None = None) -> Period:
        return cls(date(first, 1, 1), date(last if last is not None else first, 12, 31))

    @classmethod
    def school_year(cls, first: int) -> Period:
        """1 September of `first` to 31 August of the next year."""
        return cls(date(first, *SCHOOL_YEAR_START), date(first + 1, 8, 31))

    @property
    def is_school_year(self) -> bool:
        return self == Period.school_year(self.start.year)

    @property
    def year_list(self) -> list[int]:
        return list(range(self.start.year, self.end.year + 1))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def __str__(self) -> str:
        if self.start == date(self.start.year, 1, 1) and self.end == date(self.end.year, 12, 31):
            if self.start.year == self.end.year:
                return str(self.start.year)
            return f"{self.start.year}-{self.end.year}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def month_days(year: int, month: int) -> int:
    """The number of days in a month: `calendar.monthrange` without importing `calendar`
    and `locale` on every start."""
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or earlier when negative; the month's last day where it is shorter
    ("в течение месяца" from 31 January ends 29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, month_days(year, month)))


def parse_period(text: str) -> Period:
    """Read `2024`, `2024-2025`, `2023-2024 учебный год` or `2024-01-01..2024-06-30`; raise ValueError otherwise."""
    if m := _SCHOOL_YEAR.match(text):
        first, second = int(m.group(1)), int(m.group(2))
        if second != first + 1:
            raise ValueError(f"a school year spans two years in a row: {text!r}")
        return Period.school_year(first)
    if m := _YEAR.match(text):
        return Period.years(int(m.group(1)))
    if m := _YEAR_RANGE.match(text):
        first, last = int(m.group(1)), int(m.group(2))
        if last < first:
            raise ValueError(f"period ends before it starts: {text!r}")
        return Period.years(first, last)
    if ".." in text:
        a, b = text.split("..", 1)
        period = Period(date.fromisoformat(a.strip()), date.fromisoformat(b.strip()))
        if period.end < period.start:
            raise ValueError(f"period ends before it starts: {text!r}")
        return period
    raise ValueError(f"not a period: {text!r}")


def nth_weekday(year: int, month: int, nth: int, isoweekday: int) -> date:
    """The `nth` ISO weekday (1 = Monday) of a month, counted back from its end when `nth` is negative
    (-1: the last); a fifth one the month lacks is its last."""
    first = date(year, month, 1)
    day = first + timedelta(days=(isoweekday - first.isoweekday()) % 7)
    last = day + timedelta(days=7 * ((month_days(year, month) - day.day) // 7))
    return last + timedelta(days=7 * (nth + 1)) if nth < 0 else min(day + timedelta(days=7 * (nth - 1)), last)
