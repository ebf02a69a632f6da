"""The DOCX opened again with python-docx and read as XML: the ministry layout, point by point."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.oxml.ns import qn
from render_helpers import DATA, texts, wattr, xpath

from planctl.load import load_plan
from planctl.render.docx import build_docx

A4 = (11906, 16838)
ROOT = Path(__file__).parents[2]


def sect_pr(document):
    return document.element.body.find(qn("w:sectPr"))


def table(document):
    (tbl,) = xpath(document.element.body, "w:tbl")
    return tbl


def rows(document):
    return xpath(table(document), "w:tr")


def body_texts(document) -> list[str]:
    return [texts(p) for p in xpath(document.element.body, "w:p")]


def text_width(document) -> int:
    sect = sect_pr(document)
    size, margins = sect.find(qn("w:pgSz")), sect.find(qn("w:pgMar"))
    return int(wattr(size, "w")) - int(wattr(margins, "left")) - int(wattr(margins, "right"))


# --------------------------------------------------------------------------- page


def test_portrait_a4_with_ministry_margins(render) -> None:
    sect = sect_pr(render("flat"))
    size, margins = sect.find(qn("w:pgSz")), sect.find(qn("w:pgMar"))
    assert (int(wattr(size, "w")), int(wattr(size, "h"))) == A4
    assert wattr(size, "orient") in (None, "portrait")
    assert {k: int(wattr(margins, k)) for k in ("left", "right", "top", "bottom")} == {
        "left": 1701,  # 30 mm
        "right": 567,  # 10 mm
        "top": 1134,
        "bottom": 1134,
    }


@pytest.mark.parametrize(("plan", "template"), [("flat", "ministry-landscape"), ("sectioned", "ministry")])
def test_landscape_swaps_width_and_height(render, plan: str, template: str) -> None:
    size = sect_pr(render(plan, template)).find(qn("w:pgSz"))
    assert (int(wattr(size, "w")), int(wattr(size, "h"))) == A4[::-1]
    assert wattr(size, "orient") == "landscape"


def test_page_numbers_from_page_two(render) -> None:
    document = render("flat")
    sect = sect_pr(document)
    assert sect.find(qn("w:titlePg")) is not None
    section = document.sections[0]
    first = section.first_page_header
    assert not first.is_linked_to_previous
    assert "".join(p.text for p in first.paragraphs) == ""
    assert not xpath(first._element, ".//w:instrText | .//w:fldSimple")
    header = section.header._element
    assert [t.text.strip() for t in xpath(header, ".//w:instrText")] == ["PAGE"]
    kinds = [wattr(c, "fldCharType") for c in xpath(header, ".//w:fldChar")]
    assert kinds == ["begin", "separate", "end"]
    (paragraph,) = xpath(header, "w:p")
    style = document.styles.get_by_id(xpath(paragraph, "w:pPr/w:pStyle")[0].get(qn("w:val")), 1)
    assert style.paragraph_format.alignment == 1  # centred


# --------------------------------------------------------------------------- fonts and language


def test_fonts_on_all_four_attributes_and_no_theme_fonts(render) -> None:
    document = render("flat")
    styles = document.styles.element
    defaults = xpath(styles, "w:docDefaults/w:rPrDefault/w:rPr/w:rFonts")[0]
    normal = xpath(styles, "w:style[@w:styleId='Normal']/w:rPr/w:rFonts")[0]
    for fonts in (defaults, normal):
        assert {a: wattr(fonts, a) for a in ("ascii", "hAnsi", "cs", "eastAsia")} == dict.fromkeys(
            ("ascii", "hAnsi", "cs", "eastAsia"), "Times New Roman"
        )
    themed = xpath(styles, ".//w:rFonts[@w:asciiTheme or @w:hAnsiTheme or @w:eastAsiaTheme or @w:cstheme]")
    assert themed == []


def test_sizes_body_14_table_12(render) -> None:
    document = render("flat")
    assert document.styles["Normal"].font.size.pt == 14
    assert document.styles["Plan Table"].font.size.pt == 12
    style_ids = {wattr(s, "val") for s in xpath(table(document), ".//w:pStyle")}
    assert style_ids <= {document.styles["Plan Table"].style_id, document.styles["Plan Table Header"].style_id}


@pytest.mark.parametrize(("plan", "tag"), [("flat", "ru-RU"), ("ukrainian", "uk-UA")])
def test_language_on_defaults_and_styles(render, plan: str, tag: str) -> None:
    styles = render(plan).styles.element
    for path in ("w:docDefaults/w:rPrDefault/w:rPr/w:lang", "w:style[@w:styleId='Normal']/w:rPr/w:lang"):
        (lang,) = xpath(styles, path)
        assert (wattr(lang, "val"), wattr(lang, "eastAsia"), wattr(lang, "bidi")) == (tag, tag, tag)


# --------------------------------------------------------------------------- first page


def test_stamp_block(render) -> None:
    document = render("sectioned")
    lines = body_texts(document)
    assert lines[:6] == [
        "Приложение к приказу Министерства от 09.01.2025 №\u00a012",
        "УТВЕРЖДЕНО",
        "Заместитель министра здравоохранения области",
        "____________ Т.Ю.\u00a0Филатова",
        "« 9 » января 2025 г.",
        "ПЛАН",
    ]


def test_stamp_is_indented_to_the_right_part_of_the_page(render) -> None:
    document = render("flat")
    paragraphs = xpath(document.element.body, "w:p")
    stamp = [p for p in paragraphs if texts(p) in ("УТВЕРЖДАЮ", "« 9 » января 2024 г.")]
    assert len(stamp) == 2
    width = text_width(document)
    for paragraph in stamp:
        indent = int(wattr(xpath(paragraph, "w:pPr/w:ind")[0], "left"))
        assert indent == width - 4819  # the block is 85 mm, flush with the right margin
        assert indent >= width / 2
    assert document.paragraphs[0].alignment in (None, 0)  # left-aligned inside the block


def test_two_spaces_in_a_name_become_one_no_break_space(render) -> None:
    assert "____________ И.И.\u00a0Иванов" in body_texts(render("flat"))


def test_ukrainian_date_and_stamp(render) -> None:
    lines = body_texts(render("ukrainian"))
    assert lines[:4] == ["ЗАТВЕРДЖУЮ", "Директор департаменту", "____________ О.П.\u00a0Коваленко", "« 13 » липня 2016 р."]


def test_heading_centred_bold_and_title_without_the_heading_word_and_final_stop(render) -> None:
    document = render("sectioned")
    paragraphs = document.paragraphs
    index = next(i for i, p in enumerate(paragraphs) if p.text == "ПЛАН")
    heading, title = paragraphs[index], paragraphs[index + 1]
    assert title.text == "мероприятий по развитию добровольчества в сфере охраны здоровья на 2025 год"
    for paragraph in (heading, title):
        assert paragraph.style.paragraph_format.alignment == 1
        assert paragraph.style.font.bold


def test_empty_heading_prints_no_heading_word(tmp_path: Path, render) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text((DATA / "flat.yaml").read_text(encoding="utf-8") + 'heading: ""\n', encoding="utf-8")
    lines = body_texts(render(plan))
    assert "ПЛАН" not in lines
    assert "План мероприятий по развитию добровольчества в Смоленской области в 2024 году" in lines


# --------------------------------------------------------------------------- the table


def test_header_and_number_rows_repeat(render) -> None:
    document = render("flat")
    all_rows = rows(document)
    header, numbers = all_rows[:2]
    for row in (header, numbers):
        assert xpath(row, "w:trPr/w:tblHeader")
    assert [texts(tc) for tc in xpath(header, "w:tc")] == ["№ п/п", "Мероприятие", "Исполнители", "Сроки исполнения"]
    assert [texts(tc) for tc in xpath(numbers, "w:tc")] == ["1", "2", "3", "4"]
    for row in all_rows[2:]:
        assert not xpath(row, "w:trPr/w:tblHeader")
        assert xpath(row, "w:trPr/w:cantSplit")


def test_section_rows_span_the_table_in_bold(render) -> None:
    document = render("sectioned")
    spanning = [r for r in rows(document) if xpath(r, "w:tc/w:tcPr/w:gridSpan")]
    assert [texts(r) for r in spanning] == ["1. Стратегия развития социальной сферы", "2. Совет по качеству жизни"]
    columns = len(xpath(table(document), "w:tblGrid/w:gridCol"))
    for row in spanning:
        (cell,) = xpath(row, "w:tc")
        assert int(wattr(xpath(cell, "w:tcPr/w:gridSpan")[0], "val")) == columns
        style_id = wattr(xpath(cell, "w:p/w:pPr/w:pStyle")[0], "val")
        assert document.styles.get_by_id(style_id, 1).font.bold


def test_widths_add_up_to_the_text_width(render) -> None:
    for plan, template in (("flat", None), ("sectioned", None), ("flat", "ministry-landscape")):
        document = render(plan, template)
        tbl = table(document)
        width = text_width(document)
        grid = [int(wattr(c, "w")) for c in xpath(tbl, "w:tblGrid/w:gridCol")]
        assert sum(grid) == width
        assert int(wattr(xpath(tbl, "w:tblPr/w:tblW")[0], "w")) == width
        assert wattr(xpath(tbl, "w:tblPr/w:tblLayout")[0], "type") == "fixed"
        for row in xpath(tbl, "w:tr"):
            cells = xpath(row, "w:tc")
            assert all(xpath(tc, "w:tcPr/w:tcW") for tc in cells)
            assert sum(int(wattr(xpath(tc, "w:tcPr/w:tcW")[0], "w")) for tc in cells) == width


def test_result_column_only_when_an_item_has_one(render) -> None:
    assert len(xpath(table(render("flat")), "w:tblGrid/w:gridCol")) == 4
    header = rows(render("sectioned"))[0]
    labels = [texts(tc) for tc in xpath(header, "w:tc")]
    assert labels == ["№ п/п", "Мероприятие", "Исполнители", "Сроки подготовки", "Ожидаемый результат"]


def test_executors_one_per_paragraph_with_registry_names(render) -> None:
    first_item = rows(render("sectioned"))[3]
    executors = xpath(first_item, "w:tc")[2]
    assert [texts(p) for p in xpath(executors, "w:p")] == ["Министерство здравоохранения области", "медицинские организации"]


def test_executors_comma_joined_when_the_template_says(tmp_path: Path, render) -> None:
    folder = tmp_path / "comma"
    folder.mkdir()
    (folder / "template.yaml").write_text("table:\n  executors: comma\n", encoding="utf-8")
    first_item = rows(render("sectioned", folder))[3]
    executors = xpath(first_item, "w:tc")[2]
    assert [texts(p) for p in xpath(executors, "w:p")] == ["Министерство здравоохранения области, медицинские организации"]


def test_plan_text_is_data(render) -> None:
    table_text = [texts(r) for r in rows(render("sectioned"))]
    assert any("Мониторинг {{ 7*7 }} и {% if true %}анализ{% endif %} реализации политики" in t for t in table_text)
    assert any("Корректировка Стратегии\nвторой строкой" in t for t in table_text)
    assert any("доклад | справка" in t for t in table_text)


def test_signature_block_when_the_template_asks(tmp_path: Path, render) -> None:
    folder = tmp_path / "signed"
    folder.mkdir()
    (folder / "template.yaml").write_text("signature:\n  show: true\n  position: Начальник отдела\n", encoding="utf-8")
    document = render("flat", folder)
    last = document.paragraphs[-1]
    assert last.text == "Начальник отдела\tИ.И.\u00a0Иванов"
    (stop,) = last.paragraph_format.tab_stops
    assert stop.alignment == 2 and stop.position.twips == text_width(document)  # right tab at the margin


def test_the_document_ends_with_a_paragraph(render) -> None:
    body = render("flat").element.body
    assert body[-1].tag == qn("w:sectPr") and body[-2].tag == qn("w:p")


@pytest.mark.parametrize("path", sorted((ROOT / "plans").glob("*.yaml")) + sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_shipped_plans_render(path: Path) -> None:
    plan = load_plan(path).plan
    document = build_docx(plan)
    items = sum(1 for _ in plan.walk())
    sections = len(plan.sections or [])
    assert len(rows(document)) == 2 + items + sections
