"""The approved plan as a Word document in the ministry layout (docs: spec/docx-layout.md).

python-docx opens the template's reference.docx (its styles and settings) and writes
the text around the table; the table itself is assembled as raw XML from prepared
rows copied with `deepcopy`, because python-docx's `add_row()`/`cell.text` walk the
whole table on every call and make a 2,000-item plan take many seconds.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from copy import deepcopy
from pathlib import Path
from typing import TYPE_CHECKING

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Twips
from lxml import etree

from planctl.atomic import write_bytes_atomic
from planctl.errors import TemplateError, location
from planctl.languages import language_tag
from planctl.model import Plan
from planctl.render import ooxml
from planctl.render.layout import (
    Layout,
    Page,
    build_layout,
    clean,
    drop_final_stop,
    twips,
)
from planctl.render.package import document_time, docx_bytes, finish_package
from planctl.render.template import (
    REFERENCE_FILE,
    Template,
    TemplateSettings,
    load_template,
)
from planctl.render.texts import text as messages

if TYPE_CHECKING:
    from docx.document import Document
    from docx.styles.style import ParagraphStyle

    from planctl.document import PlanDocument

# Paragraph styles the renderer owns; their fonts and sizes come from template.yaml each time.
NORMAL = "Normal"
STAMP = "Plan Stamp"
HEADING = "Plan Heading"
TITLE = "Plan Title"
TABLE = "Plan Table"
TABLE_HEADER = "Plan Table Header"
SECTION = "Plan Section"
PAGE_NUMBER = "Plan Page Number"
SIGNATURE = "Plan Signature"

TemplateArg = Template | str | Path | None


def _template(template: TemplateArg) -> Template:
    return template if isinstance(template, Template) else load_template(template)


def render_docx(doc: PlanDocument | Plan, out: str | Path, template: TemplateArg = None, *, protect: Iterable[str | Path] = ()) -> None:
    """Write the plan as DOCX to `out`, atomically; never over the plan file itself."""
    plan, guarded = _plan_and_source(doc, protect)
    when = document_time()
    document = build_docx(plan, _template(template), when=when)
    write_bytes_atomic(out, docx_bytes(document, when), protect=guarded)


def _plan_and_source(doc: PlanDocument | Plan, protect: Iterable[str | Path]) -> tuple[Plan, list[str | Path]]:
    guarded = list(protect)
    if isinstance(doc, Plan):
        return doc, guarded
    return doc.plan, [*guarded, doc.path]


def build_docx(plan: Plan, template: TemplateArg = None, *, when: dt.datetime | None = None) -> Document:
    """The whole document in memory, for saving (`package.docx_bytes`) or for inspecting in tests.

    `when` is the documents's creation time (default: `SOURCE_DATE_EPOCH` or now).
    """
    template = _template(template)
    settings = template.settings
    layout = build_layout(plan, settings)
    document = _open_reference(template)
    clear_body(document)
    language = language_tag(plan.language)
    styles = prepare_styles(document, settings, language)
    set_page(document, layout.page, styles[PAGE_NUMBER])
    enable_hyphenation(document)
    _write_front(document, layout, settings, styles)
    _write_table(document, layout, styles, gap=int(settings.table.line_gap_pt * 20))
    write_signature(document, layout.signature, layout.page.text_width)
    title = drop_final_stop(clean(plan.title), plan.language)
    finish_package(document, title=title, language=language, font=settings.font.name, when=when or document_time())
    return document


def _open_reference(template: Template) -> Document:
    """The template's reference.docx (checked by render/reference.py), or python-docx's default."""
    data = template.reference_bytes()
    if data is None:
        return docx.Document()
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:
        reason = f"{type(error).__name__}: {error}"[:300]
        raise TemplateError(messages("reference-not-docx", reason=reason), location(template.folder / REFERENCE_FILE)) from None


# --------------------------------------------------------------------------- styles


def clear_body(document: Document) -> None:
    """A reference document may carry sample text; only its final section settings stay."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _style(document: Document, name: str) -> ParagraphStyle:
    styles = document.styles
    try:
        found: ParagraphStyle = styles[name]
        return found
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[NORMAL]
        added: ParagraphStyle = style
        return added


def prepare_styles(document: Document, settings: TemplateSettings, language: str) -> dict[str, str]:
    """Fonts, sizes and language on docDefaults, every style with a theme font, and our styles.

    Returns style name → style id for the XML written by hand.
    """
    font = settings.font
    root = document.styles.element
    defaults = root.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = etree.Element(qn("w:docDefaults"))
        root.insert(0, defaults)
    rpr = _child_path(defaults, "rPrDefault", "rPr")
    ooxml.set_run_font(rpr, font.name)
    ooxml.set_run_size(rpr, font.body_pt)
    ooxml.set_run_language(rpr, language)
    for style_rpr in root.iter(qn("w:rPr")):  # table styles keep more rPr in w:tblStylePr
        ooxml.drop_theme_fonts(style_rpr, font.name)

    table = {TABLE, TABLE_HEADER, SECTION}
    specs = {
        NORMAL: (font.body_pt, None, "left", 0, 0),
        STAMP: (font.body_pt, False, "left", 0, 0),
        HEADING: (font.body_pt, settings.heading.bold, "center", 0, 0),
        TITLE: (font.body_pt, settings.heading.title_bold, "center", 0, int(settings.heading.space_after_pt * 20)),
        TABLE: (font.table_pt, False, "left", 0, 0),
        TABLE_HEADER: (font.table_pt, True, "center", 0, 0),
        SECTION: (font.table_pt, True, "left", 0, 0),
        PAGE_NUMBER: (font.header_pt, False, "center", 0, 0),
        SIGNATURE: (font.body_pt, False, "left", int(settings.signature.space_before_pt * 20), 0),
    }
    ids: dict[str, str] = {}
    for name, (size, bold, align, before, after) in specs.items():
        style = _style(document, name)
        element = style.element
        style_rpr = element.get_or_add_rPr()
        ooxml.set_run_font(style_rpr, font.name)
        ooxml.set_run_size(style_rpr, size)
        ooxml.set_run_language(style_rpr, language)
        if bold is not None:
            ooxml.set_run_bold(style_rpr, bold)
        ppr = element.get_or_add_pPr()
        line = 1.0 if name in table or name == PAGE_NUMBER else settings.line_spacing
        ooxml.set_spacing(ppr, before=before, after=after, line=line)
        ooxml.set_alignment(ppr, align)
        if name in (HEADING, TITLE, SECTION):
            ooxml.set_flag(ppr, "keepNext")
        ids[name] = style.style_id
    return ids


def _child_path(parent: etree._Element, *names: str) -> etree._Element:
    element = parent
    for name in names:
        child = element.find(qn(f"w:{name}"))
        if child is None:
            child = etree.SubElement(element, qn(f"w:{name}"))
        element = child
    return element


# --------------------------------------------------------------------------- page


def enable_hyphenation(document: Document) -> None:
    """Words hyphenate by the document's language (set on the styles) instead of breaking anywhere."""
    ooxml.set_hyphenation(document.settings.element)


def set_page(document: Document, page: Page, number_style: str) -> None:
    """A4 with both sides set (python-docx does not swap them), margins, numbers from page 2."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE if page.landscape else WD_ORIENT.PORTRAIT
    section.page_width = Twips(page.width)
    section.page_height = Twips(page.height)
    section.left_margin = Twips(page.left)
    section.right_margin = Twips(page.right)
    section.top_margin = Twips(page.top)
    section.bottom_margin = Twips(page.bottom)
    section.header_distance = Twips(page.header)
    section.footer_distance = Twips(page.header)
    section.gutter = Twips(0)
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.is_linked_to_previous = False
    for paragraph in first.paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    if first.paragraphs:
        first.paragraphs[0].text = ""
    header = section.header
    header.is_linked_to_previous = False
    paragraphs = header.paragraphs
    for paragraph in paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    paragraph = paragraphs[0] if paragraphs else header.add_paragraph()
    paragraph.text = ""
    ppr = paragraph._p.get_or_add_pPr()
    ooxml.set_attr(ooxml.ensure(ppr, "pStyle", ooxml.PPR_ORDER), val=number_style)
    for run in ooxml.page_field_runs():
        paragraph._p.append(run)


# --------------------------------------------------------------------------- text around the table


def _block(document: Document, lines: Iterable[str], style: str, indent: int, space_after: int) -> None:
    """Lines of a corner block: each a paragraph indented so that the block ends at the right margin."""
    paragraph = None
    for line in lines:
        paragraph = document.add_paragraph(line, style=style)
        ooxml.set_indent(paragraph._p.get_or_add_pPr(), left=indent)
    if paragraph is not None and space_after:
        paragraph.paragraph_format.space_after = Twips(space_after)


def _write_front(document: Document, layout: Layout, settings: TemplateSettings, styles: dict[str, str]) -> None:
    text_width = layout.page.text_width
    stamp_indent = max(0, text_width - twips(settings.stamp.width_mm))
    attachment_indent = max(0, text_width - twips(settings.attachment.width_mm))
    space = int(settings.stamp.space_after_pt * 20)
    _block(document, layout.attachment, STAMP, attachment_indent, space)
    _block(document, layout.agreed, STAMP, 0, space)  # «СОГЛАСОВАНО» at the left margin, before the approval
    _block(document, layout.stamp, STAMP, stamp_indent, space)
    if layout.heading:
        document.add_paragraph(layout.heading, style=HEADING)
    for line in layout.title.split("\n"):
        document.add_paragraph(line, style=TITLE)


def _write_table(document: Document, layout: Layout, styles: dict[str, str], gap: int) -> None:
    """Header and number rows repeat on every page; rows are copies of prepared `w:tr` elements."""
    columns = layout.columns
    widths = [c.width for c in columns]
    tbl = etree.Element(qn("w:tbl"))
    tbl.append(ooxml.table_properties(sum(widths)))
    tbl.append(ooxml.table_grid(widths))

    header = ooxml.row_xml([(c.width, styles[TABLE_HEADER], "center") for c in columns], header=True)
    for tc, column in zip(header.iterfind(qn("w:tc")), columns, strict=False):
        ooxml.fill_cell(tc, column.label.split("\n"))
    tbl.append(header)
    if layout.number_row:
        numbers = ooxml.row_xml([(c.width, styles[TABLE_HEADER], "center") for c in columns], header=True)
        for index, tc in enumerate(numbers.iterfind(qn("w:tc")), start=1):
            ooxml.fill_cell(tc, [str(index)])
        tbl.append(numbers)

    item_row = ooxml.row_xml([(c.width, styles[TABLE], c.align) for c in columns])
    section_row = ooxml.row_xml([(sum(widths), styles[SECTION], "left")], span=len(columns), keep_next=True)
    tc_tag = qn("w:tc")
    for row in layout.rows:
        tr = deepcopy(section_row if row.kind == "section" else item_row)
        for tc, lines in zip(tr.iterfind(tc_tag), row.cells, strict=False):
            ooxml.fill_cell(tc, lines, gap=gap if len(lines) > 1 else 0)
        tbl.append(tr)
    document.element.body.sectPr.addprevious(tbl)


def end_after_table(document: Document) -> None:
    """The paragraph every document needs after its last table, too small to start a page."""
    style = document.styles[TABLE].style_id
    document.element.body.sectPr.addprevious(ooxml.closing_paragraph(style))


def write_signature(document: Document, signature: tuple[str, str] | None, text_width: int) -> None:
    """Position at the left margin, name flush with the right one; a document never ends on a table.

    Plans and execution reports are signed alike.
    """
    if signature is None:
        end_after_table(document)
        return
    position, name = signature
    paragraph = document.add_paragraph(style=SIGNATURE)
    paragraph.paragraph_format.tab_stops.add_tab_stop(Twips(text_width), WD_TAB_ALIGNMENT.RIGHT)
    lines = position.split("\n")
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        if index < len(lines) - 1:
            run.add_break()
    paragraph.add_run("\t" + name)
