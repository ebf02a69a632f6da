"""Rows of the plan table(s) → sections and items, with a warning for whatever does not fit."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from planctl.importer.columns import Column, cells_for, column_lines, is_number_row
from planctl.importer.docx_reader import Cell, Row, Table, clean
from planctl.importer.executors import split_executors
from planctl.importer.report import Warnings
from planctl.importer.text import ITEM_NUMBER, clean_number, flat, join_lines
from planctl.importer.vocab import labels, norm_label, phrase

_SECTION = re.compile(r"^(?:(?:Раздел|Розділ|Глава)\s+)?((?:\d+|[IVXLC]+)(?:\.\d+)*)(?:\.\s*|\s+)(\S.*)$")


@dataclass
class ItemDraft:
    number: str | None
    title: str
    executors: list[str] = field(default_factory=list)
    deadline: str | None = None
    result: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class SectionDraft:
    number: str | None
    title: str
    items: list[ItemDraft] = field(default_factory=list)


@dataclass
class TableReader:
    """Rows of the plan table(s) → sections and items, with warnings for what does not fit."""

    warnings: Warnings
    sections: list[SectionDraft] = field(default_factory=list)
    items: list[ItemDraft] = field(default_factory=list)
    printed: dict[str, str] = field(default_factory=dict)
    labels_seen: list[str] = field(default_factory=list)
    columns_seen: list[Column] = field(default_factory=list)
    known_executors: set[str] = field(default_factory=set)
    #: label of a column the format lacks → (table, row, item) whose notes got its text
    extra_rows: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)

    @property
    def all_items(self) -> list[ItemDraft]:
        if self.sections:
            return [item for section in self.sections for item in section.items]
        return self.items

    def last_item(self) -> ItemDraft | None:
        """The item read last, found without listing them all (a continuation row asks for it each time)."""
        if self.sections:
            for section in reversed(self.sections):
                if section.items:
                    return section.items[-1]
        return self.items[-1] if self.items else None

    def read(self, table: Table, columns: list[Column], start: int) -> None:
        self.columns_seen.extend(c for c in columns if all(c.label != seen.label for seen in self.columns_seen))
        for column in columns:
            if column.field and column.field not in self.printed:
                self.printed[column.field] = column.label
            if column.label:
                self.labels_seen.append(column.label)
        header = [norm_label(c.label) for c in columns if c.label]
        rows = table.rows
        for index in range(start, len(rows)):
            row = rows[index]
            if is_number_row(row, table.width) or self._is_header_repeat(row, header):
                continue
            self._row(table, row, columns, _Following(rows, index + 1))

    @staticmethod
    def _is_header_repeat(row: Row, header: list[str]) -> bool:
        texts = [c.text for c in row.cells if c.text]
        if not texts or len(texts) != len(header) or norm_label(texts[0]) != header[0]:
            return False
        return [norm_label(t) for t in texts[1:]] == header[1:]

    def _values(self, row: Row, columns: list[Column], *, merged: bool) -> tuple[dict[str, list[list[str]]], list[tuple[str, str]]]:
        """The row's cells by plan field, and (label, text) of the columns the format has no key for."""
        values: dict[str, list[list[str]]] = {}
        extras: list[tuple[str, str]] = []
        used: set[int] = set()
        for column in columns:
            paragraphs = column_lines(row, column, used=used, merged=merged)
            if not paragraphs:
                continue
            if column.field:
                values.setdefault(column.field, []).extend(paragraphs)
            else:
                extras.append((column.label or f"колонка {column.cols[0] + 1}", cell_text(paragraphs) or ""))
        return values, extras

    def _row(self, table: Table, row: Row, columns: list[Column], following: _Following) -> None:
        values, extras = self._values(row, columns, merged=False)
        filled = [c for c in row.cells if c.text and not c.merged_above]
        if not filled:
            return
        section = self._section_of(row, table, columns, values, filled, following)
        if section is not None:
            self.sections.append(section)
            if self.items:
                self.warnings.add("items-before-sections", table=table.number, row=row.number)
                self.sections.insert(0, SectionDraft(None, "", self.items))
                self.items = []
            return
        number = clean_number(join_lines(flat(values.get("number", []))) or "")
        title = cell_text(values.get("title", []))
        if number is None and title is None:
            self._continuation(table, row, self._executors(values), cell_text(values.get("deadline", [])), cell_text(values.get("result", [])), extras)
            return
        if any(cell.merged_above for cell in row.cells):  # a merged cell's value belongs to every row it covers
            carried, carried_extras = self._values(row, columns, merged=True)
            for key, paragraphs in carried.items():
                if key not in values and key not in ("number", "title"):
                    values[key] = paragraphs
            own_labels = {label for label, _ in extras}
            extras += [(label, text) for label, text in carried_extras if label not in own_labels]
        item = ItemDraft(number, title or "", self._executors(values), cell_text(values.get("deadline", [])), cell_text(values.get("result", [])))
        if title is None:
            self.warnings.add("no-title", table=table.number, row=row.number, item=number or "?")
        for label, text in extras:
            item.notes.append(f"{label}: {text}")
            self.extra_rows.setdefault(label, []).append((table.number, row.number, number or title or "?"))
        if self.sections:
            self.sections[-1].items.append(item)
        else:
            self.items.append(item)

    def _executors(self, values: dict[str, list[list[str]]]) -> list[str]:
        """The executors of a row; names a cell gives one per line are remembered, so a later comma list keeps them whole."""
        paragraphs = ["\n".join(p) for p in values.get("executors", [])]
        names = split_executors(paragraphs, self.known_executors)
        if len(paragraphs) > 1 or any("\n" in p for p in paragraphs):
            self.known_executors.update(names)
        return names

    def finish(self) -> None:
        """One warning per column the format has no key for, naming the rows whose text went to notes."""
        for label, hits in self.extra_rows.items():
            if len(hits) == 1:
                table, row, item = hits[0]
                self.warnings.add("extra-column", table=table, row=row, label=label, item=item)
                continue
            where = [
                phrase("where-rows", table=t, rows_word=phrase("word-row" if len(r) == 1 else "word-rows"), rows=spans(r)) for t, r in _rows_by_table(hits)
            ]
            items = [item for _, _, item in hits]
            shown = ", ".join(items[:8]) + (f" … ({len(items)})" if len(items) > 8 else "")
            self.warnings.add("extra-column-many", where=where, label=label, items=shown)

    def _continuation(
        self, table: Table, row: Row, executors: list[str], deadline: str | None, result: str | None, extras: list[tuple[str, str]]
    ) -> None:
        """A row with no number and no activity: the rest of the item above (vertically merged cells)."""
        previous = self.last_item()
        parts = [("deadline", deadline), ("result", result)] + [(label, text) for label, text in extras]
        texts = [f"{k}: {v}" for k, v in parts if v]
        if previous is None:
            text = "; ".join(executors + texts)
            self.warnings.add("orphan-row", table=table.number, row=row.number, text=text)
            return
        what = []
        if executors:
            previous.executors.extend(e for e in executors if e not in previous.executors)
            what.append("executors")
        if texts:
            note_word = labels()["notes"]["ru"]["continuation"]
            previous.notes.append(f"{note_word}: " + "; ".join(texts))
            what.append("notes")
        self.warnings.add("continuation-row", table=table.number, row=row.number, item=previous.number or previous.title, what=", ".join(what))

    def _section_of(
        self,
        row: Row,
        table: Table,
        columns: list[Column],
        values: dict[str, list[list[str]]],
        filled: list[Cell],
        following: _Following,
    ) -> SectionDraft | None:
        """A section row: one merged cell across the row, or a number and a title with nothing else."""
        text = join_lines([clean(line) for cell in filled for line in cell.lines]) or ""
        if len(filled) == 1 and (filled[0].span >= max(2, table.width - 1) or len(row.cells) == 1):
            return _parse_section(text)
        if len(filled) == 1 and "number" not in values and "title" in values:
            m = _SECTION.match(text)
            if m and not ITEM_NUMBER.match(text):
                return SectionDraft(m.group(1), m.group(2))
            return None
        other = set(values) - {"number", "title"}
        if other or "number" not in values or "title" not in values:
            return None
        number = clean_number(join_lines(flat(values["number"])) or "") or ""
        if not re.fullmatch(r"\d+|[IVXLC]+", number):
            return None
        title_cells = [c for col in columns if col.field == "title" for c in cells_for(row, col)]
        wide = any(c.span > 1 for c in title_cells)
        next_number = _next_number(following, columns)
        if wide or (next_number is not None and next_number.startswith(number + ".")):
            return SectionDraft(number, join_lines(flat(values["title"])) or "")
        return None


@dataclass(frozen=True)
class _Following:
    """The rows after the current one, as a view: copying them for every row made reading quadratic."""

    rows: list[Row]
    start: int

    def __iter__(self) -> Iterator[Row]:
        return (self.rows[i] for i in range(self.start, len(self.rows)))


def _next_number(rows: Iterable[Row], columns: list[Column]) -> str | None:
    """The number of the next numbered row; the scan stops there, so all scans together read each row about once."""
    number_columns = [c for c in columns if c.field == "number"]
    if not number_columns:
        return None
    for row in rows:
        lines = flat(column_lines(row, number_columns[0]))
        if lines:
            return clean_number(lines[0])
    return None


def _parse_section(text: str) -> SectionDraft:
    m = _SECTION.match(text)
    if m:
        return SectionDraft(m.group(1).rstrip("."), m.group(2).strip())
    return SectionDraft(None, text)


def cell_text(paragraphs: list[list[str]]) -> str | None:
    """A cell's text as the reader sees it: paragraphs run on with a space, line breaks kept."""
    text = " ".join("\n".join(line.strip() for line in p if line.strip()) for p in paragraphs)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text).strip()
    return text or None


def _rows_by_table(hits: list[tuple[int, int, str]]) -> list[tuple[int, list[int]]]:
    grouped: dict[int, list[int]] = {}
    for table, row, _ in hits:
        grouped.setdefault(table, []).append(row)
    return list(grouped.items())


def spans(numbers: list[int]) -> str:
    """2, 3, 4, 7 → «2–4, 7»."""
    out: list[str] = []
    start = previous = numbers[0]
    for number in [*numbers[1:], None]:
        if number is not None and number == previous + 1:
            previous = number
            continue
        out.append(str(start) if start == previous else f"{start}–{previous}")
        if number is not None:
            start = previous = number
    return ", ".join(out)

