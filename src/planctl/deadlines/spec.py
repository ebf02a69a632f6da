"""What a deadline phrase means, before any plan period is applied: the schedule spec."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from planctl.deadlines.calendar import Moved
from planctl.period import month_days

Kind = Literal["date", "period", "throughout", "recurring", "continuous", "on_demand", "relative", "unknown"]
Unit = Literal["year", "half", "quarter", "month", "decade", "week", "half_month"]
#: Parts of a month by their length in days and count: the last one runs to the month's end.
PARTS_OF_MONTH: dict[str, tuple[int, int]] = {"decade": (10, 3), "week": (7, 5), "half_month": (15, 2)}
Part = Literal["work", "report"]
KINDS: tuple[str, ...] = ("date", "period", "throughout", "recurring", "continuous", "on_demand", "relative", "unknown")


@dataclass(frozen=True)
class DayRef:
    """A calendar day; `year` None means "each year of the plan".

    `next_year` marks the end of a yearless span that began in a later month ("26 декабря –
    1 января"): the day of the year after."""

    day: int
    month: int
    year: int | None = None
    next_year: bool = False


@dataclass(frozen=True)
class PeriodRef:
    """A period named by the phrase: a year, half, quarter, month, or a decade, week or half of a month.

    `index` is the half (1–2), quarter (1–4), month (1–12), decade (1–3), week (1–5, days 1–7, 8–14, …,
    the fifth to the month's end) or half of a month (1–15, 16 to the end); for these parts of a month,
    `month` is its month, 0 the plan's ("II декада" in a plan of one month). `year` None means "each
    year of the plan".
    """

    unit: Unit
    index: int = 0
    year: int | None = None
    month: int = 0

    def end_in(self, year: int) -> dt.date:
        """The period's last day in `year`: a decade ends on the 10th, the 20th or the month's
        end, a week on the 7th, 14th, 21st, 28th or the month's end."""
        if self.unit == "year":
            return dt.date(year, 12, 31)
        month = {"half": self.index * 6, "quarter": self.index * 3, "month": self.index}.get(self.unit, self.month)
        step, parts = PARTS_OF_MONTH.get(self.unit, (0, 0))
        return dt.date(year, month, self.index * step if self.index < parts else month_days(year, month))


@dataclass(frozen=True)
class Rule:
    """The structured reading of one part; which fields matter depends on the kind."""

    days: tuple[DayRef, ...] = ()
    periods: tuple[PeriodRef, ...] = ()
    #: Reporting period of a recurring part; in a dated part, `periods` are the reported ones, each with
    #: the recurring term after it («за II, III кварталы 2024 года – до 12 числа месяца, следующего …»).
    every: str | None = None
    #: Day of month named by a recurring part ("до 10 числа").
    day_of_month: int | None = None
    #: The day falls in the month after the reporting period ("следующего за отчетным").
    next_period: bool = False
    #: Which month of the reporting period the day of month is in: 1 the first, -1 the
    #: last ("до 20 числа последнего месяца квартала"); 0 when the phrase does not say.
    month_in_period: int = 0
    #: The day of month counts working days ("до 3-го рабочего дня месяца").
    working_day: bool = False
    #: With `next_period` and no day: the end of this many months after the period ("в течение двух месяцев по окончании года").
    months_after: int = 0
    #: With `next_period`: so many calendar days after the period's last day («протягом 40 календарних днів, що настають
    #: за останнім календарним днем звітного кварталу»), a count longer than a month's days.
    days_after: int = 0
    #: Years a throughout or recurring part is limited to; empty = the plan's.
    years: tuple[int, ...] = ()
    #: A recurring part that starts in this year ("IV квартал 2024 г., далее ежегодно").
    from_year: int | None = None
    #: Named days that move (ids in named_days.yaml): one date per plan year, in the period.
    moving: tuple[str, ...] = ()
    #: "четверта субота листопада": (month, n, ISO weekday), a day of each plan year, n = -1 the last.
    month_weekdays: tuple[tuple[int, int, int], ...] = ()
    #: Throughout the school year ("в течение учебного года"): one occurrence per school year, on 31 May.
    school_year: bool = False
    #: Relative term: so many (working) days, or months, from the plan's approval.
    count: int = 0
    working_days: bool = False
    count_unit: Literal["day", "month"] = "day"
    #: Counted from an event other than the plan's approval: no date until the plan names it.
    from_other_event: bool = False
    #: "во второй и четвертый вторник каждого месяца": (n, ISO weekday) in each month, n = -1 the last.
    weekdays: tuple[tuple[int, int], ...] = ()
    #: "4, 14, 24 числа каждого месяца": several days of each month.
    month_days: tuple[int, ...] = ()

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {}
        if self.days:
            out["days"] = [{"day": d.day, "month": d.month, "year": d.year} for d in self.days]
        if self.periods:
            out["periods"] = [{"unit": p.unit, "index": p.index, "year": p.year, **({"month": p.month} if p.month else {})} for p in self.periods]
        if self.every:
            out["every"] = self.every
        if self.day_of_month:
            out["day_of_month"] = self.day_of_month
        if self.next_period:
            out["next_period"] = True
        if self.month_in_period:
            out["month_in_period"] = self.month_in_period
        if self.working_day:
            out["working_day"] = True
        if self.months_after:
            out["months_after"] = self.months_after
        if self.days_after:
            out["days_after"] = self.days_after
        if self.years:
            out["years"] = list(self.years)
        if self.school_year:
            out["school_year"] = True
        if self.moving:
            out["moving"] = list(self.moving)
        if self.month_weekdays:
            out["month_weekdays"] = [{"month": month, "nth": nth, "weekday": weekday} for month, nth, weekday in self.month_weekdays]
        if self.from_year:
            out["from_year"] = self.from_year
        if self.count:
            out["count"] = self.count
            out["working_days"] = self.working_days
            out["count_unit"] = self.count_unit
        if self.from_other_event:
            out["from_other_event"] = True
        if self.weekdays:
            out["weekdays"] = [{"nth": nth, "weekday": weekday} for nth, weekday in self.weekdays]
        if self.month_days:
            out["month_days"] = list(self.month_days)
        return out


@dataclass(frozen=True)
class PartSpec:
    """One part of a phrase: the work itself, or the report on it."""

    part: Part
    kind: Kind
    text: str
    rule: Rule = field(default_factory=Rule)
    reason: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"part": self.part, "kind": self.kind, "text": self.text, "rule": self.rule.to_json(), "reason": self.reason}


def read_whole(parts: list[PartSpec]) -> bool:
    """Parts that read, every one: a reading to keep."""
    return bool(parts) and all(p.kind != "unknown" for p in parts)


@dataclass(frozen=True)
class Reading:
    """How a whole phrase reads; `kind` is the work part's kind."""

    phrase: str
    kind: Kind
    recognized: bool
    parts: tuple[PartSpec, ...]
    reason: str | None = None
    #: Remarks after a dated cell that were left out of the reading («10-12 класи»): lint D008 names them.
    remarks: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        """What `planctl deadline --json` prints of the reading (the period and occurrences are the caller's)."""
        parts = [part.to_json() for part in self.parts]
        shown: dict[str, object] = {"phrase": self.phrase, "kind": self.kind, "recognized": self.recognized, "reason": self.reason, "parts": parts}
        if self.remarks:
            shown["remarks"] = list(self.remarks)  # only when there are: the other fields stay as they were
        return shown


@dataclass(frozen=True)
class Occurrence:
    """One dated occurrence: `date` as the phrase names it, `due` after the day-off rule.

    `moved` holds the facts of a move off a day off; `explain.moved_text` says them.
    """

    part: Part
    label: str
    date: dt.date
    due: dt.date
    moved: Moved | None = None

    def to_json(self, moved: str | None = None) -> dict[str, object]:
        """`moved` is the move said in the plan's language (`explain.moved_text`)."""
        return {"part": self.part, "label": self.label, "date": self.date.isoformat(), "due": self.due.isoformat(), "moved": moved}
