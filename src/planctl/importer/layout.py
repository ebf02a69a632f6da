"""Recognition: a Word plan's paragraphs and tables → the plan format's mapping.

The reading is forgiving (labels in any wording and order, stamps as paragraphs or in a
layout table, sections as merged rows or number + title) and never silent: whatever the
format has no key for is kept in an item's `notes` and reported as a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional

from planctl.errors import ImportError_, location
from planctl.importer.docx_reader import Body, Cell, Paragraph, Row, Table, clean
from planctl.importer.vocab import FIELDS, default_columns, labels, match_label, message, norm_label, ukrainian_labels

_UP = "A-ZА-ЯЁІЇЄҐ"
_LOW = "a-zа-яёіїєґ'’ʼ\\-"
_NAME_PATTERNS = [
    re.compile(rf"^(?:[{_UP}]\.\s?){{1,2}}[{_UP}][{_LOW}]+$"),  # Т.Ю. Филатова
    re.compile(rf"^[{_UP}][{_LOW}]+\s(?:[{_UP}]\.\s?){{1,2}}$"),  # Филатова Т.Ю.
    re.compile(rf"^[{_UP}][{_LOW}]+\s[{_UP}'’ʼ\-]{{2,}}$"),  # Ігор МЕЩАН
]
_NAME_AT_END = re.compile(
    rf"(?:^|_{{2,}}|\s)((?:[{_UP}]\.\s?){{1,2}}[{_UP}][{_LOW}]+|[{_UP}][{_LOW}]+\s[{_UP}'’ʼ\-]{{2,}}|[{_UP}][{_LOW}]+\s(?:[{_UP}]\.\s?){{1,2}})$"
)
_NUMERIC_DATE = re.compile(r"^(?:от\s+|від\s+)?(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})\s*(?:г\.?|года|р\.?|року)?\.?$", re.I)
_WORD_DATE = re.compile(
    r"^(?:от\s+|від\s+)?[«\"“„'’]?\s*(\d{1,2})\s*[»\"”'’]?\s+([^\W\d_]+)\s+(\d{4})\s*(?:г\.?|года|р\.?|року)?\.?$", re.I
)
_BLANK_DATE = re.compile(
    r"^(?:[«\"“„]\s*_*\s*[»\"”]\s*_{2,}|_{2,}\s*[./]\s*_{2,}\s*[./])\s*(?:\d{4}|\d{0,2}_+)?\s*(?:г\.?|года|р\.?|року)?\.?$"
)
_UNDERSCORES = re.compile(r"^_{3,}\s*(.*)$")
_SECTION = re.compile(r"^(?:(?:Раздел|Розділ|Глава)\s+)?((?:\d+|[IVXLC]+)(?:\.\d+)*)(?:\.\s*|\s+)(\S.*)$")
_ITEM_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?$")
DEFAULT_HEADING = "ПЛАН"
_YEAR = re.compile(r"\b(19\d\d|20\d\d|21\d\d)\b")


@dataclass
class ImportResult:
    """The plan as an ordered mapping in the spec's key order, and what could not be mapped."""

    plan: dict[str, Any]
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Line:
    """A line of text outside the plan table, with what tells a title from a stamp."""

    text: str  # NBSP as spaces
    raw: str  # NBSP kept (names)
    centered: bool = False
    block: str = "body"
    in_table: bool = False

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass
class _Column:
    field: Optional[str]  # None for a column the format has no key for
    label: str
    cols: list[int]


@dataclass
class _Item:
    number: Optional[str]
    title: str
    executors: list[str] = field(default_factory=list)
    deadline: Optional[str] = None
    result: Optional[str] = None
    notes: list[str] = field(default_factory=list)


@dataclass
class _Section:
    number: Optional[str]
    title: str
    items: list[_Item] = field(default_factory=list)


# --------------------------------------------------------------------------- small readers


def is_name(text: str) -> bool:
    text = text.replace("\u00a0", " ").strip(" *")
    return any(p.match(text) for p in _NAME_PATTERNS)


def parse_date(text: str) -> tuple[bool, Optional[dt.date]]:
    """(is this a date line, the date if it names one): `09.01.2024`, «« 9 » января 2024 г.», `"09" січня 2024 р.`."""
    text = text.strip()
    if m := _NUMERIC_DATE.match(text):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _WORD_DATE.match(text):
        month_number = labels()["months"].get(m.group(2).casefold())
        if month_number is None:
            return False, None
        day, month, year = int(m.group(1)), int(month_number), int(m.group(3))
    elif _BLANK_DATE.match(text):
        return True, None
    else:
        return False, None
    try:
        return True, dt.date(year, month, day)
    except ValueError:
        return True, None


def _stamp_word(text: str) -> Optional[tuple[str, str]]:
    """(the stamp as printed, the rest of the line) when the line opens an approval stamp."""
    m = re.match(r"^[«\"“]?([^\W\d_]+)[»\"”]?\s*[:.]?\s*(.*)$", text)
    if not m:
        return None
    word = m.group(1).upper()
    if word in labels()["stamps"] or word in labels()["stamp_aliases"]:
        return word, m.group(2)
    return None


def _starts_with_any(text: str, words: list[str]) -> bool:
    low = text.casefold()
    return any(low == w.casefold() or low.startswith(w.casefold() + " ") for w in words)


def _is_heading(text: str) -> bool:
    return text.strip(" :.") in labels()["headings"]


def split_executors(lines: list[str]) -> list[str]:
    """One executor per paragraph; a single paragraph is split at commas outside «», "" and ()."""
    lines = [line.strip().rstrip(",;").strip() for line in lines]
    lines = [line for line in lines if line]
    if len(lines) != 1:
        return lines
    text = lines[0]
    parts: list[str] = []
    depth = 0
    quote = False
    start = 0
    for i, ch in enumerate(text):
        if ch in "«(“„[":
            depth += 1
        elif ch in "»)”]":
            depth = max(0, depth - 1)
        elif ch == '"':
            quote = not quote
        elif ch in ",;" and depth == 0 and not quote and not _continues_name(text[i + 1 :]):
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _continues_name(rest: str) -> bool:
    low = rest.strip().casefold()
    return any(low == w or low.startswith(w + " ") for w in labels()["no_split_before"])


def _join(lines: list[str]) -> Optional[str]:
    text = " ".join(line.strip() for line in lines if line.strip())
    text = re.sub(r"\s+", " ", text).strip()
    return text or None


def _number(text: str) -> Optional[str]:
    text = text.strip().replace(" ", "")
    text = text.rstrip(".")
    return text or None


# --------------------------------------------------------------------------- the table


def _header_columns(table: Table) -> tuple[list[_Column], int]:
    """The plan's columns from the header row(s), and the index of the first row after them."""
    header_rows: list[Row] = []
    for row in table.rows[:4]:
        texts = [c.text for c in row.cells if not c.merged_above and c.text]
        if not texts or _is_number_row(row, table.width):
            break
        filled = [c for c in row.cells if c.text and not c.merged_above]
        if header_rows and len(filled) == 1 and filled[0].span >= max(2, table.width - 1):
            break  # a section row spanning the table, right under the header
        if not any(match_label(t) for t in texts) and header_rows:
            break
        if not any(match_label(t) for t in texts):
            return [], 0
        if _ITEM_NUMBER.match(texts[0].strip()) and len(texts) > 1 and header_rows:
            break
        header_rows.append(row)
    if not header_rows:
        return [], 0
    columns: list[_Column] = []
    seen: dict[int, _Column] = {}
    for col in range(table.width):
        label_cell: Optional[Cell] = None
        for row in reversed(header_rows):
            cell = row.at(col)
            if cell is not None and not cell.merged_above and cell.text:
                label_cell = cell
                break
        if label_cell is None:
            for row in header_rows:
                cell = row.at(col)
                if cell is not None and cell.text:
                    label_cell = cell
                    break
        if label_cell is None:
            columns.append(_Column(None, "", [col]))
            continue
        if id(label_cell) in seen:
            seen[id(label_cell)].cols.append(col)
            continue
        label = _join([clean(line) for line in label_cell.lines]) or ""
        column = _Column(match_label(label), label, [col])
        seen[id(label_cell)] = column
        columns.append(column)
    taken: set[str] = set()
    for column in columns:
        if column.field in taken and column.field != "executors":
            column.field = None
        elif column.field:
            taken.add(column.field)
    return columns, len(header_rows)


def _is_number_row(row: Row, width: int) -> bool:
    """The optional row of column numbers «1 2 3 4» under the header."""
    texts = [c.text.strip() for c in row.cells if c.text.strip()]
    if len(texts) < 2 or not all(t.rstrip(".").isdigit() for t in texts):
        return False
    numbers = [int(t.rstrip(".")) for t in texts]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] in (0, 1)


def _is_plan_table(columns: list[_Column]) -> bool:
    fields = {c.field for c in columns if c.field}
    return "title" in fields and len(fields) >= 2


def _cells_for(row: Row, column: _Column) -> list[Cell]:
    cells: list[Cell] = []
    for col in column.cols:
        cell = row.at(col)
        if cell is not None and all(cell is not c for c in cells):
            cells.append(cell)
    return cells


def _column_lines(row: Row, column: _Column, *, used: Optional[set[int]] = None) -> list[list[str]]:
    """The paragraphs (lists of lines) of the cells under one header column.

    Merged-above cells are left out, and so is a cell already read for an earlier column
    (a data cell spanning several header columns belongs to the first of them).
    """
    out: list[list[str]] = []
    for cell in _cells_for(row, column):
        if cell.merged_above or (used is not None and id(cell) in used):
            continue
        if used is not None:
            used.add(id(cell))
        for paragraph in cell.paragraphs:
            lines = [clean(line) for line in paragraph]
            out.append([line for line in lines if line])
    return [p for p in out if p]


@dataclass
class _TableReader:
    """Rows of the plan table(s) → sections and items, with warnings for what does not fit."""

    warnings: list[str]
    sections: list[_Section] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)
    printed: dict[str, str] = field(default_factory=dict)
    labels_seen: list[str] = field(default_factory=list)

    @property
    def all_items(self) -> list[_Item]:
        if self.sections:
            return [item for section in self.sections for item in section.items]
        return self.items

    def last_item(self) -> Optional[_Item]:
        """The item read last, found without listing them all (a continuation row asks for it each time)."""
        if self.sections:
            for section in reversed(self.sections):
                if section.items:
                    return section.items[-1]
        return self.items[-1] if self.items else None

    def read(self, table: Table, columns: list[_Column], start: int) -> None:
        for column in columns:
            if column.field and column.field not in self.printed:
                self.printed[column.field] = column.label
            if column.label:
                self.labels_seen.append(column.label)
        header = [norm_label(c.label) for c in columns if c.label]
        rows = table.rows
        for index in range(start, len(rows)):
            row = rows[index]
            if _is_number_row(row, table.width) or self._is_header_repeat(row, header):
                continue
            self._row(table, row, columns, _Following(rows, index + 1))

    @staticmethod
    def _is_header_repeat(row: Row, header: list[str]) -> bool:
        texts = [c.text for c in row.cells if c.text]
        return bool(texts) and len(texts) == len(header) and [norm_label(t) for t in texts] == header

    def _row(self, table: Table, row: Row, columns: list[_Column], following: _Following) -> None:
        values: dict[str, list[list[str]]] = {}
        extras: list[tuple[str, str]] = []
        used: set[int] = set()
        for column in columns:
            paragraphs = _column_lines(row, column, used=used)
            if not paragraphs:
                continue
            if column.field:
                values.setdefault(column.field, []).extend(paragraphs)
            else:
                extras.append((column.label or f"колонка {column.cols[0] + 1}", _join([l for p in paragraphs for l in p]) or ""))
        filled = [c for c in row.cells if c.text and not c.merged_above]
        if not filled:
            return
        section = self._section_of(row, table, columns, values, filled, following)
        if section is not None:
            self.sections.append(section)
            if self.items:
                self.warnings.append(message("items-before-sections", table=table.number, row=row.number))
                self.sections.insert(0, _Section(None, "", self.items))
                self.items = []
            return
        number = _number(_join(_flat(values.get("number", []))) or "")
        title = _join(_flat(values.get("title", [])))
        executors = split_executors([_join(p) or "" for p in values.get("executors", [])]) if "executors" in values else []
        deadline = _join(_flat(values.get("deadline", [])))
        result = _join(_flat(values.get("result", [])))
        if number is None and title is None:
            self._continuation(table, row, executors, deadline, result, extras)
            return
        item = _Item(number, title or "", executors, deadline, result)
        if title is None:
            self.warnings.append(message("no-title", table=table.number, row=row.number, item=number or "?"))
        for label, text in extras:
            item.notes.append(f"{label}: {text}")
            self.warnings.append(message("extra-column", table=table.number, row=row.number, label=label, item=number or title))
        if self.sections:
            self.sections[-1].items.append(item)
        else:
            self.items.append(item)

    def _continuation(
        self, table: Table, row: Row, executors: list[str], deadline: Optional[str], result: Optional[str], extras: list[tuple[str, str]]
    ) -> None:
        """A row with no number and no activity: the rest of the item above (vertically merged cells)."""
        previous = self.last_item()
        parts = [("deadline", deadline), ("result", result)] + [(label, text) for label, text in extras]
        texts = [f"{k}: {v}" for k, v in parts if v]
        if previous is None:
            text = "; ".join(executors + texts)
            self.warnings.append(message("orphan-row", table=table.number, row=row.number, text=text))
            return
        what = []
        if executors:
            previous.executors.extend(e for e in executors if e not in previous.executors)
            what.append("executors")
        if texts:
            note_word = labels()["notes"]["ru"]["continuation"]
            previous.notes.append(f"{note_word}: " + "; ".join(texts))
            what.append("notes")
        self.warnings.append(
            message("continuation-row", table=table.number, row=row.number, item=previous.number or previous.title, what=", ".join(what))
        )

    def _section_of(
        self,
        row: Row,
        table: Table,
        columns: list[_Column],
        values: dict[str, list[list[str]]],
        filled: list[Cell],
        following: _Following,
    ) -> Optional[_Section]:
        """A section row: one merged cell across the row, or a number and a title with nothing else."""
        text = _join([clean(line) for cell in filled for line in cell.lines]) or ""
        if len(filled) == 1 and (filled[0].span >= max(2, table.width - 1) or len(row.cells) == 1):
            return _parse_section(text)
        if len(filled) == 1 and "number" not in values and "title" in values:
            m = _SECTION.match(text)
            if m and not _ITEM_NUMBER.match(text):
                return _Section(m.group(1), m.group(2))
            return None
        other = set(values) - {"number", "title"}
        if other or "number" not in values or "title" not in values:
            return None
        number = _number(_join(_flat(values["number"])) or "") or ""
        if not re.fullmatch(r"\d+|[IVXLC]+", number):
            return None
        title_cells = [c for col in columns if col.field == "title" for c in _cells_for(row, col)]
        wide = any(c.span > 1 for c in title_cells)
        next_number = _next_number(following, columns)
        if wide or (next_number is not None and next_number.startswith(number + ".")):
            return _Section(number, _join(_flat(values["title"])) or "")
        return None


@dataclass(frozen=True)
class _Following:
    """The rows after the current one, as a view: copying them for every row made reading quadratic."""

    rows: list[Row]
    start: int

    def __iter__(self) -> Iterator[Row]:
        return (self.rows[i] for i in range(self.start, len(self.rows)))


def _next_number(rows: Iterable[Row], columns: list[_Column]) -> Optional[str]:
    """The number of the next numbered row; the scan stops there, so all scans together read each row about once."""
    number_columns = [c for c in columns if c.field == "number"]
    if not number_columns:
        return None
    for row in rows:
        lines = _flat(_column_lines(row, number_columns[0]))
        if lines:
            return _number(lines[0])
    return None


def _flat(paragraphs: list[list[str]]) -> list[str]:
    return [line for p in paragraphs for line in p]


def _parse_section(text: str) -> _Section:
    m = _SECTION.match(text)
    if m:
        return _Section(m.group(1).rstrip("."), m.group(2).strip())
    return _Section(None, text)


# --------------------------------------------------------------------------- around the table


@dataclass
class _Front:
    """What precedes the table: attachment label, approval stamp, heading and title."""

    attachment: Optional[str] = None
    approval: Optional[dict[str, Any]] = None
    heading: Optional[str] = None
    title: Optional[str] = None
    leftovers: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _front_lines(blocks: list[Any]) -> list[_Line]:
    lines: list[_Line] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            if not block.lines:
                lines.append(_Line("", "", block.centered))
            for raw in block.lines:
                lines.append(_Line(clean(raw), clean(raw, keep_nbsp=True), block.centered))
        else:
            for row in block.rows:
                for c, cell in enumerate(row.cells):
                    name = f"t{index}r{row.number}c{c}"
                    for paragraph in cell.paragraphs:
                        for raw in paragraph:
                            lines.append(_Line(clean(raw), clean(raw, keep_nbsp=True), False, name, True))
                    lines.append(_Line("", "", False, name, True))
    return lines


def read_front(lines: list[_Line]) -> _Front:
    """Attachment, stamp, heading and title out of the lines before the table."""
    front = _Front()
    title_lines: list[_Line] = []
    unrecognized: list[_Line] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        text = line.text
        if line.blank or (text.isdigit() and len(text) <= 3 and not line.in_table):
            i += 1
            continue
        if front.heading is None and front.attachment is None and _starts_with_any(text, labels()["attachment_words"]):
            parts = [text]
            i += 1
            while i < n and lines[i].block == line.block and not lines[i].blank and _continues_attachment(parts, lines[i]):
                parts.append(lines[i].text)
                i += 1
            front.attachment = _join(parts)
            unrecognized.extend(title_lines)
            title_lines = []
            continue
        if front.heading is None and front.approval is None and _stamp_word(text):
            i = _read_stamp(lines, i, front)
            unrecognized.extend(title_lines)
            title_lines = []
            continue
        if front.heading is None and _is_heading(text) and not line.in_table:
            front.heading = text.strip(" :.")
            unrecognized.extend(title_lines)
            title_lines = []
            i += 1
            continue
        if line.in_table:
            unrecognized.append(line)
        else:
            title_lines.append(line)
        i += 1
    title = _join([ln.text for ln in title_lines])
    if front.heading is not None and title and title[0].islower():
        # «ПЛАН» / «мероприятий по …» is one title, «План мероприятий по …», under the heading
        # word, which the renderer prints again in capitals and drops from the title's start.
        title = f"{front.heading[0]}{front.heading[1:].lower()} {title}"
        front.heading = front.heading.upper()
    elif front.heading is None:
        front.heading = ""
    front.title = title
    front.leftovers = [ln.text for ln in unrecognized if ln.text]
    return front


def _continues_attachment(parts: list[str], line: _Line) -> bool:
    """Whether a line still belongs to «Приложение …» rather than being the title."""
    text = line.text
    if _stamp_word(text) or _is_heading(text) or line.centered and not line.in_table:
        return False
    if line.in_table:
        return True
    if text[0].islower() or text[0] in "№N0123456789" or text.casefold().startswith(("от ", "від ")):
        return True
    so_far = " ".join(parts)
    return bool(re.search(r"\s(к|до)\s", f" {so_far} ")) and "№" not in so_far


def _read_stamp(lines: list[_Line], i: int, front: _Front) -> int:
    """Read the approval stamp starting at line i; return the index after it."""
    first = lines[i]
    found = _stamp_word(first.text)
    assert found is not None
    word, rest = found
    stamp = labels()["stamp_aliases"].get(word, word)
    if stamp != word:
        front.warnings.append(message("stamp-alias", found=word, stamp=stamp))
    position: list[str] = []
    document: list[str] = []
    name: Optional[str] = None
    date: Optional[dt.date] = None
    document_words: list[str] = labels()["document_words"]
    expect_name = False
    if rest:
        (document if _starts_with_any(rest, document_words) else position).append(rest)
    j = i + 1
    n = len(lines)
    while j < n:
        line = lines[j]
        if line.block != first.block:
            break
        text = line.text
        if line.blank:
            if name or date or (document and not position):
                break
            j += 1
            continue
        if (line.centered and not first.centered) or _is_heading(text) or _stamp_word(text):
            break
        if document and text.casefold().startswith(("от ", "від ", "№")) and _continues_document(" ".join(document), text):
            document.append(text)
            j += 1
            continue
        is_date, value = parse_date(text)
        if is_date:
            date = value
            if value is None and re.search(r"\d", text) and not _BLANK_DATE.match(text):
                front.warnings.append(message("bad-date", text=text))
            j += 1
            break
        if _starts_with_any(text, document_words) or (document and _continues_document(" ".join(document), text)):
            document.append(text)
            j += 1
            continue
        m = _UNDERSCORES.match(text)
        if m:
            rest_name = m.group(1).strip(" _")
            if rest_name:
                name = _name_raw(line, rest_name)
            else:
                expect_name = True
            j += 1
            continue
        if expect_name or is_name(text):
            if name is not None:
                break
            name = line.raw.strip(" *_")
            expect_name = False
            j += 1
            continue
        if name is not None:
            break
        position.append(text)
        j += 1
    document_text = _join(document)
    if date is None and document_text:
        dates = re.findall(r"(?:от|від)\s+(\d{1,2}\.\d{1,2}\.\d{4}|[«\"“]?\d{1,2}[»\"”]?\s+[^\W\d_]+\s+\d{4})", document_text)
        if dates:
            date = parse_date(dates[0])[1]
    approval: dict[str, Any] = {"stamp": stamp}
    if position:
        approval["position"] = _join(position)
    if name:
        approval["name"] = name
    if date:
        approval["date"] = date
    if document_text:
        approval["document"] = document_text
    front.approval = approval
    return j


def _continues_document(so_far: str, text: str) -> bool:
    """«приказом Министерства …» runs on until its number; a capitalized line after its date is the position."""
    if "№" in so_far:
        return False
    if text[0].islower() or text[0] in "№N0123456789" or text.casefold().startswith(("от ", "від ")):
        return True
    return not re.search(r"(?:от|від)\s+[«\"“]?\d", so_far)


def _name_raw(line: _Line, name: str) -> str:
    """The name as printed, NBSP between initials and surname kept."""
    raw = line.raw.replace("_", " ").strip(" *")
    return raw if raw.replace("\u00a0", " ") == name else name


def _signature_split(lines: list[str]) -> tuple[list[str], list[str]]:
    """(text to keep, the signature block at the end): a short run of lines ending in a name."""
    content = [ln for ln in lines if ln and ln not in labels()["signature_noise"]]
    if not content:
        return [], []
    last = content[-1].replace("\u00a0", " ").strip(" _*")
    if not (_NAME_AT_END.search(last) or is_name(last)):
        return content, []
    start = len(content) - 1
    while start > 0 and len(content) - start < 4 and len(content[start - 1]) < 120 and not content[start - 1].endswith("."):
        start -= 1
    return content[:start], content[start:]


# --------------------------------------------------------------------------- the whole document


def recognize(body: Body, *, source: str = "document", period: Any = None) -> ImportResult:
    """Turn a read document into the plan mapping; `ImportError_` if there is no plan table."""
    blocks = body.blocks
    if not body.tables:
        raise ImportError_(message("err-no-table"), location(source))
    plan_at: Optional[int] = None
    columns: list[_Column] = []
    start = 0
    for index, block in enumerate(blocks):
        if isinstance(block, Table):
            columns, start = _header_columns(block)
            if _is_plan_table(columns):
                plan_at = index
                break
    if plan_at is None:
        raise ImportError_(message("err-no-plan-table"), location(source))
    warnings: list[str] = []
    plan_table = blocks[plan_at]
    assert isinstance(plan_table, Table)

    front_blocks: list[Any] = []
    other_before: list[Table] = []
    for block in blocks[:plan_at]:
        if isinstance(block, Table) and not _is_layout_table(block):
            other_before.append(block)
        else:
            front_blocks.append(block)
    front = read_front(_front_lines(front_blocks))
    warnings.extend(front.warnings)

    reader = _TableReader(warnings)
    reader.read(plan_table, columns, start)
    after_paragraphs: list[str] = []
    other_after: list[Table] = []
    for block in blocks[plan_at + 1 :]:
        if isinstance(block, Table):
            cont_columns, cont_start = _header_columns(block)
            if block.width == plan_table.width and (not cont_columns or _same_fields(cont_columns, columns)) and not after_paragraphs:
                warnings.append(message("continued-table", table=block.number, first=plan_table.number))
                reader.read(block, columns if not cont_columns else cont_columns, cont_start)
                continue
            if _is_layout_table(block) and not other_after:
                after_paragraphs.extend(clean(l) for row in block.rows for cell in row.cells for l in cell.lines)
                continue
            other_after.append(block)
        else:
            after_paragraphs.extend(clean(l) for l in block.lines)
    kept_after, _signature = _signature_split(after_paragraphs)

    items = reader.all_items
    lang_note = "uk" if _language(body, reader.labels_seen) == "uk" else "ru"
    note_words = labels()["notes"][lang_note]
    if front.leftovers:
        _keep(items[0] if items else None, f"{note_words['before_table']}: " + "\n".join(front.leftovers), "before-table", warnings, " / ".join(front.leftovers))
    for table in other_before:
        text = _table_text(table)
        _keep(items[0] if items else None, f"{note_words['other_table']} {table.number}:\n{text}", "other-table", warnings, text, table=table)
    for table in other_after:
        text = _table_text(table)
        _keep(items[-1] if items else None, f"{note_words['other_table']} {table.number}:\n{text}", "other-table", warnings, text, table=table)
    if kept_after:
        _keep(items[-1] if items else None, f"{note_words['after_table']}: " + "\n".join(kept_after), "after-table", warnings, " / ".join(kept_after))

    language = _language(body, reader.labels_seen)
    title = front.title
    if not title:
        warnings.append(message("no-title-found"))
        title = ""
    plan_period = period if period is not None else _period(title, items, front, warnings, source)
    plan: dict[str, Any] = {"title": title}
    if front.heading is not None and front.heading != DEFAULT_HEADING:
        plan["heading"] = front.heading
    plan["period"] = plan_period
    if language != "ru":
        plan["language"] = language
    if front.attachment:
        plan["attachment"] = front.attachment
    if front.approval:
        plan["approval"] = front.approval
    defaults = default_columns(language)
    printed = {k: re.sub(r"\s+", " ", v).strip() for k, v in reader.printed.items() if v}
    changed = {k: printed[k] for k in FIELDS if k in printed and printed[k] != defaults.get(k)}
    if changed:
        plan["columns"] = changed
    if reader.sections:
        plan["sections"] = [
            _section_mapping(section) for section in reader.sections
        ]
    else:
        plan["items"] = [_item_mapping(item) for item in reader.items]
    return ImportResult(plan, warnings)


def _same_fields(a: list[_Column], b: list[_Column]) -> bool:
    return [c.field for c in a] == [c.field for c in b]


def _is_layout_table(table: Table) -> bool:
    """A table used to place the stamp or the signature: borderless or with a stamp word, at most 3 columns."""
    if table.width > 3:
        return False
    text_lines = [clean(l) for row in table.rows for cell in row.cells for l in cell.lines]
    has_stamp = any(_stamp_word(line) for line in text_lines)
    has_attachment = any(_starts_with_any(line, labels()["attachment_words"]) for line in text_lines)
    return table.borderless or has_stamp or has_attachment


def _table_text(table: Table) -> str:
    rows = []
    for row in table.rows:
        cells = [clean(cell.text) for cell in row.cells if cell.text and not cell.merged_above]
        if cells:
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def _keep(item: Optional[_Item], note: str, key: str, warnings: list[str], text: str, table: Optional[Table] = None) -> None:
    """Keep text the format has no place for in an item's notes, and say so."""
    if item is None:
        warnings.append(message("outside-lost", text=text) if table is None else message("other-table-lost", table=table.number, text=text))
        return
    item.notes.append(note)
    ref = item.number or item.title
    if table is not None:
        warnings.append(message(key, table=table.number, rows=len(table.rows), item=ref))
    else:
        warnings.append(message(key, item=ref, text=text))


def _language(body: Body, labels_seen: list[str]) -> str:
    """Ukrainian when the Ukrainian letters outnumber the Russian ones, or the header is Ukrainian."""
    if any(norm_label(label) in ukrainian_labels() for label in labels_seen):
        return "uk"
    uk = ru = 0
    for block in body.blocks:
        texts = block.lines if isinstance(block, Paragraph) else [l for row in block.rows for c in row.cells for l in c.lines]
        for text in texts:
            low = text.casefold()
            uk += sum(low.count(ch) for ch in "іїєґ")
            ru += sum(low.count(ch) for ch in "ыэъё")
    return "uk" if uk > ru else "ru"


def _period(title: str, items: list[_Item], front: _Front, warnings: list[str], source: str) -> Any:
    """The plan's period from its title; else the years of the deadlines; else the approval year."""
    years_words = "|".join(re.escape(w) for w in labels()["years_words"])
    year_words = "|".join(re.escape(w) for w in labels()["year_words"])
    m = re.search(rf"(\d{{4}})\s*[-–—]\s*(\d{{4}})\s*(?:{years_words})(?!\w)", title)
    if m and int(m.group(1)) < int(m.group(2)):
        return f"{m.group(1)}-{m.group(2)}"
    m = re.search(rf"(?:^|\s)(?:в|на|за|у|во)\s+(\d{{4}})\s*(?:{year_words})(?!\w)", title, re.I)
    if m:
        return int(m.group(1))
    years = sorted({int(y) for item in items for y in _YEAR.findall(item.deadline or "")})
    title_years = sorted({int(y) for y in _YEAR.findall(title)})
    if len(title_years) == 1 and set(years) <= set(title_years):
        return title_years[0]  # «… круглого столу 13 липня 2016 року», and the deadlines agree
    if years:
        value: Any = years[0] if years[0] == years[-1] else f"{years[0]}-{years[-1]}"
        warnings.append(message("period-guessed", period=value, source="сроков исполнения"))
        return value
    if front.approval and isinstance(front.approval.get("date"), dt.date):
        value = front.approval["date"].year
        warnings.append(message("period-guessed", period=value, source="даты утверждения"))
        return value
    years = sorted({int(y) for y in _YEAR.findall(title)})
    if years:
        warnings.append(message("period-guessed", period=years[0], source="названия"))
        return years[0]
    raise ImportError_(message("err-no-period"), location(source))


def _item_mapping(item: _Item) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if item.number is not None:
        out["number"] = item.number
    out["title"] = item.title
    if item.executors:
        out["executors"] = item.executors
    if item.deadline is not None:
        out["deadline"] = item.deadline
    if item.result is not None:
        out["result"] = item.result
    if item.notes:
        out["notes"] = "\n\n".join(item.notes)
    return out


def _section_mapping(section: _Section) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if section.number is not None:
        out["number"] = section.number
    out["title"] = section.title
    out["items"] = [_item_mapping(item) for item in section.items]
    return out
