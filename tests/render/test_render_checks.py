"""`render` and `report` check the plan first, as `planctl validate` does (issue 17).

Each plan in data/checks names on its first line the finding it must raise; an error
stops the document (exit 1, nothing written) unless --force, a warning does not.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from render_helpers import DATA
from typer.testing import CliRunner

from planctl.cli import app

CHECKS = DATA / "checks"
runner = CliRunner()


def expected(plan: Path) -> tuple[str, str]:
    """(code, severity) from the plan's first line: `# …; expected: N001 error`."""
    code, severity = plan.read_text(encoding="utf-8").splitlines()[0].rsplit("expected:", 1)[1].split()
    return code, severity


ERRORS = [p for p in sorted(CHECKS.glob("*.yaml")) if expected(p)[1] == "error"]
WARNINGS = [p for p in sorted(CHECKS.glob("*.yaml")) if expected(p)[1] == "warning"]


def test_the_table_covers_the_cases_of_the_issue() -> None:
    assert {expected(p)[0] for p in ERRORS} == {"N001", "N005", "A001", "T002"}
    assert WARNINGS


@pytest.mark.parametrize("suffix", [".docx", ".md"])
@pytest.mark.parametrize("plan", ERRORS, ids=lambda p: p.stem)
def test_an_error_stops_render_and_writes_nothing(tmp_path: Path, plan: Path, suffix: str) -> None:
    out = tmp_path / f"plan{suffix}"
    result = runner.invoke(app, ["render", str(plan), "-o", str(out)])
    code, _ = expected(plan)
    assert result.exit_code == 1, result.output
    assert f"{plan}:" in result.stderr and f" {code} " in result.stderr
    assert f"файл {out} не записан" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("plan", ERRORS, ids=lambda p: p.stem)
def test_force_writes_anyway_and_still_prints_the_findings(tmp_path: Path, plan: Path) -> None:
    out = tmp_path / "plan.docx"
    result = runner.invoke(app, ["render", str(plan), "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    assert f" {expected(plan)[0]} " in result.stderr
    assert "--force" in result.stderr
    assert docx.Document(str(out)).tables


@pytest.mark.parametrize("plan", WARNINGS, ids=lambda p: p.stem)
def test_a_warning_is_printed_and_the_document_written(tmp_path: Path, plan: Path) -> None:
    out = tmp_path / "plan.docx"
    result = runner.invoke(app, ["render", str(plan), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f" {expected(plan)[0]} " in result.stderr
    assert out.exists()


def test_the_configuration_beside_the_plan_applies(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    shutil.copy(CHECKS / "duplicate-number.yaml", plan)
    (tmp_path / ".git").mkdir()  # the configuration search stops here
    (tmp_path / ".planctl.yaml").write_text("ignore: [N001]\n", encoding="utf-8")
    out = tmp_path / "plan.docx"
    result = runner.invoke(app, ["render", str(plan), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "N001" not in result.stderr
    assert out.exists()


def test_a_broken_configuration_is_a_usage_error(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    shutil.copy(DATA / "flat.yaml", plan)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".planctl.yaml").write_text("ignore: [NOPE]\n", encoding="utf-8")
    result = runner.invoke(app, ["render", str(plan), "-o", str(tmp_path / "plan.docx")])
    assert result.exit_code == 2, result.output
    assert not (tmp_path / "plan.docx").exists()


def test_a_plan_that_does_not_load_is_not_written_even_with_force(tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    result = runner.invoke(app, ["render", str(DATA / "invalid.yaml"), "-o", str(out), "--force"])
    assert result.exit_code == 1
    assert result.stderr.count("S003") == 1  # printed once, by the check
    assert not out.exists()


# --------------------------------------------------------------------------- report


def report_args(plan: Path, out: str) -> list[str]:
    return ["report", str(plan), "--year", "2024", "--as-of", "2025-01-20", "-o", out]


@pytest.mark.parametrize("plan", ERRORS, ids=lambda p: p.stem)
def test_an_error_stops_the_report(tmp_path: Path, plan: Path) -> None:
    out = tmp_path / "report.docx"
    result = runner.invoke(app, report_args(plan, str(out)))
    assert result.exit_code == 1, result.output
    assert f" {expected(plan)[0]} " in result.stderr
    assert not out.exists()


def test_an_error_stops_the_report_on_standard_output(tmp_path: Path) -> None:
    result = runner.invoke(app, report_args(CHECKS / "duplicate-number.yaml", "-"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert " N001 " in result.stderr


def test_force_writes_the_report_anyway(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    result = runner.invoke(app, [*report_args(CHECKS / "duplicate-number.yaml", str(out)), "--force"])
    assert result.exit_code == 0, result.output
    assert " N001 " in result.stderr
    assert out.read_text(encoding="utf-8").startswith("# ")


def test_a_warning_does_not_stop_the_report(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    result = runner.invoke(app, report_args(CHECKS / "double-space.yaml", str(out)))
    assert result.exit_code == 0, result.output
    assert " T001 " in result.stderr
    assert out.exists()
