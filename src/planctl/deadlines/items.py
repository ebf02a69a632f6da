"""Scanner steps for the dated items of a phrase: days, months, quarters, halves, decades, years.

Each step reads at the scanner's cursor and returns False, leaving the cursor, when the
tokens there are not its item.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planctl.deadlines.facts import AND_WORDS, Unreadable, is_day_number, two_digit_year, year_of
from planctl.deadlines.named_days import fixed_day
from planctl.deadlines.normalize import is_word
from planctl.deadlines.spec import PARTS_OF_MONTH, DayRef, PeriodRef
from planctl.period import month_days

if TYPE_CHECKING:
    from planctl.deadlines.scanner import Scanner

#: How many of each period a year or a month has: the highest number a period may bear.
_HOW_MANY = {"quarter": 4, "half": 2} | {part: count for part, (_, count) in PARTS_OF_MONTH.items()}

_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})(?:\.(\d{2,4}))?$")
# "12.2024" in a roadmap's deadline column: a month and its year
_MONTH_YEAR = re.compile(r"^(0?[1-9]|1[0-2])\.((?:19|20)\d\d)$")


def try_ordinal_period(sc: Scanner) -> bool:
    """`IV квартал 2024`, `I-II кварталы 2025 года`, `II полугодие`, `II декада декабря`, `2 и 4 кварталы`."""
    indices: list[int] = []
    j = 0
    first = sc.ordinal(j)
    if first is None and sc.peek(j) in sc.lang.last and sc.unit_word(sc.peek(j + 1)) in ("decade", "week"):
        first = -1  # "последняя неделя июня", "Останній тиждень серпня": the last one of the month
    if first is None:
        return False
    indices.append(first)
    j += 1
    while sc.peek(j) in ("-", "и", "і", "й", "та", ",") and sc.ordinal(j + 1) is not None:
        is_range = sc.peek(j) == "-"
        nxt = sc.ordinal(j + 1)
        assert nxt is not None
        if is_range:
            indices.extend(range(indices[-1] + 1, nxt + 1))
        else:
            indices.append(nxt)
        j += 2
    unit = sc.unit_word(sc.peek(j))
    if unit is None:
        return False
    j += 1
    ranged = any(sc.peek(k) == "-" for k in range(1, j))
    month = 0
    if unit == "half_month" and (sc.peek(j) in sc.lang.year or year_of(sc.peek(j))):
        unit = "half"  # "первая половина 2024 года", "вторая половина года": of a year
    if unit in PARTS_OF_MONTH:
        month = sc.lang.months.get(sc.peek(j), 0)
        if month:
            j += 1
        elif sc.facts.periods and sc.facts.periods[-1].unit == "month" and sc.lang.months.get(sc.peek(-1)):
            # "Вересень І тиждень": the month said before, as a heading of its weeks
            month = sc.facts.periods.pop().index
        elif is_day_number(sc.peek()):
            raise Unreadable("decade_no_month")  # "(3 тижні)" says how long, not which week
        else:
            # "II декада" in a plan of one month: the plan's month (month 0; `in_period` refuses it in a longer plan)
            j += sc.peek(j) in sc.lang.month_word
    year, used = sc.year_after(j)
    j += used
    limit = _HOW_MANY[unit]
    indices = [limit if n == -1 else n for n in indices]
    if any(not 1 <= n <= limit for n in indices):
        raise Unreadable("no_such_period_number", numbers=", ".join(map(str, indices)))
    chosen = indices[-1:] if ranged else indices
    for n in chosen:
        sc.facts.periods.append(PeriodRef(unit, n, year, month))  # type: ignore[arg-type]
    sc.i += j
    return True


def try_day_month(sc: Scanner) -> bool:
    """`30 декабря 2024 г.`, `1 марта`, `01.07.2025`, `до 01.11`."""
    token = sc.peek()
    m = _DATE.match(token)
    if m:
        day, month = int(m.group(1)), int(m.group(2))
        year = m.group(3)
        full = None
        if year:
            full = two_digit_year(year) if len(year) == 2 else int(year)
            if len(year) == 3:
                raise Unreadable("bad_year_in_date", token=token)
        used = 1
        if full is None:
            full, extra = sc.year_after(1)
            used += extra
        elif sc.peek(1) in sc.lang.year:
            used += 1
        add_day(sc, day, month, full)
        sc.i += used
        return True
    number = token.removesuffix("-й")
    if is_day_number(number):
        named = sc.lang.months.get(sc.peek(1))
        first, last = year_of(sc.peek(2)), year_of(sc.peek(4))
        if named and first and last and sc.peek(3) == "-" and first <= last:
            # "до 1 марта 2025-2027 годов": that day in each year of the span
            for year in range(first, last + 1):
                add_day(sc, int(number), named, year)
            sc.i += 5 + (sc.peek(5) in sc.lang.year)
            return True
        if named:
            year, used = sc.year_after(2)
            add_day(sc, int(number), named, year)
            sc.i += 2 + used
            return True
    return False


_DAY_LIST_JOINERS = AND_WORDS | {","}


def try_ranges_of_days(sc: Scanner) -> bool:
    """`13-15, 23-27 червня 2022р.`, `11, 23-27 жовтня`: days and ranges of days of one month, each
    ending on its last day; the list is a period or dates as its first item is."""
    ends: list[int] = []
    spans: list[bool] = []
    j = 0
    while is_day_number(sc.peek(j)):
        spanned = sc.peek(j + 1) == "-" and is_day_number(sc.peek(j + 2))
        ends.append(int(sc.peek(j + 2 if spanned else j)))
        spans.append(spanned)
        j += 3 if spanned else 1
        if sc.peek(j) not in _DAY_LIST_JOINERS or not is_day_number(sc.peek(j + 1)):
            break
        j += 1
    month = sc.lang.months.get(sc.peek(j))
    if len(ends) < 2 or not any(spans) or not month:
        return False
    year, used = sc.year_after(j + 1)
    for day in ends:
        add_day(sc, day, month, year)
    sc.facts.day_span = spans[0]
    sc.range_closed = True
    sc.i += j + 1 + used
    return True


def try_day_list(sc: Scanner) -> bool:
    """`3, 17 ноября`, `6, 7, 13 и 14 марта 2025 г.`, `3, 17.11.2024`: several days of one month."""
    numbers, j = sc.numbers_joined(_DAY_LIST_JOINERS)
    if numbers and _DATE.match(sc.peek(j)):
        # the list ends on a full date, whose month and year are the list's
        sc.i += j
        try_day_month(sc)
        last = sc.facts.days.pop()
        for day in numbers:
            add_day(sc, day, last.month, last.year)
        sc.facts.days.append(last)
        return True
    month = sc.lang.months.get(sc.peek(j + 1))
    if len(numbers) < 2 or not month:
        return False
    year, used = sc.year_after(j + 2)
    for day in numbers:
        add_day(sc, day, month, year)
    sc.i += j + 2 + used
    return True


def try_bare_day(sc: Scanner) -> bool:
    """`14 (пятница)` in a plan of one month: a day of the plan's month, when nothing else is said."""
    if sc.i != 0 or not is_day_number(sc.peek()) or not all(token in sc.lang.weekdays for token in sc.t[1:]):
        return False
    day = int(sc.peek())
    if not 1 <= day <= 31:
        raise Unreadable("no_such_day_of_month", day=day)
    sc.facts.days.append(DayRef(day, 0))
    sc.i = len(sc.t)
    return True


def try_named_day(sc: Scanner) -> bool:
    """`ко Дню Победы`, `до Дня знань`: a named day of each plan year; an unknown one is refused by name."""
    for words, day_id in sc.lang.named_days:
        if tuple(sc.t[sc.i : sc.i + len(words)]) == words:
            fixed = fixed_day(day_id)
            if fixed is not None:
                sc.facts.days.append(DayRef(*fixed))
            else:
                sc.facts.moving.append(day_id)
            sc.i += len(words)
            return True
    if sc.peek() in sc.lang.day_words and sc.peek(-1) in ("к", "ко", "до") and is_word(sc.peek(1)):
        name = " ".join(token for token in sc.t[sc.i : sc.i + 4] if is_word(token))
        raise Unreadable("unknown_named_day", name=name)
    return False


#: A range from day 20 or later to day 10 or earlier of a named month began in the month before it.
_MONTH_END_DAYS, _MONTH_START_DAYS = 20, 10


def try_day_range(sc: Scanner) -> bool:
    """`с 1 по 10 сентября`, `1-10 сентября 2024 г.`, `01.- 08.05.15`: the range ends on its last day."""
    first = _without_ending(sc.peek())
    if sc.start_pending and is_day_number(first) and sc.peek(1) in sc.lang.overnight_to:
        return _try_overnight(sc)
    if not is_day_number(first) or sc.peek(1) not in sc.lang.range_to:
        return False
    last = _without_ending(sc.peek(2))
    end_date = _DATE.match(last)
    # "до 21 березня, 24-28 березня": a list is dates or a period as its first item is
    opens_list = not sc.facts.days
    if end_date and int(first) <= int(end_date.group(1)):
        sc.i += 2
        sc.range_closed = True
        sc.facts.day_span = sc.facts.day_span or opens_list
        return try_day_month(sc)
    month = sc.lang.months.get(sc.peek(3))
    if not (is_day_number(last) and month):
        return False
    if int(first) > int(last) and not (int(first) >= _MONTH_END_DAYS and int(last) <= _MONTH_START_DAYS):
        # "з 27 по 02 квітня" runs from the end of March; "10-5 мая" is an error
        raise Unreadable("days_reversed", first=first, last=last)
    year, used = sc.year_after(4)
    add_day(sc, int(last), month, year)
    sc.i += 4 + used
    sc.range_closed = True
    sc.facts.day_span = sc.facts.day_span or opens_list
    return True


def _without_ending(token: str) -> str:
    """«з 1-го по 6-те грудня» (normalized «1-й», «6-й»): the days of a span with their ordinal endings."""
    number, dash, ending = token.partition("-")
    return number if dash and ending == "й" and is_day_number(number) else token


def _try_overnight(sc: Scanner) -> bool:
    """`в ночь с 5 на 6 апреля`, `із 5 на 6 квітня`: the night is dated by the day it ends on."""
    first, last, month = int(_without_ending(sc.peek())), _without_ending(sc.peek(2)), sc.lang.months.get(sc.peek(3))
    if not (is_day_number(last) and month and int(last) == first + 1):
        return False
    year, used = sc.year_after(4)
    add_day(sc, int(last), month, year)
    sc.i += 4 + used
    sc.range_closed = True
    return True


def add_day(sc: Scanner, day: int, month: int, year: int | None) -> None:
    if not 1 <= month <= 12:
        raise Unreadable("no_such_month", month=month)
    last = month_days(year or 2024, month)
    if not 1 <= day <= last:
        raise Unreadable("no_such_day", day=day, month=month)
    sc.facts.days.append(DayRef(day, month, year))


def try_month(sc: Scanner) -> bool:
    """`март 2025 г.`, `январь - март 2025 г.`, `сентябрь 2024 - май 2025`, `впродовж серпня 2021 року`."""
    month, year, used = _month_at(sc, 0)
    if not month:
        return False
    j = 1 + used
    last_month, last_year = month, year
    spans = sc.peek(j) == "-" and _month_at(sc, j + 1)[0]
    # "Апрель май": two months side by side are a span, like "апрель - май"; three in a row
    # ("Апрель\nИюнь\nАвгуст") or two going back ("Сентябрь\nИюнь") are a list
    side_by_side = (
        year is None
        and sc.lang.months.get(sc.peek(j), 0) > month
        and not sc.lang.months.get(sc.peek(j + 1))
        and not sc.lang.months.get(sc.peek(-1))
    )
    if spans or side_by_side:
        if spans:
            last_month, last_year, used = _month_at(sc, j + 1)
            j += 2 + used
        else:
            last_month = sc.lang.months[sc.peek(j)]
            last_year, used = sc.year_after(j + 1)
            j += 1 + used
        if last_year is None:
            last_year = year
    if sc.peek(j) in sc.lang.month_word and last_year is None:
        # «в апреле месяце», «у квітні місяці 2024 року»: the month's name and the word «месяц» after it
        last_year, used = sc.year_after(j + 1)
        j += 1 + used
    sc.facts.periods.append(PeriodRef("month", last_month, last_year))
    sc.i += j
    return True


def _month_at(sc: Scanner, offset: int) -> tuple[int, int | None, int]:
    """The month named at `offset` («март», «весна», «03.2025»), its year and the tokens that year took after it."""
    numeric = _MONTH_YEAR.match(sc.peek(offset))
    if numeric:
        return int(numeric.group(1)), int(numeric.group(2)), int(sc.peek(offset + 1) in sc.lang.year)
    month = sc.lang.months.get(sc.peek(offset)) or sc.lang.seasons.get(sc.peek(offset))
    if not month:
        return 0, None, 0
    year, used = sc.year_after(offset + 1)
    return month, year, used


def try_years(sc: Scanner) -> bool:
    """`2025 год`, `2024-2025 годы`, `2024-2026 гг.`, `2024 г.`."""
    first = year_of(sc.peek())
    if first is None:
        return False
    j = 1
    last = first
    if sc.peek(1) == "-" and year_of(sc.peek(2)) is not None:
        last = int(sc.peek(2))
        j = 3
        if last < first:
            raise Unreadable("years_reversed", first=first, last=last)
    elif (second := year_of(sc.peek(1))) is not None and second > first and sc.peek(2) in sc.lang.year:
        last, j = second, 2  # «2009 2011⏎годы»: the dash was lost, as between months side by side
    if sc.peek(j) in sc.lang.year:
        j += 1
    for year in range(first, last + 1):
        sc.facts.periods.append(PeriodRef("year", 0, year))
    sc.facts.year_range = sc.facts.year_range or last != first
    sc.i += j
    return True
