"""Issue 15 case by case: executors, unknown columns, blocks around the table, headings, list numbers, merges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from import_helpers import UP, DocBuilder, simple_plan, stamp_paragraphs
from ruamel.yaml import YAML

from planctl.importer import import_docx
from planctl.importer.executors import split_executors, split_joined
from planctl.importer.numbering import Numbering, _Level

Build = Callable[..., Path]
CELLS = YAML(typ="safe").load((Path(__file__).parent / "data" / "executor_cells.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CELLS, ids=[" | ".join(c["cell"])[:60] for c in CELLS])
def test_executor_cells(case: dict[str, Any]) -> None:
    assert split_executors(case["cell"], set(case.get("known", []))) == case["executors"]


ORGANISATIONS = st.sampled_from(["Министерство здравоохранения", "Отдел культуры", "Управление образования", "МБУ «Центр, дом»", "Минфин", "Совет ветеранов"])


@given(st.lists(ORGANISATIONS, min_size=1, max_size=6), st.sampled_from([", ", "; ", ",", " ; "]))
def test_whole_names_joined_by_commas_split_back(names: list[str], separator: str) -> None:
    assert split_joined(separator.join(names)) == names


def test_a_cell_of_many_commas_is_read_in_one_pass() -> None:
    text = ", ".join(["культуры"] * 20_000)
    assert split_joined("Комитет по делам " + text) == ["Комитет по делам " + text]


def test_an_unknown_column_is_one_warning_naming_its_rows(build: Build) -> None:
    rows = [[str(n), f"Дело {n}", "Минздрав", "постоянно", f"заметка {n}"] for n in range(1, 31)]
    result = import_docx(build(simple_plan(header=["№ п/п", "Мероприятие", "Исполнители", "Сроки исполнения", "Место проведения"], rows=rows)))
    about = [w for w in result.warnings if "Место проведения" in w]
    assert about == ["таблица 1, строки 2–31: лишняя колонка «Место проведения» сохранена в notes пунктов 1, 2, 3, 4, 5, 6, 7, 8 … (30)"]
    assert result.plan["items"][29]["notes"] == "Место проведения: заметка 30"


def test_a_column_named_by_its_meaning_is_not_an_extra_column(build: Build) -> None:
    header = ["№ п/п", "Наименование мероприятий", "Ответственные за проведение мероприятий", "Сроки проведения мероприятий"]
    result = import_docx(build(simple_plan(header=header)))
    assert result.warnings == []
    assert result.plan["items"][0] == {"number": "1", "title": "Первое мероприятие", "executors": ["Минздрав"], "deadline": "до 1 марта 2025 г."}


def test_agreed_block_and_the_approving_act_have_their_own_keys(build: Build) -> None:
    b = DocBuilder()
    for line in ["СОГЛАСОВАНО", "Председатель профкома", "______ А.Б. Петрова", "«10» января 2025 г."]:
        b.para(line)
    b.para("")
    stamp_paragraphs(b, ["ЗАТВЕРДЖЕНО", "рішенням 5 сесії Запорізької міської ради", "7 скликання", "від 12.07.2016 № 5"])
    b.para("ПЛАН", center=True)
    b.para("заходів на 2016 рік", center=True)
    b.table([["№ з/п", "Зміст заходу", "Термін виконання"], ["1", "Захід", "постійно"]])
    plan = import_docx(build(b)).plan
    assert plan["agreed"] == {"stamp": "СОГЛАСОВАНО", "position": "Председатель профкома", "name": "А.Б. Петрова", "date": dt.date(2025, 1, 10)}
    assert plan["approval"]["document"] == "рішенням 5 сесії Запорізької міської ради 7 скликання від 12.07.2016 № 5"
    assert "position" not in plan["approval"]
    assert "notes" not in plan["items"][0]


def test_the_signature_after_the_table_is_kept_not_dropped(build: Build) -> None:
    b = simple_plan()
    b.para("")
    b.para("Начальник отдела\t\t\tИ.И.\u00a0Иванов")
    result = import_docx(build(b))
    assert result.plan["signature"] == {"position": "Начальник отдела", "name": "И.И. Иванов"}


@pytest.mark.parametrize(
    ("heading", "title", "expected"),
    [
        ("СОГЛАШЕНИЕ", "о сотрудничестве на 2025 год", ("СОГЛАШЕНИЕ", "Соглашение о сотрудничестве на 2025 год")),
        ("ПЕРЕЧЕНЬ", "мероприятий на 2025 год", ("ПЕРЕЧЕНЬ", "Перечень мероприятий на 2025 год")),
        ("КАЛЕНДАРНЫЙ ПЛАН", "мероприятий на 2025 год", ("КАЛЕНДАРНЫЙ ПЛАН", "мероприятий на 2025 год")),
        ("ГРАФИК", "приёма граждан на 2025 год", ("ГРАФИК", "График приёма граждан на 2025 год")),
        ("ГРАФІК", "прийому громадян на 2025 рік", ("ГРАФІК", "Графік прийому громадян на 2025 рік")),
        ("ПЕРЕЛІК", "заходів на 2025 рік", ("ПЕРЕЛІК", "Перелік заходів на 2025 рік")),
    ],
)
def test_headings_other_than_plan(build: Build, heading: str, title: str, expected: tuple[str, str]) -> None:
    b = DocBuilder()
    b.para(heading, center=True, bold=True)
    b.para(title, center=True)
    b.table([["№ п/п", "Мероприятие", "Сроки исполнения"], ["1", "Дело", "постоянно"]])
    plan = import_docx(build(b)).plan
    assert (plan["heading"], plan["title"]) == expected


def test_names_in_cells_and_stamps_come_back_with_plain_spaces(build: Build) -> None:
    b = DocBuilder()
    stamp_paragraphs(b, ["УТВЕРЖДАЮ", "Министр", "______ Т.Ю.\u00a0Филатова"])
    b.para("ПЛАН", center=True)
    b.para("мероприятий на 2025 год", center=True)
    b.table([["№ п/п", "Мероприятие", "Исполнители"], ["1", "Дело", "Т.Ю.\u00a0Филатова"]])
    plan = import_docx(build(b)).plan
    assert plan["approval"]["name"] == "Т.Ю. Филатова"
    assert plan["items"][0]["executors"] == ["Т.Ю. Филатова"]


def test_merged_cells_carry_their_value_to_every_row_they_cover(build: Build) -> None:
    b = simple_plan(rows=[["1", "Первое", "Минздрав", "май"], ["2", "Второе", UP, UP], ["3", "Третье", "Минфин", UP]])
    items = import_docx(build(b)).plan["items"]
    assert [(i["executors"], i["deadline"]) for i in items] == [(["Минздрав"], "май"), (["Минздрав"], "май"), (["Минфин"], "май")]


@pytest.mark.parametrize(
    ("levels", "calls", "expected"),
    [
        ({0: _Level(1, "decimal", "%1.")}, [0, 0, 0], ["1.", "2.", "3."]),
        ({0: _Level(1, "decimal", "%1."), 1: _Level(1, "decimal", "%1.%2.")}, [0, 1, 1, 0, 1], ["1.", "1.1.", "1.2.", "2.", "2.1."]),
        ({0: _Level(5, "upperRoman", "%1.")}, [0, 0], ["V.", "VI."]),
        ({0: _Level(1, "russianLower", "%1)")}, [0, 0], ["а)", "б)"]),
        ({0: _Level(1, "bullet", "•")}, [0], [None]),
    ],
)
def test_list_numbers_as_word_draws_them(levels: dict[int, _Level], calls: list[int], expected: list[str | None]) -> None:
    numbering = Numbering({"7": levels})
    assert [numbering.label("7", level) for level in calls] == expected


def test_a_ukrainian_plan_is_told_about_in_ukrainian(build: Build) -> None:
    b = simple_plan(
        header=["№ з/п", "Зміст заходу", "Відповідальні", "Термін виконання", "Місце проведення"],
        rows=[["1", "Захід", "Відділ освіти", "травень", "школа № 1"], ["2", "Нарада", "Відділ освіти", "червень", "зала"]],
        title="План заходів на 2025 рік",
    )
    result = import_docx(build(b))
    assert result.warnings == ["таблиця 1, рядки 2–3: зайву колонку «Місце проведення» збережено в notes пунктів 1, 2"]
    assert result.summary[0] == "підсумок: пунктів — 2, розділів — 0"
    assert result.summary[-1] == "перевірте вручну: колонки, що пішли в notes (1)"


def test_every_warning_and_summary_text_has_a_ukrainian_wording() -> None:
    from planctl.importer.vocab import _load

    russian = {k for k in _load("messages.yaml") if not k.startswith("err-")}
    ukrainian = set(_load("messages.uk.yaml"))
    assert ukrainian <= russian | {"where-rows"}
    assert russian - ukrainian <= {"field-notes", "summary-column"}  # the same in both languages


def test_a_second_agreed_block_goes_to_notes_not_into_the_title(build: Build) -> None:
    b = DocBuilder()
    for block in (["СОГЛАСОВАНО", "Председатель профкома", "______ А.Б. Петрова"], ["СОГЛАСОВАНО", "Главный бухгалтер", "______ В.В. Сидорова"]):
        for line in block:
            b.para(line)
        b.para("")
    b.para("ПЛАН", center=True)
    b.para("мероприятий на 2025 год", center=True)
    b.table([["№ п/п", "Мероприятие", "Сроки исполнения"], ["1", "Дело", "постоянно"]])
    result = import_docx(build(b))
    assert result.plan["title"] == "План мероприятий на 2025 год"
    assert result.plan["agreed"]["name"] == "А.Б. Петрова"
    assert "Главный бухгалтер" in result.plan["items"][0]["notes"] and "В.В. Сидорова" in result.plan["items"][0]["notes"]
    assert any(w.startswith("перед таблицей:") for w in result.warnings)


def test_list_numbers_set_by_a_paragraph_style(build: Build) -> None:
    b = simple_plan(rows=[["", "Первое", "Минздрав", "май"], ["", "Второе", "Минфин", "июнь"]])
    table = b.doc.tables[0]
    for row in table.rows[1:]:
        row.cells[0].paragraphs[0].style = b.doc.styles["List Number"]  # Word's «Нумерованный список»
    items = import_docx(build(b)).plan["items"]
    assert [(i["number"], i["title"]) for i in items] == [("1", "Первое"), ("2", "Второе")]
