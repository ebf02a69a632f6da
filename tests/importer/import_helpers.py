"""The one builder of Word plans in foreign layouts for the importer's tests and its corpus
(`corpus/build_corpus.py`): python-docx plus the raw XML it has no API for (automatic
numbering, merged cells, repeated header rows), saved with fixed zip timestamps so that a
rebuild gives the same bytes."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

DATA = Path(__file__).parent / "data"
Text = str | Sequence[str]  # a cell: one paragraph, or one per entry; "\n" inside one is a line break (Shift+Enter)


class DocBuilder:
    """A document being built: paragraphs and tables in order; each step returns the builder."""

    def __init__(self, *, landscape: bool = False) -> None:
        self.doc = docx.Document()
        section = self.doc.sections[0]
        if landscape:
            section.page_width, section.page_height = section.page_height, section.page_width
        self._numbering_ready = False

    # ------------------------------------------------------------------ paragraphs

    def para(self, text: str = "", *, center: bool = False, right: bool = False, bold: bool = False, indent_cm: float = 0, style: str | None = None) -> DocBuilder:
        paragraph = self.doc.add_paragraph(style=style)
        _lines_into(paragraph, text, bold=bold)
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent_cm:
            paragraph.paragraph_format.left_indent = Cm(indent_cm)
        return self

    def page_break(self) -> DocBuilder:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        return self

    # ------------------------------------------------------------------ tables

    def table(self, rows: list[list[Any]], *, borderless: bool = False, widths_pct: bool = False, header_rows: int = 1) -> DocBuilder:
        """Rows of cells: text, a list of paragraphs, `Span(text, n)`, `UP` (merged with the cell above) or `Numbered(text)`."""
        width = max(sum(c.n if isinstance(c, Span) else 1 for c in row) for row in rows)
        table = self.doc.add_table(rows=len(rows), cols=width)
        if borderless:
            _borders(table, "nil")
        else:
            table.style = "Table Grid"
        if widths_pct:  # how Word stores a table pasted from a web page
            tbl_w = table._tbl.tblPr.find(qn("w:tblW"))
            if tbl_w is None:
                tbl_w = OxmlElement("w:tblW")
                table._tbl.tblPr.append(tbl_w)
            tbl_w.set(qn("w:w"), "5000")
            tbl_w.set(qn("w:type"), "pct")
        for r, row in enumerate(rows):
            col = 0
            for value in row:
                cell = table.cell(r, col)
                if isinstance(value, Span):
                    cell = cell.merge(table.cell(r, col + value.n - 1))
                    self._fill(cell, value.text)
                    col += value.n
                    continue
                if value is UP:
                    table.cell(r - 1, col).merge(cell)
                else:
                    self._fill(cell, value)
                col += 1
        for r in range(min(header_rows, len(rows))):
            tr_pr = table.rows[r]._tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:tblHeader"))
        return self

    def _fill(self, cell: Any, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, Numbered):
            self._number(cell.paragraphs[0], value.level)
            if value.text:
                _lines_into(cell.paragraphs[0], value.text)
            return
        paragraphs = [value] if isinstance(value, str) else list(value)
        _lines_into(cell.paragraphs[0], paragraphs[0])
        for text in paragraphs[1:]:
            _lines_into(cell.add_paragraph(), text)

    # ------------------------------------------------------------------ automatic numbering

    def _number(self, paragraph: Any, level: int) -> None:
        """Make the paragraph an item of the document's one decimal list («1.», «1.1.»)."""
        if not self._numbering_ready:
            numbering = self.doc.part.numbering_part.element
            abstract = _xml(
                '<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
                '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>'
                "</w:abstractNum>"
            )
            first_num = numbering.find(qn("w:num"))
            if first_num is not None:
                first_num.addprevious(abstract)
            else:
                numbering.append(abstract)
            numbering.append(_xml('<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
            self._numbering_ready = True
        p_pr = paragraph._p.get_or_add_pPr()
        p_pr.append(_xml(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    def save(self, path: Path) -> Path:
        buffer = io.BytesIO()
        self.doc.core_properties.author = "corpus"
        self.doc.core_properties.last_modified_by = "corpus"
        self.doc.save(buffer)
        _fixed_zip(buffer.getvalue(), path)
        return path


class Span:
    """A cell merged across `n` grid columns."""

    def __init__(self, text: Text, n: int) -> None:
        self.text, self.n = text, n


class Numbered:
    """A cell whose paragraph is an item of Word's automatic list: no digits stored, Word draws them."""

    def __init__(self, text: str = "", level: int = 0) -> None:
        self.text, self.level = text, level


UP = object()  # a cell merged with the one above it (w:vMerge)
CellValue = Any  # text, a list of paragraphs, a Span, UP, a Numbered cell or None


def _xml(text: str) -> Any:
    """An element from XML text whose first tag gets the w: namespace declaration."""
    name_end = text.index(" ") if " " in text.split(">", 1)[0] else text.index(">")
    return parse_xml(text[:name_end] + f" {nsdecls('w')}" + text[name_end:])


def _lines_into(paragraph: Any, text: str, *, bold: bool = False) -> None:
    for index, line in enumerate(text.split("\n")):
        run = paragraph.add_run()
        if index:
            run.add_break()
        run.add_text(line)
        if bold:
            run.bold = True


def _borders(table: Any, value: str) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), value)
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _fixed_zip(data: bytes, path: Path) -> None:
    """The same document bytes on every build: entries in order, one fixed timestamp."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(info)
            if info.filename == "docProps/core.xml":
                content = _fixed_dates(content)
            target.writestr(fixed, content)


def _fixed_dates(core: bytes) -> bytes:
    return re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", core)


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
