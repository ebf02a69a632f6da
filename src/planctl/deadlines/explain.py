"""A reading told back in words, in the phrase's language, so a reader can check it.

The words and templates are in lang/*.yaml (`explain:`); this module only chooses and
fills them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from planctl.deadlines.calendar import Moved, WorkCalendar
from planctl.deadlines.language import language
from planctl.deadlines.spec import PARTS_OF_MONTH, PartSpec, PeriodRef, Rule
from planctl.period import ROMAN


def texts(lang: str) -> Mapping[str, Any]:
    """The `explain:` table of `lang` (ru or uk; anything else reads as ru)."""
    return language(lang).explain


def describe_rule(part: PartSpec, lang: str = "ru") -> str:
    """The rule of one part in words; empty for kinds that say it all in their title."""
    words = texts(lang)
    rule = part.rule
    if part.kind == "date" and rule.every:
        reported = "; ".join(_period_name(words, p) for p in rule.periods)
        return str(words["for_periods"]).format(names=reported) + _recurring_day(words, rule)
    if part.kind == "date":
        moving = [str(words["moving_day"])] * len(rule.moving) + [
            str(words["weekday_each_year"]).format(day=_month_weekday(words, *day)) for day in rule.month_weekdays
        ]
        return "; ".join([_day(words, d.day, d.month, d.year) for d in rule.days] + moving)
    if part.kind in ("period", "throughout") and rule.school_year and rule.years:
        return "; ".join(str(words["school_year_of"]).format(first=year - 1, year=year) for year in rule.years)
    if part.kind == "period":
        # «в течение мая, 15 мая»: the days and the periods beside them, each on its last day
        names = [_day(words, d.day, d.month, d.year) for d in rule.days] + [_period_name(words, p) for p in rule.periods]
        return str(words["period_last_day"]).format(names="; ".join(names))
    if part.kind == "throughout" and rule.school_year:
        return str(words["school_year"])
    if part.kind == "throughout":
        years = ", ".join(map(str, rule.years)) if rule.years else words["each_year_of_plan"]
        return str(words["throughout"]).format(years=years)
    if part.kind == "recurring" and rule.every:
        text = str(words["every"][rule.every]) + _recurring_day(words, rule)
        if rule.years:
            text += str(words["limited_to_years"]).format(years=", ".join(map(str, rule.years)))
        if rule.from_year:
            text += str(words["from_year"]).format(year=rule.from_year)
        return text
    if part.kind == "relative":
        key = "relative_months" if rule.count_unit == "month" else "relative_working_days" if rule.working_days else "relative_days"
        if rule.from_other_event and not rule.count:
            return str(words["after_event"])
        if rule.from_other_event:
            unit = "month" if rule.count_unit == "month" else "working" if rule.working_days else "day"
            return str(words["relative_other_event"]).format(count=rule.count, unit=words["term_units"][unit])
        return str(words[key]).format(count=rule.count)
    return ""


def _recurring_day(words: Mapping[str, Any], rule: Rule) -> str:
    """When in each reporting period a recurring part falls due, in words."""
    if rule.every in ("week", "day", "often"):
        return str(words["no_dates"])
    if rule.weekdays:
        names = [words["weekday_nth"][weekday][1 if nth == -1 else 0].format(n=nth) for nth, weekday in rule.weekdays]
        return str(words["by_weekdays"]).format(days=str(words["and"]).join(names))
    if rule.month_weekdays:
        return str(words["by_weekdays"]).format(days=_month_weekday(words, *rule.month_weekdays[0]))
    if rule.moving:
        return ", " + str(words["moving_day"])
    if rule.month_days:
        return str(words["by_month_days"]).format(days=", ".join(map(str, rule.month_days)))
    if rule.days:
        # the end of February is the 29th only in leap years: said as the month's last day
        days = ", ".join(
            str(words["last_of_february"]) if (d.day, d.month) == (29, 2) else f"{d.day} {words['months_genitive'][d.month - 1]}" for d in rule.days
        )
        return str(words["by_days"]).format(days=days) + (str(words["of_next_year"]) if rule.next_period else "")
    day = rule.day_of_month
    if rule.day_of_month and rule.month_in_period:
        key = "by_day_month_in_next_period" if rule.next_period else "by_day_month_in_period"
        return str(words[key]).format(day=day, which=words["which_month"][rule.month_in_period])
    if rule.day_of_month:
        same_month = rule.every == "month" and not rule.next_period
        key = ("by_working_day" if rule.working_day else "by_day") + ("_same_month" if same_month else "_next_month")
        return str(words[key]).format(day=day)
    if rule.days_after:
        return str(words["by_days_after"]).format(count=rule.days_after)
    if rule.months_after > 1:
        return str(words["by_end_of_months_after"]).format(count=rule.months_after)
    return str(words["by_end_of_next_month" if rule.next_period else "by_period_end"])


def moved_text(moved: Moved | None, lang: str) -> str | None:
    """Why a due date is not the day the phrase names, in the plan's language; None if it did not move.

    The one place the words of a move are built (lang/*.yaml, `explain: moved`); the golden
    outputs of `planctl due` quote them.
    """
    if moved is None:
        return None
    words = texts(lang)
    why = moved.holiday or day_off_name(moved.day, lang)
    direction = words["directions"][moved.direction]
    return str(words["moved"]).format(day=f"{moved.day:%d.%m.%Y}", why=why, direction=direction, due=f"{moved.due:%d.%m.%Y}")


def why_not_working(calendar: WorkCalendar, day: dt.date, lang: str | None = None) -> str | None:
    """The holiday's name, or the weekday in words, or None for a working day."""
    name = calendar.holiday(day)
    if name is None:
        return None
    return name or day_off_name(day, lang or calendar.lang)


def day_off_name(day: dt.date, lang: str) -> str:
    """A day off that is not a holiday: Saturday, Sunday, or a transferred day off."""
    words = texts(lang)
    return str(words["weekend"][day.weekday() - 5] if day.weekday() >= 5 else words["day_off"])


def _day(words: Mapping[str, Any], day: int, month: int, year: int | None) -> str:
    if not month:
        return str(words["day_of_plan_month"]).format(day=day)
    name = words["months_genitive"][month - 1]
    return str(words["day"]).format(day=day, month=name, year=year) if year else str(words["day_each_year"]).format(day=day, month=name)


def _month_weekday(words: Mapping[str, Any], month: int, nth: int, weekday: int) -> str:
    """«4-ю субботу ноября»: the n-th weekday of a named month."""
    return f"{words['weekday_nth'][weekday][1 if nth == -1 else 0].format(n=nth)} {words['months_genitive'][month - 1]}"


def _period_name(words: Mapping[str, Any], period: PeriodRef) -> str:
    year = str(words["in_year"]).format(year=period.year) if period.year else ""
    if period.unit == "year":
        return str(words["year"]).format(year=period.year)
    if period.unit == "month":
        return f"{words['months_nominative'][period.index - 1]}{year}"
    if period.unit in PARTS_OF_MONTH:
        month = words["months_genitive"][period.month - 1] if period.month else words["plan_month"]
        return str(words[period.unit]).format(index=ROMAN[period.index], month=month, year=year)
    return f"{ROMAN[period.index]} {words['periods'][period.unit]}{year}"
