"""The production calendar around the 2024 and 2025 transfers of days off."""

from __future__ import annotations

import datetime as dt

import pytest

from planctl.deadlines import WorkCalendar

RU = WorkCalendar("RU")


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2024-04-27", True),  # a working Saturday
        ("2024-04-29", False),  # transferred day off
        ("2024-05-09", False),
        ("2024-11-02", True),  # a working Saturday
        ("2024-11-04", False),
        ("2024-12-28", True),  # a working Saturday
        ("2024-12-30", False),  # transferred from 28 December
        ("2024-12-31", False),
        ("2025-01-08", False),
        ("2025-01-09", True),
        ("2025-05-02", False),
        ("2025-05-08", False),
        ("2025-06-13", False),
        ("2025-11-01", True),  # a working Saturday
        ("2025-11-03", False),
        ("2025-11-04", False),
        ("2025-12-31", False),
        ("2024-03-07", True),
        ("2024-03-08", False),
    ],
)
def test_working_days(day: str, working: bool) -> None:
    assert RU.is_working(dt.date.fromisoformat(day)) is working


def test_previous_and_next_working_day_cross_the_new_year_holidays() -> None:
    assert RU.previous_working(dt.date(2025, 1, 5)) == dt.date(2024, 12, 28)
    assert RU.next_working(dt.date(2024, 12, 29)) == dt.date(2025, 1, 9)


def test_working_days_are_counted_by_the_calendar() -> None:
    # 10 working days after 9 January 2024 (Tuesday): 10–12, 15–19, 22, 23
    assert RU.add_working_days(dt.date(2024, 1, 9), 10) == dt.date(2024, 1, 23)
    assert RU.add_working_days(dt.date(2024, 12, 27), 1) == dt.date(2024, 12, 28)


def test_why_a_day_is_not_working_is_said_in_russian() -> None:
    assert RU.why_not_working(dt.date(2024, 12, 28)) is None
    assert RU.why_not_working(dt.date(2024, 6, 15)) == "суббота"
    assert "Новогодние" in (RU.why_not_working(dt.date(2025, 1, 3)) or "")


def test_shift_explains_the_move() -> None:
    due, moved = RU.shift(dt.date(2024, 12, 30), "previous")
    assert due == dt.date(2024, 12, 28)
    assert moved is not None and "28.12.2024" in moved and "30.12.2024" in moved
    assert RU.shift(dt.date(2024, 12, 27), "previous") == (dt.date(2024, 12, 27), None)


def test_ukrainian_calendar_is_its_own() -> None:
    ua = WorkCalendar("UA")
    assert not ua.is_working(dt.date(2016, 12, 31))
    assert ua.is_working(dt.date(2024, 12, 30))
