"""Properties of the forms real plans use: times, comments, lists of days, misspellings, terms."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import example, given
from hypothesis import strategies as st

from planctl.deadlines import WorkCalendar, in_period, read_phrase, schedule
from planctl.deadlines.language import language
from planctl.deadlines.spelling import respell, respellings
from planctl.period import Period

CALENDAR = WorkCalendar("RU")
YEAR = Period.years(2025)
MONTHS = language("ru").explain["months_genitive"]

days = st.dates(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
hours = st.integers(0, 23)
minutes = st.sampled_from([0, 15, 30, 45])


def _dates(phrase: str, period: Period = YEAR) -> list[tuple[str, dt.date]]:
    return [(o.label, o.date) for o in schedule(read_phrase(phrase), period, calendar=CALENDAR)]


def _clock(hour: int, minute: int, sep: str) -> str:
    return f"{hour:02d}{sep}{minute:02d}" if sep == "." else f"{hour}{sep}{minute:02d}"


@given(days, hours, minutes, st.sampled_from([".", "-"]), st.sampled_from(["", " ч.", " час."]))
def test_a_clock_time_after_a_date_changes_nothing(day: dt.date, hour: int, minute: int, sep: str, unit: str) -> None:
    written = f"{day.day} {MONTHS[day.month - 1]}"
    assert _dates(f"{written} {_clock(hour, minute, sep)}{unit}") == _dates(written) == [(day.isoformat(), day)]


@given(days, hours, hours, minutes)
def test_a_time_window_after_a_numeric_date_changes_nothing(day: dt.date, start: int, end: int, minute: int) -> None:
    written = f"{day:%d.%m.%Y} г."
    assert _dates(f"{written} с {start}-{minute:02d} до {end}-{minute:02d}") == [(day.isoformat(), day)]
    assert _dates(f"{written}{start:02d}.{minute:02d}-{end:02d}.{minute:02d}") == [(day.isoformat(), day)]


@given(days, st.sampled_from(["День города", "Праздник урожая", "Отчетный концерт коллектива"]))
def test_a_remark_after_a_dash_changes_nothing(day: dt.date, remark: str) -> None:
    written = f"{day.day} {MONTHS[day.month - 1]}"
    assert _dates(f"{written} – {remark}") == _dates(written)


@given(st.integers(1, 12), st.lists(st.integers(1, 28), min_size=2, max_size=6, unique=True))
def test_several_days_of_one_month_are_one_occurrence_each(month: int, numbers: list[int]) -> None:
    phrase = ", ".join(map(str, numbers)) + f" {MONTHS[month - 1]}"
    reading = read_phrase(phrase)
    assert reading.kind == "date", reading.reason
    assert sorted(day for _, day in _dates(phrase)) == sorted(dt.date(2025, month, n) for n in numbers)


@given(st.integers(1, 12), st.integers(1, 28), st.integers(0, 3))
def test_a_range_of_days_is_a_period_ending_on_its_last_day(month: int, first: int, length: int) -> None:
    last = min(first + length, calendar.monthrange(2025, month)[1])
    phrase = f"с {first} по {last} {MONTHS[month - 1]} 2025 года"
    reading = read_phrase(phrase)
    end = dt.date(2025, month, last)
    assert reading.kind == "period" and _dates(phrase) == [(end.isoformat(), end)]


@given(st.sampled_from(sorted(language("ru").misspellings)), st.sampled_from(["года", "2025 года", "до 5 числа"]))
def test_a_misspelled_form_reads_as_its_right_spelling(wrong: str, tail: str) -> None:
    right = language("ru").misspellings[wrong]
    bad, good = read_phrase(f"{wrong} {tail}"), read_phrase(f"{right} {tail}")
    assert (bad.kind, [p.rule for p in bad.parts]) == (good.kind, [p.rule for p in good.parts])


@given(st.text(alphabet="авдекнопрстчжмгя .,-0123456789", max_size=40))
def test_respelling_is_idempotent_and_its_findings_rewrite_the_text(text: str) -> None:
    once = respell(text)
    assert respell(once) == once
    for item in respellings(text):
        assert text[item.start : item.end] == item.wrong and item.wrong != item.right


@given(st.integers(1, 12), st.sampled_from(["двухмесячный", "трехмесячный", "месячный"]), days)
def test_relative_terms_count_from_approval_or_not_at_all(count: int, word: str, approved: dt.date) -> None:
    months = {"двухмесячный": 2, "трехмесячный": 3, "месячный": 1}[word]
    (occ,) = schedule(read_phrase(f"в {word} срок"), YEAR, approval_date=approved, calendar=CALENDAR)
    index = approved.month - 1 + months
    year, month = approved.year + index // 12, index % 12 + 1
    assert occ.date == dt.date(year, month, min(approved.day, calendar.monthrange(year, month)[1]))
    other = read_phrase(f"в течение {count} дней со дня вступления в силу закона")
    assert other.kind == "relative" and schedule(other, YEAR, approval_date=approved, calendar=CALENDAR) == []


@given(st.sampled_from(["еженедельно", "ежедневно", "еженедельно по средам", "щотижня", "щодня", "щопонеділка"]), st.sampled_from(["ru", "uk"]))
def test_weekly_and_daily_work_recurs_with_no_dated_occurrence(phrase: str, lang: str) -> None:
    reading = read_phrase(phrase, lang)
    assert reading.kind == "recurring" and schedule(reading, YEAR, calendar=CALENDAR) == []


@given(st.integers(1, 28), st.integers(1, 12), st.integers(2015, 2030), st.integers(0, 2))
def test_a_day_of_the_year_after_the_reporting_one_is_a_yearly_report(day: int, month: int, first: int, span: int) -> None:
    phrase = f"до {day} {MONTHS[month - 1]} года, следующего за отчетным"
    reading = read_phrase(phrase)
    assert reading.kind == "recurring" and reading.parts[0].rule.every == "year"
    got = _dates(phrase, Period.years(first, first + span))
    assert got == [(str(year), dt.date(year + 1, month, day)) for year in range(first, first + span + 1)]


@given(st.integers(1, 20), st.integers(2015, 2030))
def test_a_working_day_ordinal_is_that_working_day_of_the_month_after(n: int, year: int) -> None:
    phrase = f"ежемесячно до {n}-го рабочего дня месяца, следующего за отчетным"
    for label, day in _dates(phrase, Period.years(year)):
        first = dt.date(day.year, day.month, 1)
        month_days = [first + dt.timedelta(days=k) for k in range(calendar.monthrange(day.year, day.month)[1])]
        working = [d for d in month_days if CALENDAR.is_working(d)]
        assert day == working[min(n, len(working)) - 1]
        reported = int(label[5:])
        assert (day.year * 12 + day.month) - (year * 12 + reported) == 1


@given(st.integers(24, 60), st.integers(2015, 2030))
def test_a_working_day_ordinal_no_month_reaches_counts_on_after_the_period(n: int, year: int) -> None:
    phrase = f"{n} рабочий день после отчетного месяца"
    for label, day in _dates(phrase, Period.years(year)):
        after = dt.date(int(label[:4]), int(label[5:]), 1) + dt.timedelta(days=31)
        start = dt.date(after.year, after.month, 1)
        working = [start + dt.timedelta(days=k) for k in range(120) if CALENDAR.is_working(start + dt.timedelta(days=k))]
        assert day == working[n - 1]


@given(st.integers(2015, 2030), st.sampled_from(["в течение учебного года", "в течение года"]))
def test_a_school_year_plan_falls_due_at_the_end_of_teaching(first: int, phrase: str) -> None:
    school = Period.school_year(first)
    assert _dates(phrase, school) == [(f"{first}/{first + 1}", dt.date(first + 1, 5, 31))]


@given(st.integers(1, 12), st.integers(2015, 2030))
def test_a_month_in_a_school_year_is_the_one_inside_it(month: int, first: int) -> None:
    (label, day) = _dates(language("ru").explain["months_nominative"][month - 1], Period.school_year(first))[0]
    assert day in Period.school_year(first) and label == f"{day.year}-{month:02d}"


@given(st.integers(2015, 2030))
def test_mothers_day_is_the_last_sunday_of_november(year: int) -> None:
    ((_, day),) = _dates("ко Дню матери", Period.years(year))
    assert day.month == 11 and day.weekday() == 6 and (day + dt.timedelta(days=7)).month == 12


REMARK_WORDS = ["класи", "классы", "актовый", "зал", "спортивний", "майданчик", "школьный", "тур", "заклади", "освіти", "учащиеся"]


@given(days, st.sampled_from(["\n", ", ", " "]), st.lists(st.sampled_from(REMARK_WORDS), min_size=1, max_size=3), st.integers(1, 11))
def test_a_remark_after_a_dated_cell_changes_nothing(day: dt.date, sep: str, words: list[str], grade: int) -> None:
    written = f"{day:%d.%m.%Y}"
    remark = f"{grade}-{grade + 1} " + " ".join(words)
    assert _dates(f"{written}{sep}{remark}") == _dates(written) == [(day.isoformat(), day)]


@given(st.integers(1, 12), st.integers(1, 5), st.booleans(), st.sampled_from(["ru", "uk"]))
def test_a_week_of_a_month_ends_on_its_seventh_day_or_the_months_end(month: int, week: int, month_first: bool, lang: str) -> None:
    table = language(lang)
    roman = ["I", "II", "III", "IV", "V"][week - 1]
    noun = "неделя" if lang == "ru" else "тиждень"
    nominative, genitive = table.explain["months_nominative"][month - 1], table.explain["months_genitive"][month - 1]
    phrase = f"{nominative} {roman} {noun}" if month_first else f"{roman} {noun} {genitive}"
    end = dt.date(2025, month, 7 * week) if week < 5 else dt.date(2025, month, calendar.monthrange(2025, month)[1])
    reading = read_phrase(phrase, lang)
    assert reading.kind == "period", reading.reason
    assert [(o.label, o.date) for o in schedule(reading, YEAR, calendar=CALENDAR)] == [(end.isoformat(), end)]


@given(
    st.sampled_from(["до наступления", "до начала", "после", "в случае"]),
    st.lists(st.sampled_from(["заморозков", "купального", "сезона", "ремонта", "получения", "заявки", "выявления"]), min_size=1, max_size=3),
)
def test_a_term_tied_to_an_undated_event_is_relative_with_no_date(lead: str, words: list[str]) -> None:
    reading = read_phrase(f"{lead} {' '.join(words)}")
    assert reading.kind == "relative", reading.reason
    assert reading.parts[0].rule.from_other_event
    assert schedule(reading, YEAR, approval_date=dt.date(2025, 2, 1), calendar=CALENDAR) == []


ORDINALS = {1: "первого", 5: "пятого", 10: "десятого", 12: "двенадцатого", 20: "двадцатого", 25: "двадцать пятого", 30: "тридцатого"}


@given(st.sampled_from(sorted(ORDINALS)), st.integers(1, 12))
def test_a_day_written_as_an_ordinal_word_reads_as_its_number(day: int, month: int) -> None:
    if day > calendar.monthrange(2025, month)[1]:
        return
    assert _dates(f"не позднее {ORDINALS[day]} {MONTHS[month - 1]}") == _dates(f"не позднее {day} {MONTHS[month - 1]}")
    assert _dates(f"ежеквартально до {ORDINALS[day]} числа месяца, следующего за отчетным кварталом") == _dates(
        f"ежеквартально до {day} числа месяца, следующего за отчетным кварталом"
    )


@given(st.integers(1, 12), st.integers(1, 28), st.integers(1, 11))
def test_a_yearless_day_in_a_plan_of_another_month_keeps_the_plans_year(month: int, day: int, plan_month: int) -> None:
    plan = Period(dt.date(2025, plan_month, 1), dt.date(2025, plan_month + 1, 1) - dt.timedelta(days=1))
    assert _dates(f"{day} {MONTHS[month - 1]}", plan) == [(dt.date(2025, month, day).isoformat(), dt.date(2025, month, day))]


@given(st.integers(2, 30), st.sampled_from([("раза в месяц", "ru"), ("раз в неделю", "ru"), ("рази на місяць", "uk"), ("разів на тиждень", "uk")]))
def test_work_more_often_than_monthly_recurs_with_no_dated_occurrence(count: int, unit: tuple[str, str]) -> None:
    words, lang = unit
    reading = read_phrase(f"{count} {words}", lang)
    assert reading.kind == "recurring", reading.reason
    assert schedule(reading, YEAR, calendar=CALENDAR) == []


#: Latin letters Word and copy-paste leave in Cyrillic words, with the Cyrillic letter they stand for.
LOOKALIKES = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "к": "k"}
#: «с 20 апреля …», «к 1 мая»: a preposition of one letter is a word of its own, typed on the wrong layout too
KNOWN = [
    "в течение года",
    "ежеквартально до 5 числа месяца, следующего за отчетным кварталом",
    "постоянно",
    "ежегодно до 1 октября",
    "по мере необходимости",
    "с 20 апреля по 19 мая 2022 г.",
    "к 1 мая",
]


@given(st.sampled_from(KNOWN), st.data())
def test_latin_lookalike_letters_in_a_word_change_nothing(phrase: str, data: st.DataObject) -> None:
    places = [index for index, char in enumerate(phrase) if char in LOOKALIKES]
    chosen = data.draw(st.sets(st.sampled_from(places), min_size=1, max_size=3))
    written = "".join(LOOKALIKES[char] if index in chosen else char for index, char in enumerate(phrase))
    assert _dates(written) == _dates(phrase)
    assert read_phrase(written).kind == read_phrase(phrase).kind


WEEKDAYS = ["Понедельник", "вторник", "Среда", "четверг", "Пятница"]


@given(days, st.sampled_from(WEEKDAYS))
def test_a_weekday_before_a_date_changes_nothing(day: dt.date, weekday: str) -> None:
    assert _dates(f"{weekday} {day:%d.%m}") == [(day.isoformat(), day)]


@given(days, hours, minutes)
def test_a_time_glued_to_a_full_date_changes_nothing(day: dt.date, hour: int, minute: int) -> None:
    assert _dates(f"{day:%d.%m.%Y}{hour:02d}.{minute:02d}") == [(day.isoformat(), day)]


@given(st.integers(2020, 2030), st.integers(0, 3), st.integers(1, 28), st.integers(1, 12), st.sampled_from(["ru", "uk"]))
def test_a_yearly_term_starting_in_a_year_has_no_earlier_occurrence(first: int, offset: int, day: int, month: int, lang: str) -> None:
    start = first + offset
    months = language(lang).explain["months_genitive"]
    phrase = f"ежегодно, начиная с {start} года, до {day} {months[month - 1]}" if lang == "ru" else f"щороку починаючи з {start} року до {day} {months[month - 1]}"
    plan = Period.years(first, first + 3)
    occurrences = schedule(read_phrase(phrase, lang), plan, calendar=WorkCalendar("RU" if lang == "ru" else "UA"))
    assert [o.date for o in occurrences] == [dt.date(year, month, day) for year in range(start, first + 4)]


@given(st.integers(1, 11), st.integers(2020, 2030))
def test_months_before_the_next_year_are_a_yearly_day_that_many_months_before_it(count: int, year: int) -> None:
    occurrences = schedule(read_phrase(f"не позднее, чем за {count} месяца до начала следующего года"), Period.years(year), calendar=CALENDAR)
    assert [(o.label, o.date) for o in occurrences] == [(str(year), dt.date(year, 13 - count, 1))]


UK_MONTHS = language("uk").explain["months_genitive"]


@given(days, hours, minutes, st.sampled_from(["", "до ", "не пізніше ", "о "]), st.sampled_from([" год", " години", ""]))
def test_a_clock_time_before_a_date_changes_nothing(day: dt.date, hour: int, minute: int, lead: str, unit: str) -> None:
    written = f"{day.day} {UK_MONTHS[day.month - 1]} {day.year} року"
    phrase = f"{lead}{hour:02d}:{minute:02d}{unit} {written}"
    occurrences = schedule(read_phrase(phrase, "uk"), YEAR, calendar=WorkCalendar("UA"))
    assert [(o.label, o.date) for o in occurrences] == [(day.isoformat(), day)]


@given(days, st.integers(4, 12), st.sampled_from(["ru", "uk"]))
def test_a_month_cut_short_reads_as_the_month_when_no_other_starts_so(day: dt.date, size: int, lang: str) -> None:
    months = language(lang).explain["months_genitive"]
    name = months[day.month - 1]
    short = name[:size]
    others = [other for other in months if other != name]
    if len(short) < 4 or any(other.startswith(short) for other in others):
        return
    table = language(lang)
    assert table.months[short] == day.month
    occurrences = schedule(read_phrase(f"{day.day} {short} {day.year}", lang), YEAR, calendar=CALENDAR)
    assert [o.date for o in occurrences] == [day]


@given(days, st.sampled_from(["1800", "1730", "0900"]))
def test_a_time_that_lost_its_colon_beside_a_dated_day_changes_nothing(day: dt.date, time: str) -> None:
    written = f"{day.day} {UK_MONTHS[day.month - 1]} {day.year} року"
    for phrase in (f"{written}, {time}", f"до {time} {written}"):
        occurrences = schedule(read_phrase(phrase, "uk"), YEAR, calendar=WorkCalendar("UA"))
        assert [o.date for o in occurrences] == [day], phrase


@given(
    st.sampled_from([("согласно", "ru"), ("в соответствии с", "ru"), ("відповідно до", "uk"), ("згідно з", "uk")]),
    st.lists(st.sampled_from(["регламентом", "правил", "прийому", "положением", "комісії", "министерства", "плану"]), min_size=1, max_size=3),
)
def test_a_term_another_document_sets_is_on_demand_unless_it_is_dated(lead: tuple[str, str], words: list[str]) -> None:
    text, lang = lead
    assert read_phrase(f"{text} {' '.join(words)}", lang).kind == "on_demand"
    month = language(lang).explain["months_genitive"][2]
    assert read_phrase(f"{text} {' '.join(words)} до 15 {month}", lang).kind != "on_demand"


@given(st.sampled_from(["открытия ярмарки", "проведения конкурса", "начала смены"]))
def test_a_lower_case_day_of_an_event_is_relative_and_a_capitalised_unknown_holiday_is_unknown(event: str) -> None:
    assert read_phrase(f"до дня {event}").kind == "relative"
    assert read_phrase(f"ко Дню {event.split()[1].capitalize()}").kind == "unknown"


@given(st.sampled_from(["в", "до", "по", "на"]), st.sampled_from(["течение года", "первом квартале 2025 года", "месячный срок", "течении года"]))
def test_a_preposition_glued_to_the_word_after_it_reads_as_if_spaced(preposition: str, rest: str) -> None:
    spaced = f"{preposition} {rest}"
    glued = f"{preposition}{rest}"
    assert respell(glued) == respell(spaced)
    assert read_phrase(glued).kind == read_phrase(spaced).kind


MONTHS_UK = language("uk").explain["months_genitive"]


def _one_slip(word: str, at: int, how: str) -> str:
    at = 1 + at % (len(word) - 2)  # never the first letter: clerks slip inside a word
    if how == "drop":
        return word[:at] + word[at + 1 :]
    if how == "double":
        return word[:at] + word[at] + word[at:]
    return word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]  # two neighbours swapped


@given(days, st.integers(0, 20), st.sampled_from(["drop", "double", "swap"]), st.sampled_from(["ru", "uk"]))
def test_one_slip_in_a_month_name_reads_as_the_month_and_fix_writes_it(day: dt.date, at: int, how: str, lang: str) -> None:
    from planctl.deadlines.reading import slips_read

    month = (MONTHS if lang == "ru" else MONTHS_UK)[day.month - 1]
    slipped = _one_slip(month, at, how)
    written, right = f"до {day.day} {slipped} 2025", f"до {day.day} {month} 2025"
    if slipped == month or read_phrase(written, lang).kind == "unknown":
        # a slip that lands on another known word or on two of them is not guessed at
        return
    assert [(o.label, o.date) for o in schedule(read_phrase(written, lang), YEAR, calendar=CALENDAR)] == [(day.isoformat(), day)]
    assert respell(written, lang, slips_read(written, lang)) in (written, right)


@given(st.text(alphabet="абвгдеежзиклмнопрстуфхцчшщыьэюя ", min_size=1, max_size=40), st.sampled_from(["ru", "uk"]))
@example("часоа", "ru")  # found by hypothesis: a slip from «часов», a word of relative terms
def test_slips_name_only_known_words_and_leave_nothing_to_correct(text: str, lang: str) -> None:
    from planctl.deadlines.spelling import _slip_words, slips

    # the words a slip may come from: the vocabulary and the words of relative terms («часов»), counts, weekdays
    vocabulary = _slip_words(lang)
    found = slips(text, lang)
    assert all(s.right.lower().replace("'", "") in {w.replace("'", "") for w in vocabulary} for s in found)
    assert slips(respell(text, lang, found), lang) == ()


@given(st.integers(20, 31), st.integers(1, 10), st.integers(2, 12))
def test_a_span_from_the_end_of_one_month_to_the_start_of_the_next_ends_on_its_last_day(first: int, last: int, month: int) -> None:
    phrase = f"з {first} по {last:02d} {MONTHS_UK[month - 1]} 2025 року"
    day = dt.date(2025, month, last)
    assert [(o.label, o.date) for o in schedule(read_phrase(phrase, "uk"), YEAR, calendar=CALENDAR)] == [(day.isoformat(), day)]


@given(st.sampled_from(["первого", "второго", "третьего", "последнего"]), st.integers(1, 28), st.sampled_from([("ежеквартально", 3), ("раз в полугодие", 6)]))
def test_a_day_of_a_month_in_the_period_the_frequency_names(which: str, day: int, frequency: tuple[str, int]) -> None:
    word, size = frequency
    number = {"первого": 1, "второго": 2, "третьего": 3, "последнего": size}[which]
    reading = read_phrase(f"{word}, не позднее {day}-го числа {which} месяца")
    if number > size:
        assert reading.kind == "unknown"
        return
    dates = [o.date for o in schedule(reading, YEAR, calendar=CALENDAR)]
    assert dates == [dt.date(2025, start + number - 1, day) for start in range(1, 13, size)]


@given(days, st.sampled_from(["Субботник", "завтра", "Акция «Чистый город»", "базовый день"]), st.sampled_from([", ", " – "]))
def test_a_remark_before_a_dated_cell_changes_nothing_and_is_said(day: dt.date, remark: str, sep: str) -> None:
    written = f"{day.day} {MONTHS[day.month - 1]}"
    reading = read_phrase(f"{remark}{sep}{written}")
    assert _dates(f"{remark}{sep}{written}") == _dates(written)
    assert reading.remarks and reading.remarks[0].lower().startswith(remark.split()[0].lower())


@given(days, st.sampled_from(["%d/%m/%Y", "%d/%m/%y"]))
def test_a_date_written_with_slashes_reads_as_with_dots(day: dt.date, form: str) -> None:
    assert _dates(day.strftime(form)) == _dates(day.strftime(form.replace("/", "."))) == [(day.isoformat(), day)]


@given(st.sampled_from([(1, "month"), (3, "quarter"), (6, "half")]), st.integers(2, 12))
def test_periods_counted_from_the_years_start_recur_at_the_shortest(step_unit: tuple[int, str], count: int) -> None:
    step, unit = step_unit
    months = [m for m in range(step, 13, step)][:count]
    if len(months) < 2:
        return
    listed = ", ".join(str(m) for m in months)
    reading = read_phrase(f"за {listed} месяцев, до 10 числа месяца, следующего за отчетным")
    assert reading.kind == "recurring" and reading.parts[0].rule.every == unit


RU_NTH = {1: "первый", 2: "второй", 3: "третий", 4: "четвертый", -1: "последний"}
RU_WEEKDAY = {1: "понедельник", 2: "вторник", 4: "четверг"}  # the masculine ones, for one ordinal form


@given(st.sampled_from(sorted(RU_NTH)), st.sampled_from(sorted(RU_WEEKDAY)), st.integers(2000, 2040), st.integers(1, 12))
def test_the_nth_weekday_of_each_month_is_the_calendars(nth: int, weekday: int, year: int, month: int) -> None:
    period = Period(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))
    reading = read_phrase(f"каждый {RU_NTH[nth]} {RU_WEEKDAY[weekday]} месяца")
    days = [week[weekday - 1] for week in calendar.monthcalendar(year, month) if week[weekday - 1]]
    want = dt.date(year, month, days[-1] if nth == -1 else days[nth - 1])
    assert [(o.label, o.date) for o in schedule(reading, period, calendar=CALENDAR)] == [(f"{year}-{month:02d}", want)]


RU_MONTHS_OF = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]


@given(st.sampled_from(sorted(RU_NTH)), st.sampled_from(sorted(RU_WEEKDAY)), st.integers(2000, 2039), st.integers(1, 12), st.booleans())
def test_the_nth_weekday_of_a_named_month_is_the_calendars_each_year(nth: int, weekday: int, first: int, month: int, yearly: bool) -> None:
    period = Period(dt.date(first, 1, 1), dt.date(first + 1, 12, 31))
    reading = read_phrase(("ежегодно, " if yearly else "") + f"{RU_NTH[nth]} {RU_WEEKDAY[weekday]} {RU_MONTHS_OF[month - 1]}")
    want = []
    for year in (first, first + 1):
        days = [week[weekday - 1] for week in calendar.monthcalendar(year, month) if week[weekday - 1]]
        day = dt.date(year, month, days[-1] if nth == -1 else days[nth - 1])
        want.append((str(year) if yearly else day.isoformat(), day))
    assert reading.kind == ("recurring" if yearly else "date")
    assert [(o.label, o.date) for o in schedule(reading, period, calendar=CALENDAR) if o.part == "work"] == want


@given(st.lists(st.integers(1, 28), min_size=2, max_size=4, unique=True), st.integers(1, 12), st.sampled_from([", ", " и "]))
def test_several_days_of_each_month_are_each_an_occurrence(days: list[int], month: int, joiner: str) -> None:
    days.sort()
    period = Period(dt.date(2025, month, 1), dt.date(2025, month, calendar.monthrange(2025, month)[1]))
    reading = read_phrase(f"{joiner.join(map(str, days))} числа каждого месяца")
    assert [o.date for o in schedule(reading, period, calendar=CALENDAR)] == [dt.date(2025, month, d) for d in days]


@given(st.integers(1, 12), st.lists(st.integers(1, 28), min_size=1, max_size=5, unique=True), st.integers(1, 28), st.sampled_from([", ", ",", " и "]))
def test_a_list_of_days_ending_on_a_full_date_takes_its_month_and_year(month: int, numbers: list[int], last: int, joiner: str) -> None:
    if last in numbers:
        return
    phrase = joiner.join(map(str, numbers)) + f"{joiner}{last:02d}.{month:02d}.2025"
    assert sorted(day for _, day in _dates(phrase)) == sorted(dt.date(2025, month, n) for n in [*numbers, last])


@given(days, st.sampled_from(["Каникулы", "I четверть", "Осенние каникулы", "Месячник безопасности"]))
def test_a_name_before_a_colon_changes_nothing(day: dt.date, name: str) -> None:
    written = f"{day:%d.%m.%Y}"
    assert _dates(f"{name}: {written}") == _dates(written) == [(day.isoformat(), day)]


@given(st.sampled_from([("три", "ежеквартально"), ("3", "ежеквартально"), ("шесть", "ежеполугодно"), ("6", "ежеполугодно"), ("двенадцать", "ежегодно")]), st.sampled_from(["раз в", "один раз в", "не реже одного раза в"]))
def test_once_in_so_many_months_reads_as_its_frequency(months: tuple[str, str], once: str) -> None:
    count, adverb = months
    assert _dates(f"{once} {count} месяцев" if count in ("шесть", "6", "двенадцать") else f"{once} {count} месяца") == _dates(adverb)


@given(st.integers(9, 12), st.integers(1, 28), st.integers(1, 5), st.integers(1, 28))
def test_a_span_from_late_in_the_year_into_the_next_ends_in_the_next_year(first_month: int, first_day: int, last_month: int, last_day: int) -> None:
    phrase = f"с {first_day} {MONTHS[first_month - 1]} по {last_day} {MONTHS[last_month - 1]}"
    assert _dates(phrase) == [(dt.date(2026, last_month, last_day).isoformat(), dt.date(2026, last_month, last_day))]


@given(days, st.sampled_from(["т.г.", "т. г.", "текущего года"]))
def test_the_current_year_abbreviated_is_the_plans_year(day: dt.date, current: str) -> None:
    written = f"{day.day} {MONTHS[day.month - 1]}"
    assert _dates(f"{written} {current}") == _dates(written) == [(day.isoformat(), day)]


@given(st.dates(dt.date(2025, 1, 1), dt.date(2025, 12, 20)), st.integers(1, 10), st.sampled_from(["Профессии, инструменты", "Новогодний праздник. Зимние игры", "Неделя безопасности"]))
def test_a_theme_before_its_dates_in_brackets_changes_nothing(first: dt.date, length: int, theme: str) -> None:
    last = first + dt.timedelta(days=length)
    if last.month != first.month:
        return
    span = f"{first:%d.%m} - {last:%d.%m}"
    assert _dates(f"{theme} ({span})") == _dates(span) == [(last.isoformat(), last)]


@given(days, st.sampled_from(["Каникулы", "Месячник безопасности", "Новогодние каникулы", "Субботник"]), st.data())
def test_a_hyphen_word_left_in_a_name_changes_nothing(day: dt.date, name: str, data: st.DataObject) -> None:
    word = max(name.split(), key=len)
    cut = data.draw(st.integers(2, len(word) - 2))
    broken = name.replace(word, f"{word[:cut]}-{word[cut:]}")
    written = f"{day:%d.%m.%Y}"
    assert _dates(f"{broken}: {written}") == _dates(f"{name}: {written}") == [(day.isoformat(), day)]


@given(st.sampled_from(["в течение года", "ежеквартально", "ежегодно до 1 марта", "ежемесячно"]), st.data())
def test_a_hyphen_in_a_term_word_changes_nothing(phrase: str, data: st.DataObject) -> None:
    words = phrase.split()
    at = data.draw(st.sampled_from([i for i, w in enumerate(words) if len(w) >= 5]))
    cut = data.draw(st.integers(2, len(words[at]) - 2))
    words[at] = f"{words[at][:cut]}-{words[at][cut:]}"
    assert _dates(" ".join(words)) == _dates(phrase)


@given(days, days)
def test_a_span_whose_opening_word_is_left_out_ends_on_its_last_day(first: dt.date, last: dt.date) -> None:
    if first >= last:
        return
    phrase = f"{first.day} {MONTHS[first.month - 1]} до {last.day} {MONTHS[last.month - 1]}"
    assert _dates(phrase) == _dates(f"с {phrase.replace(' до ', ' по ')}") == [(last.isoformat(), last)]


@given(st.integers(1, 28), st.sampled_from([("первого", 0), ("второго", 1), ("последнего", 2)]))
def test_calendar_days_of_a_month_of_the_quarter_are_that_day(count: int, which: tuple[str, int]) -> None:
    word, offset = which
    phrase = f"ежеквартально в течение {count} дней {word} месяца квартала"
    assert [day for _, day in _dates(phrase)] == [dt.date(2025, 3 * q + 1 + offset, count) for q in range(4)]


@given(st.integers(1, 28))
def test_calendar_days_after_the_quarter_are_that_day_of_the_next_month(count: int) -> None:
    phrase = f"ежеквартально в течение {count} дней месяца, следующего за отчетным кварталом"
    assert [day for _, day in _dates(phrase)] == [dt.date(2025, 4, count), dt.date(2025, 7, count), dt.date(2025, 10, count), dt.date(2026, 1, count)]


@given(days, st.integers(0, 3), st.sampled_from(["I", "l", "О", "o"]))
def test_a_letter_typed_for_a_digit_of_the_year_changes_nothing(day: dt.date, at: int, letter: str) -> None:
    year = f"{day.year}"
    digit = "0" if letter in "Оo" else "1"
    if year[at] != digit or at == 0:
        return
    written = f"{day.day} {MONTHS[day.month - 1]}"
    assert _dates(f"{written} {year[:at]}{letter}{year[at + 1:]} года") == _dates(f"{written} {year} года") == [(day.isoformat(), day)]


@given(days, hours, st.sampled_from(["часов", "час.", "ч."]))
def test_the_hour_said_before_the_day_changes_nothing(day: dt.date, hour: int, unit: str) -> None:
    written = f"{day.day} {MONTHS[day.month - 1]} {day.year} года"
    assert _dates(f"не позднее {hour} {unit} {written}") == _dates(f"не позднее {written}") == [(day.isoformat(), day)]


@given(days, days, st.sampled_from(["додаткова сесія: ", "уточненную информацию - ", "второй этап: "]))
def test_a_second_term_in_brackets_under_a_name_is_one_more_day(first: dt.date, second: dt.date, name: str) -> None:
    if first >= second:
        return
    phrase = f"до {first:%d.%m.%Y} ({name}до {second:%d.%m.%Y})"
    assert sorted(day for _, day in _dates(phrase)) == [first, second]


@given(st.integers(1, 12), st.integers(1, 12), st.booleans(), st.sampled_from(["", " г.", " года"]))
def test_a_month_written_as_digits_with_its_year_reads_as_that_month(first: int, last: int, padded: bool, year_word: str) -> None:
    def written(month: int) -> str:
        return f"{month:02d}.2025" if padded else f"{month}.2025"

    if first > last:
        return
    assert _dates(written(last) + year_word) == _dates(f"{MONTHS[last - 1]} 2025{year_word}") == [(f"2025-{last:02d}", dt.date(2025, last, calendar.monthrange(2025, last)[1]))]
    assert _dates(f"{written(first)} - {written(last)}{year_word}") == _dates(written(last))


@given(days, days, st.sampled_from(["", " (по состоянию на 1 число)"]))
def test_each_day_with_its_own_until_is_a_deadline_of_its_own(first: dt.date, second: dt.date, aside: str) -> None:
    if first >= second:
        return
    phrase = f"до {first.day} {MONTHS[first.month - 1]}{aside} до {second.day} {MONTHS[second.month - 1]}"
    assert _dates(phrase) == [(first.isoformat(), first), (second.isoformat(), second)]


@given(days, st.sampled_from(["году проведения плановых проверок", "планируемому", "году проведения\nконкурса"]))
def test_the_year_before_the_planned_one_is_the_plans_own(day: dt.date, planned: str) -> None:
    written = f"до {day.day} {MONTHS[day.month - 1]}"
    assert _dates(f"{written} года, предшествующего {planned}") == _dates(f"{written} текущего года") == [(day.isoformat(), day)]


@given(days, st.integers(1, 30), st.sampled_from(["{n} дней ({span})", "{n} дней, {span}", "{n} календарных дней ({span} включительно)"]))
def test_the_length_said_before_a_span_changes_nothing(end: dt.date, length: int, form: str) -> None:
    start = end - dt.timedelta(days=length - 1)
    if start.year != end.year:
        return
    span = f"с {start.day} {MONTHS[start.month - 1]} по {end.day} {MONTHS[end.month - 1]} {end.year}-го года"
    assert _dates(form.format(n=length, span=span)) == _dates(span.replace("-го", "")) == [(end.isoformat(), end)]


ROMAN = ["I", "II", "III"]


@given(st.integers(2015, 2030), st.integers(1, 12), st.integers(1, 3), st.sampled_from(["декада", "декада месяца"]))
def test_a_decade_with_no_month_is_of_the_plans_month_and_unread_in_a_year(year: int, month: int, index: int, word: str) -> None:
    phrase = f"{ROMAN[index - 1]} {word}"
    last = calendar.monthrange(year, month)[1]
    plan = Period(dt.date(year, month, 1), dt.date(year, month, last))
    end = dt.date(year, month, last if index == 3 else index * 10)
    assert _dates(phrase, plan) == [(end.isoformat(), end)]
    assert in_period(read_phrase(phrase), Period.years(year), "ru").kind == "unknown"


@given(st.integers(1, 11), st.sampled_from(["1,5", "1.5"]), days)
def test_a_month_and_a_half_is_forty_five_days(whole: int, written: str, approved: dt.date) -> None:
    phrase = f"в течение {written.replace('1', str(whole), 1)} месяца"
    dates = [o.date for o in schedule(read_phrase(phrase), YEAR, approval_date=approved, calendar=CALENDAR)]
    assert dates == [approved + dt.timedelta(days=whole * 30 + 15)]


@given(st.integers(2000, 2030), st.integers(1, 10), st.sampled_from(["годы", "\nгоды", " гг."]))
def test_two_years_side_by_side_are_a_span(first: int, length: int, word: str) -> None:
    last = first + length
    plan = Period.years(first, last)
    assert _dates(f"{first} {last}{word}".replace("  ", " "), plan) == [(str(last), dt.date(last, 12, 31))]


@given(st.integers(1, 11), st.sampled_from(["до окончания текущего года", "до конца года", "до начала следующего года"]))
def test_months_before_the_years_end_are_the_first_of_that_month(count: int, end: str) -> None:
    months = {1: "месяц", 2: "два месяца", 3: "три месяца"}.get(count, f"{count} месяцев")
    day = dt.date(2025, 13 - count, 1)
    assert _dates(f"за {months} {end}") == [("2025", day)]


@given(st.sampled_from(["выполнения мероприятий Программы", "работы", "реализации плана", "мониторинга"]), st.sampled_from(["ежегодно", "ежеквартально"]))
def test_results_of_undated_work_are_the_results_of_each_period(work: str, every: str) -> None:
    assert _dates(f"{every} по итогам {work}") == _dates(f"{every}")


@given(days, st.sampled_from(["т.е.", "то есть"]))
def test_a_term_said_again_as_a_date_is_that_date(day: dt.date, marker: str) -> None:
    written = f"не позднее {day.day} {MONTHS[day.month - 1]}"
    assert _dates(f"не позднее чем за две недели до начала собеседования, {marker} {written}") == _dates(written)


@given(days, st.sampled_from(["момента заполнения мест", "окончания ремонта", "подписания договора"]))
def test_a_span_from_a_day_until_an_undated_event_has_no_date(day: dt.date, event: str) -> None:
    reading = read_phrase(f"с {day.day} {MONTHS[day.month - 1]} до {event}")
    assert reading.kind == "relative"
    assert schedule(reading, YEAR, approval_date=day, calendar=CALENDAR) == []


@given(days, st.integers(0, 23), st.sampled_from([0, 30]))
def test_hours_and_minutes_at_a_spans_ends_change_nothing(end: dt.date, hour: int, minute: int) -> None:
    first, last = f"1 {MONTHS[end.month - 1]}", f"{end.day} {MONTHS[end.month - 1]}"
    timed = f"с {hour} час. {minute:02d} мин. {first} до {hour} час. {minute:02d} мин. {last} 2025 года"
    assert _dates(timed) == _dates(f"с {first} до {last} 2025 года")


@given(days, st.integers(0, 99))
def test_a_two_digit_year_with_its_word_is_of_the_1970s_to_the_2060s(day: dt.date, short: int) -> None:
    year = short + (1900 if short >= 70 else 2000)
    plan = Period.years(year)
    day_in_year = dt.date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))
    assert _dates(f"{day_in_year.day} {MONTHS[day.month - 1]} {short:02d} года", plan) == [(day_in_year.isoformat(), day_in_year)]


@given(st.lists(days, min_size=2, max_size=4, unique=True), st.sampled_from(["этап", "смена", "тур"]), st.sampled_from([", ", "; ", " "]))
def test_numbered_stages_are_a_list_of_their_terms(stage_days: list[dt.date], word: str, joiner: str) -> None:
    terms = [f"до {day.day} {MONTHS[day.month - 1]}" for day in stage_days]
    staged = joiner.join(f"{n} {word} – {term}" for n, term in enumerate(terms, start=1))
    assert _dates(staged) == sorted(_dates(", ".join(terms)), key=lambda entry: entry[1])


@given(days.filter(lambda day: day.day > 1), st.sampled_from(["в ночь ", ""]))
def test_a_night_is_dated_by_the_day_it_ends_on(day: dt.date, night: str) -> None:
    month = MONTHS[day.month - 1]
    assert _dates(f"{night}с {day.day - 1} на {day.day} {month}") == _dates(f"{day.day} {month}")


@given(st.lists(days, min_size=2, max_size=4, unique=True), st.sampled_from(["прием заявок", "подтверждения", "подведение итогов конкурса"]), st.sampled_from([", ", "; "]))
def test_names_in_a_list_of_terms_change_nothing(term_days: list[dt.date], name: str, joiner: str) -> None:
    terms = [f"до {day.day} {MONTHS[day.month - 1]}" for day in term_days]
    named = joiner.join(f"{name} {term}" if n % 2 else term for n, term in enumerate(terms))
    assert _dates(named) == _dates(", ".join(terms))


@given(st.integers(1, 4), st.integers(0, 2), st.integers(0, 2), st.sampled_from([" - ", "-", ", "]))
def test_months_of_a_quarter_in_brackets_decide(quarter: int, first: int, extra: int, joiner: str) -> None:
    names = language("ru").explain["months_nominative"]
    last = min(first + extra, 2)
    inner = joiner.join(names[3 * quarter - 3 + i] for i in sorted({first, last}))
    roman = ["I", "II", "III", "IV"][quarter - 1]
    assert _dates(f"{roman} квартал ({inner})") == _dates(inner)


_TENS = {20: "двадцати", 30: "тридцати", 40: "сорока", 50: "пятидесяти", 60: "шестидесяти", 70: "семидесяти", 80: "восьмидесяти", 90: "девяноста"}
_UNITS = {1: "одного", 2: "двух", 3: "трех", 4: "четырех", 5: "пяти", 6: "шести", 7: "семи", 8: "восьми", 9: "девяти"}


@given(st.sampled_from(sorted(_TENS)), st.sampled_from(sorted(_UNITS)), days)
def test_a_count_in_words_adds_up(tens: int, units: int, approved: dt.date) -> None:
    words = schedule(read_phrase(f"в течение {_TENS[tens]} {_UNITS[units]} дней со дня утверждения"), YEAR, approval_date=approved, calendar=CALENDAR)
    figures = schedule(read_phrase(f"в течение {tens + units} дней со дня утверждения"), YEAR, approval_date=approved, calendar=CALENDAR)
    assert words == figures


@given(days, st.sampled_from(["по московскому времени", "(время московское)", "по местному времени"]), hours)
def test_whose_clock_a_time_is_on_changes_nothing(day: dt.date, zone: str, hour: int) -> None:
    written = f"{day.day} {MONTHS[day.month - 1]}"
    assert _dates(f"{written} в {hour:02d}:00 {zone}") == _dates(written)


@given(st.integers(1, 12), st.lists(st.tuples(st.integers(1, 23), st.integers(0, 5)), min_size=2, max_size=4), st.sampled_from([", ", ","]))
def test_days_and_ranges_of_one_month_end_on_their_last_days(month: int, items: list[tuple[int, int]], joiner: str) -> None:
    written = [f"{first}-{first + length}" if length else str(first) for first, length in items]
    phrase = joiner.join(written) + f" {MONTHS[month - 1]}"
    ends = sorted({dt.date(2025, month, first + length) for first, length in items})
    reading = read_phrase(phrase)
    assert reading.kind == ("period" if items[0][1] else "date") or not any(length for _, length in items)
    assert sorted({day for _, day in _dates(phrase)}) == ends


HALVES = {1: ["первая половина", "в первой половине", "I половина"], 2: ["вторая половина", "во второй половине", "II половина"]}


@given(st.integers(1, 12), st.sampled_from([1, 2]), st.data())
def test_a_half_of_a_month_ends_on_the_fifteenth_or_the_months_end(month: int, index: int, data: st.DataObject) -> None:
    words = data.draw(st.sampled_from(HALVES[index]))
    end = dt.date(2025, month, 15 if index == 1 else calendar.monthrange(2025, month)[1])
    assert _dates(f"{words} {MONTHS[month - 1]}") == [(end.isoformat(), end)]
    assert _dates(f"{words} 2025 года") == [(f"2025-H{index}", dt.date(2025, 6 * index, 30 if index == 1 else 31))]


@given(days, st.sampled_from(["в течение {month}, {day} {month}", "В течение {month} {day}.{mm:02d}.2025 г.", "в течение {month}. {day} {month} 2025 года"]))
def test_a_month_said_whole_and_a_day_in_it_are_two_terms(day: dt.date, form: str) -> None:
    phrase = form.format(month=MONTHS[day.month - 1], day=day.day, mm=day.month)
    end = dt.date(2025, day.month, calendar.monthrange(2025, day.month)[1])
    assert sorted(_dates(phrase)) == sorted({(day.isoformat(), day), (f"2025-{day.month:02d}", end)})


@given(st.dates(dt.date(1970, 1, 1), dt.date(2069, 12, 31)))
def test_a_two_digit_year_is_of_the_1970s_to_the_2060s(day: dt.date) -> None:
    phrase = f"{day:%d.%m.%y} г."
    plan = Period.years(day.year)
    assert [(o.label, o.date) for o in schedule(read_phrase(phrase), plan, calendar=CALENDAR)] == [(day.isoformat(), day)]


@given(days, days)
def test_a_spans_first_date_with_its_first_dot_typed_as_a_space_is_that_date(first: dt.date, last: dt.date) -> None:
    first, last = min(first, last), max(first, last)
    written = f"с {first:%d.%m.%Y} по {last:%d.%m.%Y}"
    assert _dates(written.replace(".", " ", 1)) == _dates(written) == [(last.isoformat(), last)]


@given(days, st.sampled_from(["срок проведения –", "Работы принимаются", "Срок подачи заявок -", "приём документов"]))
def test_a_label_before_until_leaves_the_date(day: dt.date, label: str) -> None:
    term = f"до {day.day} {MONTHS[day.month - 1]} 2025 года"
    assert _dates(f"{label} {term}") == _dates(term) == [(day.isoformat(), day)]


@given(st.integers(2015, 2030), st.integers(1, 12), st.sampled_from(["весь месяц", "весь\nмесяц", "в течение всего месяца", "в течение месяца"]))
def test_a_months_term_in_a_plan_of_one_month_is_its_whole_time(year: int, month: int, phrase: str) -> None:
    plan = Period(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))
    reading = in_period(read_phrase(phrase), plan, "ru")
    assert reading.kind == "throughout"
    assert [o.date for o in schedule(reading, plan, calendar=CALENDAR)] == [plan.end]


@given(days, st.sampled_from(["%Y.%m.%d", "%Y-%m-%d", "%d/%m", "%d/%m/%Y"]), st.sampled_from(["", " 23:59", " до 24:00"]))
def test_a_date_year_first_or_with_slashes_and_a_time_after_it_is_that_date(day: dt.date, form: str, time: str) -> None:
    assert _dates(f"{day:{form}}{time}") == [(day.isoformat(), day)]


@given(days, days, st.sampled_from(["%d/%m", "%d.%m.%Y"]), st.sampled_from(["---------", "___"]))
def test_a_line_of_dashes_between_two_dates_is_a_span(first: dt.date, last: dt.date, form: str, line: str) -> None:
    first, last = min(first, last), max(first, last)
    assert _dates(f"{first:{form}}\n{line}\n{last:{form}}") == _dates(f"с {first:%d.%m.%Y} по {last:%d.%m.%Y}")


@given(st.integers(2, 30), st.sampled_from(["-ти", "-х", " - ти", "–ти"]), st.sampled_from(["дней", "рабочих дней", "календарных дней", "месяцев"]))
def test_a_count_with_its_case_ending_is_the_count(count: int, ending: str, unit: str) -> None:
    with_ending, plain = read_phrase(f"в течение {count}{ending} {unit}"), read_phrase(f"в течение {count} {unit}")
    assert with_ending.kind == plain.kind == "relative"
    assert [p.rule for p in with_ending.parts] == [p.rule for p in plain.parts]


@given(st.integers(1, 60), st.sampled_from(["не позднее чем", "не позднее, чем", "не далее, чем", "в срок не позднее, чем"]), st.sampled_from(["дней", "рабочих дней"]))
def test_not_later_than_with_than_before_a_count_is_the_same_term(count: int, lead: str, unit: str) -> None:
    with_than, plain = read_phrase(f"{lead} {count} {unit} со дня утверждения плана"), read_phrase(f"не позднее {count} {unit} со дня утверждения плана")
    assert with_than.kind == plain.kind == "relative"
    assert [p.rule for p in with_than.parts] == [p.rule for p in plain.parts]


@given(st.integers(1, 30), st.sampled_from(["-го", "-й"]), st.sampled_from(["рабочего дня", "дня", "календарного дня"]), st.sampled_from(["после получения запроса", "со дня утверждения плана"]))
def test_the_nth_day_after_an_event_is_a_term_of_n_days(nth: int, ending: str, day: str, event: str) -> None:
    units = {"рабочего дня": "рабочих дней", "дня": "дней", "календарного дня": "календарных дней"}
    nth_day, count = read_phrase(f"не позднее {nth}{ending} {day} {event}"), read_phrase(f"не позднее {nth} {units[day]} {event}")
    assert nth_day.kind == count.kind == "relative"
    assert [p.rule for p in nth_day.parts] == [p.rule for p in count.parts]


@given(days, st.integers(8, 23), st.sampled_from(["часов сегодня,", "часов завтра,", "часов,", "часов"]))
def test_an_hour_before_today_and_a_date_is_that_dates_hour(day: dt.date, hour: int, words: str) -> None:
    assert _dates(f"не позднее {hour} {words} {day.day} {RU_MONTHS_OF[day.month - 1]} {day.year} года") == [(day.isoformat(), day)]


@given(st.integers(1, 28), st.sampled_from(["Квартальный –", "Квартальная -", "квартальные:"]))
def test_a_quarterly_reports_name_is_its_frequency(day: int, name: str) -> None:
    term = f"не позднее {day} числа месяца, следующего за отчетным кварталом"
    named, adverb = read_phrase(f"{name} {term}"), read_phrase(f"ежеквартально {term}")
    assert named.kind == adverb.kind == "recurring"
    assert [p.rule for p in named.parts] == [p.rule for p in adverb.parts]


@given(days, st.sampled_from(["за предыдущий год", ", за прошедший год", "следующего за отчетным года"]))
def test_a_day_for_the_previous_year_is_the_day_of_the_next_year(day: dt.date, words: str) -> None:
    said = f"ежегодно до {day.day} {RU_MONTHS_OF[day.month - 1]}"
    assert [p.rule for p in read_phrase(f"{said} {words}").parts] == [p.rule for p in read_phrase(f"{said} года, следующего за отчетным").parts]


@given(
    st.sampled_from(["В течение года", "ежеквартально", "постоянно"]),
    st.sampled_from(["по заявкам", "по заявлениям", "по обращениям", "по запросам"]),
    st.lists(st.sampled_from(["ветеранов", "граждан", "учреждений", "образовательных", "организаций", "жителей"]), min_size=1, max_size=3),
)
def test_whose_requests_change_nothing(term: str, on_demand: str, whose: list[str]) -> None:
    plain, with_whose = read_phrase(f"{term} {on_demand}"), read_phrase(f"{term} {on_demand} {' '.join(whose)}")
    assert with_whose.kind == plain.kind != "unknown"
    assert [p.rule for p in with_whose.parts] == [p.rule for p in plain.parts]


@given(days, st.sampled_from(["за I квартал –", "за 2 полугодие -", "за III квартал:"]))
def test_a_quarter_before_a_day_of_the_reporting_year_is_what_is_reported(day: dt.date, label: str) -> None:
    said = f"до {day.day} {RU_MONTHS_OF[day.month - 1]} отчетного года"
    labelled, plain = read_phrase(f"{label} {said}"), read_phrase(said)
    assert labelled.kind == plain.kind == "recurring"
    assert [p.rule for p in labelled.parts] == [p.rule for p in plain.parts]


RU_WEEKDAY_NAMES = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]


@given(days, days, st.sampled_from([" — ", " -\n", " – "]))
def test_weekdays_after_the_days_of_a_span_change_nothing(first: dt.date, last: dt.date, dash: str) -> None:
    first, last = min(first, last), max(first, last)
    named = f"{first.day} {RU_MONTHS_OF[first.month - 1]}, {RU_WEEKDAY_NAMES[first.weekday()]}{dash}{last.day} {RU_MONTHS_OF[last.month - 1]}, {RU_WEEKDAY_NAMES[last.weekday()]}"
    plain = f"{first.day} {RU_MONTHS_OF[first.month - 1]}{dash}{last.day} {RU_MONTHS_OF[last.month - 1]}"
    assert _dates(named) == _dates(plain)


@given(days, st.lists(st.integers(1, 11), min_size=2, max_size=3, unique=True), st.sampled_from(["классы -", "классы:", "класс –"]))
def test_classes_listed_before_a_date_are_its_name(day: dt.date, classes: list[int], word: str) -> None:
    said = f"{day.day} {RU_MONTHS_OF[day.month - 1]} {day.year} года"
    assert _dates(f"{', '.join(map(str, sorted(classes)))} {word} {said}") == _dates(said)


@given(days, st.integers(0, 23), st.integers(0, 59), st.integers(0, 59), st.sampled_from(["", "MSK", " мск"]))
def test_a_time_with_seconds_and_a_zone_changes_nothing(day: dt.date, hour: int, minute: int, second: int, zone: str) -> None:
    said = f"{day.day} {RU_MONTHS_OF[day.month - 1]} {day.year} года"
    assert _dates(f"до {hour:02}:{minute:02}:{second:02}{zone} {said}") == _dates(f"до {said}")


@given(days, st.sampled_from(["корректировка", "проведение мониторинга", "обновление"]), st.sampled_from(["ежегодно", "ежеквартально"]))
def test_a_name_before_a_frequency_leaves_the_frequency(day: dt.date, name: str, often: str) -> None:
    term = f"{often} до {min(day.day, 28)} {RU_MONTHS_OF[day.month - 1]}" if often == "ежегодно" else f"{often} до {min(day.day, 28)} числа"
    named, plain = read_phrase(f"{name} {term}"), read_phrase(term)
    assert named.kind == plain.kind == "recurring"
    assert [p.rule for p in named.parts] == [p.rule for p in plain.parts]


@given(st.integers(1, 60), st.sampled_from(["со дня", "с даты", ", следующих за днем", "после", "от даты"]))
def test_a_term_cut_off_after_its_anchor_is_unknown(count: int, anchor: str) -> None:
    reading = read_phrase(f"в течение {count} дней {anchor}".replace(" ,", ","))
    assert reading.kind == "unknown"
    assert reading.reason


@given(days, st.sampled_from([" – ", " - ", " — "]), st.booleans())
def test_a_dashed_date_with_spaced_dashes_is_that_date(day: dt.date, dash: str, year_first: bool) -> None:
    written = dash.join([f"{day:%Y}", f"{day:%m}", f"{day:%d}"] if year_first else [f"{day:%d}", f"{day:%m}", f"{day:%Y}"])
    assert _dates(written) == [(day.isoformat(), day)]


@given(st.integers(1, 9), st.sampled_from(["до начала", "после окончания", "по завершении"]), st.sampled_from(["сессии", "смены", "этапа конкурса"]))
def test_a_numbered_event_is_an_event(number: int, lead: str, event: str) -> None:
    reading = read_phrase(f"{lead} {number}-й {event}")
    assert reading.kind == "relative", reading.reason
    assert read_phrase(f"{lead} {number}-го числа").kind != "relative"


@given(st.lists(days, min_size=2, max_size=4, unique=True), st.sampled_from(["прием заявок", "Подведение итогов", "На основные места –"]))
def test_a_cells_lines_are_a_list(dates: list[dt.date], name: str) -> None:
    lines = [f"{name} {'' if name.endswith('–') else 'до '}{day.day} {RU_MONTHS_OF[day.month - 1]} {day.year} года" for day in dates]
    assert sorted(_dates("\n".join(lines))) == sorted((day.isoformat(), day) for day in dates)


@given(days, st.sampled_from(["плата за {year} год", "авансовый платеж за {q} кв. {year} г.", "налог за {q} квартал {year} года"]))
def test_a_day_after_the_period_it_is_paid_for(day: dt.date, remark: str) -> None:
    quarter = (day.month - 1) // 3  # the quarter before the day's, or the year before for a day of the first quarter
    year, q = (day.year - 1, 4) if quarter == 0 else (day.year, quarter)
    words = remark.format(year=year if "{q}" in remark else day.year - 1, q=["I", "II", "III", "IV"][q - 1])
    plan = Period.years(day.year - 1, day.year + 1)
    assert _dates(f"{day.day} {RU_MONTHS_OF[day.month - 1]} - {words};", plan) == [(day.isoformat(), day)]


@given(st.integers(1, 28), st.sampled_from(["до", "не позднее", ""]))
def test_a_day_of_the_reporting_month_is_monthly(day: int, lead: str) -> None:
    said = f"{lead} {day} числа отчетного месяца".strip()
    assert _dates(said) == _dates(f"ежемесячно {said}")
    assert [d for _, d in _dates(said)] == [dt.date(2025, month, day) for month in range(1, 13)]


@given(days, st.sampled_from(["за {year} год –", "за полугодие {year} -", "за 9 месяцев {year} –", "налог за {year} год уплачиваем"]))
def test_the_period_reported_for_leaves_a_dated_term(day: dt.date, label: str) -> None:
    term = f"до {day:%d.%m.%Y}"
    assert _dates(f"{label.format(year=day.year - 1)} {term}", Period.years(day.year - 1, day.year)) == [(day.isoformat(), day)]


@given(days, days, st.sampled_from(["-го", "-е", "-ое", ""]), st.sampled_from(["-го", "-е", ""]))
def test_ordinal_endings_of_a_span_change_nothing(first: dt.date, last: dt.date, opening: str, closing: str) -> None:
    first, last = sorted((first, last.replace(month=first.month, day=min(last.day, 28))))
    plain = f"с {first.day} по {last.day} {RU_MONTHS_OF[last.month - 1]}"
    assert _dates(f"с {first.day}{opening} по {last.day}{closing} {RU_MONTHS_OF[last.month - 1]}") == _dates(plain) != []


@given(days, st.integers(0, 23), st.sampled_from(["^00", "⁰⁰", "^30", "³⁰"]))
def test_raised_minutes_change_nothing(day: dt.date, hour: int, minutes: str) -> None:
    said = f"{day.day} {RU_MONTHS_OF[day.month - 1]}"
    assert _dates(f"{said} в {hour}{minutes}") == _dates(said) == [(day.isoformat(), day)]


@given(days, st.sampled_from(["года, следующего за отчетным", "года, следующего за истекшим", "года, следующего за отчетным годом"]))
def test_a_phrase_without_its_comma_reads_the_same(day: dt.date, words: str) -> None:
    said = f"до {min(day.day, 28)} {RU_MONTHS_OF[day.month - 1]} {{}}"
    assert _dates(said.format(words.replace(",", ""))) == _dates(said.format(words)) != []


@given(st.integers(1, 28), st.sampled_from(["квартальные отчеты -", "ежеквартальные уточненные отчеты -", "квартальный отчет"]))
def test_a_reports_name_before_its_term_keeps_its_frequency(day: int, name: str) -> None:
    term = f"не позднее {day} числа месяца, следующего за отчетным кварталом"
    assert _dates(f"{name} {term}") == _dates(term) != []


@given(st.integers(1, 28), st.sampled_from(["ежемесячно", "ежеквартально"]))
def test_a_calendar_day_of_the_month_is_its_number(day: int, often: str) -> None:
    said = f"{often} не позднее {{}} месяца, следующего за отчетным"
    assert _dates(said.format(f"{day} календарного дня")) == _dates(said.format(f"{day} числа")) != []


@given(days, st.lists(st.integers(1, 28), min_size=2, max_size=4, unique=True), st.sampled_from(["и", "й"]))
def test_a_comma_before_the_last_days_and_changes_nothing(day: dt.date, numbers: list[int], joiner: str) -> None:
    *first, last = sorted(numbers)
    said = f"{', '.join(map(str, first))}{{}} {joiner} {last:02d}.{day.month:02d}.{day.year}"
    assert _dates(said.format(",")) == _dates(said.format("")) != []


@given(st.integers(1, 12), st.sampled_from([",", " ,", ", "]))
def test_a_comma_between_a_month_and_its_year_changes_nothing(month: int, comma: str) -> None:
    said = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"][month - 1]
    assert _dates(f"{said}{comma} 2025") == _dates(f"{said} 2025") != []


@given(days, st.sampled_from(["истекшим налоговым периодом", "истекшим периодом", "налоговым периодом"]))
def test_a_day_of_the_year_after_the_tax_period(day: dt.date, period: str) -> None:
    said = f"не позднее {min(day.day, 28)} {RU_MONTHS_OF[day.month - 1]} года, следующего за {{}}"
    assert _dates(said.format(period)) == _dates(said.format("отчетным")) != []


@given(days, st.integers(18, 23), st.integers(0, 10))
def test_a_night_from_one_dates_hour_to_the_next_is_a_span(day: dt.date, start: int, end: int) -> None:
    after = day + dt.timedelta(days=1)
    said = f"{day:%d.%m.%Y} года с {start}.00 до {end:02d}.00 часов {after:%d.%m.%Y}"
    assert read_phrase(said).kind == "period"
    assert _dates(said, Period.years(day.year, after.year)) == [(after.isoformat(), after)]


@given(st.integers(2000, 2040))
def test_februarys_last_day_offered_as_28_or_29(year: int) -> None:
    last = dt.date(year, 3, 1) - dt.timedelta(days=1)
    assert _dates("с 1 января по 28 (29) февраля", Period.years(year)) == [(last.isoformat(), last)]


@given(days, st.integers(0, 23), st.sampled_from([":00", "-00", ".00", ":30"]), st.sampled_from(["", " PDT", " UTC", " GMT", " мск"]))
def test_a_clock_time_with_its_zone_and_comma_before_a_date_changes_nothing(day: dt.date, hour: int, minutes: str, zone: str) -> None:
    said = f"{day.day} {RU_MONTHS_OF[day.month - 1]} {day.year} года"
    assert _dates(f"до {hour:02d}{minutes}{zone}, {said}") == _dates(f"до {said}") == [(day.isoformat(), day)]


@given(days, days, st.sampled_from([("понедельника", "пятницу"), ("вторника", "воскресенье"), ("среды", "субботу")]))
def test_weekdays_before_the_days_of_a_span_change_nothing(first: dt.date, last: dt.date, weekdays: tuple[str, str]) -> None:
    first, last = min(first, last), max(first, last)
    plain = f"с {first.day} {RU_MONTHS_OF[first.month - 1]} по {last.day} {RU_MONTHS_OF[last.month - 1]}"
    named = f"с {weekdays[0]} {first.day} {RU_MONTHS_OF[first.month - 1]} по {weekdays[1]} {last.day} {RU_MONTHS_OF[last.month - 1]}"
    assert _dates(named) == _dates(plain) != []


@given(st.integers(1, 12), st.sampled_from(["этого же года", "текущего же года"]))
def test_the_same_years_particle_changes_nothing(month: int, year: str) -> None:
    said = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"][month - 1]
    assert _dates(f"в {said} {year}") == _dates(f"в {said} {year.replace(' же', '')}") != []


@given(days, st.integers(1, 30), st.sampled_from(["дней", "недели", "недель"]))
def test_days_that_end_on_a_date_are_a_span_to_it(day: dt.date, count: int, unit: str) -> None:
    said = f"в течение {count} {unit} до {day:%d.%m.%Y}"
    assert read_phrase(said).kind == "period"
    assert _dates(said) == [(day.isoformat(), day)]


@given(st.lists(days, min_size=2, max_size=2, unique_by=lambda d: (d.month - 1) // 6), st.sampled_from(["два раза в год", "не реже одного раза в полгода", "ежеполугодно"]))
def test_named_days_of_each_half_are_labelled_by_their_dates(two: list[dt.date], often: str) -> None:
    first, second = sorted(d.replace(day=min(d.day, 28)) for d in two)
    said = f"{often} не позднее {first.day} {RU_MONTHS_OF[first.month - 1]} и {second.day} {RU_MONTHS_OF[second.month - 1]}"
    assert [label for label, _ in _dates(said)] == [first.isoformat(), second.isoformat()]


@given(st.integers(2000, 2024), days)
def test_a_first_day_gives_a_yearly_term_its_first_year(first: int, day: dt.date) -> None:
    said = f"ежегодно, начиная с {day.day} {RU_MONTHS_OF[day.month - 1]} {first} года, до 1 марта"
    assert _dates(said) == _dates(f"ежегодно, начиная с {first} года, до 1 марта") != []


@given(days, st.sampled_from([";.", ".;", ",", ";", ":", ". "]))
def test_marks_a_cell_ends_on_change_nothing(day: dt.date, marks: str) -> None:
    said = f"{day.day} {RU_MONTHS_OF[day.month - 1]}"
    assert _dates(said + marks) == _dates(said) == [(day.isoformat(), day)]


@given(st.integers(1, 4), st.integers(0, 3), st.integers(1, 28), st.integers(2020, 2030))
def test_quarters_named_with_their_year_are_reported_on_after_each(first: int, more: int, day: int, year: int) -> None:
    # quarters in a row: «за II и IV кварталы» is a half-yearly report, a reading of its own
    quarters = list(range(first, min(first + more, 4) + 1))
    numerals = ["I", "II", "III", "IV"]
    named = ", ".join(numerals[q - 1] for q in quarters)
    said = f"за {named} {'кварталы' if len(quarters) > 1 else 'квартал'} {year} года - не позднее {day} числа месяца, следующего за отчетным кварталом"
    assert read_phrase(said).kind == "date"
    after = [dt.date(year + q // 4, q % 4 * 3 + 1, day) for q in quarters]
    assert _dates(said, Period.years(year)) == [(d.isoformat(), d) for d in after]


RU_ON_WEEKDAYS = ["понедельникам", "вторникам", "средам", "четвергам", "пятницам", "субботам", "воскресеньям"]


@given(st.lists(st.sampled_from(RU_ON_WEEKDAYS), min_size=2, max_size=4, unique=True), st.sampled_from(["", " еженедельно"]), st.booleans())
def test_weekdays_of_weekly_work_are_weekly_work(weekdays: list[str], weekly: str, until: bool) -> None:
    said = "по " + ", ".join(weekdays[:-1]) + " и " + weekdays[-1] + weekly
    if until:
        said = "до 1 октября 2025 года " + said  # up to a day: still weekly work
    reading = read_phrase(said)
    assert (reading.kind, [p.rule.every for p in reading.parts]) == ("recurring", ["week"])
    assert _dates(said) == []


@given(st.lists(st.integers(0, 3), min_size=2, max_size=3, unique=True), st.integers(1, 28), st.integers(1, 2))
def test_named_days_in_some_quarters_are_labelled_by_their_dates(quarters: list[int], day: int, month_in: int) -> None:
    named = [dt.date(2025, q * 3 + 1 + month_in, day) for q in sorted(quarters)]
    said = "ежеквартально в срок " + ", ".join(f"до {d.day} {RU_MONTHS_OF[d.month - 1]}" for d in named)
    assert _dates(said) == [(d.isoformat(), d) for d in named]


@given(days, st.integers(1, 12), st.sampled_from(["до конца", "и до конца", "по конец", "до окончания"]))
def test_a_span_to_the_end_of_a_month_is_the_month(day: dt.date, month: int, to: str) -> None:
    said = f"с {day.day} {RU_MONTHS_OF[day.month - 1]} {to} {RU_MONTHS_OF[month - 1]}"
    assert _dates(said) == _dates(f"до конца {RU_MONTHS_OF[month - 1]}") != []


@given(st.dates(dt.date(2025, 1, 1), dt.date(2025, 11, 30)), st.integers(1, 30), st.sampled_from(["дней", "календарных дней"]))
def test_a_first_day_and_a_number_of_days_is_a_span(first: dt.date, count: int, days_word: str) -> None:
    said = f"с {first.day} {RU_MONTHS_OF[first.month - 1]} в течение {count} {days_word}"
    last = first + dt.timedelta(days=count - 1)
    assert read_phrase(said).kind == "period"
    assert _dates(said) == [(last.isoformat(), last)]
    first_after = f"в течение {count} {days_word} с {first.day} {RU_MONTHS_OF[first.month - 1]}"  # the length said first
    assert _dates(first_after) == [(last.isoformat(), last)]


@given(days)
def test_keycap_digits_read_as_digits(day: dt.date) -> None:
    keycaps = "".join(f"{digit}\ufe0f\u20e3" for digit in str(day.day))
    assert _dates(f"{keycaps} {MONTHS[day.month - 1]}") == _dates(f"{day.day} {MONTHS[day.month - 1]}") != []


@given(st.sampled_from(["отлета", "заседания комиссии", "установления ледостава", "вскрытия рек", "особого распоряжения"]), days)
def test_until_an_undated_event_is_relative_and_a_day_is_not(event: str, day: dt.date) -> None:
    reading = read_phrase(f"до {event}")
    assert (reading.kind, [p.rule.from_other_event for p in reading.parts]) == ("relative", [True])
    assert _dates(f"до {event}") == []
    assert _dates(f"до {day.day} {RU_MONTHS_OF[day.month - 1]}") == [(day.isoformat(), day)]


@given(st.integers(1, 12), st.integers(1, 14), st.integers(15, 28), st.sampled_from([":", " -", ""]))
def test_a_month_named_before_a_span_of_its_days(month: int, first: int, last: int, mark: str) -> None:
    named = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"][month - 1]
    assert _dates(f"{named} 2025{mark} с {first} по {last}") == _dates(f"с {first} по {last} {RU_MONTHS_OF[month - 1]} 2025") != []


@given(st.integers(2020, 2028), st.integers(1, 3), days)
def test_a_day_in_each_of_the_years_named(first: int, more: int, day: dt.date) -> None:
    years = range(first, first + more + 1)
    said = f"{day.day} {RU_MONTHS_OF[day.month - 1]} в {first}-{years[-1]} годах"
    named = [dt.date(year, day.month, day.day) for year in years]
    assert _dates(said, Period.years(first, years[-1])) == [(d.isoformat(), d) for d in named]


@given(st.integers(1, 12), st.integers(1, 20), st.integers(2, 8), hours, minutes)
def test_a_move_to_another_day_is_the_new_day(month: int, first: int, gap: int, hour: int, minute: int) -> None:
    new = dt.date(2025, month, first + gap)  # not the next day, which would make a night
    said = f"с {first} на {new.day} {RU_MONTHS_OF[month - 1]}"
    assert _dates(said) == [(new.isoformat(), new)]
    clock = f"в {hour} час. {minute:02d} мин. {new.day} {RU_MONTHS_OF[month - 1]}"
    assert _dates(clock) == [(new.isoformat(), new)]


@given(
    st.sampled_from(["Сверка данных", "Переоформление", "Обновление", "Мониторинг"]),
    st.sampled_from(["ежеквартально", "в течение 5 рабочих дней", "до 15 числа каждого месяца", "ежегодно до 1 марта"]),
)
def test_a_name_of_its_own_before_a_term_changes_nothing(name: str, term: str) -> None:
    reading = read_phrase(f"{name} {term}")
    assert reading.kind == read_phrase(term).kind != "unknown"
    assert _dates(f"{name} {term}") == _dates(term)


@given(
    st.sampled_from(["в течение года", "ежеквартально", "постоянно", "ежегодно до 1 марта", "до 15 мая"]),
    st.sampled_from([" на базе школы", " в отдел образования", ", на сайте учреждения", " в управление"]),
)
def test_where_or_to_whom_after_a_term_changes_nothing(term: str, where: str) -> None:
    assert read_phrase(term + where).kind == read_phrase(term).kind != "unknown"
    assert _dates(term + where) == _dates(term)


@given(st.sampled_from(["первой", "второй", "третьей", "последней"]), st.integers(1, 6), st.integers(7, 12), st.integers(1, 28))
def test_a_span_from_a_weekday_of_a_month_ends_on_its_last_day(nth: str, month: int, last_month: int, day: int) -> None:
    said = f"с {nth} субботы {RU_MONTHS_OF[month - 1]} по {day} {RU_MONTHS_OF[last_month - 1]}"
    last = dt.date(2025, last_month, day)
    assert read_phrase(said).kind == "period"
    assert _dates(said) == [(last.isoformat(), last)]


@given(st.sampled_from([("первого", 1), ("второго", 2), ("третьего", 3)]), st.integers(1, 28))
def test_a_month_after_the_quarter_said_two_ways(which: tuple[str, int], day: int) -> None:
    word, _ = which
    after = f"до {day} числа {word} месяца, следующего за отчетным кварталом"
    assert _dates(after) == _dates(f"до {day} числа {word} месяца квартала, следующего за отчетным") != []


@given(
    st.sampled_from(["ежемесячно", "ежеквартально", "ежегодно", "каждого месяца", ""]),
    st.sampled_from(["первой", "второй", "третьей"]),
    st.sampled_from(["декаде", "половине месяца", "неделе"]),
)
def test_a_part_of_a_month_with_any_frequency_reads_or_says_why(often: str, which: str, part: str) -> None:
    reading = read_phrase(f"{often} в {which} {part}".strip())
    assert reading.kind != "unknown" or reading.reason
    occurrences = _dates(f"{often} в {which} {part}".strip())  # never fails, whatever the reading
    if often in ("ежемесячно", "каждого месяца") and part == "декаде":
        assert len(occurrences) == 12


@given(st.integers(1, 14), st.integers(15, 28), st.sampled_from(["число", "числа"]))
def test_a_span_of_days_of_each_month_said_two_ways(first: int, last: int, number_word: str) -> None:
    assert _dates(f"ежемесячно с {first} по {last} {number_word}") == _dates(f"ежемесячно {first}-{last} числа") != []


@given(
    st.sampled_from(["ежемесячно", "ежеквартально"]),
    st.sampled_from(["путем перечисления суммы налога", "исходя из фактических оборотов по реализации товаров", "путем внесения платежа в размере 100 процентов суммы"]),
    st.integers(1, 28),
)
def test_how_a_sum_is_reckoned_between_a_frequency_and_its_day_changes_nothing(often: str, how: str, day: int) -> None:
    term = f"не позднее {day} числа месяца, следующего за отчетным"
    assert _dates(f"{often} {how} {term}") == _dates(f"{often} {term}") != []


@given(st.sampled_from([("до 10 числа каждого месяца", "каждого"), ("до 1 декабря текущего года", "текущего")]), st.integers(5, 6))
def test_a_letter_dropped_from_a_short_frame_word_is_read_as_the_word(said: tuple[str, str], at: int) -> None:
    phrase, word = said
    slipped = phrase.replace(word, word[:at] + word[at + 1 :])
    assert _dates(slipped) == _dates(phrase) != []


@given(st.dates(dt.date(2025, 3, 1), dt.date(2025, 12, 31)), st.integers(1, 40))
def test_days_before_a_named_day_are_that_much_earlier(day: dt.date, count: int) -> None:
    said = f"за {count} дней до {day.day} {RU_MONTHS_OF[day.month - 1]} 2025 года"
    earlier = day - dt.timedelta(days=count)
    assert _dates(said) == [(earlier.isoformat(), earlier)]
