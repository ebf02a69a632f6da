"""`due` agrees with the records; the committed JSON Schema is current and fits the shipped records."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from planctl.cli import app
from planctl.due import DueQuery, collect_due
from planctl.due.windows import quarter_window
from planctl.load import load_plan
from planctl.progress.check import check_records
from planctl.progress.load import records_beside
from planctl.progress.schema import progress_schema, progress_schema_json
from planctl.yamlio import safe_load_text

ROOT = Path(__file__).parents[2]
SMOLENSK = ROOT / "plans" / "smolensk-2024-volunteering.yaml"

PLAN = """title: План
period: 2024
items:
  - {number: "1", title: Отчёт, executors: [А], deadline: ежеквартально}
  - {number: "2", title: Совещание, executors: [Б], deadline: до 15 марта 2024 г.}
  - {number: "3", title: Семинар, executors: [В], deadline: до 20 марта 2024 г.}
"""
RECORDS = """records:
  - {item: "1", occurrence: 2024-Q1, status: выполнено}
  - {item: "2", status: перенесено, new_date: 2024-05-20}
  - {item: "3", status: выполняется}
"""


def test_due_takes_completion_and_new_dates_from_the_records(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    (plans / "progress").mkdir(parents=True)
    (plans / "x.yaml").write_text(PLAN, encoding="utf-8")
    (plans / "progress" / "x.yaml").write_text(RECORDS, encoding="utf-8")
    report = collect_due([plans], DueQuery(quarter_window(2024, 2), dt.date(2024, 4, 10)), jobs=1)
    states = {(e.number, e.label): (e.state, e.due.isoformat()) for e in report.entries}
    assert states == {
        ("1", "2024-Q2"): ("due", "2024-06-28"),  # 30 June is a Sunday
        ("2", "2024-03-15"): ("due", "2024-05-20"),  # «перенесено» moves it into the window
        ("3", "2024-03-20"): ("overdue", "2024-03-20"),  # «выполняется» completes nothing
    }
    moved = next(e for e in report.entries if e.number == "2")
    assert moved.moved == "перенесено на 20.05.2024 (сведения о выполнении)"
    # the first quarter's report is done by its record: due shows it as done in its window
    first = collect_due([plans], DueQuery(quarter_window(2024, 1), dt.date(2024, 4, 10)), jobs=1)
    assert {(e.number, e.state) for e in first.entries if e.number == "1"} == {("1", "done")}


def test_due_on_the_shipped_smolensk_plan_agrees_with_its_records() -> None:
    doc = load_plan(SMOLENSK)
    checked = check_records(doc, records_beside(doc.path))
    assert checked.diagnostics == [] and checked.ledger is not None
    done = {m.record.item for m in checked.ledger.matches if m.record.status == "выполнено"}
    entries = collect_due([SMOLENSK], DueQuery(quarter_window(2024, 4), dt.date(2024, 10, 1)), jobs=1).entries
    assert {e.number for e in entries if e.state == "done"} == done == {"1", "4", "8"}


def test_committed_progress_schema_is_current() -> None:
    committed = (ROOT / "schemas" / "progress.schema.json").read_text(encoding="utf-8")
    assert committed == progress_schema_json(), "run `python -m planctl.progress.schema > schemas/progress.schema.json`"


def test_shipped_records_fit_the_schema_and_carry_the_modeline() -> None:
    jsonschema.Draft202012Validator.check_schema(progress_schema())
    for path in sorted((ROOT / "plans" / "progress").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# yaml-language-server: $schema=../../schemas/progress.schema.json")
        data = json.loads(json.dumps(safe_load_text(text), default=str))
        jsonschema.Draft202012Validator(progress_schema(), format_checker=jsonschema.FormatChecker()).validate(data)


def test_validate_of_the_shipped_plans_is_clean_with_the_records() -> None:
    result = CliRunner().invoke(app, ["validate", str(ROOT / "plans"), "--no-cache"])
    assert result.exit_code == 0 and "замечаний нет" in result.output
