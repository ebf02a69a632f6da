"""Properties of the grammar and the schedule, over generated phrases and periods."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planctl.deadlines import KINDS, MAX_PHRASE, Occurrence, Reading, WorkCalendar, read_phrase, schedule
from planctl.period import Period, month_days

CALENDAR = WorkCalendar("RU")
WORDS = [
    "до", "ежегодно", "ежеквартально", "ежемесячно", "в течение", "года", "г.", "квартал", "кв.", "IV", "II", "I-II",
    "полугодие", "декабря", "марта", "января", "1", "5", "10", "20", "30", "31", "2024", "2025", "2024-2025", "числа",
    "месяца, следующего за отчетным", "отчет", ",", "постоянно", "по мере необходимости", "не реже", "два раза в год",
    "01.07.2025", "до 01.11", "декада", "рабочих дней", "со дня утверждения", "протягом року", "щокварталу", "<1>", "*",
    "с", "по", "-", "кварталом", "месяцев", "(", ")", "июнь", "весь", "к", "и", "каждого месяца", "в 15.00",
    "последнего месяца", "первого месяца", "каждого", "квартала", "полугодия",
]
phrases = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)
whole_years = st.builds(lambda first, span: Period.years(first, first + span), st.integers(2015, 2030), st.integers(0, 2))
partial = st.builds(
    lambda start, days: Period(start, start + dt.timedelta(days=days)),
    st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)),
    st.integers(0, 800),
)
periods = st.one_of(whole_years, partial)


def _may_fall_outside(reading: Reading, occ: Occurrence, period: Period) -> bool:
    """Dates and periods the phrase names itself, terms counted from approval, and reports
    on the plan's last reporting period due after it ends may lie outside the plan period."""
    part = next(p for p in reading.parts if p.part == occ.part)
    if part.kind in ("date", "period", "relative") or part.rule.years:
        return True
    if part.kind == "recurring" and occ.date > period.end:
        return part.rule.next_period or part.rule.day_of_month is not None or part.rule.every != "year"
    return False


@given(phrases, periods)
def test_occurrences_fall_in_the_period_and_due_is_a_working_day(phrase: str, period: Period) -> None:
    reading = read_phrase(phrase)
    assert reading.kind in KINDS
    assert reading.kind == (reading.parts[0].kind if reading.recognized else "unknown")
    occurrences = schedule(reading, period, approval_date=period.start, calendar=CALENDAR)
    for occ in occurrences:
        assert CALENDAR.is_working(occ.due)
        assert occ.due <= occ.date
        assert (occ.moved is None) == (occ.due == occ.date)
        if not _may_fall_outside(reading, occ, period):
            assert occ.date in period, (phrase, period, occ)


@given(phrases, periods)
def test_next_shift_moves_forward_to_a_working_day(phrase: str, period: Period) -> None:
    for occ in schedule(read_phrase(phrase), period, approval_date=period.start, shift="next", calendar=CALENDAR):
        assert occ.due >= occ.date and CALENDAR.is_working(occ.due)


@given(phrases, periods)
def test_no_shift_keeps_the_date(phrase: str, period: Period) -> None:
    for occ in schedule(read_phrase(phrase), period, approval_date=period.start, shift="none", calendar=CALENDAR):
        assert occ.due == occ.date and occ.moved is None


@given(phrases, whole_years)
def test_labels_of_one_part_are_unique(phrase: str, period: Period) -> None:
    """A label names one occurrence of a part, so `done: [2024-Q1]` completes exactly one."""
    for part in ("work", "report"):
        labels = [o.label for o in schedule(read_phrase(phrase), period, calendar=CALENDAR) if o.part == part]
        assert len(labels) == len(set(labels)), (phrase, labels)


@given(st.text(max_size=400))
def test_reading_never_raises_on_any_text(text: str) -> None:
    reading = read_phrase(text)
    assert reading.kind in KINDS
    assert reading.recognized == (reading.kind != "unknown")
    if not reading.recognized:
        assert reading.reason
    schedule(reading, Period.years(2024, 2025), approval_date=dt.date(2024, 1, 9))


@pytest.mark.slow
@given(st.lists(st.sampled_from(WORDS), min_size=200, max_size=400).map(" ".join))
def test_long_phrases_under_the_limit_are_read(text: str) -> None:
    """Long phrases are read in full, not cut off; their speed is the benchmarks' business."""
    reading = read_phrase.__wrapped__(text[: MAX_PHRASE - 1])
    assert reading.kind in KINDS


def test_a_huge_phrase_is_unknown_without_being_read() -> None:
    reading = read_phrase("ежегодно до 1 октября " * 50_000)
    assert reading.kind == "unknown" and str(MAX_PHRASE) in (reading.reason or "")
    assert reading.parts == ()


def test_non_text_is_unknown_not_an_error() -> None:
    assert read_phrase(None).kind == "unknown"  # type: ignore[arg-type]
    assert read_phrase("\x00\ud800").kind == "unknown"


@given(
    day=st.integers(1, 31),
    which=st.sampled_from([-1, 1, 2, 3, 4, 5, 6]),
    unit=st.sampled_from(["квартала", "полугодия", "года"]),
    each=st.booleans(),
    period=whole_years,
)
def test_a_day_in_a_named_month_of_the_period_stays_in_that_period(day: int, which: int, unit: str, each: bool, period: Period) -> None:
    """«до N числа <k-го> месяца квартала»: every occurrence falls in its own reporting period,
    in the named month, on the named day (or the month's last day when it is shorter)."""
    ordinal = {-1: "последнего", 1: "первого", 2: "второго", 3: "третьего", 4: "четвертого", 5: "5-го", 6: "6-го"}[which]
    phrase = f"до {day} числа {ordinal} месяца {'каждого ' if each else ''}{unit}"
    reading = read_phrase(phrase, "ru")
    size = {"квартала": 3, "полугодия": 6, "года": 12}[unit]
    if which > size or which > 4:  # no such month, or an ordinal the tables do not know
        assert reading.kind == "unknown"
        return
    assert reading.kind == "recurring", (phrase, reading.reason)
    for occ in schedule(reading, period, shift="none", calendar=CALENDAR):
        first_month = (occ.date.month - 1) // size * size + 1
        expected_month = first_month + size - 1 if which == -1 else first_month + which - 1
        assert occ.date.month == expected_month
        assert occ.date.day == min(day, (dt.date(occ.date.year + occ.date.month // 12, occ.date.month % 12 + 1, 1) - dt.timedelta(days=1)).day)
        assert occ.date in period


def test_a_bare_day_in_a_report_part_is_not_a_yearly_report() -> None:
    """Found by the long fuzz run: «1 отчет» made a yearly report on month 0, which the schedule could not date."""
    reading = read_phrase("до , 1 отчет")
    assert [part.kind for part in reading.parts] == ["unknown", "date"]
    assert schedule(reading, Period.years(2015), approval_date=dt.date(2015, 1, 1), shift="next", calendar=CALENDAR) == []


@given(st.integers(1, 9999), st.integers(1, 12))
def test_month_days_is_the_calendars_month_length(year: int, month: int) -> None:
    import calendar

    assert month_days(year, month) == calendar.monthrange(year, month)[1]
