"""Raw WordprocessingML bits python-docx has no API for, written in schema order.

Word refuses a document whose elements stand out of the order the schema sets, so
every child is inserted through `ensure`, which knows the sequence of its parent.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

W = nsdecls("w")

#: Child order of w:rPr (CT_RPr), w:pPr (CT_PPrBase) and w:sectPr, from the ECMA-376 schema.
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"]
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
#: The head of w:settings (CT_Settings) up to the hyphenation switches, from the same schema.
SETTINGS_ORDER = (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts",
    "saveFormsData", "mirrorMargins", "alignBordersAndEdges", "bordersDoNotSurroundHeader",
    "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle",
    "proofState", "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter", "stylePaneSortMethod",
    "documentType", "mailMerge", "revisionView", "trackRevisions", "doNotTrackMoves", "doNotTrackFormatting",
    "documentProtection", "autoFormatOverride", "styleLockTheme", "styleLockQFSet", "defaultTabStop",
    "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope",
    "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders", "bookFoldRevPrinting",
    "bookFoldPrinting", "bookFoldPrintingSheets", "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin",
    "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
    "characterSpacingControl",
)
THEME_FONT_ATTRIBUTES = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
FONT_ATTRIBUTES = ("ascii", "hAnsi", "cs", "eastAsia")


def ensure(parent: etree._Element, name: str, order: Sequence[str]) -> etree._Element:
    """The child `w:name` of `parent`, created at its schema position when missing."""
    tag = qn(f"w:{name}")
    found = parent.find(tag)
    if found is not None:
        return found
    child = etree.SubElement(parent, tag)
    position = order.index(name)
    later = {qn(f"w:{n}") for n in order[position + 1 :]}
    for sibling in parent:
        if sibling is not child and sibling.tag in later:
            sibling.addprevious(child)
            break
    return child


def set_attr(element: etree._Element, **values: str | int) -> etree._Element:
    for key, value in values.items():
        element.set(qn(f"w:{key}"), str(value))
    return element


def set_run_font(rpr: etree._Element, font: str) -> None:
    """Name the font for all four scripts and drop theme fonts, which would win over them."""
    fonts = ensure(rpr, "rFonts", RPR_ORDER)
    for attribute in THEME_FONT_ATTRIBUTES:
        fonts.attrib.pop(qn(f"w:{attribute}"), None)
    set_attr(fonts, **{attribute: font for attribute in FONT_ATTRIBUTES})


def drop_theme_fonts(rpr: etree._Element, font: str) -> None:
    """A style that names a theme font gets the plan's font instead (headings stay Calibri otherwise)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        return
    if any(fonts.get(qn(f"w:{attribute}")) is not None for attribute in THEME_FONT_ATTRIBUTES):
        set_run_font(rpr, font)


def set_run_size(rpr: etree._Element, points: float) -> None:
    half_points = round(points * 2)
    set_attr(ensure(rpr, "sz", RPR_ORDER), val=half_points)
    set_attr(ensure(rpr, "szCs", RPR_ORDER), val=half_points)


def set_run_bold(rpr: etree._Element, bold: bool) -> None:
    for name in ("b", "bCs"):
        set_attr(ensure(rpr, name, RPR_ORDER), val="1" if bold else "0")


def set_run_language(rpr: etree._Element, tag: str) -> None:
    set_attr(ensure(rpr, "lang", RPR_ORDER), val=tag, eastAsia=tag, bidi=tag)


def set_spacing(ppr: etree._Element, *, before: int = 0, after: int = 0, line: float = 1.0) -> None:
    """Spacing in twips before/after and a line spacing multiple (1.0 = single)."""
    set_attr(ensure(ppr, "spacing", PPR_ORDER), before=before, after=after, line=round(240 * line), lineRule="auto")


def set_indent(ppr: etree._Element, *, left: int = 0, right: int = 0, first_line: int = 0) -> None:
    set_attr(ensure(ppr, "ind", PPR_ORDER), left=left, right=right, firstLine=first_line)


def set_alignment(ppr: etree._Element, align: str) -> None:
    value = {"justify": "both", "center": "center", "right": "right", "left": "left"}[align]
    set_attr(ensure(ppr, "jc", PPR_ORDER), val=value)


def set_flag(ppr: etree._Element, name: str) -> None:
    ensure(ppr, name, PPR_ORDER)


def set_hyphenation(settings: etree._Element) -> None:
    """Automatic hyphenation by each run's language (w:lang), capitals (abbreviations) never split."""
    set_attr(ensure(settings, "autoHyphenation", SETTINGS_ORDER), val="true")
    set_attr(ensure(settings, "doNotHyphenateCaps", SETTINGS_ORDER), val="true")


def closing_paragraph(style: str) -> etree._Element:
    """The paragraph a document must have after its last table, 1 pt high and hidden.

    Word and LibreOffice both insist on a paragraph after a table; at its ordinary height
    it spills onto a page of its own when the table ends near the bottom margin, and the
    document ends with a blank page showing only its number. One point of exact line
    height, no spacing and a hidden mark make it fit wherever the table ends.
    """
    return parse_xml(
        f'<w:p {W}><w:pPr><w:pStyle w:val="{style}"/>'
        '<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
        '<w:rPr><w:vanish/><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>'
    )


def page_field_runs() -> list[etree._Element]:
    """The runs of a PAGE field with «2» cached, so a viewer that does not update fields shows a number."""
    parts = (
        f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {W}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {W}><w:t>2</w:t></w:r>',
        f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>',
    )
    return [parse_xml(part) for part in parts]


def table_properties(width: int) -> etree._Element:
    """A fixed-layout table exactly `width` twips wide with single borders on every cell."""
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    return parse_xml(
        f'<w:tblPr {W}><w:tblW w:w="{width}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>'
        f"<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        "</w:tblPr>"
    )


def table_grid(widths: Sequence[int]) -> etree._Element:
    cols = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return parse_xml(f"<w:tblGrid {W}>{cols}</w:tblGrid>")


def row_xml(
    cells: Sequence[tuple[int, str, str]], *, header: bool = False, span: int = 0, keep_next: bool = False
) -> etree._Element:
    """A `w:tr` whose cells are (width, paragraph style id, alignment), each with one empty run.

    Rows never split across pages; header rows repeat on every page. With `span`, the
    single cell spans that many grid columns.
    """
    flags = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
    jc = {"justify": "both", "center": "center", "right": "right", "left": "left"}
    tcs = []
    for width, style, align in cells:
        grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
        valign = '<w:vAlign w:val="center"/>' if header else ""
        keep = "<w:keepNext/>" if keep_next else ""
        tcs.append(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid}{valign}</w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{keep}<w:jc w:val="{jc[align]}"/></w:pPr>'
            '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc>'
        )
    return parse_xml(f"<w:tr {W}><w:trPr>{flags}</w:trPr>{''.join(tcs)}</w:tr>")


_T = qn("w:t")
_R = qn("w:r")
_P = qn("w:p")
_BR = qn("w:br")


def fill_paragraph(paragraph: etree._Element, text: str) -> None:
    """Put `text` into the paragraph's one prepared run; line ends become `w:br` breaks."""
    run = paragraph.find(_R)
    if run is None:
        return
    if not text:
        paragraph.remove(run)
        return
    first = run.find(_T)
    lines = text.split("\n")
    first.text = lines[0]
    for line in lines[1:]:
        etree.SubElement(run, _BR)
        t = etree.SubElement(run, _T)
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = line


def fill_cell(cell: etree._Element, lines: Sequence[str], gap: int = 0) -> None:
    """One paragraph per line, copied from the cell's prepared paragraph so they share its style.

    `gap` (twips) goes before every paragraph but the first, so that separate executors
    stay apart from the wrapped lines of a long name.
    """
    paragraph = cell.find(_P)
    extra = [deepcopy(paragraph) for _ in lines[1:]]
    fill_paragraph(paragraph, lines[0] if lines else "")
    for copy_, line in zip(extra, lines[1:], strict=False):
        fill_paragraph(copy_, line)
        if gap:
            set_attr(ensure(copy_.find(qn("w:pPr")), "spacing", PPR_ORDER), before=gap)
        cell.append(copy_)
