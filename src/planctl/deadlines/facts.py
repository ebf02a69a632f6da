"""What the scanner finds in one part of a phrase, and how it refuses a part it cannot read.

Shared by the scanner (which fills `Facts`) and the decision (which turns them into a
kind and a rule), so neither imports the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planctl.deadlines.spec import DayRef, PeriodRef
from planctl.limits import MAX_YEAR, MIN_YEAR

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12}
# Cyrillic letters that look like Roman numerals in Word documents ("ІV квартал", "ІІ полугодие").
_CYR_TO_LATIN = str.maketrans({"і": "i", "х": "x"})


class Unreadable(Exception):
    """The part cannot be read; carries the id of the reason shown to the user and its values.

    The texts live in lang/*.yaml (`reasons:`), so a Ukrainian plan reads its reasons in Ukrainian.
    """

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass
class Facts:
    """What the scan found in one part."""

    days: list[DayRef] = field(default_factory=list)
    periods: list[PeriodRef] = field(default_factory=list)
    every: str | None = None
    day_of_month: int | None = None
    #: 1 for "первого месяца квартала", -1 for "последнего месяца квартала"; 0 if not named.
    month_in_period: int = 0
    next_period: bool = False
    #: The reporting period named by "следующего за отчетным кварталом", if any.
    next_unit: str | None = None
    throughout: bool = False
    #: «до конца года», «наприкінці року»: the end of each year of the plan (a period).
    year_end: bool = False
    throughout_lead: bool = False
    continuous: bool = False
    #: "еженедельно", "ежедневно", "2 раза в месяц": work more often than monthly (week, day or
    #: "often"), with no dated occurrences.
    frequent: str | None = None
    on_demand: bool = False
    #: (count, working days?, "day" or "month")
    relative: tuple[int, bool, str] | None = None
    year_range: bool = False
    #: The span of years opened with «с»/«з» («в период с 2022 по 2035 год»): a span even after a throughout lead.
    years_from_to: bool = False
    #: "в течение учебного года": the school year, not the calendar one.
    school_year: bool = False
    #: «до 25 декабря отчетного года»: the named days recur each reporting year.
    reporting_year: bool = False
    #: «до 26 числа отчетного месяца»: a day of each reporting month.
    reporting_month: bool = False
    #: Named days that move from year to year (ids in named_days.yaml).
    moving: list[str] = field(default_factory=list)
    #: «четверта субота листопада»: (month, n, ISO weekday) with no year written.
    month_weekdays: list[tuple[int, int, int]] = field(default_factory=list)
    #: The day of month counts working days ("до 3-го рабочего дня месяца").
    working_day: bool = False
    #: "в течение двух месяцев по окончании каждого года": months after the period.
    months_after: int = 0
    #: «в течение 30 дней после окончания квартала»: calendar days after the period's last day.
    days_after: int = 0
    #: The relative term counts from an event other than the plan's approval.
    other_event: bool = False
    #: The frequency came from "по итогам полугодия": the report on a period, not a rhythm of work.
    results_of: bool = False
    #: The days are the ends of ranges of days ("с 1 по 20 марта"): the part is a period.
    day_span: bool = False
    #: "в третью среду каждого месяца": (n, ISO weekday), n = -1 for the last one.
    nth_weekdays: list[tuple[int, int]] = field(default_factory=list)
    #: "4, 14, 24 числа каждого месяца": several days of each month.
    month_days: list[int] = field(default_factory=list)


#: A day number or a dd.mm date ahead: what a weekday in front of it names («Понеділок 04.03»), what a span
#: from an event runs to, what «в течение 1 недели до …» ends on.
DAY_AHEAD = re.compile(r"\d{1,2}(?:-й|\.\d{1,2}(?:\.\d{2,4})?)?$")

#: A common year, to count days from or back to a day with no year («с 11 апреля в течение 10 дней», «за 10 дней до 1 мая»).
COMMON_YEAR = 2001

#: «и», «і», «та», «й»: the words that join two items («3 и 17 ноября», «с 30 декабря и до 8 января»).
AND_WORDS = frozenset({"и", "і", "й", "та"})


def is_day_number(token: str) -> bool:
    """One or two figures: a day of a month, a day count or a small ordinal ("5", "17", "01")."""
    return token.isdigit() and len(token) <= 2


def year_of(token: str) -> int | None:
    """A four-digit year in the range plans use, or None."""
    if token.isdigit() and len(token) == 4 and MIN_YEAR <= int(token) <= MAX_YEAR:
        return int(token)
    return None


def two_digit_year(digits: str) -> int:
    """«04.10.96 г.», «22 года»: a year of the 1970s–1990s or of this century, as plans written then mean it."""
    return int(digits) + (1900 if int(digits) >= _LAST_CENTURY_FROM else 2000)


#: Two-digit years from here on are of the last century (plans of the 1970s–1990s are public too).
_LAST_CENTURY_FROM = 70


def roman(token: str) -> int | None:
    """A Roman numeral I–XII, also typed with Cyrillic look-alikes."""
    return _ROMAN.get(token.translate(_CYR_TO_LATIN))
