"""Deadline phrase → schedule spec, for Russian and Ukrainian office language.

The grammar reads a part token by token and must account for every token: a word
it cannot place makes the part `unknown` with a reason, so it never guesses.
"""

from __future__ import annotations

import calendar as _calendar
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from planctl.deadlines.language import Language, language
from planctl.deadlines.normalize import normalize, tokenize
from planctl.deadlines.spec import DayRef, Kind, PartSpec, PeriodRef, Reading, Rule

#: Longer phrases are not deadlines; reading them would only waste time.
MAX_PHRASE = 2000
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12}
# Cyrillic letters that look like Roman numerals in Word documents ("ІV квартал", "ІІ полугодие").
_CYR_TO_LATIN = str.maketrans({"і": "i", "х": "x"})
#: "до декабря", "к IV кварталу": whether the named period itself is included is anyone's guess.
_BEFORE = frozenset({"до", "к"})
_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})(?:\.(\d{2,4}))?$")
_PARENS = re.compile(r"\(([^()]*)\)")
_UNIT_OF_TIMES = {1: "year", 2: "half", 4: "quarter", 12: "month"}
_MONTHS_IN = {"quarter": 3, "half": 6, "year": 12}
#: Phrase roles that only switch on the `_Facts` flag of the same name.
_FLAG_ROLES = frozenset({"frequent", "continuous", "on_demand", "throughout", "throughout_lead"})


class _Unknown(Exception):
    """The part cannot be read; carries the id of the reason shown to the user and its values.

    The texts live in lang/*.yaml (`reasons:`), so a Ukrainian plan reads its reasons in Ukrainian.
    """

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass
class _Facts:
    """What the scan found in one part."""

    days: list[DayRef] = field(default_factory=list)
    periods: list[PeriodRef] = field(default_factory=list)
    every: Optional[str] = None
    day_of_month: Optional[int] = None
    #: 1 for "первого месяца квартала", -1 for "последнего месяца квартала"; 0 if not named.
    month_in_period: int = 0
    next_period: bool = False
    #: The reporting period named by "следующего за отчетным кварталом", if any.
    next_unit: Optional[str] = None
    throughout: bool = False
    throughout_lead: bool = False
    continuous: bool = False
    frequent: bool = False
    on_demand: bool = False
    #: (count, working days?, "day" or "month")
    relative: Optional[tuple[int, bool, str]] = None
    year_range: bool = False


def _year(token: str) -> Optional[int]:
    if token.isdigit() and len(token) == 4 and 1900 <= int(token) <= 2200:
        return int(token)
    return None


def _roman(token: str) -> Optional[int]:
    return _ROMAN.get(token.translate(_CYR_TO_LATIN))


class _Scanner:
    """A cursor over the tokens of one part."""

    def __init__(self, tokens: list[str], lang: Language) -> None:
        self.t = tokens
        self.i = 0
        self.lang = lang
        self.facts = _Facts()
        #: Sizes of (days, periods) before the item just read, while a range may follow it.
        self.after_item: Optional[tuple[int, int]] = None
        #: Set by a range word ("-", "по"): the next item ends the range that began here.
        self.range_start: Optional[tuple[int, int]] = None
        #: "с …" read, its item not yet seen / seen without an end.
        self.start_pending = False
        self.open_start = False
        #: An item step that read a whole range by itself ("с 1 по 10 сентября").
        self.range_closed = False

    def peek(self, offset: int = 0) -> str:
        j = self.i + offset
        return self.t[j] if 0 <= j < len(self.t) else ""

    def phrase_at(self, candidates: tuple[tuple[str, ...], ...]) -> int:
        for words in candidates:
            if tuple(self.t[self.i : self.i + len(words)]) == words:
                return len(words)
        return 0

    # ------------------------------------------------------------------ pieces

    def ordinal(self, offset: int = 0) -> Optional[int]:
        token = self.peek(offset)
        if token.isdigit() and len(token) <= 2:
            return int(token)
        if token.endswith(("-й", "-е", "-го", "-м", "-є")):
            number = token.split("-")[0]
            return int(number) if number.isdigit() else None
        roman = _roman(token)
        if roman is not None:
            return roman
        return self.lang.ordinals.get(token)

    def year_after(self, offset: int) -> tuple[Optional[int], int]:
        """A year at `offset` (with its optional year word); returns (year, tokens used)."""
        year = _year(self.peek(offset))
        if year is None:
            return None, 0
        used = 1
        if self.peek(offset + used) in self.lang.year:
            used += 1
        return year, used

    def unit_word(self, token: str) -> Optional[str]:
        if token in self.lang.quarter:
            return "quarter"
        if token in self.lang.half:
            return "half"
        if token in self.lang.decade:
            return "decade"
        return None

    def try_ordinal_period(self) -> bool:
        """`IV квартал 2024`, `I-II кварталы 2025 года`, `II полугодие`, `II декада декабря`, `2 и 4 кварталы`."""
        indices: list[int] = []
        j = 0
        first = self.ordinal(j)
        if first is None:
            return False
        indices.append(first)
        j += 1
        while self.peek(j) in ("-", "и", "і", "й", "та", ",") and self.ordinal(j + 1) is not None:
            is_range = self.peek(j) == "-"
            nxt = self.ordinal(j + 1)
            assert nxt is not None
            if is_range:
                indices.extend(range(indices[-1] + 1, nxt + 1))
            else:
                indices.append(nxt)
            j += 2
        unit = self.unit_word(self.peek(j))
        if unit is None:
            return False
        j += 1
        ranged = any(self.peek(k) == "-" for k in range(1, j))
        month = 0
        if unit == "decade":
            month = self.lang.months.get(self.peek(j), 0)
            if not month:
                raise _Unknown("decade_no_month")
            j += 1
        year, used = self.year_after(j)
        j += used
        limit = {"quarter": 4, "half": 2, "decade": 3}[unit]
        if any(not 1 <= n <= limit for n in indices):
            raise _Unknown("no_such_period_number", numbers=", ".join(map(str, indices)))
        chosen = indices[-1:] if ranged else indices
        for n in chosen:
            self.facts.periods.append(PeriodRef(unit, n, year, month))  # type: ignore[arg-type]
        self.i += j
        return True

    def try_day_month(self) -> bool:
        """`30 декабря 2024 г.`, `1 марта`, `01.07.2025`, `до 01.11`."""
        token = self.peek()
        m = _DATE.match(token)
        if m:
            day, month = int(m.group(1)), int(m.group(2))
            year = m.group(3)
            full = None
            if year:
                full = int(year) + (2000 if len(year) == 2 else 0)
                if len(year) == 3:
                    raise _Unknown("bad_year_in_date", token=token)
            used = 1
            if full is None:
                full, extra = self.year_after(1)
                used += extra
            elif self.peek(1) in self.lang.year:
                used += 1
            self._add_day(day, month, full)
            self.i += used
            return True
        number = token[:-2] if token.endswith("-й") else token
        if number.isdigit() and len(number) <= 2:
            month = self.lang.months.get(self.peek(1))
            if month:
                year, used = self.year_after(2)
                self._add_day(int(number), month, year)
                self.i += 2 + used
                return True
        return False

    def try_day_range(self) -> bool:
        """`с 1 по 10 сентября`, `1-10 сентября 2024 г.`: the range ends on its last day."""
        first = self.peek()
        if not (first.isdigit() and len(first) <= 2) or self.peek(1) not in self.lang.range_to:
            return False
        last = self.peek(2)
        month = self.lang.months.get(self.peek(3))
        if not (last.isdigit() and len(last) <= 2 and month):
            return False
        if int(first) > int(last):
            raise _Unknown("days_reversed", first=first, last=last)
        year, used = self.year_after(4)
        self._add_day(int(last), month, year)
        self.i += 4 + used
        self.range_closed = True
        return True

    def _add_day(self, day: int, month: int, year: Optional[int]) -> None:
        if not 1 <= month <= 12:
            raise _Unknown("no_such_month", month=month)
        last = _calendar.monthrange(year or 2024, month)[1]
        if not 1 <= day <= last:
            raise _Unknown("no_such_day", day=day, month=month)
        self.facts.days.append(DayRef(day, month, year))

    def try_month(self) -> bool:
        """`март 2025 г.`, `январь - март 2025 г.`, `сентябрь 2024 - май 2025`, `впродовж серпня 2021 року`."""
        month = self.lang.months.get(self.peek())
        if not month:
            return False
        j = 1
        year, used = self.year_after(j)
        j += used
        last_month, last_year = month, year
        if self.peek(j) == "-" and self.lang.months.get(self.peek(j + 1)):
            last_month = self.lang.months[self.peek(j + 1)]
            j += 2
            last_year, used = self.year_after(j)
            j += used
            if last_year is None:
                last_year = year
        self.facts.periods.append(PeriodRef("month", last_month, last_year))
        self.i += j
        return True

    def try_years(self) -> bool:
        """`2025 год`, `2024-2025 годы`, `2024-2026 гг.`, `2024 г.`."""
        first = _year(self.peek())
        if first is None:
            return False
        j = 1
        last = first
        if self.peek(1) == "-" and _year(self.peek(2)) is not None:
            last = int(self.peek(2))
            j = 3
            if last < first:
                raise _Unknown("years_reversed", first=first, last=last)
        if self.peek(j) in self.lang.year:
            j += 1
        for year in range(first, last + 1):
            self.facts.periods.append(PeriodRef("year", 0, year))
        self.facts.year_range = self.facts.year_range or last != first
        self.i += j
        return True

    def try_day_of_month(self) -> bool:
        """`до 10 числа`, `до 5-го числа месяца`, `до 20 числа последнего месяца квартала`."""
        token = self.peek()
        number = token.split("-")[0]
        if number.isdigit() and len(number) <= 2 and self.peek(1) in ("числа", "число", "чис"):
            day = int(number)
            if not 1 <= day <= 31:
                raise _Unknown("no_such_day_of_month", day=day)
            self.facts.day_of_month = day
            self.i += 2
            self._month_in_period()
            return True
        return False

    def _month_in_period(self) -> None:
        """`последнего месяца квартала`, `первого месяца каждого полугодия`: the month of the
        reporting period a day of month falls in; the period word also sets the frequency."""
        which = -1 if self.peek() in self.lang.last else self.lang.ordinals.get(self.peek())
        if which is None or self.peek(1) not in self.lang.month_word:
            return
        j = 2 + (self.peek(2) in self.lang.each)
        unit = "year" if self.peek(j) in self.lang.year else self.unit_word(self.peek(j))
        if unit not in _MONTHS_IN:
            return
        if which > _MONTHS_IN[unit]:
            raise _Unknown("no_such_month_in_period", which=which, months=_MONTHS_IN[unit])
        self._set_every(unit)
        self.facts.month_in_period = which
        self.i += j + 1

    def try_times(self) -> bool:
        """`N раз(а) в год/квартал/полугодие/месяц`."""
        token = self.peek()
        count = int(token) if token.isdigit() and len(token) <= 2 else self.lang.counts.get(token)
        if count is None:
            return False
        j = 1
        if self.peek(j) in self.lang.times:
            j += 1
        elif token not in ("дважды", "двічі", "однажды"):
            return False
        if self.peek(j) in ("в", "на", "за"):
            j += 1
        unit_token = self.peek(j)
        if unit_token in self.lang.year:
            base = 1
        elif unit_token in self.lang.half or unit_token in ("полгода", "півроку"):
            base = 2
        elif unit_token in self.lang.quarter:
            base = 4
        elif unit_token in self.lang.month_word:
            base = 12
        else:
            return False
        per_year = count * base
        unit = _UNIT_OF_TIMES.get(per_year)
        if unit is None:
            raise _Unknown("times_not_periods", count=count)
        self._set_every(unit)
        self.i += j + 1
        return True

    def try_relative(self) -> bool:
        """`в течение 10 рабочих дней со дня утверждения плана`, `в месячный срок со дня …`.

        Consumes the rest of the part: whatever event it counts from, the plan's approval
        date is the only one planctl knows.
        """
        j = 1 if self.peek() in ("в", "у") else 0
        term = self.lang.terms.get(self.peek(j))
        if term is not None and self.peek(j + 1) in ("срок", "строк"):
            count, unit = term
            return self._relative_tail(j + 2, count, False, unit, need_anchor=True)
        used = self.phrase_at(self.lang.relative_lead)
        if not used:
            return False
        j = used
        token = self.peek(j)
        number: Optional[int] = None
        if token.isdigit() and len(token) <= 3:
            number = int(token)
        elif token in self.lang.counts:
            number = self.lang.counts[token]
        if number is not None:
            j += 1
        working = False
        if self.peek(j) in self.lang.working:
            working, j = True, j + 1
        elif self.peek(j) in self.lang.calendar:
            j += 1
        unit_token = self.peek(j)
        if unit_token in self.lang.days and number is not None:
            unit = "day"
        elif unit_token in self.lang.weeks and not working:
            unit = "week"
        elif unit_token in self.lang.months_of_term and not working:
            unit = "month"
        else:
            return False
        # "в течение месяца" alone could be any month; counted from an event it is a term
        return self._relative_tail(j + 1, number or 1, working, unit, need_anchor=unit != "day")

    def _relative_tail(self, used: int, count: int, working: bool, unit: str, *, need_anchor: bool) -> bool:
        rest = self.i + used
        has_anchor = rest < len(self.t) and bool(self.phrase_at_index(rest, self.lang.anchors))
        if need_anchor and not has_anchor:
            return False
        if rest < len(self.t) and not has_anchor:
            raise _Unknown("no_anchor_event")
        if has_anchor:
            event = self.t[rest + self.phrase_at_index(rest, self.lang.anchors)] if rest + 1 < len(self.t) else ""
            if event not in self.lang.events:
                raise _Unknown("unknown_event", event=event or "…")
        if count <= 0 or count > 400:
            raise _Unknown("bad_term", count=count)
        self.i = len(self.t)
        if unit == "week":
            count, unit = count * 7, "day"
        self.facts.relative = (count, working, unit)
        return True

    def phrase_at_index(self, index: int, candidates: tuple[tuple[str, ...], ...]) -> int:
        for words in candidates:
            if tuple(self.t[index : index + len(words)]) == words:
                return len(words)
        return 0

    def _set_every(self, unit: str) -> None:
        if self.facts.every not in (None, unit):
            raise _Unknown("mixed_frequencies")
        self.facts.every = unit

    def try_phrase(self) -> bool:
        for words, role, value in self.lang.phrases:
            if tuple(self.t[self.i : self.i + len(words)]) != words:
                continue
            facts = self.facts
            if role == "refuse":
                raise _Unknown(value)
            if role == "recurring":
                self._set_every(value)
            elif role in _FLAG_ROLES:
                setattr(facts, role, True)
            elif role == "next_period":
                facts.next_period = True
                if value:
                    if facts.next_unit not in (None, value):
                        raise _Unknown("mixed_reporting_periods")
                    facts.next_unit = value
            # at_least: "не реже" only stresses the recurrence
            self.i += len(words)
            return True
        return False

    def _close_range(self, start: tuple[int, int], end: tuple[int, int]) -> None:
        """Keep only the end of a range ("с января по март 2025 г."), or every year of a span of years."""
        facts = self.facts
        first = facts.periods[start[1] : end[1]]
        last = facts.periods[end[1] :]
        if first and last and all(p.unit == "year" and p.year for p in first + last) and not facts.days[start[0] :]:
            years = range(first[0].year or 0, (last[-1].year or 0) + 1)
            if not years:
                raise _Unknown("years_reversed_span")
            facts.periods[start[1] :] = [PeriodRef("year", 0, year) for year in years]
            facts.year_range = True
            return
        del facts.days[start[0] : end[0]]
        del facts.periods[start[1] : end[1]]

    def scan(self) -> _Facts:
        """Read every token; a word that fits nowhere makes the part unknown."""
        words = (self.try_relative, self.try_phrase, self.try_times, self.try_day_of_month)
        items = (self.try_ordinal_period, self.try_day_range, self.try_day_month, self.try_month, self.try_years)
        facts = self.facts
        while self.i < len(self.t):
            if any(step() for step in words):
                self.after_item = self.range_start = None
                self.start_pending = False
                continue
            used = self.phrase_at(self.lang.range_from)
            if used and not self.start_pending:
                self.i += used
                self.start_pending = True
                self.after_item = self.range_start = None
                continue
            before = (len(facts.days), len(facts.periods))
            preceding = self.peek(-1)
            self.range_closed = False
            if any(step() for step in items):
                if self.range_start is not None:
                    self._close_range(self.range_start, before)
                    before = self.range_start
                    self.open_start = False
                elif preceding in _BEFORE and len(facts.periods) > before[1]:
                    raise _Unknown("before_period", word=preceding)
                elif self.start_pending:
                    self.open_start = not self.range_closed
                self.start_pending = False
                self.range_start = None
                self.after_item = before
                continue
            token = self.peek()
            is_range = token in self.lang.range_to and (token != "до" or self.open_start)
            if is_range and self.after_item is not None:
                self.range_start = self.after_item
                self.after_item = None
                self.i += 1
                continue
            if token in self.lang.skip or token in (",", "-"):
                self.after_item = self.range_start = None
                self.i += 1
                continue
            raise _Unknown("unreadable_word", token=token)
        if self.open_start or self.start_pending:
            raise _Unknown("start_only")
        return facts


def _backfill_years(refs: list, years: tuple[int, ...]) -> tuple[list, tuple[int, ...]]:
    """Give yearless dates or periods the year written after them, as Russian lists do.

    "1 марта, 1 сентября 2024 г." and "сентябрь, октябрь 2024 г." name 2024 once for
    all; "IV квартал, 2024 год" names the quarter's year as a separate year. Returns the
    refs and the year periods still standing on their own.
    """
    out = list(refs)
    following: Optional[int] = None
    for index in range(len(out) - 1, -1, -1):
        if out[index].year is None and following is not None:
            out[index] = replace(out[index], year=following)
        elif out[index].year is not None:
            following = out[index].year
    if len(years) == 1 and out and all(r.year in (None, years[0]) for r in out):
        return [replace(r, year=years[0]) for r in out], ()
    return out, years


def _per_period_unit(days: list[DayRef]) -> Optional[str]:
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


def _decide(facts: _Facts, inherit_every: Optional[str] = None) -> tuple[Kind, Rule]:
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
        if facts.days or facts.periods or facts.every:
            raise _Unknown("relative_with_other")
        count, working, unit = facts.relative
        return "relative", Rule(count=count, working_days=working, count_unit="month" if unit == "month" else "day")
    every = facts.every
    if facts.next_unit is not None:
        if every is None and (facts.day_of_month is not None or facts.days):
            every = facts.next_unit
        elif every is not None and every != facts.next_unit:
            raise _Unknown("frequency_vs_reporting")
    if every is None and inherit_every is not None and (facts.day_of_month is not None or facts.next_period):
        every = inherit_every
    if every is not None:
        days = list(facts.days)
        if any(day.year is not None for day in days):
            raise _Unknown("recurring_date_with_year")
        if len(days) > 1:
            unit = _per_period_unit(days)
            if unit is None or every not in ("year", unit) or facts.day_of_month is not None or facts.next_period:
                raise _Unknown("recurring_many_dates")
            every = unit
        elif days and every != "year":
            raise _Unknown("recurring_one_date")
        if other_periods:
            if any(p.year is not None for p in other_periods) or days:
                raise _Unknown("recurring_period_with_year")
            ends = [_period_end_day(p) for p in other_periods]
            if len(ends) == 1:
                if every != "year":
                    raise _Unknown("recurring_one_period")
                return "recurring", Rule(every=every, days=tuple(ends), next_period=facts.next_period, years=years)
            # "два раза в год (июнь, декабрь)": the end of one named period in each half
            unit = _per_period_unit(ends)
            if unit is None or every not in ("year", unit) or facts.next_period:
                raise _Unknown("recurring_many_periods")
            return "recurring", Rule(every=unit, days=tuple(ends), years=years)
        if facts.day_of_month is not None and days:
            raise _Unknown("recurring_day_and_date")
        if facts.month_in_period and facts.next_period:
            raise _Unknown("month_in_period_and_next")
        if every == "year" and facts.day_of_month is not None and not (facts.next_period or facts.month_in_period):
            raise _Unknown("yearly_day_only")
        return "recurring", Rule(
            every=every,
            days=tuple(sorted(days, key=lambda d: (d.month, d.day))),
            day_of_month=facts.day_of_month,
            next_period=facts.next_period,
            month_in_period=facts.month_in_period,
            years=years,
        )
    if facts.day_of_month is not None or facts.next_period:
        raise _Unknown("day_without_frequency")
    if facts.days:
        if other_periods:
            raise _Unknown("dates_and_periods")
        days, left = _backfill_years(facts.days, years)
        if left:
            raise _Unknown("year_vs_date")
        return "date", Rule(days=tuple(days))
    if other_periods:
        periods, left = _backfill_years(other_periods, years)
        if left:
            raise _Unknown("many_periods")
        return "period", Rule(periods=tuple(periods))
    if years:
        if facts.throughout_lead or facts.throughout:
            return "throughout", Rule(years=years)
        # "2024-2025 гг. по мере необходимости" is "в течение 2024-2025 гг.", as needed;
        # "постоянно" stays never overdue
        if facts.on_demand:
            return "throughout", Rule(years=years)
        if facts.continuous or facts.frequent:
            return "continuous", Rule(years=years)
        if facts.year_range:
            return "period", Rule(periods=(PeriodRef("year", 0, years[-1]),), years=years)
        return "period", Rule(periods=tuple(PeriodRef("year", 0, y) for y in years))
    if facts.continuous or facts.frequent:
        return "continuous", Rule()
    if facts.throughout:
        return "throughout", Rule()
    if facts.on_demand:
        return "on_demand", Rule()
    if facts.throughout_lead:
        raise _Unknown("throughout_no_period")
    raise _Unknown("no_date_or_period")


def _period_end_day(period: PeriodRef) -> DayRef:
    """The last day of a yearless period, as a day of each year ("ежегодно в IV квартале")."""
    if period.unit == "quarter":
        month = period.index * 3
    elif period.unit == "half":
        month = period.index * 6
    elif period.unit == "month":
        month = period.index
    else:
        month = period.month
        if period.index < 3:
            return DayRef(period.index * 10, month)
    return DayRef(_calendar.monthrange(2023, month)[1], month)


def _split_parts(text: str, lang: Language, original: str = "") -> list[tuple[str, str, str]]:
    """Top-level comma chunks grouped into the work part and report parts: (part, text, as written).

    A chunk that mentions a report (отчет, доклад…) starts a report part; any other
    chunk continues the part before it ("ежегодно, до 20 декабря" is one part). The
    written form is the user's own text of the part when its commas line up with ours.
    """
    chunks = text.split(",")
    written = original.split(",")
    if len(written) != len(chunks):
        written = chunks
    parts: list[tuple[str, str, str]] = []
    for chunk, as_written in zip(chunks, written, strict=True):
        chunk, as_written = chunk.strip(), " ".join(as_written.split())
        if not chunk:
            continue
        is_report = any(token in lang.report for token in tokenize(chunk))
        if parts and is_report:
            parts.append(("report", chunk, as_written))
        elif parts:
            kind, previous, shown = parts[-1]
            parts[-1] = (kind, f"{previous} , {chunk}", f"{shown}, {as_written}")
        else:
            parts.append(("work", chunk, as_written))
    return parts


#: What a bracketed remark may read as and still be dropped when it is in the way.
_REMARK_KINDS = frozenset({"unknown", "on_demand", "continuous"})
_TIME_START_SKIP = frozenset({"до", "к", "не", "в", "по", "у", "на"})


def _drop_report_words(tokens: list[str], lang: Language) -> list[str]:
    """Remove the report noun and who it goes to ("доклад Губернатору края") before the term."""
    out: list[str] = []
    skipping = False
    for token in tokens:
        if token in lang.report:
            skipping = True
            continue
        if skipping:
            starts_term = (
                token in _TIME_START_SKIP
                or token[:1].isdigit()
                or token in lang.months
                or any(words[0] == token for words, _, _ in lang.phrases)
                or _roman(token) is not None
            )
            if not starts_term:
                continue
            skipping = False
        out.append(token)
    return out


def _read_part(part: str, text: str, lang: Language, inherit_every: Optional[str] = None, shown: str = "") -> PartSpec:
    tokens = tokenize(text)
    text = shown or text
    if part == "report" or (tokens and tokens[0] in lang.report):
        tokens = _drop_report_words(tokens, lang)
    try:
        head = _before_then_yearly(tokens, lang)
        if head is not None:
            kind, rule = _then_yearly(*_decide(_Scanner(head, lang).scan()))
        else:
            facts = _Scanner(tokens, lang).scan()
            kind, rule = _decide(facts, inherit_every if part == "report" else None)
    except _Unknown as problem:
        return PartSpec(part, "unknown", text, Rule(), lang.reason(problem.key, **problem.values))  # type: ignore[arg-type]
    if part == "report" and kind == "date" and all(day.year is None for day in rule.days):
        # "ежегодно, отчет до 25 декабря": a report by a day of no year is a yearly report
        unit = "year" if len(rule.days) == 1 else _per_period_unit(list(rule.days))
        if unit is not None:
            kind, rule = "recurring", Rule(every=unit, days=tuple(sorted(rule.days, key=lambda d: (d.month, d.day))))
    return PartSpec(part, kind, text, rule)  # type: ignore[arg-type]


def _before_then_yearly(tokens: list[str], lang: Language) -> Optional[list[str]]:
    """The tokens before a closing "далее ежегодно", or None when the part has none."""
    for words in lang.then_yearly:
        size = len(words)
        for start in range(len(tokens) - size + 1):
            if tuple(tokens[start : start + size]) == words:
                if any(token not in (",", "-") for token in tokens[start + size :]):
                    raise _Unknown("then_yearly_first")
                head = tokens[:start]
                while head and head[-1] in (",", "-"):
                    head.pop()
                return head
    return None


def _then_yearly(kind: Kind, rule: Rule) -> tuple[Kind, Rule]:
    """"IV квартал 2024 г., далее ежегодно": that point of 2024 and of every later year."""
    if kind == "date" and len(rule.days) == 1 and rule.days[0].year is not None:
        day = rule.days[0]
        return "recurring", Rule(every="year", days=(DayRef(day.day, day.month),), from_year=day.year)
    if kind == "period" and len(rule.periods) == 1 and rule.periods[0].year is not None:
        ref = rule.periods[0]
        days = () if ref.unit == "year" else (_period_end_day(PeriodRef(ref.unit, ref.index, None, ref.month)),)
        return "recurring", Rule(every="year", days=days, from_year=ref.year)
    raise _Unknown("then_yearly_first")


def _read_text(text: str, lang: Language, original: str = "") -> list[PartSpec]:
    parts: list[PartSpec] = []
    for part, chunk, shown in _split_parts(text, lang, original):
        work = parts[0] if parts else None
        inherit = work.rule.every if work is not None and work.kind == "recurring" else None
        parts.append(_read_part(part, chunk, lang, inherit, shown))
    return parts


@lru_cache(maxsize=65536)
def read_phrase(phrase: str, lang: str = "ru") -> Reading:
    """How an office worker reads `phrase`; cached, since plans repeat the same phrases."""
    table = language(lang)
    if not isinstance(phrase, str) or not phrase.strip():
        return Reading(phrase if isinstance(phrase, str) else "", "unknown", False, (), table.reason("empty"))
    if len(phrase) > MAX_PHRASE:
        return Reading(phrase, "unknown", False, (), table.reason("too_long", limit=MAX_PHRASE))
    text = normalize(phrase)
    parts = _read_all(text, table, phrase)
    if any(p.kind == "unknown" for p in parts):
        # Plans mix languages more often than one thinks ("щокварталу" in a Russian plan).
        other = _read_all(text, language("uk" if lang == "ru" else "ru"), phrase)
        if other and all(p.kind != "unknown" for p in other):
            parts = other
    if not parts:
        return Reading(phrase, "unknown", False, (), table.reason("no_date_or_period"))
    unknown = next((p for p in parts if p.kind == "unknown"), None)
    kind = parts[0].kind
    if unknown is not None:
        return Reading(phrase, "unknown", False, tuple(parts), unknown.reason)
    return Reading(phrase, kind, True, tuple(parts))


def _read_all(text: str, table: Language, original: str = "") -> list[PartSpec]:
    """The parts of `text`; a remark in brackets is dropped when it is what cannot be read."""
    parts = _read_text(text, table, original)
    if any(p.kind == "unknown" for p in parts):
        # "в течение года (по отдельному плану)": a remark that adds no date may go;
        # one that names a date or a period is part of the term and must be read
        remarks = _PARENS.findall(text)
        if not all(p.kind in _REMARK_KINDS for remark in remarks for p in _read_text(remark, table)):
            return parts
        plain = _PARENS.sub(" ", text)
        if plain != text and plain.strip():
            retry = _read_text(plain, table)
            if retry and all(p.kind != "unknown" for p in retry):
                parts = retry
    return parts
