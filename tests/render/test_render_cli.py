"""`planctl render` through typer's CliRunner: formats, exit codes and messages."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from render_helpers import DATA
from typer.testing import CliRunner

from planctl.cli import app

runner = CliRunner()


def run(*args: str | Path):
    return runner.invoke(app, ["render", *map(str, args)], terminal_width=200)


def test_docx(tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    result = run(DATA / "flat.yaml", "-o", out)
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    assert "УТВЕРЖДАЮ" in [p.text for p in document.paragraphs]
    assert len(document.tables[0].rows) == 4


def test_markdown(tmp_path: Path) -> None:
    out = tmp_path / "plan.md"
    result = run(DATA / "sectioned.yaml", "--output", out)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "# ПЛАН" in text
    assert "Мониторинг {{ 7\\*7 }} и {% if true %}анализ{% endif %}" in text


def test_template_syntax_in_plan_text_prints_literally_in_docx(tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    assert run(DATA / "sectioned.yaml", "-o", out).exit_code == 0
    cells = [c.text for row in docx.Document(str(out)).tables[0].rows for c in row.cells]
    assert "Мониторинг {{ 7*7 }} и {% if true %}анализ{% endif %} реализации политики" in cells


def test_unknown_suffix_is_exit_2(tmp_path: Path) -> None:
    result = run(DATA / "flat.yaml", "-o", tmp_path / "plan.pdf")
    assert result.exit_code == 2
    assert "неизвестный формат вывода «.pdf»" in result.output
    assert not (tmp_path / "plan.pdf").exists()


def test_missing_output_option_is_exit_2() -> None:
    assert run(DATA / "flat.yaml").exit_code == 2


def test_invalid_plan_prints_every_finding_and_exits_1(tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    result = run(DATA / "invalid.yaml", "-o", out)
    assert result.exit_code == 1
    path = str(DATA / "invalid.yaml")
    assert f"{path}:4:5: S003 нет обязательного ключа «title»" in result.output
    assert f"{path}:5:5: S002 неизвестный ключ «titel»" in result.output
    assert not out.exists()


def test_missing_plan_file(tmp_path: Path) -> None:
    result = run(tmp_path / "nope.yaml", "-o", tmp_path / "out.md")
    assert result.exit_code == 1
    assert "nope.yaml" in result.output


def test_missing_folder(tmp_path: Path) -> None:
    result = run(DATA / "flat.yaml", "-o", tmp_path / "нет" / "plan.docx")
    assert result.exit_code == 1
    assert "не существует" in result.output
    assert "Traceback" not in result.output


def test_refuses_to_overwrite_the_plan(tmp_path: Path) -> None:
    plan = tmp_path / "plan.md"
    shutil.copy(DATA / "flat.yaml", plan)
    result = run(plan, "-o", plan)
    assert result.exit_code == 1
    assert "совпадает с исходным планом" in result.output
    assert plan.read_bytes() == (DATA / "flat.yaml").read_bytes()


@pytest.mark.parametrize("template", ["ministry-landscape", str(Path(__file__).parents[2] / "templates" / "ministry-landscape")])
def test_template_by_name_and_by_path(tmp_path: Path, template: str) -> None:
    out = tmp_path / "plan.docx"
    result = run(DATA / "flat.yaml", "-o", out, "--template", template)
    assert result.exit_code == 0, result.output
    section = docx.Document(str(out)).sections[0]
    assert section.page_width.twips > section.page_height.twips


def test_unknown_template(tmp_path: Path) -> None:
    result = run(DATA / "flat.yaml", "-o", tmp_path / "plan.docx", "-t", "nonesuch")
    assert result.exit_code == 1
    assert "шаблон «nonesuch» не найден" in result.output


def test_broken_template_yaml_points_at_the_line(tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "template.yaml").write_text("stamp:\n  width_mm: 85\n  colour: red\n", encoding="utf-8")
    result = run(DATA / "flat.yaml", "-o", tmp_path / "plan.docx", "-t", folder)
    assert result.exit_code == 1
    assert f"{folder / 'template.yaml'}:3:3: stamp.colour" in result.output
    assert not (tmp_path / "plan.docx").exists()
