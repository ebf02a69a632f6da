"""Properties of the grammar and the schedule, over generated phrases and periods."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from planctl.deadlines import KINDS, MAX_PHRASE, WorkCalendar, read_phrase, schedule
from planctl.period import Period

CALENDAR = WorkCalendar("RU")
WORDS = [
    "до", "ежегодно", "ежеквартально", "ежемесячно", "в течение", "года", "г.", "квартал", "кв.", "IV", "II", "I-II",
    "полугодие", "декабря", "марта", "января", "1", "5", "10", "20", "30", "31", "2024", "2025", "2024-2025", "числа",
    "месяца, следующего за отчетным", "отчет", ",", "постоянно", "по мере необходимости", "не реже", "два раза в год",
    "01.07.2025", "до 01.11", "декада", "рабочих дней", "со дня утверждения", "протягом року", "щокварталу", "<1>", "*",
]
phrases = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)
periods = st.builds(
    lambda first, span: Period.years(first, first + span), st.integers(2015, 2030), st.integers(0, 2)
)


@settings(max_examples=400, deadline=None)
@given(phrases, periods)
def test_occurrences_fall_in_the_period_and_due_is_a_working_day(phrase: str, period: Period) -> None:
    reading = read_phrase(phrase)
    assert reading.kind in KINDS
    occurrences = schedule(reading, period, approval_date=period.start, calendar=CALENDAR)
    for occ in occurrences:
        assert CALENDAR.is_working(occ.due)
        assert occ.due <= occ.date
        # dates and years the phrase names itself may lie outside; the linter reports those
        explicit = any(p.kind in ("date", "period", "relative") or p.rule.years for p in reading.parts) or occ.part == "report"
        reports_after = any(p.rule.next_period or p.rule.day_of_month for p in reading.parts)
        if not explicit and not reports_after:
            assert occ.date in period, (phrase, occ)


@settings(max_examples=300, deadline=None)
@given(phrases, periods)
def test_next_shift_moves_forward_to_a_working_day(phrase: str, period: Period) -> None:
    for occ in schedule(read_phrase(phrase), period, approval_date=period.start, shift="next", calendar=CALENDAR):
        assert occ.due >= occ.date and CALENDAR.is_working(occ.due)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=400))
def test_reading_never_raises_on_any_text(text: str) -> None:
    reading = read_phrase(text)
    assert reading.kind in KINDS
    assert reading.recognized == (reading.kind != "unknown")
    schedule(reading, Period.years(2024, 2025), approval_date=dt.date(2024, 1, 9))


def test_a_huge_phrase_is_unknown_at_once() -> None:
    reading = read_phrase("ежегодно до 1 октября " * 50_000)
    assert reading.kind == "unknown" and str(MAX_PHRASE) in (reading.reason or "")
