"""Scanner steps for relative terms: «в течение 10 рабочих дней со дня утверждения», «в месячный срок»,
«за 30 дней до начала сезона», «в течение 15 дней первого месяца квартала».

A term counted from the plan's approval is dated from it; one counted from another event has no date
until the plan names it; one counted from the end of a reporting period is a day of the next period.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from planctl.deadlines.facts import COMMON_YEAR, DAY_AHEAD, Unreadable, is_day_number, year_of
from planctl.deadlines.normalize import is_word
from planctl.deadlines.spec import DayRef, Rule
from planctl.deadlines.terms import SAME_DAY_OF_MONTH, after_undated_event, month_in_period, next_period_at, number_of, set_every, try_phrase
from planctl.period import add_months, month_days

if TYPE_CHECKING:
    from planctl.deadlines.language import Language
    from planctl.deadlines.scanner import Scanner

#: «в течение квартала»: a term of a quarter is one of three months.
_MONTHS_IN_A_QUARTER = 3


def try_relative(sc: Scanner) -> bool:
    """`в течение 10 рабочих дней со дня утверждения плана`, `в месячный срок со дня …`.

    Consumes the rest of the part. A term with no event ("в двухмесячный срок") or counted
    from the plan's approval is dated from `approval.date`; one counted from any other
    event ("со дня вступления в силу закона") has no date until the plan names that event.
    """
    j = 1 if sc.peek() in ("в", "у") else 0
    times = 1
    if is_day_number(sc.peek(j)) and sc.peek(j + 1) in sc.lang.terms:
        times, j = int(sc.peek(j)), j + 1  # "в 6-месячный срок"
    term = sc.lang.terms.get(sc.peek(j))
    if term is not None and sc.peek(j + 1) in ("срок", "строк", "термін"):
        count, unit = term
        return relative_tail(sc, j + 2, count * times, False, unit, need_anchor=False)
    if _before_next_year(sc) or _before_day(sc) or _before_event(sc):
        return True
    used = sc.phrase_at(sc.lang.relative_lead)
    # «15 днів з дати оприлюднення»: a count with no lead word is a term only before its event
    bare = not used and sc.peek(-1) in ("", ",") and number_of(sc, sc.peek(), digits=3) is not None
    if not (used or bare):
        return False
    j = used + (sc.peek(used) in sc.lang.first_ones)
    if used and (half := _and_a_half(sc, j)) is not None:
        return half
    number, width = _count_at(sc, j)
    if used and number is None:
        number, width = _nth_day_after_event(sc, j)
    j += width
    working = False
    if sc.peek(j) in sc.lang.working:
        working, j = True, j + 1
    elif sc.peek(j) in sc.lang.calendar:
        j += 1
    unit_token = sc.peek(j)
    if unit_token in sc.lang.day_words and sc.peek(j - 1) in sc.lang.calendar and sc.peek(j + 1) in sc.lang.month_word:
        return False  # «не позднее 30 календарного дня месяца, следующего …»: a day of that month, not a term
    if unit_token in sc.lang.hours_of_term and number is not None and not working and not bare:
        # "не позднее 2 часов (после ЧС)": hours after an event the plan does not date
        after_undated_event(sc)
        return True
    comma = sc.peek(j + 1) == ","  # «не позднее рабочего дня, следующего за днем издания приказа»
    if unit_token in sc.lang.days and (number is not None or (used and sc.phrase_at_index(sc.i + j + 1 + comma, sc.lang.anchors))):
        unit = "day"  # «в течение суток со дня его внесения»: one day
    elif unit_token in sc.lang.weeks and not working:
        unit = "week"
    elif unit_token in sc.lang.months_of_term and not working:
        unit = "month"
    elif unit_token in sc.lang.quarter and number is None and used and not working and not sc.peek(j + 1):
        # «в течение квартала», «протягом кварталу» alone: three months, the plan's whole time in a quarter's plan
        unit, number = "month", _MONTHS_IN_A_QUARTER
    elif unit_token in sc.lang.years_of_term and not working:
        # "протягом двох років з дня …": a term of years is one of twelve times as many months
        unit, number = "month", (number or 1) * 12
    else:
        return False
    if unit in ("day", "week") and used and sc.peek(j + 1) == "до" and DAY_AHEAD.match(sc.peek(j + 2)):
        # «в течение 1 недели до 12 июля 2016 г. включительно»: the days that end on that date, a span
        sc.i += j + 2
        sc.facts.day_span = True
        return True
    # "в течение месяца", "протягом одного місяця": a term from the plan's approval, like "в месячный срок";
    # "в течение года" alone is the plan year (throughout), a term only when counted from an event
    in_years = unit_token in sc.lang.years_of_term
    return relative_tail(sc, j + 1, number or 1, working, unit, need_anchor=in_years, named_event=bare)


def service_term(tokens: list[str], lang: Language) -> Rule | None:
    """«30 днів (календарних)», «5 робочих днів»: a count of days that is the whole phrase, as a service
    card's «Строк надання послуги» gives it, is how long after the application, an event the plan does not
    date. Days only: «3 недели» alone in a plan says nothing of when."""
    count = tokens[0] if tokens else ""
    kinds = [token for token in tokens[1:] if token in lang.working or token in lang.calendar]
    units = [token for token in tokens[1:] if token in lang.days]
    if not (count.isdigit() and 0 < int(count) <= 400 and len(units) == 1 and len(kinds) + 2 == len(tokens)):
        return None
    return Rule(count=int(count), working_days=any(token in lang.working for token in kinds), from_other_event=True)


def _count_at(sc: Scanner, j: int) -> tuple[int | None, int]:
    """The count of a term at offset `j` and how many tokens it takes: "10", "десяти", or "7-10"
    (a span of counts: the longer term, so that nothing is late by the shorter one)."""
    token = sc.peek(j)
    if token.isdigit() and len(token) <= 3 and sc.peek(j + 1) == "-" and sc.peek(j + 2).isdigit() and len(sc.peek(j + 2)) <= 3:
        return max(int(token), int(sc.peek(j + 2))), 3
    count = number_of(sc, token, digits=3)
    if count is None:
        return None, 0
    # "сто десять", "п'ятдесят п'ять": a number in words, the larger part first
    width = 1
    while not token.isdigit() and (more := sc.lang.counts.get(sc.peek(j + width))) is not None and more < _room_after(count):
        count, width = count + more, width + 1
    return count, width


def _nth_day_after_event(sc: Scanner, j: int) -> tuple[int | None, int]:
    """«не позднее 10-го рабочего дня после истечения срока …», «не пізніше ніж на 5-й день з моменту
    реєстрації»: the n-th (working) day after an event is a term of n days from it. Only before the
    event's anchor: «3-го рабочего дня месяца, следующего за отчетным» is a day of a month, read elsewhere."""
    on = int(sc.peek(j) == "на")  # «на 5-й день»
    nth = sc.ordinal(j + on)
    if nth is None or not (sc.peek(j + on).endswith(("-й", "-го")) or sc.peek(j + on) in sc.lang.ordinals):
        return None, 0
    unit = j + on + 1 + (sc.peek(j + on + 1) in sc.lang.working or sc.peek(j + on + 1) in sc.lang.calendar)
    if sc.peek(unit) not in sc.lang.days or not sc.phrase_at_index(sc.i + unit + 1, sc.lang.anchors):
        return None, 0
    return nth, on + 1


def _room_after(count: int) -> int:
    """What a number in words can still add: "сто" takes tens or units, "п'ятдесят" units, "десять" nothing."""
    if count % 100 == 0:
        return 100
    return 10 if count % 10 == 0 and count > 10 else 0


def _and_a_half(sc: Scanner, j: int) -> bool | None:
    """«в течение 1,5 месяца», «полутора лет»: a month and a half is 45 days, a year and a half 18
    months; None where no such count is at offset `j`."""
    token = sc.peek(j)
    if token in sc.lang.one_and_a_half:
        whole, width = 1, 1
    elif (m := _HALVES.match(token)) and (m.group(2) or (sc.peek(j + 1) == "," and sc.peek(j + 2) == "5")):
        whole, width = int(m.group(1)), 1 if m.group(2) else 3
    else:
        return None
    unit = sc.peek(j + width)
    if unit in sc.lang.months_of_term:
        return relative_tail(sc, j + width + 1, whole * 30 + 15, False, "day", need_anchor=False)
    if unit in sc.lang.years_of_term:
        return relative_tail(sc, j + width + 1, whole * 12 + 6, False, "month", need_anchor=False)
    return False


_HALVES = re.compile(r"^(\d{1,2})(\.5)?$")


def relative_tail(sc: Scanner, used: int, count: int, working: bool, unit: str, *, need_anchor: bool, named_event: bool = False) -> bool:
    """The rest of a term from its unit on: the event it is counted from, if any. `named_event`: a
    count with no lead word is a term only before a named event («15 днів з дати оприлюднення»),
    never before a day («8 дней с 27 октября по 3 ноября» is how long a span lasts)."""
    rest = sc.i + used
    if _after_period_end(sc, rest, count, working, unit):
        return True
    if sc.peek(used) == "," and sc.phrase_at_index(rest + 1, sc.lang.anchors):
        rest += 1  # "15 рабочих дней, следующих за днем окончания …"
    anchor = sc.phrase_at_index(rest, sc.lang.anchors) if rest < len(sc.t) else 0
    if anchor and unit == "day" and not working and _names_a_first_day(sc, rest, anchor):
        # «в течение 10 дней с 1 мая»: so many days from a named day, a span (the scan reads the day, `_lasting` ends it)
        sc.facts.relative = (count, working, unit)
        sc.i = rest
        return True
    has_anchor = bool(anchor)
    if named_event and not (anchor and is_word(sc.peek(rest - sc.i + anchor))):
        return False
    if need_anchor and not has_anchor:
        return False
    if rest < len(sc.t) and not has_anchor:
        raise Unreadable("no_anchor_event")
    other_event = False
    if has_anchor:
        at = rest + anchor
        while at + 1 < len(sc.t) and sc.t[at] in sc.lang.event_filler:
            at += 1  # «со дня его принятия»: the object said before its event
        event = sc.t[at] if at < len(sc.t) else ""  # «… со дня» cut off: no event
        if not event:
            raise Unreadable("unknown_event", event="…")
        start = at + 1
        after = [token for token in sc.t[start:] if token not in sc.lang.event_filler]
        other_event = event not in sc.lang.events or bool(after and after[0] not in sc.lang.event_objects)
    sc.facts.other_event = other_event
    if count <= 0 or count > 400:
        raise Unreadable("bad_term", count=count)
    sc.i = len(sc.t)
    if unit == "week":
        count, unit = count * 7, "day"
    sc.facts.relative = (count, working, unit)
    return True


def _names_a_first_day(sc: Scanner, rest: int, anchor: int) -> bool:
    """«с 1 мая», «з 01.05.2024»: the anchor opens a span («с», «з») and a day with its month follows it."""
    opener = tuple(sc.t[rest : rest + anchor])
    day, month = sc.peek(rest + anchor - sc.i), sc.peek(rest + anchor + 1 - sc.i)
    dated = bool(re.fullmatch(r"\d{1,2}\.\d{1,2}(?:\.\d{2,4})?", day)) or (is_day_number(day) and month in sc.lang.months)
    return opener in sc.lang.range_from and dated


_NOT_LATER = frozenset({("не", "позднее"), ("не", "пізніше"), ("не", "менее"), ("не", "менше")})


def _term_before(sc: Scanner) -> tuple[int, bool, str, int] | None:
    """"не позднее, чем за два месяца до …", "за 30 календарных дней до …", "за два тижні до …",
    "не менее чем за 24 часа до …": (count, working days?, unit, offset of «до») of a term before
    something; None if it is not one. Hours count as the days they reach into."""
    j = 0
    if (sc.peek(), sc.peek(1)) in _NOT_LATER:
        j = 2 + (sc.peek(2) == ",")
        j += sc.peek(j) in ("чем", "ніж", "як")
        j += sc.phrase_at_index(sc.i + j, sc.lang.within)  # "не позднее, чем в течение трёх рабочих дней до …"
    before = sc.peek(j) == "за"
    j += before
    if j == 0:
        return None
    count, width = _count_at(sc, j)
    if count is None:  # "за месяц до начала …": one of the unit
        count, width = 1, 0
    j += width - 1
    working = sc.peek(j + 1) in sc.lang.working
    j += 1 + (working or sc.peek(j + 1) in sc.lang.calendar)
    unit = sc.peek(j)
    if unit in sc.lang.days:
        kind = "day"
    elif unit in sc.lang.weeks and not working:
        kind, count = "day", count * 7
    elif unit in sc.lang.months_of_term and not working:
        kind = "month"
    elif unit in sc.lang.hours_of_term and not working:
        kind, count = "day", -(-count // 24)
    else:
        return None
    # «За 2 роб. дні», «не пізніше як за добу» alone in its cell: before the event its row names
    alone = sc.i == 0 and before and sc.peek(j + 1) == ""
    if not (sc.peek(j + 1) == "до" or alone) or count <= 0:
        return None
    return count, working, kind, j + 1


def _before_next_year(sc: Scanner) -> bool:
    """"не позднее, чем за два месяца до начала следующего года": each year, on the first day
    of the month that many months before the year ends (1 November)."""
    term = _term_before(sc)
    if term is None or term[2] != "month" or not 1 <= term[0] <= 11:
        return False
    count, _, _, before = term
    used = sc.phrase_at_index(sc.i + before, sc.lang.before_next_year)
    if not used:
        return False
    set_every(sc, "year")
    sc.facts.days.append(DayRef(1, 13 - count))
    sc.i += before + used
    return True


def _before_day(sc: Scanner) -> bool:
    """«за 10 дней до 1 мая», «не позднее чем за месяц до 1 сентября 2024 года»: so many calendar days (weeks,
    months) before a named day is the day that much earlier; working days, and a yearless day whose count
    reaches into the year before or back across February, are not read."""
    term = _term_before(sc)
    if term is None or term[1]:
        return False
    count, _, unit, before = term
    day, month, year, used = _day_after(sc, before + 1)
    if not used:
        return False
    named = dt.date(year or COMMON_YEAR, month, day)
    earlier = add_months(named, -count) if unit == "month" else named - dt.timedelta(days=count)
    across_february = earlier.day != named.day if unit == "month" else earlier.month <= 2 < named.month
    if year is None and (earlier.year < named.year or across_february):
        return False  # the year before is not the plan's, and a count across February depends on the year
    sc.facts.days.append(DayRef(earlier.day, earlier.month, earlier.year if year else None))
    sc.i += before + 1 + used
    return True


def _day_after(sc: Scanner, offset: int) -> tuple[int, int, int | None, int]:
    """The day at `offset` («1 мая», «1 сентября 2024», «01.05.2024»): day, month, year or None, and the tokens it takes."""
    token = sc.peek(offset)
    if (found := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", token)) and (written := year_of(found.group(3))):
        day, number = int(found.group(1)), int(found.group(2))
        return (day, number, written, 1) if 1 <= number <= 12 and 1 <= day <= month_days(written, number) else (0, 0, None, 0)
    month = sc.lang.months.get(sc.peek(offset + 1))
    year = year_of(sc.peek(offset + 2))
    if not is_day_number(token) or month is None or not 1 <= int(token) <= month_days(year or COMMON_YEAR, month):
        return 0, 0, None, 0
    return int(token), month, year, 2 + (year is not None)


def _before_event(sc: Scanner) -> bool:
    """"за 30 календарных дней до начала эксплуатации", "не позднее 10 дней до начала мероприятия",
    «за два тижні до початку атестації»: a term before an event the plan does not date."""
    term = _term_before(sc)
    if term is None:
        return False
    count, working, unit, before = term
    event = sc.peek(before + 1)
    if count > 400 or (sc.peek(before) == "до" and (not is_word(event) or event in sc.lang.months)):
        return False
    sc.facts.relative = (count, working, unit)
    sc.facts.other_event = True
    sc.i = len(sc.t)
    return True


def _after_period_end(sc: Scanner, rest: int, count: int, working: bool, unit: str) -> bool:
    """A term after the end of a reporting period, not after an event.

    "в течение первых десяти рабочих дней года, следующего за отчетным" is the tenth working
    day of the next year; "в течение двух месяцев по окончании каждого года" ends with the
    second month after the year. The period words that follow are read by the scan as usual.
    """
    if unit == "day" and count <= SAME_DAY_OF_MONTH and _names_month_in_period(sc, rest):
        # "в течение 15 дней первого месяца квартала": by the 15th of that month
        sc.facts.day_of_month, sc.facts.working_day = count, working
        sc.i = rest
        month_in_period(sc)
        return True
    starts = [rest, rest + 1] if sc.peek(rest - sc.i) == "," else [rest]
    if sc.peek(rest - sc.i) in sc.lang.year or sc.peek(rest - sc.i) in sc.lang.month_word or sc.unit_word(sc.peek(rest - sc.i)):
        starts.append(rest + 1 + (sc.peek(rest + 1 - sc.i) == ","))
    probe = next((start for start in starts if next_period_at(sc, start)), None)
    if probe is None:
        return False
    if unit == "day" and (working or count <= SAME_DAY_OF_MONTH):
        # "в течение 15 дней месяца, следующего за отчетным кварталом": by the 15th of that month
        sc.facts.day_of_month, sc.facts.working_day = count, working
    elif unit == "month" and not working:
        sc.facts.months_after = count
    elif unit == "day":
        sc.facts.days_after = count  # «протягом 40 календарних днів, що настають за останнім днем звітного кварталу»
    else:
        return False
    sc.i = probe
    try_phrase(sc)  # «по истечении месяца» here is the period's end, not a term of a month of its own
    return True


def _names_month_in_period(sc: Scanner, index: int) -> bool:
    """«первого месяца квартала», «последнего месяца полугодия» at `index`."""
    which = sc.peek(index - sc.i)
    return (which in sc.lang.last or which in sc.lang.ordinals) and sc.peek(index + 1 - sc.i) in sc.lang.month_word
