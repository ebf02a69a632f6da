"""Scanner steps for the words of a phrase: frequencies, days of month, set phrases (relative terms: `relative`).

Each step reads at the scanner's cursor and returns False, leaving the cursor, when the
tokens there are not its term.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planctl.deadlines.facts import AND_WORDS, Unreadable, is_day_number, roman
from planctl.deadlines.language import Language, phrases_in_roles
from planctl.deadlines.normalize import is_word
from planctl.deadlines.spec import DayRef
from planctl.period import nth_weekday

if TYPE_CHECKING:
    from planctl.deadlines.scanner import Scanner

_UNIT_OF_TIMES = {1: "year", 2: "half", 4: "quarter", 12: "month"}
#: "до 10 числа": the noun after a day of month (the same in Russian and Ukrainian).
DAY_NOUNS = frozenset({"числа", "число", "числу", "чис"})
#: «в течение 15 дней месяца, следующего …», «до 7 дня после отчетного периода»: up to this many days a count is
#: a day of the month after (every month has it); beyond it, so many days (`Rule.days_after`).
SAME_DAY_OF_MONTH = 28
_MONTHS_IN = {"quarter": 3, "half": 6, "year": 12}
#: Phrase roles that only switch on the `Facts` flag of the same name.
_FLAG_ROLES = frozenset({"year_end", "continuous", "on_demand", "throughout", "throughout_lead", "school_year", "reporting_year", "reporting_month"})


def try_day_of_month(sc: Scanner) -> bool:
    """`до 10 числа`, `до 5-го числа месяца`, `до 20 числа последнего месяца квартала`."""
    token = sc.peek()
    number = token.split("-")[0]
    if not is_day_number(number):
        return False
    if sc.peek(1) in sc.lang.working and sc.peek(2) in sc.lang.days:
        # "до 3-го рабочего дня месяца, следующего за отчетным": the n-th working day of that month
        sc.facts.day_of_month, sc.facts.working_day = int(number), True
        sc.i += 3
        month_in_period(sc)
        if (sc.unit_word(sc.peek()) in ("quarter", "half") or sc.peek() in sc.lang.year) and sc.peek(1) == ",":
            sc.i += 1  # "пятого рабочего дня квартала, следующего за отчетным": of that period's first month
        return True
    if sc.peek(1) in _DAY_JOINERS and _days_of_month(sc):
        return True
    if sc.peek(1) == "-" and sc.peek(2).isdigit() and sc.peek(3) in DAY_NOUNS:
        sc.i += 2  # "с 10-15 числа": a span of days of the month ends on its last
        return try_day_of_month(sc)
    # «не позднее 30 календарного дня месяца, следующего …»: a calendar day of the month is its number
    calendar_day = sc.peek(1) in sc.lang.calendar and sc.peek(2) in sc.lang.days and sc.peek(3) in sc.lang.month_word
    # «до 7 дня после отчетного периода» (a statistics form's term): that day of the month after the period, up to
    # the 28th (a later one is so many days, `Rule.days_after`)
    day_after = sc.peek(1) in sc.lang.day_words and int(number) <= SAME_DAY_OF_MONTH and next_period_at(sc, sc.i + 2)
    if sc.peek(1) in DAY_NOUNS or calendar_day or day_after:
        day = int(number)
        if not 1 <= day <= 31:
            raise Unreadable("no_such_day_of_month", day=day)
        sc.facts.day_of_month = day
        sc.i += 3 if calendar_day else 2
        month_in_period(sc)
        return True
    return False


def next_period_at(sc: Scanner, at: int) -> bool:
    """Whether the words at `at` name the period after a reported one («после отчетного периода»)."""
    return sc.phrase_at_index(at, phrases_in_roles(sc.lang.code, ("next_period",))) > 0


def _days_of_month(sc: Scanner) -> bool:
    """`4, 14, 24 числа каждого месяца`, `ежемесячно до 5 и 20 числа`: several days of each month."""
    days, j = sc.numbers_joined(_DAY_JOINERS)
    if len(days) < 2 or sc.peek(j + 1) not in DAY_NOUNS:
        return False
    if not all(1 <= day <= 31 for day in days) or days != sorted(set(days)):
        raise Unreadable("no_such_day_of_month", day=max(days))
    set_every(sc, "month")
    sc.facts.month_days = days
    sc.i += j + 2
    if sc.peek() in sc.lang.each and sc.peek(1) in sc.lang.month_word:
        sc.i += 2  # "каждого месяца"
    return True


def month_in_period(sc: Scanner) -> None:
    """`последнего месяца квартала`, `первого месяца каждого полугодия`: the month of the
    reporting period a day of month falls in; the period word also sets the frequency."""
    which = -1 if sc.peek() in sc.lang.last else sc.lang.ordinals.get(sc.peek())
    if which is None or sc.peek(1) not in sc.lang.month_word:
        return
    j = 2 + (sc.peek(2) in sc.lang.each or sc.peek(2) in sc.lang.reporting_word)
    unit = "year" if sc.peek(j) in sc.lang.year else sc.unit_word(sc.peek(j))
    if unit not in _MONTHS_IN and sc.facts.every in _MONTHS_IN and sc.peek(2) in ("", ","):
        # "ежеквартально, не позднее 25-го числа последнего месяца": the period the frequency named
        sc.facts.month_in_period = _MONTHS_IN[sc.facts.every] if which == -1 else which
        if sc.facts.month_in_period > _MONTHS_IN[sc.facts.every]:
            raise Unreadable("no_such_month_in_period", which=which, months=_MONTHS_IN[sc.facts.every])
        sc.i += 2
        return
    if unit not in _MONTHS_IN:
        return
    if which > _MONTHS_IN[unit]:
        raise Unreadable("no_such_month_in_period", which=which, months=_MONTHS_IN[unit])
    set_every(sc, unit)
    sc.facts.month_in_period = which
    sc.i += j + 1


def try_times(sc: Scanner) -> bool:
    """`N раз(а) в год/квартал/полугодие/месяц`, `раз в три месяца`, `каждые 3 месяца`."""
    token = sc.peek()
    count, j = 1, 1
    if token not in sc.lang.every_so_many:  # «каждые 3 месяца»: once in so many units, «раз» unsaid
        said = number_of(sc, token)
        if said is None and token in sc.lang.times and sc.peek(-1) not in sc.lang.times:
            said, j = 1, 0  # "не реже раза в полугодие": once
        if said is None:
            return False
        count = said
        if sc.peek(j) in sc.lang.times:
            j += 1
        elif token not in ("дважды", "двічі", "однажды"):
            return False
    if sc.peek(j) in ("в", "на", "за", "у"):
        j += 1
    # "раз в три месяца": once in so many units
    every = sc.peek(j)
    units = number_of(sc, every)
    if units and count == 1:
        j += 1
    else:
        units = 1
    unit_token = sc.peek(j)
    if unit_token in sc.lang.year:
        base = 1
    elif unit_token in sc.lang.half or unit_token in ("полгода", "півроку"):
        base = 2
    elif unit_token in sc.lang.quarter:
        base = 4
    elif unit_token in sc.lang.month_word:
        base = 12
    elif unit_token in sc.lang.weeks:
        base = 52
    else:
        return False
    per_year, rest = divmod(count * base, units)
    if rest or not per_year:
        raise Unreadable("times_not_periods", count=count)
    if per_year > 12:
        # "2 раза в месяц", "двічі на тиждень": more often than monthly, with no dated occurrences (like weekly work)
        sc.facts.frequent = "often"
        sc.i += j + 1
        return True
    unit = _UNIT_OF_TIMES.get(per_year)
    if unit is None:
        raise Unreadable("times_not_periods", count=count)
    set_every(sc, unit)
    sc.i += j + 1
    return True


def number_of(sc: Scanner, token: str, digits: int = 2) -> int | None:
    """A count written in figures (up to `digits` of them) or as a word («три», «десяти»)."""
    return int(token) if token.isdigit() and len(token) <= digits else sc.lang.counts.get(token)


def after_undated_event(sc: Scanner) -> None:
    """The rest of the part names an event the plan does not date: a relative term with no date of its own."""
    sc.facts.relative, sc.facts.other_event = (0, False, "day"), True
    sc.i = len(sc.t)


def set_every(sc: Scanner, unit: str) -> None:
    if sc.facts.every not in (None, unit):
        raise Unreadable("mixed_frequencies")
    sc.facts.every = unit


def try_weekdays_alone(sc: Scanner) -> bool:
    """«субота, неділя, середа», «с понедельника по пятницу»: two or more weekdays and nothing else are the
    days of each week (hunting days, opening days, office hours): weekly work, with no date (CONVENTIONS 69).
    One weekday alone is that only as a whole cell (`weekday_alone`): in brackets after a date it names the
    date's weekday."""
    if sc.i != 0 or sum(token in sc.lang.weekdays for token in sc.t) < 2:
        return False
    first = 1 if (sc.peek(),) in sc.lang.range_from else 0
    joiners = _LIST_JOINERS | AND_WORDS | sc.lang.range_to
    if not all(token in sc.lang.weekdays or token in joiners for token in sc.t[first:]):
        return False
    set_every(sc, "week")
    sc.i = len(sc.t)
    return True


def weekday_alone(tokens: list[str], lang: Language) -> bool:
    """«Понедельник», «вторник 10.00-12.00» as a whole cell (its hours gone): a standing schedule's day of each
    week (CONVENTIONS 69)."""
    return len(tokens) == 1 and tokens[0] in lang.weekdays


#: Reporting periods counted from the year's start, in months, and the frequency they make.
_CUMULATIVE_EVERY = {1: "month", 3: "quarter", 6: "half", 12: "year"}
_LIST_JOINERS = frozenset({",", "-", "и", "і", "та"})
#: A weekday comes at most five times a month; «5 пятница» is the fifth.
_WEEKS_IN_A_MONTH = 5
#: Between days of a month: not the dash, which makes "10-15 числа" a span.
_DAY_JOINERS = _LIST_JOINERS - {"-"}


def try_cumulative(sc: Scanner) -> bool:
    """"за I квартал, полугодие, 9 месяцев и год", "за 6, 12 мес.", "за підсумками І кварталу, півріччя,
    9 місяців, року": reports on periods counted from the year's start, the shortest one's frequency."""
    used = sc.phrase_at(sc.lang.cumulative_lead)
    if not used:
        return False
    j = used
    months: list[int] = []  # each period's length from the year's start
    numbers: list[int] = []  # "3, 6, 9, 12" waiting for «месяцев», "I" for «квартал»
    while True:
        token = sc.peek(j)
        # «і» joins a list, and is also the Ukrainian Roman one of «І кварталу»
        joiner = token in _LIST_JOINERS and sc.peek(j + 1) not in sc.lang.quarter
        number = None if joiner else int(token) if is_day_number(token) else roman(token)
        if number is not None:
            numbers.append(number)
        elif token in sc.lang.quarter:
            months += [3 * n for n in numbers] or [3]
            numbers = []
        elif token in sc.lang.half or token in sc.lang.half_year_words:
            months.append(6)
        elif token in sc.lang.month_word and numbers:
            months += numbers
            numbers = []
        elif token in sc.lang.year and not numbers:
            months.append(12)
        elif not (joiner and (numbers or months)):
            break
        j += 1
    while sc.peek(j - 1) in _LIST_JOINERS:
        j -= 1
    if numbers or len(months) < 2 or not all(1 <= m <= 12 for m in months):
        return False
    shortest = min(months)
    if shortest not in _CUMULATIVE_EVERY or any(m % shortest for m in months):
        return False
    set_every(sc, _CUMULATIVE_EVERY[shortest])
    sc.i += j
    return True


def try_results_of_work(sc: Scanner) -> bool:
    """«ежегодно по итогам выполнения мероприятий Программы»: after a frequency, the results of work with no
    date of its own are those of each reporting period, like «по итогам года»; the work's words are passed over.
    Before a numbered quarter or half-year the lead says what «за» does: the period itself."""
    used = sc.phrase_at(sc.lang.results_lead)
    if used and sc.ordinal(used) is not None and sc.unit_word(sc.peek(used + 1)) in ("quarter", "half"):
        sc.i += used  # «по итогам I квартала», «за підсумками І півріччя»: that period's results, as «за I квартал»
        return True
    if not used or not sc.facts.every:
        return False
    words = 0
    while is_word(sc.peek(used + words)) and sc.peek(used + words) not in _NOT_THE_WORK and not sc.lang.names_time(sc.peek(used + words)):
        words += 1
    if not words or sc.peek(used + words) not in ("", ",", "до", "не"):
        return False
    sc.facts.results_of = True
    sc.i += used + words
    return True


#: Words that end the name of the work whose results are reported: a deadline begins.
_NOT_THE_WORK = frozenset({"до", "не", "в", "у", "за"})


def try_phrase(sc: Scanner) -> bool:
    for words, role, value in sc.lang.phrases:
        if tuple(sc.t[sc.i : sc.i + len(words)]) != words:
            continue
        if role == "filler" and try_times(sc):
            return True  # "один раз в три месяца": a frequency, not the filler "один раз"
        facts = sc.facts
        if role == "refuse":
            raise Unreadable(value)
        if role == "recurring":
            set_every(sc, value)
        elif role == "results_of":
            set_every(sc, value)
            facts.results_of = True
        elif role == "frequent":
            facts.frequent = value
        elif role in _FLAG_ROLES:
            setattr(facts, role, True)
        elif role in ("next_period", "next_of"):
            facts.next_period = True
            if value:
                if facts.next_unit not in (None, value):
                    raise Unreadable("mixed_reporting_periods")
                facts.next_unit = value
            ends = facts.year_end or sc.peek(-1) in sc.lang.end_of
            if ends and value in ("", "year") and not facts.days and facts.day_of_month is None:
                # «до конца года, следующего за отчетным», «до конца следующего года»: the end of the year after
                facts.year_end, facts.next_unit, facts.months_after = False, "year", _MONTHS_IN["year"]
        # at_least: "не реже" only stresses the recurrence
        sc.i += len(words)
        if role == "next_of":  # "… за годом получения субсидии": the words of the event
            if value == "month" and (sc.peek() in sc.lang.end_of or not is_word(sc.peek())):
                # «… за месяцем окончания периода мобилизации», «… за месяцем, в котором имели место кадровые
                # мероприятия»: an event that ends once, or one a clause names, not the month of a monthly one
                after_undated_event(sc)
                return True
            while is_word(sc.peek()) and not sc.lang.names_time(sc.peek()):
                sc.i += 1
        elif role == "on_demand":  # «в течение года по заявлениям ветеранов»: whose requests, not a term
            while is_word(sc.peek()) and sc.peek() not in sc.lang.vocabulary and sc.peek() not in sc.lang.report:
                sc.i += 1
        return True
    return False


def _nth_ordinal(sc: Scanner, offset: int) -> int | None:
    """An ordinal of a weekday in its month, written as a word («второй», «2-й») or as a bare number, as in
    «1 и 3 вторник месяца»."""
    token = sc.peek(offset)
    if token.isdigit() and 1 <= int(token) <= _WEEKS_IN_A_MONTH:
        return int(token)
    return sc.lang.nth_ordinals.get(token)


def try_nth_weekday(sc: Scanner) -> bool:
    """`в третью среду каждого месяца`, `другий та четвертий вівторок щомісяця`, `каждый последний
    понедельник месяца`: the n-th weekdays of each month (a monthly term with those days); with a month
    after them, `четверта субота листопада`, a day of that month each year."""
    lang = sc.lang
    j = 1 if sc.peek() in lang.nth_each else 0
    numbers: list[int] = []
    bare = False
    while (number := _nth_ordinal(sc, j)) is not None:
        numbers.append(number)
        bare = bare or sc.peek(j).isdigit()
        j += 1
        if sc.peek(j) in _LIST_JOINERS and _nth_ordinal(sc, j + 1) is not None:
            j += 1
    weekday = lang.nth_weekdays.get(sc.peek(j))
    if not numbers or weekday is None:
        return False
    each_month = sc.phrase_at_index(sc.i + j + 1, lang.nth_month)  # «месяца», «каждого месяца» after the weekday
    if bare and not (each_month or sc.peek() in lang.nth_each or sc.facts.every == "month"):
        # «3 (понедельник)», «3, 4 (понедельник, вторник)»: days of the month and their weekdays, where
        # «каждый 2 вторник», «1 и 3 вторник месяца», «ежемесячно 2 и 4 среда» are weekdays of each month
        return False
    j += 1
    month = lang.months.get(sc.peek(j))
    if month:
        # «четверта субота листопада», «в первое воскресенье июня 2024 года»: a day of that month
        year, used = sc.year_after(j + 1)
        for n in numbers:
            if year is not None:
                sc.facts.days.append(DayRef(nth_weekday(year, month, n, weekday).day, month, year))
            else:
                sc.facts.month_weekdays.append((month, n, weekday))
        sc.i += j + 1 + used
        return True
    if not (each_month or sc.peek() in lang.nth_each) and sc.facts.days and all(day.month for day in sc.facts.days):
        # «12 и 26 ноября (2-й и 4-й четверг)»: which weekdays the named days are adds nothing to them
        sc.i += j
        return True
    j += each_month
    set_every(sc, "month")
    sc.facts.nth_weekdays += [(n, weekday) for n in numbers]
    sc.i += j
    return True
