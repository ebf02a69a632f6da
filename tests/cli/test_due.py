"""`planctl due`: windows, states and every format, with golden output on the shipped plans."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from icalendar import Calendar

from planctl.cli import app

GOLDEN = Path(__file__).parent / "golden"
ROOT = Path(__file__).parents[2]
Q4 = ["due", "plans", "--quarter", "4", "--year", "2024", "--as-of", "2024-10-01"]


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PLANCTL_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs; PLANCTL_UPDATE_GOLDEN=1 rewrites it"


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize(("fmt", "name"), [("json", "due-q4-2024.json"), ("md", "due-q4-2024.md"), ("ics", "due-q4-2024.ics")])
def test_golden_due_list_on_the_shipped_plans(runner, fmt: str, name: str) -> None:
    result = runner.invoke(app, [*Q4, "--format", fmt])
    assert result.exit_code == 0, result.output
    check_golden(name, result.output)


def test_json_fields_and_states(runner) -> None:
    entries = json.loads(runner.invoke(app, [*Q4, "--format", "json"]).output)
    for entry in entries:
        assert {"file", "number", "title", "executors", "deadline", "part", "label", "date", "due", "state"} <= set(entry)
        assert entry["part"] in ("work", "report")
        if entry["state"] == "overdue":
            assert entry["due"] < "2024-10-01"
        else:
            assert "2024-10-01" <= entry["due"] <= "2024-12-31"
    smolensk = [e for e in entries if e["file"].endswith("smolensk-2024-volunteering.yaml")]
    # seven items «в течение года» fall due on 28.12.2024 (31.12 is a day off); «Постоянно» never does
    assert sorted(e["number"] for e in smolensk) == ["1", "2", "3", "4", "5", "7", "8"]
    assert {(e["date"], e["due"]) for e in smolensk} == {("2024-12-31", "2024-12-28")}
    # plans/progress/smolensk-2024-volunteering.yaml records items 1, 4 and 8 as «выполнено»
    assert {e["number"]: e["state"] for e in smolensk} == {n: ("done" if n in "148" else "due") for n in "1234578"}
    report = next(e for e in entries if e["number"] == "1.1" and e["part"] == "report")
    assert (report["label"], report["due"]) == ("2024", "2024-10-01")


def test_json_in_window_says_whether_the_due_date_lies_in_the_asked_window(runner) -> None:
    entries = json.loads(runner.invoke(app, [*Q4, "--format", "json"]).output)
    assert entries
    for entry in entries:
        assert entry["in_window"] is ("2024-10-01" <= entry["due"] <= "2024-12-31")
    assert any(e["in_window"] for e in entries)
    assert any(not e["in_window"] for e in entries)  # overdue rows from before the quarter


def test_overdue_only_and_fail_on_overdue(runner) -> None:
    result = runner.invoke(app, [*Q4, "--format", "json", "--overdue", "--fail-on-overdue"])
    assert result.exit_code == 1
    entries = json.loads(result.output)
    assert entries and all(e["state"] == "overdue" for e in entries)
    clean = runner.invoke(app, ["due", "plans/smolensk-2024-volunteering.yaml", "--quarter", "4", "--year", "2024", "--as-of", "2024-10-01", "--fail-on-overdue"])
    assert clean.exit_code == 0


def test_executor_filter(runner) -> None:
    entries = json.loads(runner.invoke(app, [*Q4, "--format", "json", "--executor", "медицинские организации"]).output)
    assert sorted(e["number"] for e in entries) == ["3", "4"]


def test_done_and_cancelled(runner, write_plan) -> None:
    path = write_plan(
        "title: План\nperiod: 2025\nitems:\n"
        '  - number: "1"\n    title: Отчёт\n    deadline: ежеквартально\n    done: [2025-Q1]\n'
        '  - number: "2"\n    title: Отменено\n    deadline: ежеквартально\n    status: cancelled\n'
        '  - number: "3"\n    title: Сделано\n    deadline: 31 марта 2025 г.\n    status: done\n'
    )
    result = runner.invoke(app, ["due", str(path), "--quarter", "1", "--year", "2025", "--as-of", "2025-05-01", "--format", "json"])
    entries = json.loads(result.output)
    assert {(e["number"], e["label"], e["state"]) for e in entries} == {("1", "2025-Q1", "done"), ("3", "2025-03-31", "done")}
    later = json.loads(runner.invoke(app, ["due", str(path), "--quarter", "2", "--year", "2025", "--as-of", "2025-07-15", "--format", "json"]).output)
    assert {(e["number"], e["label"], e["state"]) for e in later} == {("1", "2025-Q2", "overdue")}


def test_explicit_due_dates_replace_the_phrase(runner, write_plan) -> None:
    path = write_plan('title: План\nperiod: 2025\nitems:\n  - number: "1"\n    title: М\n    deadline: по отдельному графику\n    due: [2025-02-15, 2025-11-15]\n')
    entries = json.loads(runner.invoke(app, ["due", str(path), "--from", "2025-01-01", "--to", "2025-12-31", "--as-of", "2025-01-01", "--format", "json"]).output)
    assert [(e["date"], e["due"]) for e in entries] == [("2025-02-15", "2025-02-14"), ("2025-11-15", "2025-11-14")]


def test_shift_option(runner) -> None:
    entries = json.loads(runner.invoke(app, [*Q4, "--format", "json", "--shift", "none", "plans/smolensk-2024-volunteering.yaml"]).output)
    assert {e["due"] for e in entries if e["file"].endswith("smolensk-2024-volunteering.yaml")} == {"2024-12-31"}


def test_ics_is_a_calendar_of_todos_with_stable_uids(runner) -> None:
    first = runner.invoke(app, [*Q4, "--format", "ics", "--ics-kind", "todo"]).output
    second = runner.invoke(app, [*Q4, "--format", "ics", "--ics-kind", "todo"]).output
    assert first == second
    calendar = Calendar.from_ical(first)
    todos = list(calendar.walk("VTODO"))
    assert todos
    uids = [str(t["UID"]) for t in todos]
    assert len(uids) == len(set(uids))
    assert "DUE;VALUE=DATE:20241228" in first


def test_table_groups_by_state(runner) -> None:
    result = runner.invoke(app, Q4, terminal_width=160)
    assert result.exit_code == 0
    assert result.output.index("Просрочено") < result.output.index("К исполнению")


@pytest.mark.parametrize(
    "args",
    [
        ["--quarter", "5"],
        ["--month", "13"],
        ["--from", "2024-12-01", "--to", "2024-01-01"],
        ["--from", "2024-12-01"],
        ["--quarter", "1", "--month", "2"],
        ["--as-of", "вчера"],
        ["--format", "pdf"],
        ["--year", "99999"],
    ],
)
def test_invalid_windows_are_usage_errors(runner, args: list[str]) -> None:
    assert runner.invoke(app, ["due", "plans", *args]).exit_code == 2


def test_a_broken_plan_is_reported_and_fails(runner, write_plan) -> None:
    path = write_plan("title: [unclosed\n")
    result = runner.invoke(app, ["due", str(path), "--format", "json"])
    assert result.exit_code == 1
    assert f"{path}:2:1: F003" in result.output
