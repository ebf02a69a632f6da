"""Deadline phrases of office Russian and Ukrainian, read into schedules.

`read_phrase` gives what a phrase means (a spec, cached); `in_period` what it means in a
plan of that period; `schedule` applies it to a plan period and the production calendar to get dated occurrences.

The names are loaded on first use, so a module that needs only the calendar's `Shift`
(the plan model, the CLI's option choices) does not load the grammar and its word tables.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planctl.deadlines.calendar import Shift, WorkCalendar
    from planctl.deadlines.grammar import MAX_PHRASE
    from planctl.deadlines.occurrences import in_period, outside_period, schedule
    from planctl.deadlines.reading import read_phrase
    from planctl.deadlines.spec import KINDS, DayRef, Occurrence, PartSpec, PeriodRef, Reading, Rule

_HOMES = {
    "Shift": "calendar",
    "WorkCalendar": "calendar",
    "MAX_PHRASE": "grammar",
    "read_phrase": "reading",
    "in_period": "occurrences",
    "outside_period": "occurrences",
    "schedule": "occurrences",
    **{name: "spec" for name in ("KINDS", "DayRef", "Occurrence", "PartSpec", "PeriodRef", "Reading", "Rule")},
}

__all__ = [
    "KINDS",
    "MAX_PHRASE",
    "DayRef",
    "Occurrence",
    "PartSpec",
    "PeriodRef",
    "Reading",
    "Rule",
    "Shift",
    "WorkCalendar",
    "in_period",
    "outside_period",
    "read_phrase",
    "schedule",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'planctl.deadlines' has no attribute {name!r}")
    value = getattr(import_module(f"planctl.deadlines.{home}"), name)
    globals()[name] = value
    return value
