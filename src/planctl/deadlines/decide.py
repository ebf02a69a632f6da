"""What the scanner found → one kind and rule, or a refusal when the facts conflict.

The decision goes by kind: a relative term, a recurring term (a frequency, possibly
inherited from the work part), then named dates and periods, then bare years and flags.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from planctl.deadlines.facts import COMMON_YEAR, Facts, Unreadable
from planctl.deadlines.spec import PARTS_OF_MONTH, DayRef, Kind, PeriodRef, Rule
from planctl.period import month_days, nth_weekday

Ref = TypeVar("Ref", bound=DayRef | PeriodRef)


def decide(facts: Facts, inherit_every: str | None = None) -> tuple[Kind, Rule]:
    """Turn what the scan found into one kind and rule, or refuse when the facts conflict.

    `inherit_every` is the frequency of the work part, for a report part that names only
    a day ("ежеквартально, отчет до 10 числа месяца, следующего за отчетным").
    """
    # "до 1 марта, до 1 марта": a repeated date is one occurrence, not two with one label
    facts.days = list(dict.fromkeys(facts.days))
    facts.periods = list(dict.fromkeys(facts.periods))
    years = tuple(sorted({p.year for p in facts.periods if p.unit == "year" and p.year}))
    other_periods = [p for p in facts.periods if p.unit != "year"]
    if facts.relative is not None:
        return _relative(facts)
    reported = _reported(facts, other_periods)
    if reported is not None:
        return reported
    every = _frequency(facts, inherit_every)
    if every is not None:
        return _recurring(facts, every, years, other_periods)
    if facts.day_of_month is not None and not (facts.next_period or facts.days) and other_periods and all(p.unit == "month" for p in other_periods):
        # «март, июнь, сентябрь, декабрь 20 числа»: that day of each month named
        if facts.day_of_month > min(month_days(COMMON_YEAR, p.index) for p in other_periods):
            raise Unreadable("no_such_day_of_month", day=facts.day_of_month)
        return "date", Rule(days=tuple(DayRef(facts.day_of_month, p.index, p.year) for p in other_periods))
    if facts.day_of_month is not None or facts.next_period:
        raise Unreadable("day_without_frequency")
    if facts.days or other_periods or facts.moving or facts.month_weekdays:
        return _dated(facts, years, other_periods)
    return _undated(facts, years)


def _relative(facts: Facts) -> tuple[Kind, Rule]:
    if facts.days or facts.periods or (facts.every and not facts.other_event):
        raise Unreadable("relative_with_other")
    assert facts.relative is not None
    count, working, unit = facts.relative
    in_months = unit == "month"
    return "relative", Rule(count=count, working_days=working, count_unit="month" if in_months else "day", from_other_event=facts.other_event)


_REPORTED_UNITS = {"half": 2, "quarter": 4, "month": 12}


def _reported(facts: Facts, periods: list[PeriodRef]) -> tuple[Kind, Rule] | None:
    """«за II, III кварталы 2024 года – не позднее 12-го числа месяца, следующего за отчетным кварталом»: the
    periods named are what is reported, each with its own term after it, a date when they name their year;
    «за первое и второе полугодие не позднее 5 числа, следующего за отчетным периодом» names every half."""
    units = {p.unit for p in periods}
    if not facts.next_period or facts.every or facts.days or len(periods) != len(facts.periods) or len(units) != 1:
        return None
    unit = units.pop()
    if unit not in _REPORTED_UNITS or facts.next_unit not in (None, unit) or facts.moving or facts.month_weekdays:
        return None
    term = Rule(
        every=unit,
        day_of_month=facts.day_of_month,
        next_period=True,
        month_in_period=facts.month_in_period,
        working_day=facts.working_day,
        months_after=facts.months_after,
    )
    if all(p.year is not None for p in periods):
        return "date", replace(term, periods=tuple(periods))
    if all(p.year is None for p in periods) and len({p.index for p in periods}) == _REPORTED_UNITS[unit]:
        return "recurring", term
    return None


_LONGER_THAN_MONTH = frozenset({"quarter", "half", "year"})


def _frequency(facts: Facts, inherit_every: str | None) -> str | None:
    """The reporting period: named, implied by "следующего за отчетным кварталом", or inherited."""
    every = facts.every
    if facts.next_unit is not None:
        if every is None and (facts.day_of_month is not None or facts.days or facts.months_after or facts.days_after or facts.next_period):
            every = facts.next_unit
        elif every is not None and every != facts.next_unit and not (facts.next_unit == "month" and every in _LONGER_THAN_MONTH):
            # «ежеквартально до 5 числа, следующего за отчетным месяцем»: the quarter's last month is
            # the reporting month a clerk means; «ежемесячно …за отчетным кварталом» names no such month
            raise Unreadable("frequency_vs_reporting")
    if every is None and inherit_every is not None and (facts.day_of_month is not None or facts.next_period):
        every = inherit_every
    if every is None and facts.reporting_year and facts.days and all(map(_names_reported, facts.periods)):
        every = "year"
    if every is None and _days_after_periods(facts):
        every = "year"
    if every is None and facts.reporting_month and facts.day_of_month is not None and not (facts.days or facts.periods):
        every = "month"
    return every


def _days_after_periods(facts: Facts) -> bool:
    """«не позднее 15 мая, 15 августа, 15 ноября, следующего за отчетным периодом»: named days, each after a
    reporting period the phrase does not name; the days are the occurrences."""
    return len(facts.days) > 1 and facts.next_period and facts.next_unit is None and facts.day_of_month is None and not facts.periods


def _names_reported(ref: PeriodRef) -> bool:
    """«за І квартал – до 10 травня звітного року»: a quarter (half, month) of no year before a day of the
    reporting year names what is reported, not when."""
    return ref.unit != "year" and ref.year is None


def _recurring(facts: Facts, every: str, years: tuple[int, ...], other_periods: list[PeriodRef]) -> tuple[Kind, Rule]:
    if facts.month_days:
        # "4, 14, 24 числа каждого месяца": those days of each month, each labelled by its date
        if every != "month" or facts.days or other_periods or facts.day_of_month is not None or facts.next_period or facts.nth_weekdays:
            raise Unreadable("nth_weekday_with_other")
        return "recurring", Rule(every="month", month_days=tuple(facts.month_days), years=years)
    if facts.nth_weekdays and _the_weekdays_dates(facts):
        # «1-й і 3-й понеділок місяця⏎04 вересня 2023 року⏎18 вересня 2023 року»: the rule's dates decide
        return "date", Rule(days=tuple(facts.days))
    if facts.nth_weekdays:
        # "во второй и четвертый вторник каждого месяца": those days of each month
        if every != "month" or facts.days or other_periods or facts.day_of_month is not None or facts.next_period:
            raise Unreadable("nth_weekday_with_other")
        in_month_order = sorted(set(facts.nth_weekdays), key=lambda d: (d[0] if d[0] > 0 else 5, d[1]))  # the last one last
        return "recurring", Rule(every="month", weekdays=tuple(in_month_order), years=years)
    if facts.moving or facts.month_weekdays:
        # «щороку до Дня вчителя», «Щороку, четверта субота листопада»: that day of each year
        if len(facts.moving) + len(facts.month_weekdays) > 1 or facts.days or other_periods:
            raise Unreadable("recurring_many_dates")
        if every != "year" or facts.day_of_month is not None or facts.next_period:
            raise Unreadable("recurring_one_date")
        return "recurring", Rule(every=every, moving=tuple(facts.moving), month_weekdays=tuple(facts.month_weekdays), years=years)
    days = list(facts.days)
    # the frequency as said: «по итогам полугодия до 25 июля» is made yearly below, yet reports on a half
    on_the_year = facts.results_of and every == "year"
    in_year_order = tuple(sorted(days, key=lambda d: (d.month, d.day)))
    if any(day.year is not None for day in days):
        raise Unreadable("recurring_date_with_year")
    named_days_only = len(days) > 1 and facts.day_of_month is None and (not facts.next_period or _days_after_periods(facts))
    if named_days_only and not other_periods and (every == "year" or _one_in_each(days, every) or per_period_unit(days) == every):
        # "щороку до 1 квітня та 1 жовтня": each named day of each year, labelled by its date; so too
        # "ежеквартально, не позднее 10 января, 5 апреля, 5 июля, 5 октября", a day in each quarter
        # where a January day may report on the quarter before, and «не реже одного раза в полгода не
        # позднее 20 марта и 20 сентября»: the days named are the occurrences (CONVENTIONS 10)
        return "recurring", Rule(every="year", days=in_year_order, years=years)
    if len(days) > 1 and every == facts.next_unit == "year" and facts.day_of_month is None and not other_periods:
        # «до 10 февраля (уточненную информацию – до 16 апреля) года, следующего за отчетным»: each day in the next year
        return "recurring", Rule(every="year", days=in_year_order, next_period=True, years=years)
    if len(days) > 1:
        unit = per_period_unit(days)
        if unit is None or every not in ("year", unit) or facts.day_of_month is not None or facts.next_period:
            raise Unreadable("recurring_many_dates")
        every = unit
    elif days and every != "year":
        if not (facts.results_of and facts.day_of_month is None and not facts.next_period):
            raise Unreadable("recurring_one_date")
        # "по итогам полугодия до 25 июля": one report a year, on the period just ended
        every = "year"
    if other_periods and (facts.reporting_year or facts.next_unit == "year") and len(days) == 1 and all(map(_names_reported, other_periods)):
        other_periods = []  # «за І квартал – до 10 травня звітного року»: the quarter is what is reported
    if other_periods:
        if any(p.year is not None for p in other_periods) or days:
            raise Unreadable("recurring_period_with_year")
        return _recurring_periods(facts, every, years, other_periods)
    if facts.day_of_month is not None and days:
        raise Unreadable("recurring_day_and_date")
    after_the_year = on_the_year and _due_in_the_next_year(days)
    if every == "year" and facts.day_of_month is not None and not (facts.next_period or facts.month_in_period):
        raise Unreadable("yearly_day_only")
    return "recurring", Rule(
        every=every,
        days=in_year_order,
        day_of_month=facts.day_of_month,
        next_period=facts.next_period or after_the_year,
        month_in_period=facts.month_in_period,
        working_day=facts.working_day,
        months_after=facts.months_after,
        days_after=facts.days_after,
        years=years,
    )


def _the_weekdays_dates(facts: Facts) -> bool:
    """Dates with their year written out beside n-th weekdays of each month, each one of those weekdays."""
    if not facts.days or facts.periods or facts.day_of_month is not None or facts.next_period or facts.month_days:
        return False
    return all(
        day.year is not None and day.month and any(nth_weekday(day.year, day.month, nth, weekday).day == day.day for nth, weekday in facts.nth_weekdays)
        for day in facts.days
    )


#: The last month in which a report on a year ended is due in the next year («по итогам года, не позднее 1 февраля»).
_YEAR_REPORT_BY_MONTH = 6


def _due_in_the_next_year(days: list[DayRef]) -> bool:
    """«по итогам года, не позднее 1 февраля», «Годовая, июнь»: one day in the first half of the year, on which the
    report on a year ended falls in the next one."""
    return len(days) == 1 and days[0].month <= _YEAR_REPORT_BY_MONTH


def _recurring_periods(facts: Facts, every: str, years: tuple[int, ...], periods: list[PeriodRef]) -> tuple[Kind, Rule]:
    """"ежегодно в IV квартале", "два раза в год (июнь, декабрь)": the end of each named period;
    «в первой декаде каждого месяца»: the end of that part of each month."""
    if any(p.unit in PARTS_OF_MONTH and not p.month for p in periods):
        if every != "month" or len(periods) != 1 or facts.day_of_month is not None or facts.next_period:
            raise Unreadable("recurring_many_periods")
        step, parts = PARTS_OF_MONTH[periods[0].unit]
        last_part = periods[0].index >= parts
        return "recurring", Rule(every="month", day_of_month=None if last_part else periods[0].index * step, years=years)
    ends = [period_end_day(p) for p in periods]
    if len(ends) == 1:
        if every != "year":
            raise Unreadable("recurring_one_period")
        after_the_year = facts.results_of and _due_in_the_next_year(ends)  # «Годовая, июнь»
        return "recurring", Rule(every=every, days=tuple(ends), next_period=facts.next_period or after_the_year, years=years)
    unit = per_period_unit(ends)
    if unit is None or every not in ("year", unit) or facts.next_period:
        raise Unreadable("recurring_many_periods")
    return "recurring", Rule(every=unit, days=tuple(ends), years=years)


def _dated(facts: Facts, years: tuple[int, ...], other_periods: list[PeriodRef]) -> tuple[Kind, Rule]:
    """Named days ("до 1 марта 2025 г.") or named periods ("IV квартал 2024 г.")."""
    in_months = bool(other_periods) and not facts.days and all(p.unit in ("month", *PARTS_OF_MONTH) for p in other_periods)
    if facts.frequent and (facts.day_span or in_months or len(facts.days) == 1):
        # "щовівторка і щочетверга, з 20 листопада по 15 грудня", «впродовж серпня – вересня, щоп'ятниці»,
        # «до 1 березня 2025 року щосуботи та щонеділі»: weekly work within a span or a month, or up to a
        # day, is weekly work; several days with a weekday beside them («4, 11, 18 и 25 ноября (каждую среду)») are those days
        return "recurring", Rule(every=facts.frequent)
    if (facts.moving or facts.month_weekdays) and (other_periods or years or facts.day_span):
        raise Unreadable("dates_and_periods")
    if facts.moving or facts.month_weekdays:
        return "date", Rule(days=tuple(facts.days), moving=tuple(facts.moving), month_weekdays=tuple(facts.month_weekdays))
    if facts.days:
        # "1 квартал 15 апреля": the named day decides; the period beside it only says roughly when
        # (and which year: "IV квартал 2024 г., до 20 декабря")
        period_years = {p.year for p in other_periods if p.year}
        if not years and len(period_years) == 1:
            years = tuple(period_years)
        days, left = backfill_years(facts.days, years)
        if left and not other_periods and all(day.year is None for day in days):
            # «15 мая в 2024-2025 годах», «с 1 апреля по 30 мая в 2009—2011 годах»: the day in each year named,
            # as «до 1 марта 2025-2027 годов» is (CONVENTIONS 12)
            days = [replace(day, year=year) for year in left for day in days]
        elif left:
            raise Unreadable("year_vs_date")
        if facts.throughout_lead and _months_holding(other_periods, days):
            # «Протягом травня, 23.05.2021р.»: work through the month and a day in it, two terms
            return "period", Rule(days=tuple(days), periods=tuple(backfill_years(other_periods, years)[0]))
        # "с 1 по 20 марта 2025 года": a span of days is a period that ends on its last day
        return "period" if facts.day_span else "date", Rule(days=tuple(days))
    periods, left = backfill_years(other_periods, years)
    if left:
        raise Unreadable("many_periods")
    return "period", Rule(periods=tuple(periods))


def _undated(facts: Facts, years: tuple[int, ...]) -> tuple[Kind, Rule]:
    """Bare years ("2024-2025 годы") and the flags of set phrases ("постоянно", "в течение года")."""
    if years and facts.school_year and len(years) > 1:
        # "в течение 2023-2024 учебного года": the school years that end in the later years; named
        # alone ("2020-2021 уч. г."), a school year is a period, as "2024 год" is
        kind: Kind = "throughout" if facts.throughout_lead or facts.throughout else "period"
        return kind, Rule(school_year=True, years=years[1:])
    if years:
        if facts.throughout or (facts.throughout_lead and not facts.years_from_to):
            # «в период с 2022 по 2035 год» is a span like «с 2022 по 2035 год»; «в течение 2022-2024 годов» is throughout
            return "throughout", Rule(years=years)
        # "2024-2025 гг. по мере необходимости" is "в течение 2024-2025 гг.", as needed;
        # "постоянно" stays never overdue
        if facts.on_demand:
            return "throughout", Rule(years=years)
        if facts.continuous:
            return "continuous", Rule(years=years)
        if facts.frequent:
            return "recurring", Rule(every=facts.frequent, years=years)
        if facts.year_range:
            return "period", Rule(periods=(PeriodRef("year", 0, years[-1]),), years=years)
        return "period", Rule(periods=tuple(PeriodRef("year", 0, y) for y in years))
    if facts.school_year:
        return "throughout", Rule(school_year=True)
    if facts.year_end and not (facts.continuous or facts.frequent or facts.on_demand):
        return "period", Rule(periods=(PeriodRef("year"),))  # «до конца года», as «к концу 2024 года» (CONVENTIONS 49)
    if facts.continuous:
        return "continuous", Rule()
    if facts.frequent:
        # weekly and daily work: recurring, with no reporting period to date (labels stop at a month)
        return "recurring", Rule(every=facts.frequent)
    if facts.throughout:
        return "throughout", Rule()
    if facts.on_demand:
        return "on_demand", Rule()
    if facts.throughout_lead:
        raise Unreadable("throughout_no_period")
    raise Unreadable("no_date_or_period")


def _months_holding(periods: list[PeriodRef], days: list[DayRef]) -> bool:
    """Months said whole («протягом травня») that hold every day named beside them."""
    return bool(periods) and all(p.unit == "month" for p in periods) and all(any(d.month == p.index for p in periods) for d in days)


def backfill_years(refs: list[Ref], years: tuple[int, ...]) -> tuple[list[Ref], tuple[int, ...]]:
    """Give yearless dates or periods the year written after them, as Russian lists do.

    "1 марта, 1 сентября 2024 г." and "сентябрь, октябрь 2024 г." name 2024 once for
    all; "IV квартал, 2024 год" names the quarter's year as a separate year. Returns the
    refs and the year periods still standing on their own.
    """
    out = list(refs)
    following: int | None = None
    for index in range(len(out) - 1, -1, -1):
        if out[index].year is None and following is not None:
            out[index] = replace(out[index], year=following)
        elif out[index].year is not None:
            following = out[index].year
    if len(years) == 1 and out and all(r.year in (None, years[0]) for r in out):
        return [replace(r, year=years[0]) for r in out], ()
    return out, years


def _one_in_each(days: list[DayRef], every: str) -> bool:
    """Days each in a half or quarter of its own: one in each, with one in a period's first month (which
    per_period_unit leaves), or in some only («ежеквартально до 15 мая, 15 августа, 15 ноября»: advance
    payments for three quarters, the year's own payment due on another day)."""
    size = {"half": 6, "quarter": 3}.get(every)
    if size is None or len({(d.month - 1) // size for d in days}) != len(days):
        return False
    return len(days) < 12 // size or any((d.month - 1) % size == 0 for d in days)


def per_period_unit(days: list[DayRef]) -> str | None:
    """The reporting period in which each of several yearly days falls in its own slot.

    "ежегодно до 15 июня и до 15 декабря" is a half-yearly term: one day in each half.
    A day in the first month of a half or quarter may just as well be the report on the
    one before ("до 15 января и до 15 июля"), so such lists are not read.
    """
    for unit, size in (("half", 6), ("quarter", 3), ("month", 1)):
        if len(days) == 12 // size and sorted((d.month - 1) // size for d in days) == list(range(12 // size)):
            if size > 1 and any((d.month - 1) % size == 0 for d in days):
                return None
            return unit
    return None



def period_end_day(period: PeriodRef) -> DayRef:
    """The last day of a yearless period, as a day of each year ("ежегодно в IV квартале")."""
    end = period.end_in(2024)  # a leap year: 29 February is kept, and falls back to the 28th in common years
    return DayRef(end.day, end.month)

