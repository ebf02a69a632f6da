"""The execution report as a Word document, in the plan's ministry layout.

The page, fonts, styles, repeated header rows and unbreakable rows are the plan
renderer's (`planctl.render.docx`, `planctl.render.ooxml`); this module only lays out
what a report has that a plan has not: the info column, the summary table, the signer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from copy import deepcopy
from typing import TYPE_CHECKING

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Twips
from lxml import etree

from planctl.languages import language_tag
from planctl.model import Plan, as_data
from planctl.render import ooxml
from planctl.render.docx import (
    HEADING,
    PAGE_NUMBER,
    SECTION,
    TABLE,
    TABLE_HEADER,
    TITLE,
    clear_body,
    enable_hyphenation,
    prepare_styles,
    set_page,
    write_signature,
)
from planctl.render.layout import Page, page_for
from planctl.render.package import document_time, finish_package
from planctl.render.widths import fit_widths, minimum_width, split_widths
from planctl.report.compile import Report, Row, cell_lines, texts
from planctl.report.settings import ReportTemplate, column_labels

if TYPE_CHECKING:
    from docx.document import Document


def build_report_docx(report: Report, plan: Plan, template: ReportTemplate, *, when: dt.datetime | None = None) -> Document:
    """The whole report in memory, for saving (`package.docx_bytes`) or for inspecting in tests."""
    settings = template.base.settings
    columns = list(template.settings.columns)
    page = page_for(settings.model_copy(update={"orientation": template.settings.orientation}), len(columns))
    reference = template.base.reference_docx
    document = docx.Document(str(reference)) if reference else docx.Document()
    clear_body(document)
    language = language_tag(report.language)
    styles = prepare_styles(document, settings, language)
    set_page(document, page, styles[PAGE_NUMBER])
    enable_hyphenation(document)
    document.add_paragraph(report.heading.upper(), style=HEADING)
    title = document.add_paragraph(report.title, style=TITLE)
    if report.as_of_line:
        title.paragraph_format.space_after = Twips(0)
        document.add_paragraph(report.as_of_line, style=TITLE)
    gap = int(settings.table.line_gap_pt * 20)
    _main_table(document, report, plan, template, page, styles, gap)
    _summary(document, report, template, page, styles)
    write_signature(document, report.signature, page.text_width)
    finish_package(document, title=report.full_title, language=language, font=settings.font.name, when=when or document_time())
    return document


def _cells(row: Row, keys: Sequence[str], language: str, comma: bool) -> list[list[str]]:
    cells: list[list[str]] = []
    for key in keys:
        if key == "number":
            cells.append([row.number])
        elif key == "title":
            cells.append(row.title.split("\n"))
        elif key == "deadline":
            cells.append(row.deadline.split("\n"))
        elif key == "executors":
            names = list(row.executors)
            cells.append([", ".join(names)] if comma else names or [""])
        else:
            cells.append(cell_lines(row, language))
    return cells


def _main_table(
    document: Document, report: Report, plan: Plan, template: ReportTemplate, page: Page, styles: dict[str, str], gap: int
) -> None:
    columns = list(template.settings.columns)
    keys = [c.key for c in columns]
    comma = template.settings.executors == "comma"
    labels = column_labels(as_data(plan.columns), columns, plan.language)
    cells = {id(row): _cells(row, keys, report.language, comma) for row in report.rows if row.kind != "section"}
    points = template.base.settings.font.table_pt
    minimums = [
        max(minimum_width([line for row in cells.values() for line in row[index]], points), minimum_width(label.split("\n"), points, bold=True))
        for index, label in enumerate(labels)
    ]
    widths = fit_widths([c.width for c in columns], page.text_width, minimums)
    tbl = etree.Element(qn("w:tbl"))
    tbl.append(ooxml.table_properties(sum(widths)))
    tbl.append(ooxml.table_grid(widths))
    header = ooxml.row_xml([(w, styles[TABLE_HEADER], "center") for w in widths], header=True)
    for tc, label in zip(header.iterfind(qn("w:tc")), labels, strict=False):
        ooxml.fill_cell(tc, label.split("\n"))
    tbl.append(header)
    if template.settings.number_row:
        numbers = ooxml.row_xml([(w, styles[TABLE_HEADER], "center") for w in widths], header=True)
        for index, tc in enumerate(numbers.iterfind(qn("w:tc")), start=1):
            ooxml.fill_cell(tc, [str(index)])
        tbl.append(numbers)
    item_row = ooxml.row_xml([(w, styles[TABLE], c.align) for w, c in zip(widths, columns, strict=False)])
    section_row = ooxml.row_xml([(sum(widths), styles[SECTION], "left")], span=len(columns), keep_next=True)
    for row in report.rows:
        if row.kind == "section":
            tr = deepcopy(section_row)
            ooxml.fill_cell(next(tr.iterfind(qn("w:tc"))), [row.title])
        else:
            tr = deepcopy(item_row)
            for tc, lines in zip(tr.iterfind(qn("w:tc")), cells[id(row)], strict=False):
                ooxml.fill_cell(tc, lines, gap=gap if len(lines) > 1 else 0)
        tbl.append(tr)
    document.element.body.sectPr.addprevious(tbl)


def _summary(document: Document, report: Report, template: ReportTemplate, page: Page, styles: dict[str, str]) -> None:
    """«Итоги выполнения»: a small table of statuses, their counts and item numbers, kept on one page."""
    words = texts(report.language)
    heading = document.add_paragraph(str(words["summary_title"]), style=HEADING)
    heading.paragraph_format.space_before = Twips(240)
    heading.paragraph_format.space_after = Twips(120)
    heading.alignment = WD_ALIGN_PARAGRAPH.LEFT  # over the table, which starts at the left margin
    shares = template.settings.summary_widths
    total = page.text_width * 2 // 3
    widths = split_widths(list(shares), total)
    tbl = etree.Element(qn("w:tbl"))
    tbl.append(ooxml.table_properties(sum(widths)))
    tbl.append(ooxml.table_grid(widths))
    header = ooxml.row_xml([(w, styles[TABLE_HEADER], "center") for w in widths], header=True, keep_next=True)
    for tc, label in zip(header.iterfind(qn("w:tc")), words["summary_columns"], strict=False):
        ooxml.fill_cell(tc, [str(label)])
    tbl.append(header)
    for row in report.summary:
        tr = ooxml.row_xml(
            [(widths[0], styles[TABLE], "left"), (widths[1], styles[TABLE], "center"), (widths[2], styles[TABLE], "left")],
            keep_next=True,  # the last row keeps with the signature: a signer never stands alone on a page
        )
        values = [row.label, str(row.count), ", ".join(row.numbers) or "—"]
        for tc, value in zip(tr.iterfind(qn("w:tc")), values, strict=False):
            ooxml.fill_cell(tc, [value])
        tbl.append(tr)
    document.element.body.sectPr.addprevious(tbl)
