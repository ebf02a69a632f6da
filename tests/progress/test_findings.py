"""Every records finding, with its file:line:col, through `planctl validate` in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planctl.cli import app
from planctl.formats import rule_catalogue
from planctl.progress.registry import RULES
from planctl.yamlio import safe_load_text

DATA = safe_load_text((Path(__file__).parent / "data" / "findings.yaml").read_text(encoding="utf-8"))
CASES = DATA["cases"]


def _project(tmp_path: Path, records: str) -> Path:
    plans = tmp_path / "plans"
    (plans / "progress").mkdir(parents=True)
    (plans / "x.yaml").write_text(DATA["plan"], encoding="utf-8")
    (plans / "progress" / "x.yaml").write_text(records, encoding="utf-8")
    return plans


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_finding_points_at_its_line_and_column(tmp_path: Path, name: str) -> None:
    plans = _project(tmp_path, CASES[name]["records"])
    result = CliRunner().invoke(app, ["validate", str(plans), "--format", "json", "--no-cache"])
    found = json.loads(result.output)
    assert [f"{d['line']}:{d['column']} {d['code']}" for d in found] == CASES[name]["expected"]
    assert all(d["file"] == str(plans / "progress" / "x.yaml") for d in found)
    errors = any(d["severity"] == "error" for d in found)
    assert result.exit_code == (1 if errors else 0)


def test_every_rule_has_a_case_and_a_catalogue_entry() -> None:
    covered = {code.split()[1] for case in CASES.values() for code in case["expected"]}
    assert set(RULES) <= covered
    assert set(RULES) <= set(rule_catalogue())


@pytest.mark.parametrize("fmt", ["text", "github", "sarif"])
def test_records_findings_in_every_format(tmp_path: Path, fmt: str) -> None:
    plans = _project(tmp_path, CASES["R001-unknown-item"]["records"])
    result = CliRunner().invoke(app, ["validate", str(plans), "--format", fmt, "--no-cache"])
    assert result.exit_code == 1
    where = f"{plans / 'progress' / 'x.yaml'}"
    if fmt == "text":
        assert f"{where}:2:12: ошибка R001 в плане нет пункта «12»" in result.output
    elif fmt == "github":
        assert f"::error file={where},line=2,col=12,title=R001 record-item-unknown::в плане нет пункта «12»" in result.output
    else:
        sarif = json.loads(result.output)
        [hit] = sarif["runs"][0]["results"]
        assert hit["ruleId"] == "R001" and hit["locations"][0]["physicalLocation"]["region"] == {"startLine": 2, "startColumn": 12}


def test_a_records_file_named_on_the_command_line_is_checked_with_its_plan(tmp_path: Path) -> None:
    plans = _project(tmp_path, CASES["R004-cancelled"]["records"])
    result = CliRunner().invoke(app, ["validate", str(plans / "progress" / "x.yaml"), "--format", "json", "--no-cache"])
    assert [d["code"] for d in json.loads(result.output)] == ["R004"]


def test_ukrainian_records_speak_ukrainian(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    (plans / "progress").mkdir(parents=True)
    (plans / "x.yaml").write_text(
        "title: План заходів\nperiod: 2016\nlanguage: uk\nitems:\n  - {number: \"1\", title: Захід, executors: [А], deadline: протягом року}\n",
        encoding="utf-8",
    )
    (plans / "progress" / "x.yaml").write_text("records:\n  - {item: \"1\", status: выполнено}\n  - {item: \"9\", status: виконано}\n", encoding="utf-8")
    found = json.loads(CliRunner().invoke(app, ["validate", str(plans), "--format", "json", "--no-cache"]).output)
    assert [(d["code"], d["message"]) for d in found] == [
        ("R007", "«выполнено» — слово іншої мови; у відомостях до цього плану пишеться «виконано»"),
        ("R001", "у плані немає пункту «9»"),
    ]
