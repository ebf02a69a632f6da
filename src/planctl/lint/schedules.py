"""Deadline readings and occurrences for the D-rules, computed once per distinct phrase.

Plans repeat a handful of phrases («в течение года») over hundreds of items, so the
schedule of a phrase is cached by what determines it: the phrase, language, period
and approval date. Shift is left out: labels and dates do not depend on it.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Optional

from planctl import schedule as schedule_items
from planctl.deadlines import Occurrence, Reading, WorkCalendar, read_phrase, schedule
from planctl.model import Item, Plan
from planctl.period import Period

_CALENDARS = {"ru": WorkCalendar("RU"), "uk": WorkCalendar("UA")}


def reading(phrase: str, lang: str) -> Reading:
    return read_phrase(phrase, lang)


@lru_cache(maxsize=4096)
def occurrences(phrase: str, lang: str, period: Period, approval: Optional[dt.date]) -> tuple[Occurrence, ...]:
    found = schedule(read_phrase(phrase, lang), period, approval_date=approval, shift="none", calendar=_CALENDARS[lang])
    return tuple(found)


def item_labels(plan: Plan, item: Item) -> list[str]:
    """Labels of every occurrence, as the due list sees them (explicit `due:` dates included)."""
    calendar = _CALENDARS.get(plan.language, _CALENDARS["ru"])
    return [occ.label for occ in schedule_items.item_occurrences(plan, item, shift="none", calendar=calendar)]


def unreadable(plan: Plan, item: Item) -> bool:
    """The item's deadline is not understood and no explicit `due:` stands in for it."""
    return bool(item.deadline) and item.due is None and not read_phrase(item.deadline or "", plan.language).recognized


def show_labels(labels: list[str], limit: int = 8) -> str:
    unique = list(dict.fromkeys(labels))
    shown = ", ".join(unique[:limit])
    return shown + (", …" if len(unique) > limit else "")
