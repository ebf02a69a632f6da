"""A school-year plan: its period, and what «в течение учебного года», months and seasons mean in it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planctl.cli import app
from planctl.period import Period, parse_period


@pytest.mark.parametrize("text", ["2023-2024 учебный год", "2023/2024 учебный год", "2023 – 2024 навчальний рік", "2023-2024 Учебный год"])
def test_a_school_year_runs_from_september_to_august(text: str) -> None:
    period = parse_period(text)
    assert (period.start, period.end) == (dt.date(2023, 9, 1), dt.date(2024, 8, 31))
    assert period.is_school_year and not Period.years(2023).is_school_year


def test_a_school_year_spans_two_years_in_a_row() -> None:
    with pytest.raises(ValueError):
        parse_period("2023-2025 учебный год")


def test_the_calendar_forms_still_read() -> None:
    assert parse_period("2024") == Period.years(2024)
    assert parse_period("2024-2025") == Period.years(2024, 2025)
    assert parse_period("2024-01-01..2024-06-30") == Period(dt.date(2024, 1, 1), dt.date(2024, 6, 30))


def test_a_school_plan_is_valid_and_its_due_list_dates_the_school_year(tmp_path: Path) -> None:
    plan = tmp_path / "school.yaml"
    plan.write_text(
        "title: План работы школы\nperiod: 2023-2024 учебный год\nitems:\n"
        "  - {number: '1', title: Педсовет, deadline: в течение учебного года}\n"
        "  - {number: '2', title: Олимпиада, deadline: сентябрь-май}\n"
        "  - {number: '3', title: Линейка, deadline: до Дня знаний}\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(app, ["validate", str(plan)]).exit_code == 0
    result = runner.invoke(app, ["due", str(plan), "--from", "2023-09-01", "--to", "2024-08-31", "--as-of", "2023-08-01", "--format", "json"])
    assert result.exit_code == 0, result.output
    import json

    rows = {(row["number"], row["label"], row["date"]) for row in json.loads(result.output)}
    assert rows == {("1", "2023/2024", "2024-05-31"), ("2", "2024-05", "2024-05-31"), ("3", "2023-09-01", "2023-09-01")}
