"""Occurrences of every item and their state as of a given day (spec §3).

"As of" is always passed in: nothing here reads the clock, so a due list is
reproducible and testable for any day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from planctl import messages
from planctl.deadlines import Occurrence, WorkCalendar, read_phrase, schedule
from planctl.deadlines.calendar import Shift
from planctl.deadlines.explain import moved_text
from planctl.document import PlanDocument
from planctl.due.windows import Window
from planctl.errors import PlanctlError
from planctl.languages import country_of
from planctl.limits import MAX_OCCURRENCES
from planctl.model import Item, Plan
from planctl.period import Period
from planctl.progress.effect import records_for

State = Literal["done", "overdue", "due", "upcoming"]
STATE_ORDER: dict[str, int] = {"overdue": 0, "due": 1, "upcoming": 2, "done": 3}


@dataclass(frozen=True)
class Entry:
    """One occurrence of one item, with its state as of the asked day."""

    file: str
    number: str | None
    title: str
    executors: tuple[str, ...]
    deadline: str | None
    section: str | None
    part: str
    label: str
    date: dt.date
    due: dt.date
    state: State
    moved: str | None = None
    line: int = 0
    #: The due date lies in the asked window (an overdue row from before it does not).
    in_window: bool = False
    #: The plan's title and language: what a calendar event says of the plan, and in which words.
    plan: str = ""
    language: str = "ru"

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "number": self.number,
            "title": self.title,
            "executors": list(self.executors),
            "deadline": self.deadline,
            "section": self.section,
            "part": self.part,
            "label": self.label,
            "date": self.date.isoformat(),
            "due": self.due.isoformat(),
            "state": self.state,
            "moved": self.moved,
            "line": self.line,
            "in_window": self.in_window,
        }


@lru_cache(maxsize=4096)
def phrase_occurrences(
    phrase: str, language: str, period: Period, approval_date: dt.date | None, shift: Shift, calendar: WorkCalendar
) -> tuple[Occurrence, ...]:
    """What a phrase gives in a plan: the same for every item with that phrase, so computed once.

    Plans repeat a handful of phrases over hundreds of items; the key is everything
    `schedule` depends on (the calendar by its country).
    """
    return tuple(schedule(read_phrase(phrase, language), period, approval_date=approval_date, shift=shift, calendar=calendar))


def item_occurrences(plan: Plan, item: Item, *, shift: Shift, calendar: WorkCalendar) -> list[Occurrence]:
    """The item's occurrences; explicit `due:` dates replace what the phrase says of the work."""
    found: list[Occurrence] = []
    if item.deadline:
        approval_date = plan.approval.date if plan.approval else None
        for occ in phrase_occurrences(item.deadline, plan.language, plan.period, approval_date, shift, calendar):
            if item.due is not None and occ.part == "work":
                continue
            found.append(occ)
    for day in item.due_dates:
        due, moved = calendar.shift(day, shift)
        found.append(Occurrence("work", day.isoformat(), day, due, moved))
    return found


def is_done(item: Item, label: str) -> bool:
    return item.status == "done" or label in item.done


def state_of(item: Item, occurrence: Occurrence, as_of: dt.date, window: Window) -> State:
    if is_done(item, occurrence.label):
        return "done"
    if occurrence.due < as_of:
        return "overdue"
    if occurrence.due in window:
        return "due"
    return "upcoming"


def calendar_for_language(language: str) -> WorkCalendar:
    return WorkCalendar(country_of(language))


def due_entries(
    documents: Iterable[PlanDocument],
    window: Window,
    as_of: dt.date,
    *,
    overdue_only: bool = False,
    executor: str | None = None,
    shift: Shift | None = None,
    sort: bool = True,
) -> list[Entry]:
    """What a coordinator asks for: occurrences due in the window, and everything overdue.

    Cancelled items are left out; `executor` keeps items whose executors contain the text
    (case-insensitive). Sorted overdue first, then by due date (unless the caller sorts
    a larger list itself).
    """
    needle = executor.casefold() if executor else None
    entries: list[Entry] = []
    for doc in documents:
        plan = doc.plan
        cal = calendar_for_language(plan.language)
        chosen_shift: Shift = shift or plan.shift
        records = records_for(doc)  # progress records beside the plan: one stat when there are none
        for section, _, item, path in plan.walk():
            if item.status == "cancelled":
                continue
            names = tuple(plan.executor_name(name) for name in item.executors)
            if needle and not any(needle in name.casefold() for name in names + tuple(item.executors)):
                continue
            line = 0  # the item's line, looked up once it has an entry
            for occ in item_occurrences(plan, item, shift=chosen_shift, calendar=cal):
                occ, recorded_done, postponed = records.settle(item, occ)
                state = "done" if recorded_done else state_of(item, occ, as_of, window)
                if overdue_only and state != "overdue":
                    continue
                if state == "upcoming" or (state == "done" and occ.due not in window):
                    continue
                if not line:
                    line = doc.positions.of(path)[0]
                entries.append(
                    Entry(
                        file=doc.path,
                        number=item.number,
                        title=item.title,
                        executors=names,
                        deadline=item.deadline,
                        section=section.title if section else None,
                        part=occ.part,
                        label=occ.label,
                        date=occ.date,
                        due=occ.due,
                        state=state,
                        moved=postponed or moved_text(occ.moved, plan.language),
                        line=line,
                        in_window=occ.due in window,
                        plan=plan.title,
                        language=plan.language,
                    )
                )
                if len(entries) > MAX_OCCURRENCES:
                    raise too_many_occurrences()
    if sort:
        entries.sort(key=entry_sort_key)
    return entries


class TooManyOccurrences(PlanctlError):
    """A due list would hold more than `MAX_OCCURRENCES` rows: gigabytes of JSON, not an answer."""


def too_many_occurrences() -> TooManyOccurrences:
    limit = f"{MAX_OCCURRENCES:,}".replace(",", " ")
    return TooManyOccurrences(messages.text("too-many-occurrences", "ru", limit=limit))


def entry_sort_key(entry: Entry) -> tuple[object, ...]:
    """Overdue first, then by due date, file and item number.

    The date as its ordinal: the keys of a national due list cross the process pool,
    and an int pickles far cheaper than a date.
    """
    return (STATE_ORDER[entry.state], entry.due.toordinal(), entry.file, _number_key(entry.number), entry.part)


@lru_cache(maxsize=8192)
def _number_key(number: str | None) -> tuple[int, ...]:
    if not number:
        return ()
    return tuple(int(part) if part.isdigit() else 0 for part in number.strip(".").split("."))
