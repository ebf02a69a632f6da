"""`planctl import` on the command line: outputs, overwrite rules, warnings and exit codes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from import_helpers import simple_plan
from typer.testing import CliRunner

from planctl.cli import app
from planctl.importer.write import SCHEMA_LINE
from planctl.load import load_text

runner = CliRunner()


@pytest.fixture
def docx_plan(build: Callable[..., Path]) -> Path:
    return build(simple_plan(), "plan.docx")


def test_stdout(docx_plan: Path) -> None:
    result = runner.invoke(app, ["import", str(docx_plan), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(SCHEMA_LINE + "\n")
    loaded = load_text(result.stdout, "plans/plan.yaml")
    assert loaded.diagnostics == []
    assert loaded.document is not None and loaded.document.plan.title == "План мероприятий на 2025 год"


def test_writes_a_file_and_refuses_to_overwrite_without_force(docx_plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "plans" / "plan.yaml"
    out.parent.mkdir()
    first = runner.invoke(app, ["import", str(docx_plan), "-o", str(out)])
    assert first.exit_code == 0, first.output
    assert load_text(out.read_text(encoding="utf-8"), str(out)).diagnostics == []

    out.write_text("# edited by hand\n", encoding="utf-8")
    again = runner.invoke(app, ["import", str(docx_plan), "-o", str(out)])
    assert again.exit_code == 1
    assert "--force" in again.stderr
    assert out.read_text(encoding="utf-8") == "# edited by hand\n"

    forced = runner.invoke(app, ["import", str(docx_plan), "-o", str(out), "--force"])
    assert forced.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith(SCHEMA_LINE)
    assert [p.name for p in out.parent.iterdir()] == ["plan.yaml"]  # no temp file left behind


def test_warnings_go_to_stderr_with_the_file_name(build: Callable[..., Path], tmp_path: Path) -> None:
    b = simple_plan(header=["№ п/п", "Мероприятие", "Исполнители", "Сроки исполнения", "Примечание"], rows=[["1", "Дело", "Минздрав", "постоянно", "важно"]])
    source = build(b, "extra.docx")
    result = runner.invoke(app, ["import", str(source), "-o", str(tmp_path / "extra.yaml")])
    assert result.exit_code == 0
    assert f"{source}: таблица 1, строка 2: лишняя колонка «Примечание» сохранена в notes пункта 1" in result.stderr
    assert "Примечание: важно" in (tmp_path / "extra.yaml").read_text(encoding="utf-8")


def test_the_report_ends_with_the_summary(build: Callable[..., Path], tmp_path: Path) -> None:
    b = simple_plan(header=["№ п/п", "Мероприятие", "Исполнители", "Сроки проведения мероприятий", "Примечание"], rows=[["1", "Дело", "Минздрав", "постоянно", "важно"]])
    source = build(b, "summary.docx")
    result = runner.invoke(app, ["import", str(source), "-o", "-"])
    assert result.exit_code == 0
    lines = [line.removeprefix(f"{source}: ") for line in result.stderr.splitlines()]
    assert lines[-4:] == [
        "итог: пунктов — 1, разделов — 0",
        "колонки: «№ п/п» → номер (известная подпись); «Мероприятие» → мероприятие (известная подпись); "
        "«Исполнители» → исполнители (известная подпись); «Сроки проведения мероприятий» → срок (по смыслу слов); "
        "«Примечание» → notes (известная подпись)",
        "в notes: колонка «Примечание» (1 стр.)",
        "проверьте вручную: колонки, ушедшие в notes (1)",
    ]


def test_missing_output_option_is_a_usage_error(docx_plan: Path) -> None:
    result = runner.invoke(app, ["import", str(docx_plan)])
    assert result.exit_code == 2
    assert "-o" in result.stderr


def test_output_folder_must_exist(docx_plan: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["import", str(docx_plan), "-o", str(tmp_path / "missing" / "plan.yaml")])
    assert result.exit_code == 1
    assert "не существует" in result.stderr


def test_not_a_docx_exits_1_without_a_traceback(tmp_path: Path) -> None:
    source = tmp_path / "plan.docx"
    source.write_text("not a document", encoding="utf-8")
    result = runner.invoke(app, ["import", str(source), "-o", "-"])
    assert result.exit_code == 1
    assert result.stderr.startswith("planctl: ") and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_bad_period_is_a_usage_error(docx_plan: Path) -> None:
    result = runner.invoke(app, ["import", str(docx_plan), "-o", "-", "--period", "someday"])
    assert result.exit_code == 2


def test_period_option(build: Callable[..., Path]) -> None:
    source = build(simple_plan(title="План мероприятий", rows=[["1", "Дело", "Минздрав", "постоянно"]]))
    result = runner.invoke(app, ["import", str(source), "-o", "-", "--period", "2024-2025"])
    assert result.exit_code == 0, result.output
    assert 'period: "2024-2025"' in result.stdout


def test_help_describes_the_options() -> None:
    result = runner.invoke(app, ["import", "--help"], terminal_width=120)
    assert result.exit_code == 0
    for flag in ("--output", "--force", "--period"):
        assert flag in result.stdout
