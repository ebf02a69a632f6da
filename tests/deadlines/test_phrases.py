"""The phrase tables: every phrase reads to the kind and occurrences written next to it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planctl.deadlines import WorkCalendar, in_period, outside_period, read_phrase, schedule
from planctl.deadlines.explain import moved_text
from planctl.period import parse_period
from planctl.yamlio import safe_load_text

HERE = Path(__file__).parent
TABLES = {lang: safe_load_text((HERE / f"phrases_{lang}.yaml").read_text(encoding="utf-8")) for lang in ("ru", "uk")}
CASES = [(lang, case) for lang, cases in TABLES.items() for case in cases]


def _occurrence_text(occ) -> str:
    return ("report " if occ.part == "report" else "") + f"{occ.label} {occ.date.isoformat()} {occ.due.isoformat()}"


@pytest.mark.parametrize(("lang", "case"), CASES, ids=[f"{lang}:{case['phrase'][:50]}:{case['period']}" for lang, case in CASES])
def test_phrase_reads_as_written(lang: str, case: dict) -> None:
    period = parse_period(str(case["period"]))
    reading = in_period(read_phrase(case["phrase"], lang), period, lang)
    assert reading.kind == case["kind"], reading
    assert reading.recognized == (case["kind"] != "unknown")
    if not reading.recognized:
        assert reading.reason
    approved = case.get("approved")
    occurrences = schedule(
        reading,
        period,
        approval_date=approved if isinstance(approved, dt.date) else None,
        calendar=WorkCalendar("UA" if lang == "uk" else "RU"),
    )
    assert [_occurrence_text(o) for o in occurrences] == case["occurrences"]


def test_the_tables_are_large_and_cover_every_kind() -> None:
    assert len(CASES) >= 200
    kinds = {case["kind"] for _, case in CASES}
    assert kinds == {"date", "period", "throughout", "recurring", "continuous", "on_demand", "relative", "unknown"}
    assert {case["kind"] for case in TABLES["uk"]} >= {"date", "period", "throughout", "recurring", "continuous", "on_demand"}


def test_every_deadline_of_the_shipped_plans_is_in_the_tables() -> None:
    from planctl.load import load_file

    known = {(case["phrase"], str(case["period"])) for _, case in CASES}
    for path in sorted((HERE.parents[1] / "plans").glob("*.yaml")):
        document = load_file(path).document
        assert document is not None
        for _, _, item, _ in document.plan.walk():
            if item.deadline:
                assert (item.deadline, str(document.plan.period)) in known, (path.name, item.deadline)
                assert read_phrase(item.deadline, document.plan.language).recognized


def test_the_worked_example_of_the_issue() -> None:
    (occ,) = schedule(read_phrase("до 30 декабря 2024 г."), parse_period("2024"))
    assert (occ.date, occ.due) == (dt.date(2024, 12, 30), dt.date(2024, 12, 28))
    assert occ.moved and "28.12.2024" in (moved_text(occ.moved, "ru") or "")


def test_next_and_none_shifts() -> None:
    reading = read_phrase("до 30 декабря 2024 г.")
    (later,) = schedule(reading, parse_period("2024"), shift="next")
    (same,) = schedule(reading, parse_period("2024"), shift="none")
    assert later.due == dt.date(2025, 1, 9)
    assert same.due == same.date and same.moved is None


def test_relative_without_an_approval_date_has_no_occurrences() -> None:
    reading = read_phrase("в течение 10 рабочих дней со дня утверждения плана")
    assert reading.kind == "relative"
    assert schedule(reading, parse_period("2024")) == []


def test_compound_phrase_has_work_and_report_parts() -> None:
    reading = read_phrase("постоянно, доклад Губернатору Забайкальского края ежегодно до 1 октября")
    assert [(p.part, p.kind) for p in reading.parts] == [("work", "continuous"), ("report", "recurring")]
    assert reading.kind == "continuous"


def test_a_list_of_dates_is_one_part() -> None:
    reading = read_phrase("до 1 марта, до 1 сентября")
    assert [p.kind for p in reading.parts] == ["date"]
    assert len(reading.parts[0].rule.days) == 2


def test_readings_are_cached() -> None:
    read_phrase.cache_clear()
    first = read_phrase("ежегодно до 1 октября")
    assert read_phrase("ежегодно до 1 октября") is first
    assert read_phrase.cache_info().hits == 1


@pytest.mark.parametrize(
    ("phrase", "period", "outside"),
    [
        ("до 01.07.2025", "2024", ["2025-07-01"]),
        ("30 декабря 2024 г.", "2025", ["2024-12-30"]),
        ("1 квартал 2025 г", "2024", ["2025-Q1"]),
        ("в течение 2024-2026 годов", "2024-2025", ["2026"]),
        ("ежеквартально до 5 числа месяца, следующего за отчетным кварталом", "2024", []),
        ("постоянно, отчет ежегодно до 25 декабря", "2024", []),
        ("4 квартал 2024 г", "2024", []),
    ],
)
def test_outside_period_judges_by_the_label(phrase: str, period: str, outside: list[str]) -> None:
    span = parse_period(period)
    found = outside_period(schedule(read_phrase(phrase), span), span)
    assert [o.label for o in found] == outside


def test_reasons_speak_the_plan_language() -> None:
    assert read_phrase("колись", "uk").reason == "не вдалося розібрати «колись»"
    assert read_phrase("когда-нибудь", "ru").reason == "не удалось разобрать «когда»"
    assert read_phrase("", "uk").reason == "строк не зазначено"
    assert read_phrase("ежемесячно до 32 числа", "ru").reason == "нет такого числа: 32"


def test_both_languages_have_every_reason() -> None:
    from planctl.deadlines.language import language

    assert set(language("ru").reasons) == set(language("uk").reasons)
