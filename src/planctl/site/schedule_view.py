"""The one door from the site to the due pipeline: a plan's occurrences with their states.

Everything the site knows about deadlines comes through here, so when the due modules
move, only these imports change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from planctl.document import PlanDocument
from planctl.due.formats import to_ics
from planctl.due.schedule import Entry, due_entries
from planctl.due.windows import range_window

#: Every day a plan can speak of: with it, the due pipeline drops nothing and calls
#: every open occurrence that is not overdue «due»; the site splits those by the quarter.
_ALL_TIME = range_window(dt.date.min, dt.date.max)


def plan_entries(doc: PlanDocument, as_of: dt.date) -> list[Entry]:
    """Every occurrence of every item that is not cancelled, in the plan's order.

    States are `done`, `overdue` or `due` (open, not yet late): the same judgement as
    `planctl due`, with records applied.
    """
    return due_entries([doc], _ALL_TIME, as_of, sort=False)


def calendar_text(entries: Sequence[Entry], as_of: dt.date) -> str:
    """The plan's occurrences as all-day iCalendar events, as `planctl due --format ics` writes them."""
    stamp = dt.datetime.combine(as_of, dt.time(0, 0), tzinfo=dt.timezone.utc)
    return to_ics(entries, stamp)


__all__ = ["Entry", "calendar_text", "plan_entries"]
