"""The production calendar around the 2024 and 2025 transfers of days off."""

from __future__ import annotations

import datetime as dt

import pytest

from planctl.deadlines import WorkCalendar
from planctl.deadlines.explain import moved_text, why_not_working

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
        ("2025-05-02", False),  # transferred from 4 January
        ("2025-11-02", False),
        ("2025-12-30", True),
        ("2026-01-09", False),  # transferred from 3 January
        ("2026-01-12", True),
        ("2026-12-31", False),  # transferred from 4 January
        ("2026-03-09", False),  # 8 March falls on a Sunday
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
    assert why_not_working(RU, dt.date(2024, 12, 28)) is None
    assert why_not_working(RU, dt.date(2024, 6, 15)) == "суббота"
    assert "Новогодние" in (why_not_working(RU, dt.date(2025, 1, 3)) or "")


def test_shift_explains_the_move() -> None:
    due, facts = RU.shift(dt.date(2024, 12, 30), "previous")
    moved = moved_text(facts, "ru")
    assert due == dt.date(2024, 12, 28)
    assert moved is not None and "28.12.2024" in moved and "30.12.2024" in moved
    assert RU.shift(dt.date(2024, 12, 27), "previous") == (dt.date(2024, 12, 27), None)


def test_ukrainian_calendar_is_its_own() -> None:
    ua = WorkCalendar("UA")
    assert not ua.is_working(dt.date(2016, 12, 31))
    assert ua.is_working(dt.date(2024, 12, 30))


def test_working_days_are_counted_across_the_new_year_transfers() -> None:
    # 27 Dec 2024 (Fri) → 28 Dec (working Saturday) → 9 Jan 2025 → 10 Jan
    assert RU.add_working_days(dt.date(2024, 12, 27), 3) == dt.date(2025, 1, 10)
    assert RU.add_working_days(dt.date(2024, 1, 9), 0) == dt.date(2024, 1, 9)


def test_a_holiday_names_itself_and_a_transfer_says_from_where() -> None:
    assert "защитника" in (why_not_working(RU, dt.date(2024, 2, 23)) or "")
    assert "28.12.2024" in (why_not_working(RU, dt.date(2024, 12, 30)) or "")
    assert why_not_working(RU, dt.date(2024, 6, 16)) == "воскресенье"


def test_next_shift_and_no_shift() -> None:
    assert RU.shift(dt.date(2024, 12, 30), "next")[0] == dt.date(2025, 1, 9)
    assert RU.shift(dt.date(2024, 12, 30), "none") == (dt.date(2024, 12, 30), None)
    due, facts = RU.shift(dt.date(2024, 10, 5), "next")
    moved = moved_text(facts, "ru")
    assert due == dt.date(2024, 10, 7) and moved and "следующий" in moved


def test_the_ukrainian_calendar_speaks_ukrainian() -> None:
    due, facts = WorkCalendar("UA").shift(dt.date(2024, 10, 5), "previous")
    moved = moved_text(facts, "uk")
    assert due == dt.date(2024, 10, 4)
    assert moved and "субота" in moved and "попередній" in moved


def test_a_stored_year_is_read_back_without_holidays(tmp_path, monkeypatch) -> None:
    """The second due list of a year reads the stored table; `holidays` is not even imported."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "PLANCTL_NO_CACHE"} | {"PLANCTL_CACHE_DIR": str(tmp_path)}
    code = (
        "import sys, datetime as dt\n"
        "from planctl.deadlines import WorkCalendar\n"
        "cal = WorkCalendar('RU')\n"
        "print(cal.is_working(dt.date(2024, 12, 28)), cal.is_working(dt.date(2024, 12, 30)), cal.holiday(dt.date(2024, 11, 4)))\n"
        "print('holidays' in sys.modules)\n"
    )
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.splitlines() == ["True False День народного единства", "True"]
    assert second.stdout.splitlines() == ["True False День народного единства", "False"]


def test_a_damaged_stored_year_is_computed_again(tmp_path, monkeypatch) -> None:
    from planctl.deadlines import calendar as calendar_module
    from planctl.deadlines import calendar_store

    monkeypatch.delenv("PLANCTL_NO_CACHE", raising=False)
    monkeypatch.setenv("PLANCTL_CACHE_DIR", str(tmp_path))
    calendar_module.days_off.cache_clear()
    try:
        computed = calendar_module.days_off("RU", 2025)
        path = calendar_store._path("RU", 2025)
        assert path is not None and calendar_store.load("RU", 2025) == computed
        with open(path, "wb") as handle:
            handle.write(b"\x00garbage")
        assert calendar_store.load("RU", 2025) is None
        calendar_module.days_off.cache_clear()
        assert calendar_module.days_off("RU", 2025) == computed
        assert calendar_store.load("RU", 2025) == computed  # stored again
    finally:
        calendar_module.days_off.cache_clear()
