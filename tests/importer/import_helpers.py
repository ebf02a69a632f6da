"""A small builder of Word plans in foreign layouts, made with python-docx inside the tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

DATA = Path(__file__).parent / "data"


@dataclass
class Span:
    """A cell merged across `n` grid columns (gridSpan)."""

    text: str | list[str]
    n: int


class Up:
    """A cell merged with the one above it (vMerge continue)."""


UP = Up()
CellValue = str | list[str] | Span | Up | None


class DocBuilder:
    """Paragraphs and tables in order; a list in a cell is one paragraph per entry."""

    def __init__(self) -> None:
        self.doc = docx.Document()

    def para(self, text: str = "", *, center: bool = False, right: bool = False, bold: bool = False, indent_cm: float = 0) -> DocBuilder:
        """A paragraph; "\\n" inside `text` becomes a manual line break."""
        paragraph = self.doc.add_paragraph()
        for index, part in enumerate(text.split("\n")):
            if index:
                paragraph.add_run().add_break()
            run = paragraph.add_run(part)
            run.bold = bold
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent_cm:
            paragraph.paragraph_format.left_indent = docx.shared.Cm(indent_cm)
        return self

    def table(self, rows: list[list[CellValue]], *, borderless: bool = False) -> DocBuilder:
        width = max(sum(c.n if isinstance(c, Span) else 1 for c in row) for row in rows)
        table = self.doc.add_table(rows=len(rows), cols=width)
        if not borderless:
            table.style = "Table Grid"
        else:
            _no_borders(table)
        for r, row in enumerate(rows):
            col = 0
            for value in row:
                cell = table.cell(r, col)
                if isinstance(value, Span):
                    cell = cell.merge(table.cell(r, col + value.n - 1))
                    _fill(cell, value.text)
                    col += value.n
                    continue
                if isinstance(value, Up):
                    table.cell(r - 1, col).merge(cell)
                else:
                    _fill(cell, value)
                col += 1
        return self

    def save(self, path: Path) -> Path:
        self.doc.save(str(path))
        return path


def _fill(cell: Any, value: str | list[str] | None) -> None:
    if value is None:
        return
    paragraphs = [value] if isinstance(value, str) else value
    cell.paragraphs[0].text = paragraphs[0]
    for text in paragraphs[1:]:
        cell.add_paragraph(text)


def _no_borders(table: Any) -> None:
    pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    pr.append(borders)


def stamp_paragraphs(b: DocBuilder, lines: list[str], indent_cm: float = 9.0) -> DocBuilder:
    for line in lines:
        b.para(line, indent_cm=indent_cm)
    return b


def simple_plan(
    header: list[CellValue] | None = None, rows: list[list[CellValue]] | None = None, title: str = "План мероприятий на 2025 год"
) -> DocBuilder:
    """A plain plan: heading, title and a table; pieces replaced by the test that needs it."""
    b = DocBuilder()
    b.para("ПЛАН", center=True, bold=True)
    b.para(title, center=True)
    b.table(
        [header or ["№ п/п", "Мероприятие", "Исполнители", "Сроки исполнения"]]
        + (rows or [["1", "Первое мероприятие", "Минздрав", "до 1 марта 2025 г."], ["2", "Второе мероприятие", "Минфин", "ежеквартально"]])
    )
    return b
