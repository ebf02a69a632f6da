"""Occurrences for the D-rules, from `planctl.due.schedule`, which caches them per distinct phrase."""

from __future__ import annotations

from planctl.deadlines import Occurrence, Reading, in_period, read_phrase
from planctl.due.schedule import calendar_for_language, item_occurrences, phrase_occurrences
from planctl.model import Item, Plan


def item_labels(plan: Plan, item: Item) -> list[str]:
    """Labels of every occurrence, as the due list sees them (explicit `due:` dates included)."""
    calendar = calendar_for_language(plan.language)
    return [occ.label for occ in item_occurrences(plan, item, shift="none", calendar=calendar)]


def work_occurrences(plan: Plan, phrase: str) -> tuple[Occurrence, ...]:
    """What the phrase gives in this plan, dates as written (no day-off shift: labels and dates do not depend on it)."""
    approval = plan.approval.date if plan.approval else None
    return phrase_occurrences(phrase, plan.language, plan.period, approval, "none", calendar_for_language(plan.language))


def reading_in_plan(plan: Plan, phrase: str) -> Reading:
    """How the phrase reads in this plan: «II декада» is read in a plan of one month, not in a year's."""
    return in_period(read_phrase(phrase, plan.language), plan.period, plan.language)


def unreadable(plan: Plan, item: Item) -> bool:
    """The item's deadline is not understood and no explicit `due:` stands in for it."""
    return bool(item.deadline) and item.due is None and not reading_in_plan(plan, item.deadline or "").recognized


def show_labels(labels: list[str], limit: int = 8) -> str:
    unique = list(dict.fromkeys(labels))
    shown = ", ".join(unique[:limit])
    return shown + (", …" if len(unique) > limit else "")
