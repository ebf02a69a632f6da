"""A DOCX body as paragraphs and tables in reading order, straight from the XML.

python-docx repeats a merged cell's object in every grid slot it covers, which makes
"one cell spanning the row" indistinguishable from "four cells with the same text";
reading `w:gridSpan` and `w:vMerge` ourselves keeps that difference.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from planctl.errors import ImportFailed, location
from planctl.importer.numbering import Numbering, paragraph_list, read_numbering
from planctl.importer.vocab import message

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
MAX_XML_BYTES = 64 * 1024 * 1024
#: Word's own limit on a table's columns; a wider grid or span can only come from a crafted file.
MAX_COLUMNS = 63
_SKIP_SUBTREES = {_W + "del", _W + "moveFrom", _W + "txbxContent", _W + "pPr", _W + "rPr", _W + "instrText"}
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_BOOKMARK_TEXT = re.compile(r"\[bookmark:[^\]]*\]")
_SPACES = re.compile(r"[ \t\u2002\u2003\u2009\u202f]+")


@dataclass(slots=True)
class Paragraph:
    """A body paragraph; `lines` are its text split at manual line breaks, cleaned."""

    lines: list[str]
    centered: bool = False
    right: bool = False
    indent: int = 0
    bold: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.lines)


@dataclass(slots=True)
class Cell:
    """One `w:tc`: where it starts in the grid, how many grid columns it covers."""

    paragraphs: list[list[str]]
    col: int
    span: int = 1
    merged_above: bool = False
    origin: Cell | None = None  # for a vertically merged cell: the cell the merge starts in

    @property
    def shown(self) -> list[list[str]]:
        """What the reader sees in this cell: a merged cell shows its origin's text in every row it covers."""
        return self.origin.paragraphs if self.merged_above and self.origin is not None else self.paragraphs

    @property
    def lines(self) -> list[str]:
        return [line for paragraph in self.paragraphs for line in paragraph]

    @property
    def text(self) -> str:
        return " ".join(self.lines)


@dataclass(slots=True)
class Row:
    cells: list[Cell]
    number: int

    def at(self, col: int) -> Cell | None:
        """The cell covering grid column `col`, if the row reaches that far."""
        for cell in self.cells:
            if cell.col <= col < cell.col + cell.span:
                return cell
        return None


@dataclass(slots=True)
class Table:
    rows: list[Row]
    number: int
    width: int
    borderless: bool = False


Block = Paragraph | Table


@dataclass(slots=True)
class Body:
    blocks: list[Block] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]


def clean(text: str, *, keep_nbsp: bool = False) -> str:
    """Word's invisible leftovers out, spaces collapsed: what a reader sees on paper."""
    text = _BOOKMARK_TEXT.sub("", text).translate(_ZERO_WIDTH)
    if not keep_nbsp:
        text = text.replace("\u00a0", " ")
    return _SPACES.sub(" ", text).strip()


def read_docx(path: Path) -> Body:
    """Open a .docx and return its body; anything that is not one is an `ImportFailed`."""
    if not Path(path).is_file():
        key = "err-missing" if not Path(path).exists() else "err-not-file" if Path(path).is_dir() else "err-not-regular"
        raise ImportFailed(message(key), location(path))
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                info = archive.getinfo("word/document.xml")
            except KeyError:
                raise ImportFailed(message("err-no-document-xml"), location(path)) from None
            if info.file_size > MAX_XML_BYTES:
                raise ImportFailed(message("err-too-large", size=info.file_size // 2**20), location(path))
            data = archive.read(info)
            styles = _read_styles(archive)
            numbering = read_numbering(archive)
    except zipfile.BadZipFile:
        raise ImportFailed(message("err-not-zip"), location(path)) from None
    except (OSError, RuntimeError, NotImplementedError, ValueError) as error:  # unreadable, encrypted, odd compression
        raise ImportFailed(message("err-unreadable", reason=getattr(error, "strerror", None) or error), location(path)) from None
    return parse_document_xml(data, path, styles, numbering)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


@dataclass(frozen=True)
class _Style:
    jc: str | None = None
    indent: int | None = None


def _read_styles(archive: zipfile.ZipFile) -> dict[str, _Style]:
    """Paragraph styles' alignment and indent, inheritance resolved: a centered title is often centered by its style."""
    try:
        info = archive.getinfo("word/styles.xml")
        if info.file_size > MAX_XML_BYTES:
            return {}
        root = etree.fromstring(archive.read(info), _parser())
    except (KeyError, etree.XMLSyntaxError):
        return {}
    own: dict[str, tuple[str | None, int | None, str | None]] = {}
    default: str | None = None
    for style in root.iterfind(_W + "style"):
        if style.get(_W + "type") != "paragraph":
            continue
        sid = style.get(_W + "styleId") or ""
        if style.get(_W + "default") in ("1", "true"):
            default = sid
        ppr = style.find(_W + "pPr")
        jc = ind = None
        if ppr is not None:
            if (j := ppr.find(_W + "jc")) is not None:
                jc = j.get(_W + "val")
            if (i := ppr.find(_W + "ind")) is not None and (i.get(_W + "left") or i.get(_W + "start")):
                ind = _int(i.get(_W + "left") or i.get(_W + "start"))
        based = style.find(_W + "basedOn")
        own[sid] = (jc, ind, based.get(_W + "val") if based is not None else None)
    resolved: dict[str, _Style] = {}
    for sid in own:
        jc, ind, parent = own[sid]
        seen = {sid}
        while parent and parent in own and parent not in seen and (jc is None or ind is None):
            seen.add(parent)
            pjc, pind, parent_next = own[parent]
            jc = jc if jc is not None else pjc
            ind = ind if ind is not None else pind
            parent = parent_next
        resolved[sid] = _Style(jc, ind)
    if default is not None:
        resolved[""] = resolved[default]
    return resolved


def parse_document_xml(
    data: bytes, path: Path | str = "document.xml", styles: dict[str, _Style] | None = None, numbering: Numbering | None = None
) -> Body:
    """The body's paragraphs and tables, read as a stream.

    Each paragraph, table row and table is turned into its small Python form as soon as
    its end tag is read and then cut from the tree, so a 100,000-row table never holds
    the whole XML tree in memory next to its rows.
    """
    styles = styles or {}
    numbers = numbering or Numbering()
    result = Body()
    tables: dict[etree._Element, _TableBuilder] = {}
    numbered = [0]
    seen_body = False

    def builder_of(tbl: etree._Element) -> _TableBuilder:
        if tbl not in tables:
            numbered[0] += 1
            tables[tbl] = _TableBuilder(tbl, numbered[0], numbers)
        return tables[tbl]

    events = etree.iterparse(
        io.BytesIO(data), events=("end",), resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True
    )
    try:
        for _event, element in events:
            tag = element.tag
            if tag == _W + "tr":
                parent = element.getparent()
                if parent is not None and parent.tag == _W + "tbl" and _in_body(parent):
                    builder_of(parent).add(element)
                    _drop(element)
            elif tag in (_W + "p", _W + "tbl") and _in_body(element):
                if tag == _W + "p":
                    result.blocks.append(_paragraph(element, styles, numbers))
                else:
                    result.blocks.append(builder_of(element).finish(element))
                    del tables[element]
                _drop(element)
            elif tag == _W + "body" and element.getparent() is not None and element.getparent().getparent() is None:
                seen_body = True
    except etree.XMLSyntaxError as error:
        raise ImportFailed(message("err-broken-xml", reason=error), location(path)) from None
    if not seen_body:
        raise ImportFailed(message("err-no-body"), location(path))
    return result


_CONTAINERS = frozenset({_W + "sdt", _W + "sdtContent", _W + "customXml"})


def _in_body(element: etree._Element) -> bool:
    """A block of the body itself (perhaps inside content controls), not one inside a table cell."""
    parent = element.getparent()
    while parent is not None and parent.tag in _CONTAINERS:
        parent = parent.getparent()
    if parent is None or parent.tag != _W + "body":
        return False
    root = parent.getparent()
    return root is not None and root.getparent() is None


def _drop(element: etree._Element) -> None:
    """Free a block or row already read: its content, and the finished blocks or rows before it.

    A row keeps the table's `tblPr` and `tblGrid` before it: the table still needs them.
    """
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is None:
        return
    is_row = element.tag == _W + "tr"
    while (previous := element.getprevious()) is not None and (not is_row or previous.tag == _W + "tr"):
        parent.remove(previous)


def _raw_text(p: etree._Element) -> str:
    """A paragraph's visible characters; deleted revisions, field codes and text boxes left out."""
    out: list[str] = []
    _collect_text(p, out)
    return "".join(out)


def _collect_text(element: etree._Element, out: list[str]) -> None:
    # A module-level function, not a closure: a recursive closure is a reference cycle per paragraph.
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP_SUBTREES:
            continue
        if tag == _W + "t":
            out.append(child.text or "")
        elif tag == _W + "tab":
            out.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            out.append("\n")
        elif tag == _W + "noBreakHyphen":
            out.append("-")
        else:
            _collect_text(child, out)


def paragraph_lines(p: etree._Element, *, keep_nbsp: bool = True, numbering: Numbering | None = None) -> list[str]:
    """Lines of a paragraph (split at `w:br`), cleaned, empty ones dropped; an automatic list number first."""
    lines = [clean(line, keep_nbsp=keep_nbsp) for line in _raw_text(p).split("\n")]
    lines = [line for line in lines if line]
    listed = paragraph_list(p, numbering) if numbering is not None else None
    if listed is not None and numbering is not None:
        label = numbering.label(*listed)
        if label:
            lines = [f"{label} {lines[0]}", *lines[1:]] if lines else [label]
    return lines


def _paragraph(p: etree._Element, styles: dict[str, _Style], numbering: Numbering) -> Paragraph:
    ppr = p.find(_W + "pPr")
    style_id = ""
    if ppr is not None and (ps := ppr.find(_W + "pStyle")) is not None:
        style_id = ps.get(_W + "val") or ""
    style = styles.get(style_id) or styles.get("") or _Style()
    value = style.jc or ""
    indent = style.indent or 0
    if ppr is not None:
        jc = ppr.find(_W + "jc")
        if jc is not None:
            value = jc.get(_W + "val", "")
        ind = ppr.find(_W + "ind")
        if ind is not None and (ind.get(_W + "left") or ind.get(_W + "start")):
            indent = _int(ind.get(_W + "left") or ind.get(_W + "start"))
    centered = value == "center"
    right = value in ("right", "end")
    runs = [r for r in p.iter(_W + "r") if r.find(_W + "t") is not None and (r.findtext(_W + "t") or "").strip()]
    bold = bool(runs) and all(_bold(r) for r in runs)
    return Paragraph(paragraph_lines(p, numbering=numbering), centered=centered, right=right, indent=indent, bold=bold)


def _bold(run: etree._Element) -> bool:
    rpr = run.find(_W + "rPr")
    if rpr is None:
        return False
    b = rpr.find(_W + "b")
    return b is not None and b.get(_W + "val", "true") not in ("0", "false", "off")


def _int(value: str | None) -> int:
    try:
        return int(float(value or 0))
    except (ValueError, OverflowError):  # "abc", "1e999"
        return 0


class _TableBuilder:
    """One `w:tbl` read row by row, every span bounded by its grid: no cell claims columns that do not exist."""

    def __init__(self, tbl: etree._Element, number: int, numbering: Numbering) -> None:
        self.numbering = numbering
        self.above: dict[int, Cell] = {}  # the previous row's cells by grid column, for vertical merges
        grid = tbl.find(_W + "tblGrid")
        self.grid_width = len(grid.findall(_W + "gridCol")) if grid is not None else 0
        self.bound = min(self.grid_width, MAX_COLUMNS) if self.grid_width else MAX_COLUMNS
        self.number = number
        self.rows: list[Row] = []
        self.width = 0

    def add(self, tr: etree._Element) -> None:
        col = 0
        trpr = tr.find(_W + "trPr")
        before = trpr.find(_W + "gridBefore") if trpr is not None else None
        if before is not None:
            col = min(max(0, _int(before.get(_W + "val"))), self.bound - 1)
        cells: list[Cell] = []
        for tc in _cells(tr):
            span, merged, joins = _merges(tc.find(_W + "tcPr"))
            span = max(1, min(span, self.bound - col))
            paragraphs = [paragraph_lines(p, numbering=self.numbering) for p in _cell_paragraphs(tc)]
            cell = Cell([p for p in paragraphs if p], col, span, merged)
            if joins and cells:  # the old horizontal merge (w:hMerge) of files converted from HTML or .doc
                last = cells[-1]
                last.span = max(1, min(last.span + span, self.bound - last.col))
                last.paragraphs.extend(cell.paragraphs)
                col = last.col + last.span
                continue
            if merged and (above := self.above.get(col)) is not None:
                cell.origin = above.origin or above
            if col >= MAX_COLUMNS and cells:  # more cells than Word allows columns: their text joins the last cell
                cells[-1].paragraphs.extend(cell.paragraphs)
                continue
            cells.append(cell)
            col += span
        self.width = max(self.width, col)
        self.above = {cell.col: cell for cell in cells}
        self.rows.append(Row(cells, len(self.rows) + 1))

    def finish(self, tbl: etree._Element) -> Table:
        return Table(self.rows, self.number, max(self.width, self.bound if self.grid_width else 0), _borderless(tbl))


def _merges(tcpr: etree._Element | None) -> tuple[int, bool, bool]:
    """(grid columns spanned, merged with the cell above, merged with the cell before) of one cell."""
    if tcpr is None:
        return 1, False, False
    gs = tcpr.find(_W + "gridSpan")
    vm = tcpr.find(_W + "vMerge")
    hm = tcpr.find(_W + "hMerge")
    span = _int(gs.get(_W + "val")) if gs is not None else 1
    merged = vm is not None and vm.get(_W + "val", "continue") == "continue"
    joins = hm is not None and hm.get(_W + "val", "continue") == "continue"
    return span, merged, joins


def _cells(tr: etree._Element) -> Iterator[etree._Element]:
    for child in tr:
        if child.tag == _W + "tc":
            yield child
        elif child.tag in (_W + "sdt", _W + "customXml"):
            inner = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
            if inner is not None:
                yield from _cells(inner)


def _cell_paragraphs(tc: etree._Element) -> Iterator[etree._Element]:
    """A cell's paragraphs, including those of a table nested in it, in order."""
    for child in tc:
        if child.tag == _W + "p":
            yield child
        elif child.tag == _W + "tbl" or child.tag in (_W + "sdt", _W + "customXml"):
            yield from child.iter(_W + "p")


def _borderless(tbl: etree._Element) -> bool:
    """True when the table sets its borders to none (a layout table, e.g. for the stamp)."""
    pr = tbl.find(_W + "tblPr")
    borders = pr.find(_W + "tblBorders") if pr is not None else None
    if borders is None:
        style = pr.find(_W + "tblStyle") if pr is not None else None
        return style is None
    return all(b.get(_W + "val") in ("nil", "none") for b in borders)
