"""Deadline readings and occurrences for the D-rules, computed once per distinct phrase.

Plans repeat a handful of phrases («в течение года») over hundreds of items, so the
schedule of a phrase is cached by what determines it: the phrase, language, period
and approval date. Shift is left out: labels and dates do not depend on it.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Optional

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


def item_occurrences(plan: Plan, item: Item) -> list[tuple[str, str, dt.date]]:
    """(part, label, date) of every occurrence; explicit `due:` dates replace the phrase's work part."""
    found: list[tuple[str, str, dt.date]] = []
    if item.deadline:
        approval = plan.approval.date if plan.approval else None
        for occ in occurrences(item.deadline, plan.language, plan.period, approval):
            if item.due is not None and occ.part == "work":
                continue
            found.append((occ.part, occ.label, occ.date))
    for day in item.due_dates:
        found.append(("work", day.isoformat(), day))
    return found


def unreadable(plan: Plan, item: Item) -> bool:
    """The item's deadline is not understood and no explicit `due:` stands in for it."""
    return bool(item.deadline) and item.due is None and not read_phrase(item.deadline or "", plan.language).recognized


def show_labels(labels: list[str], limit: int = 8) -> str:
    unique = list(dict.fromkeys(labels))
    shown = ", ".join(unique[:limit])
    return shown + (", …" if len(unique) > limit else "")
