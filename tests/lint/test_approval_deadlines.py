"""A001 and the D-rules, which read deadlines with planctl.deadlines."""

from __future__ import annotations

import pytest
from lint_helpers import diagnostics, where

pytest.importorskip("planctl.deadlines")


def plan(period: str, item: str, approval: str = "") -> str:
    return f"title: План\nperiod: {period}\n{approval}items:\n  - {{title: А, {item}}}\n"


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2024-01-09", []),  # approved after the period started: normal
        ("2023-12-20", []),  # shortly before
        ("2023-01-01", []),  # exactly a year before
        ("2024-12-31", []),
        ("2025-01-09", [("A001", 3, 18)]),
        ("2022-12-31", [("A001", 3, 18)]),
    ],
)
def test_a001_approval_date(date: str, expected: list[tuple[str, int, int]]) -> None:
    text = f"title: План\nperiod: 2024\napproval: {{date: {date}}}\nitems:\n  - {{title: А}}\n"
    assert where(text, "A001") == expected


def test_a001_messages() -> None:
    late = "title: План\nperiod: 2024\napproval: {date: 2025-01-09}\nitems:\n  - {title: А}\n"
    assert diagnostics(late, "A001")[0].message == "дата утверждения 2025-01-09 позже окончания периода плана (2024-12-31)"
    early = "title: План\nperiod: 2024-2025\napproval: {date: 2022-06-01}\nitems:\n  - {title: А}\n"
    assert "более чем на год раньше начала периода плана (2024-01-01)" in diagnostics(early, "A001")[0].message


def test_d001_unrecognized_deadline_with_the_reason() -> None:
    text = plan("2024", "deadline: когда получится")
    assert where(text, "D001") == [("D001", 4, 26)]
    found = diagnostics(text, "D001")[0]
    assert found.message.startswith("срок не распознан: ") and len(found.message) > len("срок не распознан: ")
    assert found.severity.value == "warning"


def test_d001_recognized_or_overridden_by_due() -> None:
    assert where(plan("2024", "deadline: ежегодно до 1 октября"), "D001") == []
    assert where(plan("2024", "deadline: когда получится, due: 2024-05-01"), "D001") == []
    assert where(plan("2016", "deadline: протягом року").replace("period", "language: uk\nperiod"), "D001") == []


def test_d002_date_outside_the_period() -> None:
    text = plan("2025", "deadline: 30 декабря 2024 г.")
    assert where(text, "D002") == [("D002", 4, 26)]
    assert diagnostics(text, "D002")[0].message == "срок 2024-12-30 вне периода плана 2025"
    assert "(2024-Q4)" in diagnostics(plan("2025", "deadline: 4 квартал 2024 г"), "D002")[0].message


def test_d002_explicit_due_dates() -> None:
    assert where(plan("2025", "due: 2026-01-15"), "D002") == [("D002", 4, 21)]
    assert where(plan("2025", "due: [2025-03-01, 2026-01-15]"), "D002") == [("D002", 4, 34)]


def test_d002_reports_and_recurring_terms_may_fall_after_the_period() -> None:
    assert where(plan("2024", "deadline: 'постоянно, отчет ежеквартально до 5 числа месяца, следующего за отчетным кварталом'"), "D002") == []
    assert where(plan("2024", "deadline: 'ежеквартально до 5 числа месяца, следующего за отчетным кварталом'"), "D002") == []


def test_d003_done_label_that_names_no_occurrence() -> None:
    text = plan("2024", "deadline: ежеквартально, done: [2024-Q1, 2024-Q5]")
    assert where(text, "D003") == [("D003", 4, 57)]
    assert diagnostics(text, "D003")[0].hint == "сроки пункта: 2024-Q1, 2024-Q2, 2024-Q3, 2024-Q4"


def test_d003_terms_without_dates_and_explicit_due() -> None:
    assert "нет отдельных дат" in diagnostics(plan("2024", "deadline: постоянно, done: ['2024']"), "D003")[0].message
    assert where(plan("2024", "deadline: по графику, due: 2024-05-01, done: ['2024-05-01']"), "D003") == []
    # an unread deadline is D001's business
    assert where(plan("2024", "deadline: когда получится, done: ['2024']"), "D003") == []


def test_d004_done_status_with_a_partial_list() -> None:
    text = plan("2024", "deadline: ежеквартально, status: done, done: [2024-Q1, 2024-Q2]")
    assert where(text, "D004") == [("D004", 4, 49)]
    assert diagnostics(text, "D004")[0].message.endswith("нет 2024-Q3, 2024-Q4")
    full = "deadline: ежеквартально, status: done, done: [2024-Q1, 2024-Q2, 2024-Q3, 2024-Q4]"
    assert where(plan("2024", full), "D004") == []
    assert where(plan("2024", "deadline: ежеквартально, status: done"), "D004") == []
