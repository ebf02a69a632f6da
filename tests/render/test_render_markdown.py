"""Markdown output against golden files; PLANCTL_UPDATE_GOLDEN=1 rewrites them after a deliberate change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from render_helpers import DATA

from planctl.errors import TemplateError
from planctl.load import load_plan
from planctl.render.markdown import escape_cell, escape_text, markdown_text

GOLDEN = Path(__file__).parent / "golden"
CASES = [("flat", "ministry"), ("sectioned", "ministry"), ("ukrainian", "ministry"), ("flat", "ministry-landscape")]


@pytest.mark.parametrize(("plan", "template"), CASES)
def test_golden(plan: str, template: str) -> None:
    text = markdown_text(load_plan(DATA / f"{plan}.yaml").plan, template)
    golden = GOLDEN / f"{plan}.{template}.md"
    if os.environ.get("PLANCTL_UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_table_rows_keep_their_column_count() -> None:
    text = markdown_text(load_plan(DATA / "sectioned.yaml").plan)
    table = [line for line in text.splitlines() if line.startswith("|")]
    # a cell's own `|` is escaped, so every row splits into the same number of cells
    counts = {len(line.replace("\\|", "").split("|")) for line in table}
    assert counts == {7}


def test_template_syntax_is_data_in_plan_text() -> None:
    text = markdown_text(load_plan(DATA / "sectioned.yaml").plan)
    assert "Мониторинг {{ 7\\*7 }} и {% if true %}анализ{% endif %} реализации политики" in text
    assert "49" not in text


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("a | b", "a \\| b"),
        ("две\nстроки", "две<br>строки"),
        (["Минздрав", "медицинские организации"], "Минздрав<br>медицинские организации"),
        ("<script>", "\\<script\\>"),
        ("snake_case и ____ линия", "snake_case и ____ линия"),
        ("_курсив_", "\\_курсив\\_"),
    ],
)
def test_escape_cell(value: object, cell: str) -> None:
    assert escape_cell(value) == cell


@pytest.mark.parametrize(
    ("value", "text"),
    [("# не заголовок", "\\# не заголовок"), ("1. не список", "1\\. не список"), ("- нет", "\\- нет"), ("*жирный*", "\\*жирный\\*")],
)
def test_escape_text(value: str, text: str) -> None:
    assert escape_text(value) == text


def _template(tmp_path: Path, source: str) -> Path:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "template.yaml").write_text("description: test\n", encoding="utf-8")
    (folder / "plan.md.j2").write_text(source, encoding="utf-8")
    return folder


def test_the_sandbox_refuses_reaching_into_python(tmp_path: Path) -> None:
    folder = _template(tmp_path, "{{ plan.__class__.__mro__ }}\n")
    with pytest.raises(TemplateError, match=r"plan\.md\.j2"):
        markdown_text(load_plan(DATA / "flat.yaml").plan, folder)


def test_a_broken_template_points_at_its_line(tmp_path: Path) -> None:
    folder = _template(tmp_path, "# {{ title }}\n\n{% for row in rows %}\n")
    with pytest.raises(TemplateError) as caught:
        markdown_text(load_plan(DATA / "flat.yaml").plan, folder)
    assert str(caught.value.location).startswith(str(folder / "plan.md.j2") + ":")
    assert caught.value.location.line >= 3


def test_an_unknown_variable_is_an_error_not_an_empty_string(tmp_path: Path) -> None:
    folder = _template(tmp_path, "{{ titel }}\n")
    with pytest.raises(TemplateError, match="titel"):
        markdown_text(load_plan(DATA / "flat.yaml").plan, folder)
