"""A schedule spec applied to a plan period: dated occurrences with labels and due days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

from planctl.deadlines.calendar import Shift, WorkCalendar
from planctl.deadlines.language import language
from planctl.deadlines.named_days import date_in
from planctl.deadlines.spec import PARTS_OF_MONTH, Occurrence, PartSpec, PeriodRef, Reading, Rule
from planctl.period import TEACHING_END, Period, add_months, month_days, nth_weekday


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, month_days(year, month))


def _safe_day(year: int, month: int, day: int) -> dt.date:
    """29 February in a common year falls back to the 28th rather than failing."""
    return dt.date(year, month, min(day, month_days(year, month)))


def _period_end(ref: PeriodRef, year: int) -> tuple[dt.date, str]:
    """The period's last day in `year` and its label (a decade or week by its ISO date)."""
    labels = {"year": str(year), "half": f"{year}-H{ref.index}", "quarter": f"{year}-Q{ref.index}", "month": f"{year}-{ref.index:02d}"}
    end = ref.end_in(year)
    return end, labels.get(ref.unit) or end.isoformat()


#: The months of each reporting period.
_MONTHS_OF = {"year": 12, "half": 6, "quarter": 3, "month": 1}


def _span(ref: PeriodRef) -> tuple[dt.date, dt.date]:
    """The first and last day of a half, quarter or month of a named year."""
    assert ref.year is not None
    end = ref.end_in(ref.year)
    return dt.date(ref.year, end.month - _MONTHS_OF[ref.unit] + 1, 1), end


def _reporting_periods(every: str, period: Period) -> Iterator[tuple[dt.date, dt.date, str, int]]:
    """Reporting periods (start, end, label, index) that overlap the plan period."""
    size = _MONTHS_OF[every]
    for year in range(period.start.year, period.end.year + 1):
        for index in range(1, 12 // size + 1):
            first_month = (index - 1) * size + 1
            start = dt.date(year, first_month, 1)
            end = _month_end(year, first_month + size - 1)
            if end < period.start or start > period.end:
                continue
            label = {"year": str(year), "half": f"{year}-H{index}", "quarter": f"{year}-Q{index}", "month": f"{year}-{index:02d}"}[every]
            yield start, end, label, index


def _part_dates(part: PartSpec, period: Period, approval: dt.date | None, calendar: WorkCalendar) -> list[tuple[str, dt.date]]:
    rule = part.rule
    years = period.year_list
    if part.kind == "date" and rule.every:
        # «за II, III кварталы 2024 года – не позднее 12-го числа месяца, следующего за отчетным кварталом»
        return [(day.isoformat(), day) for day in (_recurring_day(rule, *_span(ref), calendar) for ref in rule.periods)]
    if part.kind == "date" or (part.kind == "period" and rule.days and not rule.periods):
        return _named_days(rule, period)
    if part.kind in ("period", "throughout") and rule.school_year:
        # "2020-2021 уч. г.", "в течение учебного года": the school years, each on the end of teaching
        return [(label, day) for label, day in _school_years(period) if _in_years(rule, day.year)]
    if part.kind == "period":
        found = _named_days(rule, period)  # «Протягом травня, 23.05.2021р.»: the day beside the month
        for named in rule.periods:
            if named.unit in PARTS_OF_MONTH and not named.month:
                # the plan's month: `schedule` gets here only in a plan of one month (`in_period` refuses a longer one)
                named = replace(named, month=period.start.month, year=period.start.year)
            for year in [named.year] if named.year else years:
                end, label = _period_end(named, year)
                if named.year or end in period or named.unit == "year":
                    found.append((label, end))
        return found
    if part.kind == "throughout" and period.is_school_year and not rule.years:
        return _school_years(period)
    if part.kind == "throughout":
        chosen = list(rule.years) or years
        return [(str(year), min(dt.date(year, 12, 31), period.end) if year == period.end.year else dt.date(year, 12, 31)) for year in chosen]
    if part.kind == "recurring" and rule.every in ("week", "day", "often"):
        return []  # labels name periods down to a month: weekly and daily work has no dated occurrence
    if part.kind == "recurring" and rule.every == "year" and len(rule.days) > 1 and rule.next_period:
        # «до 10 февраля и до 16 апреля года, следующего за отчетным»: each day, ISO-dated, in the year after each reported one (CONVENTIONS 10)
        days = [_safe_day(year + 1, ref.month, ref.day) for year in years if _in_years(rule, year) for ref in rule.days]
        return [(day.isoformat(), day) for day in days]
    if part.kind == "recurring" and rule.every == "year" and len(rule.days) > 1:
        return [(label, day) for label, day in _named_days(Rule(days=rule.days), period) if _in_years(rule, day.year)]
    if part.kind == "recurring":
        assert rule.every is not None
        found = []
        for start, end, label, _ in _reporting_periods(rule.every, period):
            if (rule.years and start.year not in rule.years) or (rule.from_year and start.year < rule.from_year):
                continue
            if rule.weekdays or rule.month_days:
                # one named weekday a month is labelled by its month, several days by their dates
                days = sorted(nth_weekday(start.year, start.month, nth, weekday) for nth, weekday in rule.weekdays)
                days += [_safe_day(start.year, start.month, day) for day in rule.month_days]
                found += [(label if len(days) == 1 else day.isoformat(), day) for day in days if day in period]
                continue
            day = _recurring_day(rule, start, end, calendar)
            # a report on a period of the plan may fall due after the plan ends (Q4 → 5 January)
            if day in period or (day > period.end and end <= period.end):
                found.append((label, day))
        return found
    if part.kind == "relative":
        if approval is None or rule.from_other_event:
            return []
        if rule.count_unit == "month":
            day = add_months(approval, rule.count)
        elif rule.working_days:
            day = calendar.add_working_days(approval, rule.count)
        else:
            day = approval + dt.timedelta(days=rule.count)
        return [(day.isoformat(), day)]
    return []


def _school_years(period: Period) -> list[tuple[str, dt.date]]:
    """Each school year whose teaching ends (31 May) inside the plan period, labelled `2023/2024`."""
    found = []
    for year in period.year_list:
        end = dt.date(year, *TEACHING_END)
        if end in period:
            found.append((f"{year - 1}/{year}", end))
    return found


def _in_years(rule: Rule, year: int) -> bool:
    return (not rule.years or year in rule.years) and (not rule.from_year or year >= rule.from_year)


def _named_days(rule: Rule, period: Period) -> list[tuple[str, dt.date]]:
    """Named days, labelled by their ISO date; a yearless day in each plan year inside the period,
    or, where no year puts it inside (a plan of one month), in the year nearest to the period.

    Month 0 is the plan's month ("14 (пятница)" in a plan of one month; `in_period` refuses it in a longer plan).
    """
    found = []
    for ref in rule.days:
        if ref.month == 0:
            # the plan's month: `schedule` gets here only in a plan of one month (`in_period` refuses a longer one)
            day = _safe_day(period.start.year, period.start.month, ref.day)
            found.append((day.isoformat(), day))
            continue
        if ref.year:
            day = _safe_day(ref.year, ref.month, ref.day)
            found.append((day.isoformat(), day))
            continue
        days = [_safe_day(year + ref.next_year, ref.month, ref.day) for year in period.year_list]
        inside = [day for day in days if day in period]
        # «30 апреля» in a plan for May: that day of the plan's year, not silently none (D002 says it is outside)
        found += [(day.isoformat(), day) for day in inside or [min(days, key=lambda day: _distance(day, period))]]
    for day_id in rule.moving:
        found += [(day.isoformat(), day) for day in (date_in(day_id, year) for year in period.year_list) if day in period]
    for month, nth, weekday in rule.month_weekdays:
        found += [(day.isoformat(), day) for day in (nth_weekday(year, month, nth, weekday) for year in period.year_list) if day in period]
    return sorted(found, key=lambda entry: entry[1])


def _distance(day: dt.date, period: Period) -> int:
    """Days from `day` to the nearest day of `period`."""
    return max((period.start - day).days, (day - period.end).days, 0)


def _recurring_day(rule: Rule, start: dt.date, end: dt.date, calendar: WorkCalendar) -> dt.date:
    """The day a reporting period's occurrence falls on.

    A named day and month ("ежегодно до 1 октября") is that day in the period's year;
    a day of month is in the month the phrase names ("последнего месяца квартала"), else
    in the period's month for monthly terms, and in the month after the period for longer
    ones or when the phrase says "следующего за отчетным" (with no day: the end of that
    month); otherwise the last day of the reporting period.
    """
    days, day_of_month = rule.days, rule.day_of_month
    if rule.next_period and rule.month_in_period:
        # "до 10 числа второго месяца квартала, следующего за отчетным": a month of the next period
        size = (end.year - start.year) * 12 + end.month - start.month + 1
        start = end + dt.timedelta(days=1)
        end = _month_end(start.year + (start.month + size - 2) // 12, (start.month + size - 2) % 12 + 1)
    if rule.moving:
        return date_in(rule.moving[0], start.year)
    if rule.month_weekdays:
        month, nth, weekday = rule.month_weekdays[0]
        return nth_weekday(start.year, month, nth, weekday)
    if day_of_month is not None and rule.working_day:
        month_start = _day_of_month_start(rule, start, end)
        return calendar.nth_working_day(month_start.year, month_start.month, day_of_month)
    if days:
        if rule.every == "year":
            ref = days[0]
            return _safe_day(start.year + (1 if rule.next_period else 0), ref.month, ref.day)
        # one day in each half/quarter ("два раза в год: до 15 июня и до 15 декабря")
        for ref in days:
            candidate = _safe_day(start.year, ref.month, ref.day)
            if start <= candidate <= end:
                return candidate
        return end
    if day_of_month is not None:
        month_start = _day_of_month_start(rule, start, end)
        return _safe_day(month_start.year, month_start.month, day_of_month)
    if rule.days_after:
        return end + dt.timedelta(days=rule.days_after)  # «протягом 40 календарних днів, що настають за … кварталу»
    if rule.next_period:
        # "в течение месяца, следующего за отчетным кварталом": by the end of that month;
        # "в течение двух месяцев по окончании года": by the end of the second month
        index = end.month - 1 + max(rule.months_after, 1)
        return _month_end(end.year + index // 12, index % 12 + 1)
    return end


def _day_of_month_start(rule: Rule, start: dt.date, end: dt.date) -> dt.date:
    """The first day of the month a day of month falls in (see `_recurring_day`)."""
    if rule.month_in_period:
        month = end.month if rule.month_in_period < 0 else start.month + rule.month_in_period - 1
        return dt.date(start.year, month, 1)
    if rule.every == "month" and not rule.next_period:
        return dt.date(start.year, start.month, 1)
    following = end + dt.timedelta(days=1)
    return dt.date(following.year, following.month, 1)


def in_period(reading: Reading, period: Period, lang: str) -> Reading:
    """The reading a clerk gives the phrase in this plan: «протягом тижня» in a week's plan, «в течение месяца»
    in a month's last as long as the plan itself, so they are its whole time (`throughout`), not a term
    counted from its approval; «II декада», «14 (пятница)» are of the plan's month, and unread in a
    longer plan, where they name no month."""
    unmonthed = next((key for part in reading.parts if (key := _without_month(part.rule))), None)
    if unmonthed and not _one_month(period):
        reason = language(lang).reason(unmonthed)
        parts = tuple(replace(part, kind="unknown", rule=Rule(), reason=reason) for part in reading.parts)
        return replace(reading, kind="unknown", recognized=False, parts=parts, reason=reason)
    work = [part for part in reading.parts if part.part == "work"]
    if reading.kind != "relative" or not work or not all(_covers(part.rule, period) for part in work):
        return reading
    parts = tuple(replace(part, kind="throughout", rule=Rule()) if part.part == "work" else part for part in reading.parts)
    return replace(reading, kind="throughout", parts=parts)


def _without_month(rule: Rule) -> str | None:
    """The reason a rule names no month of its own (a day or a decade of the plan's month), or None."""
    if any(not ref.month for ref in rule.days):
        return "day_no_month"
    if any(ref.unit in PARTS_OF_MONTH and not ref.month for ref in rule.periods):
        return "decade_no_month"
    return None


def _one_month(period: Period) -> bool:
    return (period.start.year, period.start.month) == (period.end.year, period.end.month)


#: The longest plan whose own length a term can be («в течение квартала» in a quarter's plan): a quarter's last day
#: is at most 91 days after its first.
_A_QUARTER_IN_DAYS = 91


def _covers(rule: Rule, period: Period) -> bool:
    """A count of days or months that, counted from the first day of a plan for a quarter or less, reaches
    past its last («в течение года со дня утверждения» in a year's plan stays a term from approval)."""
    if not rule.count or rule.working_days or rule.from_other_event or (period.end - period.start).days > _A_QUARTER_IN_DAYS:
        return False
    end = add_months(period.start, rule.count) if rule.count_unit == "month" else period.start + dt.timedelta(days=rule.count)
    return end >= period.end


def schedule(
    reading: Reading,
    period: Period,
    *,
    approval_date: dt.date | None = None,
    shift: Shift = "previous",
    calendar: WorkCalendar | None = None,
) -> list[Occurrence]:
    """Every occurrence of every part, sorted by date; explicit dates may lie outside the period."""
    calendar = calendar or WorkCalendar("RU")
    reading = in_period(reading, period, calendar.lang)
    found: list[Occurrence] = []
    seen: set[tuple[str, str]] = set()
    for part in reading.parts:
        for label, day in _part_dates(part, period, approval_date, calendar):
            if (part.part, label) in seen:
                continue  # a label completes one occurrence (§3), so it names only one
            seen.add((part.part, label))
            due, moved = calendar.shift(day, shift)
            found.append(Occurrence(part.part, label, day, due, moved))
    found.sort(key=lambda o: (o.date, o.part))
    return found


def label_span(label: str) -> tuple[dt.date, dt.date] | None:
    """The days a label (§3) names: `2024`, `2024-H1`, `2024-Q4`, `2024-03` or an ISO date."""
    try:
        if len(label) == 4:
            year = int(label)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if len(label) == 9 and label[4] == "/":
            school = Period.school_year(int(label[:4]))
            return school.start, school.end
        year, rest = int(label[:4]), label[5:]
        if rest[:1] in ("H", "Q"):
            size = 6 if rest[0] == "H" else 3
            first = (int(rest[1:]) - 1) * size + 1
            return dt.date(year, first, 1), _month_end(year, first + size - 1)
        if len(rest) == 2:
            return dt.date(year, int(rest), 1), _month_end(year, int(rest))
        day = dt.date.fromisoformat(label)
        return day, day
    except ValueError:
        return None


def outside_period(occurrences: list[Occurrence], period: Period) -> list[Occurrence]:
    """Work occurrences for a period or day the plan period does not contain.

    Judged by the label, not the due day: the report on 2024-Q4 due 5 January 2025
    belongs to a 2024 plan, «1 квартал 2025 г» in a 2024 plan does not.
    """
    outside = []
    for occ in occurrences:
        span = label_span(occ.label) or (occ.date, occ.date)
        if occ.part == "work" and (span[1] < period.start or span[0] > period.end):
            outside.append(occ)
    return outside
