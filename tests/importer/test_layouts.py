"""Word plans in foreign layouts → the plan mapping: labels, merges, stamps, titles, languages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from import_helpers import UP, DocBuilder, Span, simple_plan, stamp_paragraphs

from planctl.importer import import_docx
from planctl.importer.executors import split_executors
from planctl.importer.text import parse_date
from planctl.importer.vocab import default_columns

Build = Callable[..., Path]


def items_of(plan: dict[str, Any]) -> list[dict[str, Any]]:
    if "sections" in plan:
        return [item for section in plan["sections"] for item in section["items"]]
    return plan["items"]


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        (["№ п/п", "Мероприятие", "Исполнители", "Сроки исполнения"], None),
        (["№п/п", "Наименование мероприятия", "Ответственные исполнители", "Срок"], {"number": "№п/п", "title": "Наименование мероприятия", "executors": "Ответственные исполнители", "deadline": "Срок"}),
        (["№", "Содержание мероприятия", "Ответственный", "Срок реализации"], {"number": "№", "title": "Содержание мероприятия", "executors": "Ответственный", "deadline": "Срок реализации"}),
        (["№\u00a0п/п", "МЕРОПРИЯТИЕ", "Ответственный исполнитель", "Сроки\nисполнения"], {"title": "МЕРОПРИЯТИЕ", "executors": "Ответственный исполнитель"}),
    ],
)
def test_header_wordings_map_to_columns_and_differences_are_recorded(
    build: Build, header: list[str], columns: dict[str, str] | None
) -> None:
    result = import_docx(build(simple_plan(header=header)))
    plan = result.plan
    assert plan.get("columns") == columns
    assert [i["title"] for i in plan["items"]] == ["Первое мероприятие", "Второе мероприятие"]
    assert plan["items"][0]["executors"] == ["Минздрав"]
    assert plan["items"][1]["deadline"] == "ежеквартально"
    assert result.warnings == []


def test_columns_in_any_order(build: Build) -> None:
    b = simple_plan(
        header=["Срок исполнения", "Исполнители", "№ п/п", "Ожидаемый результат", "Мероприятие"],
        rows=[["IV квартал 2025 г.", ["Минздрав", "Минфин"], "1.", "отчёт", "Сделать дело"]],
    )
    item = import_docx(build(b)).plan["items"][0]
    assert item == {
        "number": "1",
        "title": "Сделать дело",
        "executors": ["Минздрав", "Минфин"],
        "deadline": "IV квартал 2025 г.",
        "result": "отчёт",
    }


def test_sections_as_merged_rows_and_as_number_title_rows(build: Build) -> None:
    b = simple_plan(
        rows=[
            ["1", "2", "3", "4"],
            [Span("1. Организационные мероприятия", 4)],
            ["1.1.", "Первое", "Минздрав", "январь 2025 г."],
            ["2.", "Информационное сопровождение", "", ""],
            ["2.1", "Второе", "Минздрав", "постоянно"],
            ["3", Span("Третий раздел", 3)],
            ["3.1", "Третье", "Минздрав", "постоянно"],
        ]
    )
    plan = import_docx(build(b)).plan
    assert [(s.get("number"), s["title"]) for s in plan["sections"]] == [
        ("1", "Организационные мероприятия"),
        ("2", "Информационное сопровождение"),
        ("3", "Третий раздел"),
    ]
    assert [[i["number"] for i in s["items"]] for s in plan["sections"]] == [["1.1"], ["2.1"], ["3.1"]]


def test_an_item_without_executors_is_not_a_section(build: Build) -> None:
    b = simple_plan(rows=[["1", "Одно", "", ""], ["2", "Другое", "Минздрав", "постоянно"]])
    plan = import_docx(build(b)).plan
    assert "sections" not in plan
    assert plan["items"][0] == {"number": "1", "title": "Одно"}


def test_multi_paragraph_cells(build: Build) -> None:
    b = simple_plan(
        rows=[
            ["1", ["Проведение", "мероприятий  по плану"], ["Минздрав,", "медицинские организации"], ["постоянно,", "", "отчёт до 25 декабря"]],
            ["2", "Другое", "Минздрав, Минфин; Минтруд (по согласованию, при необходимости), ВОД «Волонтеры-медики, Смоленск»", "ежегодно"],
        ]
    )
    first, second = import_docx(build(b)).plan["items"]
    assert first["title"] == "Проведение мероприятий по плану"
    assert first["executors"] == ["Минздрав", "медицинские организации"]
    assert first["deadline"] == "постоянно, отчёт до 25 декабря"
    assert second["executors"] == ["Минздрав", "Минфин", "Минтруд (по согласованию, при необходимости)", "ВОД «Волонтеры-медики, Смоленск»"]


def test_stamp_in_a_borderless_two_column_table(build: Build) -> None:
    b = DocBuilder()
    b.table(
        [["", ["УТВЕРЖДАЮ", "Министр здравоохранения", "Смоленской области", "______________ И.И.\u00a0Иванов", '"09" января 2024 г.']]],
        borderless=True,
    )
    b.para("ПЛАН", center=True, bold=True)
    b.para("мероприятий на 2024 год", center=True)
    b.table([["№ п/п", "Мероприятие", "Исполнители", "Сроки исполнения"], ["1", "Дело", "Минздрав", "постоянно"]])
    result = import_docx(build(b))
    assert result.plan["approval"] == {
        "stamp": "УТВЕРЖДАЮ",
        "position": "Министр здравоохранения Смоленской области",
        "name": "И.И. Иванов",  # the no-break space is printing, not the name (issue 15)
        "date": dt.date(2024, 1, 9),
    }
    assert result.plan["title"] == "План мероприятий на 2024 год"
    assert "heading" not in result.plan
    assert result.warnings == []


def test_stamp_with_document_and_attachment_over_several_lines(build: Build) -> None:
    b = DocBuilder()
    stamp_paragraphs(b, ["Приложение", "к приказу Министерства здравоохранения", "Смоленской области", "от 09.01.2024 № 12"])
    b.para("")
    stamp_paragraphs(b, ["УТВЕРЖДЕН", "приказом Министерства здравоохранения", "Смоленской области от 09.01.2024 № 12"])
    b.para("")
    b.para("ПЛАН", center=True, bold=True)
    b.para("мероприятий по развитию добровольчества", center=True)
    b.para("в 2024-2025 годы", center=True)
    b.table([["№ п/п", "Мероприятие", "Сроки исполнения"], ["1", "Дело", "постоянно"]])
    plan = import_docx(build(b)).plan
    assert plan["attachment"] == "Приложение к приказу Министерства здравоохранения Смоленской области от 09.01.2024 № 12"
    assert plan["approval"] == {
        "stamp": "УТВЕРЖДЕН",
        "document": "приказом Министерства здравоохранения Смоленской области от 09.01.2024 № 12",
        "date": dt.date(2024, 1, 9),
    }
    assert plan["title"] == "План мероприятий по развитию добровольчества в 2024-2025 годы"
    assert plan["period"] == "2024-2025"


def test_heading_word_kept_when_the_title_starts_in_capitals(build: Build) -> None:
    b = DocBuilder()
    b.para("ПЕРЕЧЕНЬ", center=True)
    b.para("Основных мероприятий в 2025 году", center=True)
    b.table([["№ п/п", "Мероприятие", "Сроки исполнения"], ["1", "Дело", "постоянно"]])
    plan = import_docx(build(b)).plan
    assert (plan["heading"], plan["title"], plan["period"]) == ("ПЕРЕЧЕНЬ", "Основных мероприятий в 2025 году", 2025)


def test_no_heading_word_gives_an_empty_heading(build: Build) -> None:
    b = DocBuilder()
    b.para("Приложение", right=True)
    b.para("Основные направления деятельности\nна 2025 год", center=True)
    b.table([["№ п/п", "Наименование мероприятия", "Сроки исполнения"], ["1", "Дело", "постоянно"]])
    plan = import_docx(build(b)).plan
    assert plan["heading"] == ""
    assert plan["attachment"] == "Приложение"
    assert plan["title"] == "Основные направления деятельности на 2025 год"


def test_ukrainian_plan(build: Build) -> None:
    b = DocBuilder()
    stamp_paragraphs(b, ["ЗАТВЕРДЖУЮ", "Директор Департаменту", "_____________", "Ігор МЕЩАН", "« 13 » липня 2016 р."])
    b.para("ПЛАН", center=True)
    b.para("заходів щодо підтримки волонтерського руху у 2016 році", center=True)
    b.table(
        [
            ["№ з/п", "Зміст заходу", "Відповідальні виконавці", "Строк виконання"],
            ["1.", "Активізувати роботу", "Координаційна рада громадських об’єднань, які потребують соціальної допомоги, волонтерські організації", "постійно"],
        ]
    )
    plan = import_docx(build(b)).plan
    assert plan["language"] == "uk"
    assert plan["title"] == "План заходів щодо підтримки волонтерського руху у 2016 році"
    assert plan["period"] == 2016
    assert plan["approval"] == {"stamp": "ЗАТВЕРДЖУЮ", "position": "Директор Департаменту", "name": "Ігор МЕЩАН", "date": dt.date(2016, 7, 13)}
    # a label is recorded exactly when it differs from what the renderer prints for a Ukrainian plan
    printed = {"number": "№ з/п", "title": "Зміст заходу", "executors": "Відповідальні виконавці", "deadline": "Строк виконання"}
    defaults = default_columns("uk")
    assert plan["columns"] == {k: v for k, v in printed.items() if v != defaults[k]}
    assert plan["columns"]["deadline"] == "Строк виконання"
    assert plan["items"][0]["executors"] == [
        "Координаційна рада громадських об’єднань, які потребують соціальної допомоги",
        "волонтерські організації",
    ]


def test_language_from_letters_when_labels_are_shared(build: Build) -> None:
    b = simple_plan(header=["№", "Заходи", "Термін"], rows=[["1", "Провести засідання ради щодо підготовки", "протягом року"]], title="План заходів на 2017 рік")
    assert import_docx(build(b)).plan["language"] == "uk"


def test_extra_column_goes_to_notes_with_a_warning(build: Build) -> None:
    b = simple_plan(
        header=["№ п/п", "Мероприятие", "Исполнители", "Сроки исполнения", "Примечание"],
        rows=[["1", "Дело", "Минздрав", "постоянно", "по согласованию"], ["2", "Другое", "Минздрав", "ежегодно", ""]],
    )
    result = import_docx(build(b))
    assert result.plan["items"][0]["notes"] == "Примечание: по согласованию"
    assert "notes" not in result.plan["items"][1]
    assert result.warnings == ["таблица 1, строка 2: лишняя колонка «Примечание» сохранена в notes пункта 1"]


def test_column_number_row_and_trailing_dots_and_bookmark_text(build: Build) -> None:
    b = simple_plan(
        rows=[
            ["1", "2", "3", "4"],
            ["1.", "[bookmark: _GoBack]Первое\u00a0мероприятие\u200b", "Мин\u00adздрав", "до 1 марта 2025 г."],
            ["12.5.", "Второе  мероприятие ", "Минфин", "ежеквартально"],
        ]
    )
    items = import_docx(build(b)).plan["items"]
    assert [(i["number"], i["title"], i["executors"]) for i in items] == [
        ("1", "Первое мероприятие", ["Минздрав"]),
        ("12.5", "Второе мероприятие", ["Минфин"]),
    ]


def test_vertically_merged_rows_continue_the_item_above(build: Build) -> None:
    b = simple_plan(rows=[["1", "Дело", "Минздрав", "до 1 марта 2025 г."], [UP, UP, "Минфин", "до 1 июня 2025 г."]])
    result = import_docx(build(b))
    item = result.plan["items"][0]
    assert item["executors"] == ["Минздрав", "Минфин"]
    assert "до 1 июня 2025 г." in item["notes"]
    assert result.warnings and "таблица 1, строка 3" in result.warnings[0]


def test_text_outside_the_table_is_kept_and_reported(build: Build) -> None:
    b = simple_plan()
    b.para("")
    b.para("* Мероприятия финансируются в пределах бюджетных ассигнований.")
    b.para("")
    b.para("Заместитель министра\t\t\tТ.Ю.\u00a0Филатова")
    b.table([["Лист согласования", "Подпись"], ["Юрист", ""]])
    result = import_docx(build(b))
    last = result.plan["items"][-1]
    assert "Мероприятия финансируются в пределах бюджетных ассигнований." in last["notes"]
    assert "Лист согласования | Подпись" in last["notes"]
    assert "Филатова" not in last["notes"]  # a signature block is not content
    assert any(w.startswith("после таблицы:") and "финансируются" in w for w in result.warnings)
    assert any(w.startswith("таблица 2:") for w in result.warnings)


def test_a_table_continued_after_a_page_break(build: Build) -> None:
    b = simple_plan(rows=[["1", "Дело", "Минздрав", "постоянно"]])
    b.table([["1", "2", "3", "4"], ["2", "Другое", "Минфин", "ежегодно"]])
    result = import_docx(build(b))
    assert [i["number"] for i in result.plan["items"]] == ["1", "2"]


def test_period_from_deadlines_when_the_title_has_none(build: Build) -> None:
    b = simple_plan(title="План мероприятий по развитию добровольчества", rows=[["1", "Дело", "Минздрав", "IV квартал 2026 г."], ["2", "Дело", "Минздрав", "до 1 марта 2027 г."]])
    result = import_docx(build(b))
    assert result.plan["period"] == "2026-2027"
    assert any("период плана" in w for w in result.warnings)


def test_period_given_by_the_caller_wins(build: Build) -> None:
    b = simple_plan(title="План мероприятий", rows=[["1", "Дело", "Минздрав", "постоянно"]])
    assert import_docx(build(b), period=2030).plan["period"] == 2030


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09.01.2024", (True, dt.date(2024, 1, 9))),
        ("« 9 » января 2024 г.", (True, dt.date(2024, 1, 9))),
        ("«9» января 2024 г.", (True, dt.date(2024, 1, 9))),
        ('"09" января 2024 г.', (True, dt.date(2024, 1, 9))),
        ("9 января 2024 года", (True, dt.date(2024, 1, 9))),
        ("« 13 » липня 2016 р.", (True, dt.date(2016, 7, 13))),
        ("«___» ____________ 2024 г.", (True, None)),
        ("«__» ______ 20__ г.", (True, None)),
        ("______________", (False, None)),
        ("31.02.2024", (True, None)),
        ("Министр здравоохранения", (False, None)),
    ],
)
def test_approval_dates(text: str, expected: tuple[bool, dt.date | None]) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["А, Б"], ["А", "Б"]),
        (["А;", "Б,"], ["А", "Б"]),
        (["ВОД «Волонтеры, медики», вузы"], ["ВОД «Волонтеры, медики»", "вузы"]),
        (['АНО "Ответ, привет", вузы'], ['АНО "Ответ, привет"', "вузы"]),
        (["отделы (по согласованию, при наличии), вузы"], ["отделы (по согласованию, при наличии)", "вузы"]),
        (["организации, которые участвуют в проекте, вузы"], ["организации, которые участвуют в проекте", "вузы"]),
    ],
)
def test_executor_splitting(lines: list[str], expected: list[str]) -> None:
    assert split_executors(lines) == expected


def test_document_line_without_a_number_stops_at_the_position(build: Build) -> None:
    b = DocBuilder()
    stamp_paragraphs(b, ["УТВЕРЖДЕНО", "приказом Министерства здравоохранения", "от 09.01.2024", "Министр здравоохранения", "______ И.И. Иванов"])
    b.para("ПЛАН", center=True)
    b.para("мероприятий на 2024 год", center=True)
    b.table([["№ п/п", "Мероприятие", "Сроки исполнения"], ["1", "Дело", "постоянно"]])
    approval = import_docx(build(b)).plan["approval"]
    assert approval == {
        "stamp": "УТВЕРЖДЕНО",
        "position": "Министр здравоохранения",
        "name": "И.И. Иванов",
        "date": dt.date(2024, 1, 9),
        "document": "приказом Министерства здравоохранения от 09.01.2024",
    }


def test_items_before_the_first_section_go_to_an_untitled_section(build: Build) -> None:
    b = simple_plan(rows=[["1", "Вводное", "Минздрав", "постоянно"], [Span("2. Раздел", 4)], ["2.1", "Дело", "Минздрав", "ежегодно"]])
    result = import_docx(build(b))
    assert [(s.get("number"), s["title"], len(s["items"])) for s in result.plan["sections"]] == [(None, "", 1), ("2", "Раздел", 1)]
    assert result.warnings == ["таблица 1, строка 3: пункты перед первым разделом помещены в раздел без названия"]


def test_a_row_without_activity_before_any_item_is_reported_with_its_text(build: Build) -> None:
    b = simple_plan(rows=[["", "", "Минздрав", "постоянно"], ["1", "Дело", "Минздрав", "ежегодно"]])
    result = import_docx(build(b))
    assert [i["title"] for i in result.plan["items"]] == ["Дело"]
    assert result.warnings == ["таблица 1, строка 2: строка без мероприятия перед первым пунктом пропущена, текст: Минздрав; deadline: постоянно"]


def test_the_one_year_of_the_title_when_the_deadlines_agree(build: Build) -> None:
    b = simple_plan(title="План заходів за підсумками круглого столу 13 липня 2016 року", rows=[["1", "Захід", "Департамент", "до 5 грудня 2016 року"]])
    result = import_docx(build(b))
    assert result.plan["period"] == 2016
    assert result.warnings == []
