"""Deadline phrases of office Russian and Ukrainian, read into schedules.

`read_phrase` gives what a phrase means (a spec, cached); `schedule` applies it to a
plan period and the production calendar to get dated occurrences.
"""

from planctl.deadlines.calendar import Shift, WorkCalendar
from planctl.deadlines.grammar import MAX_PHRASE, read_phrase
from planctl.deadlines.occurrences import outside_period, schedule
from planctl.deadlines.spec import KINDS, DayRef, Occurrence, PartSpec, PeriodRef, Reading, Rule

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
    "outside_period",
    "read_phrase",
    "schedule",
]
