"""A term's first year: «ежегодно, начиная с 2025 года, до 1 марта», «IV квартал 2024 г., далее ежегодно».

Both say when a recurring term starts; the term itself is read without those words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from planctl.deadlines.decide import decide, period_end_day
from planctl.deadlines.facts import Unreadable
from planctl.deadlines.language import Language
from planctl.deadlines.scanner import Scanner
from planctl.deadlines.spec import DayRef, Kind, PeriodRef, Rule

#: Frequencies whose reporting periods a first year can start: «ежеквартально …, начиная с 2025 года».
_FIRST_YEAR_EVERY = (None, "year", "half", "quarter", "month")
_FIRST_DAY_EVERY = (None, "year")


def read_from_first_year(tokens: list[str], lang: Language, inherit_every: str | None) -> tuple[Kind, Rule]:
    """ "ежегодно, начиная с 2025 года, до 1 марта": the term read without its first year, from that year on.

    Only a recurring or dated term takes a first year; anything else is read with the words as they are.
    A first day («начиная с 12 декабря 2013 года») is taken for its year only by a yearly term: «ежемесячно …,
    начиная с 01.10.2024» would have months before October.
    """
    found = _starting_year(tokens, lang)
    if found is not None:
        rest, year, from_day = found
        try:
            kind, rule = decide(Scanner(rest, lang).scan(), inherit_every)
        except Unreadable:
            pass
        else:
            every = _FIRST_DAY_EVERY if from_day else _FIRST_YEAR_EVERY
            if kind in ("recurring", "date") and rule.every in every and not rule.years and all(day.year is None for day in rule.days):
                return kind, replace(rule, from_year=year)
    return decide(Scanner(tokens, lang).scan(), inherit_every)


def _starting_year(tokens: list[str], lang: Language) -> tuple[list[str], int, bool] | None:
    """The tokens without «начиная с 2025 года» (and its commas), that year, and whether a first day said it
    («начиная с 12 декабря 2013 года», «начиная с 15.07.2022»); None if there is none."""
    for words in lang.starting:
        size = len(words)
        for start in range(len(tokens) - size):
            if tuple(tokens[start : start + size]) != words:
                continue
            found = _first_year(tokens, start + size, lang)
            if found is None:
                continue
            year, end = found
            from_day = end - (start + size) > 1 or "." in tokens[start + size]
            if end < len(tokens) and tokens[end] in lang.year:
                end += 1
            before, after = tokens[:start], tokens[end:]
            if before and before[-1] == ",":
                before = before[:-1]
            if after and after[0] == ",":
                after = after[1:]
            return [*before, *after], year, from_day
    return None


_DATE_WITH_YEAR = re.compile(r"\d{1,2}\.\d{1,2}\.((?:19|20)\d\d)")


def _first_year(tokens: list[str], at: int, lang: Language) -> tuple[int, int] | None:
    """The year said at `at` («2025», «12 декабря 2013», «15.07.2022») and where its words end."""
    token = tokens[at] if at < len(tokens) else ""
    if (date := _DATE_WITH_YEAR.fullmatch(token)) is not None:
        return int(date.group(1)), at + 1
    if token.isdigit() and at + 2 < len(tokens) and tokens[at + 1] in lang.months:
        at += 2  # «12 декабря 2013 года»: the first day's year
        token = tokens[at]
    return (int(token), at + 1) if token.isdigit() and len(token) == 4 else None


def read_then_yearly(tokens: list[str], lang: Language) -> tuple[Kind, Rule] | None:
    """A part that closes on "далее ежегодно": its first term, then the same point of every later year; None
    when the part has none. After it only the same day said again with no year («До 01.03.2024, далее –
    ежегодно до 1 марта»)."""
    for words in lang.then_yearly:
        size = len(words)
        for start in range(len(tokens) - size + 1):
            if tuple(tokens[start : start + size]) == words:
                head = tokens[:start]
                while head and head[-1] in (",", "-"):
                    head.pop()
                first = decide(Scanner(head, lang).scan())
                tail = [token for token in tokens[start + size :] if token not in (",", "-")]
                if tail and not _same_day_again(first, tail, lang):
                    raise Unreadable("then_yearly_first")
                return then_yearly(*first)
    return None


def _same_day_again(first: tuple[Kind, Rule], tail: list[str], lang: Language) -> bool:
    """Whether `tail` is the one day of the first term, said with no year (each year's term is its day)."""
    try:
        again = decide(Scanner(tail, lang).scan())
    except Unreadable:
        return False
    days, days_again = first[1].days, again[1].days
    one_day = first[0] == again[0] == "date" and len(days) == len(days_again) == 1 and days_again[0].year is None
    return one_day and (days[0].day, days[0].month) == (days_again[0].day, days_again[0].month)


def then_yearly(kind: Kind, rule: Rule) -> tuple[Kind, Rule]:
    """ "IV квартал 2024 г., далее ежегодно": that point of 2024 and of every later year."""
    if kind == "date" and len(rule.days) == 1 and rule.days[0].year is not None:
        day = rule.days[0]
        return "recurring", Rule(every="year", days=(DayRef(day.day, day.month),), from_year=day.year)
    if kind == "period" and len(rule.periods) == 1 and rule.periods[0].year is not None:
        ref = rule.periods[0]
        days = () if ref.unit == "year" else (period_end_day(PeriodRef(ref.unit, ref.index, None, ref.month)),)
        return "recurring", Rule(every="year", days=days, from_year=ref.year)
    raise Unreadable("then_yearly_first")
