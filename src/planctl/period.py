"""The span of time a plan covers, in every form the format allows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_YEAR_RANGE = re.compile(r"^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")


@dataclass(frozen=True, order=True)
class Period:
    """Inclusive span [start, end] of calendar days."""

    start: date
    end: date

    @classmethod
    def years(cls, first: int, last: int | None = None) -> Period:
        return cls(date(first, 1, 1), date(last if last is not None else first, 12, 31))

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


def parse_period(text: str) -> Period:
    """Read `2024`, `2024-2025` or `2024-01-01..2024-06-30`; raise ValueError otherwise."""
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
