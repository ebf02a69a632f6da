"""The scanner: a cursor over the tokens of one part that must account for every token.

The steps that read items (`items`) and terms (`terms`) move the cursor; the scan loop
here ties ranges ("с … по …", "январь - март") and refuses a word that fits nowhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from planctl.deadlines.facts import AND_WORDS, COMMON_YEAR, DAY_AHEAD, Facts, Unreadable, is_day_number, roman, two_digit_year, year_of
from planctl.deadlines.items import (
    try_bare_day,
    try_day_list,
    try_day_month,
    try_day_range,
    try_month,
    try_named_day,
    try_ordinal_period,
    try_ranges_of_days,
    try_years,
)
from planctl.deadlines.language import Language, phrase_at
from planctl.deadlines.normalize import is_word
from planctl.deadlines.relative import try_relative
from planctl.deadlines.spec import DayRef, PeriodRef
from planctl.deadlines.terms import (
    try_cumulative,
    try_day_of_month,
    try_nth_weekday,
    try_phrase,
    try_results_of_work,
    try_times,
    try_weekdays_alone,
)

#: "до декабря", "к IV кварталу": whether the named period itself is included is anyone's guess.
_BEFORE = frozenset({"до", "к"})
#: The most words an undated event that opens a span may take («з дня закінчення навчального року по …»).
_EVENT_WORDS = 8


class Scanner:
    """A cursor over the tokens of one part."""

    def __init__(self, tokens: list[str], lang: Language) -> None:
        self.t = tokens
        self.i = 0
        self.lang = lang
        self.facts = Facts()
        #: Sizes of (days, periods) before the item just read, while a range may follow it.
        self.after_item: tuple[int, int] | None = None
        #: Set by a range word ("-", "по"): the next item ends the range that began here.
        self.range_start: tuple[int, int] | None = None
        #: "с …" read, its item not yet seen / seen without an end.
        self.start_pending = False
        self.open_start = False
        #: An item step that read a whole range by itself ("с 1 по 10 сентября").
        self.range_closed = False

    def peek(self, offset: int = 0) -> str:
        j = self.i + offset
        return self.t[j] if 0 <= j < len(self.t) else ""

    def phrase_at(self, candidates: tuple[tuple[str, ...], ...]) -> int:
        return phrase_at(self.t, self.i, candidates)

    def ordinal(self, offset: int = 0) -> int | None:
        token = self.peek(offset)
        if is_day_number(token):
            return int(token)
        if token.endswith(("-й", "-е", "-го", "-м", "-є")):
            number = token.split("-")[0]
            return int(number) if number.isdigit() else None
        numeral = roman(token)
        if numeral is not None:
            return numeral
        return self.lang.ordinals.get(token)

    def numbers_joined(self, joiners: frozenset[str]) -> tuple[list[int], int]:
        """Day numbers from the cursor joined by `joiners` ("3, 17", "5 и 20"): the numbers, and the
        offset of the last one (or of the token after the last joiner, where no number follows it)."""
        numbers: list[int] = []
        j = 0
        while is_day_number(self.peek(j)):
            numbers.append(int(self.peek(j)))
            if self.peek(j + 1) not in joiners:
                break
            j += 2
        return numbers, j

    def year_after(self, offset: int) -> tuple[int | None, int]:
        """A year at `offset` (with its optional year word); returns (year, tokens used)."""
        year = year_of(self.peek(offset))
        short = self.peek(offset)
        if year is None and len(short) == 2 and short.isdigit() and self.peek(offset + 1) in self.lang.year:
            year = two_digit_year(short)  # «с 7 по 13 февраля 22 года»: a two-digit year with its year word
        if year is None:
            return None, 0
        used = 1
        if self.peek(offset + used) in self.lang.year:
            used += 1
        return year, used

    def unit_word(self, token: str) -> str | None:
        if token in self.lang.quarter:
            return "quarter"
        if token in self.lang.half:
            return "half"
        if token in self.lang.decade:
            return "decade"
        if token in self.lang.week:
            return "week"
        if token in self.lang.half_month:
            return "half_month"
        return None

    def phrase_at_index(self, index: int, candidates: tuple[tuple[str, ...], ...]) -> int:
        return phrase_at(self.t, index, candidates)

    def _close_range(self, start: tuple[int, int], end: tuple[int, int]) -> None:
        """Keep only the end of a range ("с января по март 2025 г."), or every year of a span of years."""
        facts = self.facts
        first = facts.periods[start[1] : end[1]]
        last = facts.periods[end[1] :]
        if first and last and all(p.unit == "year" and p.year for p in first + last) and not facts.days[start[0] :]:
            years = range(first[0].year or 0, (last[-1].year or 0) + 1)
            if not years:
                raise Unreadable("years_reversed_span")
            facts.periods[start[1] :] = [PeriodRef("year", 0, year) for year in years]
            facts.year_range = True
            facts.years_from_to = facts.years_from_to or self.open_start
            return
        opened, closing = facts.days[start[0] : end[0]], facts.days[end[0] :]
        if not self.open_start and _reported_beside_day(first, last, opened, closing):
            # «I кв. — 2 мая 2017 года», «29.04.2019 – первый квартал»: the quarter reported on and its day, no span
            del facts.periods[start[1] :]
            return
        if opened and closing and not self.open_start and not facts.periods[start[1] :] and _same_day(opened[-1], closing[0]):
            del facts.days[start[0] : end[0]]  # "12 грудня – Вівторок 12.12.2017.": one day said twice («с … по» the same day stays a span)
            return
        facts.day_span = facts.day_span or len(facts.days) > end[0]
        if opened and closing and opened[0].year is None and closing[-1].year is None and opened[0].month > closing[-1].month > 0:
            facts.days[-1] = replace(closing[-1], next_year=True)  # "26 декабря – 1 января" ends in the next year
        del facts.days[start[0] : end[0]]
        del facts.periods[start[1] : end[1]]

    def _lost_opening(self) -> bool:
        """«1 липня до 5 серпня»: a cell that opens on a day and goes on «до» another day is a span
        whose «з» was left to the column's heading; «до» after a later item, or after a day that had its own
        «до» («до 20 января до 20 июня»), is a deadline of its own."""
        facts = self.facts
        first_day = self.after_item == (0, 0) and len(facts.days) == 1 and not facts.periods
        return first_day and "до" not in self.t[: self.i] and bool(DAY_AHEAD.match(self.peek(1)))

    def _lasting(self) -> bool:
        """«с 11 апреля в течение 10 календарных дней»: a first day and so many calendar days, a span whose last
        day is the tenth one counted from the first; a yearless day is counted in a common year."""
        facts = self.facts
        if facts.relative is None or facts.other_event or len(facts.days) != 1 or facts.periods or not facts.days[0].month:
            return False
        count, working, unit = facts.relative
        if working or unit != "day" or count < 1:
            return False
        first = facts.days[0]
        start = dt.date(first.year or COMMON_YEAR, first.month, first.day)
        last = start + dt.timedelta(days=count - 1)
        year = last.year if first.year else None
        facts.days = [DayRef(last.day, last.month, year, next_year=first.year is None and last.year > start.year)]
        facts.relative = None
        facts.day_span = True
        return True

    def _event_start(self) -> None:
        """«з дня закінчення навчального року по 31 серпня»: a span from an undated event to a day
        is a period that ends on that day; the event's words are passed over."""
        if self.peek() not in self.lang.span_event and self.peek(-1) not in ("от", "від"):
            return  # «от распаления льда до 15 июля»: after «от» any undated words name the event
        words = 0
        while is_word(self.peek(words)) and self.peek(words) not in ("по", "до") and words <= _EVENT_WORDS:
            if self.peek(words) in self.lang.months or self.peek(words) in self.lang.seasons:
                return
            words += 1
        if words == 0 or self.peek(words) not in ("по", "до") or not DAY_AHEAD.match(self.peek(words + 1)):
            return
        self.i += words + 1
        self.start_pending = False
        self.facts.day_span = True

    def scan(self) -> Facts:
        """Read every token; a word that fits nowhere makes the part unknown."""
        words = (try_weekdays_alone, try_relative, try_cumulative, try_nth_weekday, try_phrase, try_results_of_work, try_times, try_day_of_month)
        items = (try_bare_day, try_named_day, try_ordinal_period, try_ranges_of_days, try_day_range, try_day_list, try_day_month, try_month, try_years)
        facts = self.facts
        while self.i < len(self.t):
            weekdays_before = len(facts.month_weekdays)
            if any(step(self) for step in words):
                if self.start_pending and len(facts.month_weekdays) > weekdays_before:
                    # «со второй субботы августа по 31 декабря»: a span from a weekday of a month, its last day decides
                    facts.month_weekdays.pop()
                    self.after_item, self.start_pending, self.open_start = (len(facts.days), len(facts.periods)), False, True
                    continue
                self.after_item = self.range_start = None
                self.start_pending = False
                continue
            used = self.phrase_at(self.lang.range_from)
            if used and not self.start_pending:
                self.i += used
                self.start_pending = True
                self.after_item = self.range_start = None
                self._event_start()
                continue
            before = (len(facts.days), len(facts.periods))
            preceding = self.peek(-1)
            self.range_closed = False
            if any(step(self) for step in items):
                if self.range_start is not None:
                    self._close_range(self.range_start, before)
                    before = self.range_start
                    self.open_start = False
                elif preceding in _BEFORE and len(facts.periods) > before[1]:
                    raise Unreadable("before_period", word=preceding)
                elif self.start_pending:
                    self.open_start = not self.range_closed
                self.start_pending = False
                self.range_start = None
                self.after_item = before
                continue
            token = self.peek()
            is_range = token in self.lang.range_to and (token != "до" or self.open_start or self._lost_opening())
            if is_range and self.after_item is not None:
                self.range_start = self.after_item
                self.after_item = None
                self.i += 1
                continue
            day_ahead = DAY_AHEAD.match(self.peek(2) if self.peek(1) in (",", "-") else self.peek(1))  # "У суботу, 11 грудня", "Понедельник – 16.03.2020"
            if token in self.lang.weekdays and (facts.days or facts.frequent or day_ahead):
                # "23.11.16 Середа 24.11.16 Четвер", "Понеділок 04.03", "ежедневно (со вторника по пятницу)":
                # the weekday beside a date, or in daily or weekly work, adds nothing to it
                self.i += 1
                continue
            if self.after_item is not None and (token in self.lang.this_year or token in self.lang.year):
                self.i += 1  # "с 1 апреля текущего года по 30 июня": the day's year, the span still open
                continue
            if token in AND_WORDS and self.open_start and self.after_item is not None and self.peek(1) in self.lang.range_to:
                self.i += 1  # «с 30 декабря и до 8 января»: the span goes on
                continue
            if token in self.lang.start_of and self.start_pending and self.peek(1) in self.lang.months:
                self.i += 1  # «с начала декабря до конца июня»: the span opens with the month
                continue
            if token in self.lang.end_of and self.range_start is not None:
                self.i += 1  # «с 10 января до конца февраля»: the span ends with the month
                continue
            if token in self.lang.skip or token in (",", "-"):
                self.after_item = self.range_start = None
                self.i += 1
                continue
            close = _close_word(token, self.lang.vocabulary) if is_word(token) and token not in self.lang.vocabulary else []
            if close:
                raise Unreadable("unreadable_word_hint", token=token, hint=close[0])
            raise Unreadable("unreadable_word", token=token)
        if (self.open_start or self.start_pending) and self._lasting():
            return facts
        if self.open_start or self.start_pending:
            if not facts.frequent:
                raise Unreadable("start_only")
            # weekly or daily work "начиная с 9 сентября": the start dates nothing of its own
            facts.days.clear()
            facts.periods = [ref for ref in facts.periods if ref.unit == "year"]
        return facts


def _reported_beside_day(first: list[PeriodRef], last: list[PeriodRef], opened: list[DayRef], closing: list[DayRef]) -> bool:
    """A quarter or half-year of no year on one side of a dash and one day on the other: what is reported and when."""
    periods, days = (first, closing) if first else (last, opened)
    reported = len(periods) == 1 and periods[0].unit in ("quarter", "half") and periods[0].year is None
    return not (first and last) and reported and len(days) == 1 and bool(days[0].month) and len(opened) + len(closing) == 1


def _same_day(first: DayRef, second: DayRef) -> bool:
    """The same day and month, and no year that differs."""
    same = (first.day, first.month) == (second.day, second.month)
    return same and (first.year == second.year or None in (first.year, second.year))


def _close_word(token: str, vocabulary: frozenset[str]) -> list[str]:
    """The known word `token` is likely a slip of; difflib is loaded only for an unknown word."""
    from difflib import get_close_matches

    return get_close_matches(token, vocabulary, n=1, cutoff=0.8)
