"""The site's words in a page's language (texts.yaml), and how dates and states are shown."""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache
from typing import Any

from planctl.period import ROMAN
from planctl.yamlio import package_data

STATES = ("overdue", "due", "upcoming", "done")


@cache
def words(language: str) -> dict[str, Any]:
    """Every label of the site in `language` (ru or uk; anything else reads as ru)."""
    data = package_data("planctl.site", "texts.yaml")
    assert isinstance(data, dict)
    return dict(data.get(language) or data["ru"])


@lru_cache(maxsize=8192)
def shown_date(day: dt.date) -> str:
    """A date as an office writes it: 01.10.2024 (a page shows the same few dates hundreds of times)."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def quarter_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the quarter `day` falls in: the window `planctl due` shows by default."""
    first = 3 * ((day.month - 1) // 3) + 1
    start = dt.date(day.year, first, 1)
    end = dt.date(day.year + (first == 10), 1 if first == 10 else first + 3, 1) - dt.timedelta(days=1)
    return start, end


def quarter_label(day: dt.date, language: str) -> str:
    return str(words(language)["quarter"]).format(number=ROMAN[(day.month - 1) // 3 + 1], year=day.year)
