"""Named days: every day has a date each year, each name reads in its three cases, and days a law moved
fall on the date of the year asked."""

from __future__ import annotations

import datetime as dt

import pytest

from planctl.deadlines import WorkCalendar, read_phrase, schedule
from planctl.deadlines.language import language
from planctl.deadlines.named_days import date_in, known
from planctl.period import Period


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_every_name_is_a_known_day_with_a_date_in_every_year(lang: str) -> None:
    ids = {day_id for _, day_id in language(lang).named_days}
    assert ids and all(known(day_id) for day_id in ids)
    for day_id in ids:
        assert [date_in(day_id, year).year for year in range(2010, 2031)] == list(range(2010, 2031))


@pytest.mark.parametrize(
    ("lang", "phrase", "day"),
    [
        ("ru", "к Международному дню инвалидов", "12-03"),
        ("ru", "до Международного дня инвалидов", "12-03"),
        ("ru", "Международный день инвалидов", "12-03"),
        ("ru", "ко Всемирному дню здоровья", "04-07"),
        ("ru", "ко Дню социального работника", "06-08"),
        ("uk", "до Міжнародного дня людей з інвалідністю", "12-03"),
        ("uk", "до Всесвітнього дня боротьби зі СНІДом", "12-01"),
        ("uk", "до Дня гідності та свободи", "11-21"),
    ],
)
def test_a_day_of_the_social_sphere_reads_in_each_case(lang: str, phrase: str, day: str) -> None:
    occurrences = schedule(read_phrase(phrase, lang), Period.years(2025), calendar=WorkCalendar("RU" if lang == "ru" else "UA"))
    assert [o.date.isoformat() for o in occurrences] == [f"2025-{day}"]


@pytest.mark.parametrize(
    ("day_id", "year", "expected"),
    [
        ("defenders_day_ua", 2022, dt.date(2022, 10, 14)),
        ("defenders_day_ua", 2023, dt.date(2023, 10, 1)),
        ("statehood_day_ua", 2023, dt.date(2023, 7, 28)),
        ("statehood_day_ua", 2024, dt.date(2024, 7, 15)),
        ("holodomor_day_ua", 2024, dt.date(2024, 11, 23)),
        ("medic_day", 2025, dt.date(2025, 6, 15)),
    ],
)
def test_days_a_law_moved_or_a_rule_sets_fall_on_that_years_date(day_id: str, year: int, expected: dt.date) -> None:
    assert date_in(day_id, year) == expected
