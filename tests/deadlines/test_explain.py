"""Readings told back in words: every branch of the description, in Russian and Ukrainian."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from planctl.deadlines import WorkCalendar, read_phrase
from planctl.deadlines.explain import describe_rule, moved_text, texts
from planctl.deadlines.language import LANGUAGES

CASES = YAML(typ="safe").load((Path(__file__).parent / "explain_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['lang']}:{c['phrase']}")
def test_description_of_the_work_part(case: dict[str, str]) -> None:
    reading = read_phrase(case["phrase"], case["lang"])
    assert reading.recognized, reading.reason
    assert describe_rule(reading.parts[0], case["lang"]) == case["says"]


def test_cases_cover_both_languages_and_every_recognised_kind() -> None:
    seen = {(c["lang"], read_phrase(c["phrase"], c["lang"]).kind) for c in CASES}
    assert {lang for lang, _ in seen} == set(LANGUAGES)
    assert {kind for _, kind in seen} >= {"date", "period", "throughout", "recurring", "relative", "continuous"}


def _shape(table: object) -> object:
    """The keys of a table, nested; lists by their length (twelve months, two weekend days)."""
    if isinstance(table, dict):
        return {key: _shape(value) for key, value in table.items()}
    if isinstance(table, list):
        return len(table)
    return str


def test_every_language_tells_everything() -> None:
    """A key missing in one language would fail only when a plan in it needs that sentence."""
    shapes = {lang: _shape(dict(texts(lang))) for lang in LANGUAGES}
    assert shapes["uk"] == shapes["ru"]


@pytest.mark.parametrize(
    ("country", "day", "expected"),
    [
        ("RU", dt.date(2024, 5, 5), "05.05.2024 — нерабочий день (воскресенье); срок переносится на предыдущий рабочий день 03.05.2024"),
        ("UA", dt.date(2024, 10, 5), "05.10.2024 — неробочий день (субота); строк переноситься на попередній робочий день 04.10.2024"),
    ],
)
def test_a_moved_due_date_is_explained_in_the_plans_language(country: str, day: dt.date, expected: str) -> None:
    assert moved_text(WorkCalendar(country).shift(day, "previous")[1], "uk" if country == "UA" else "ru") == expected
