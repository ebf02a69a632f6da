"""The plan table's header: which printed label names which plan field, and where its cells are."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from planctl.importer.docx_reader import Cell, Row, Table, clean
from planctl.importer.headers import match_label
from planctl.importer.text import ITEM_NUMBER, join_lines


@dataclass
class Column:
    field: Optional[str]  # None for a column the format has no key for
    label: str
    cols: list[int]


def header_columns(table: Table) -> tuple[list[Column], int]:
    """The plan's columns from the header row(s), and the index of the first row after them."""
    header_rows: list[Row] = []
    for row in table.rows[:4]:
        texts = [c.text for c in row.cells if not c.merged_above and c.text]
        if not texts or is_number_row(row, table.width):
            break
        filled = [c for c in row.cells if c.text and not c.merged_above]
        if header_rows and len(filled) == 1 and filled[0].span >= max(2, table.width - 1):
            break  # a section row spanning the table, right under the header
        if not any(match_label(t) for t in texts) and header_rows:
            break
        if not any(match_label(t) for t in texts):
            return [], 0
        if ITEM_NUMBER.match(texts[0].strip()) and len(texts) > 1 and header_rows:
            break
        header_rows.append(row)
    if not header_rows:
        return [], 0
    columns: list[Column] = []
    seen: dict[int, Column] = {}
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
            columns.append(Column(None, "", [col]))
            continue
        if id(label_cell) in seen:
            seen[id(label_cell)].cols.append(col)
            continue
        label = join_lines([clean(line) for line in label_cell.lines]) or ""
        column = Column(match_label(label), label, [col])
        seen[id(label_cell)] = column
        columns.append(column)
    taken: set[str] = set()
    for column in columns:
        if column.field in taken and column.field != "executors":
            column.field = None
        elif column.field:
            taken.add(column.field)
    return columns, len(header_rows)


def is_number_row(row: Row, width: int) -> bool:
    """The optional row of column numbers «1 2 3 4» under the header."""
    texts = [c.text.strip() for c in row.cells if c.text.strip()]
    if len(texts) < 2 or not all(t.rstrip(".").isdigit() for t in texts):
        return False
    numbers = [int(t.rstrip(".")) for t in texts]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] in (0, 1)


def is_plan_table(columns: list[Column]) -> bool:
    fields = {c.field for c in columns if c.field}
    return "title" in fields and len(fields) >= 2


def cells_for(row: Row, column: Column) -> list[Cell]:
    cells: list[Cell] = []
    for col in column.cols:
        cell = row.at(col)
        if cell is not None and all(cell is not c for c in cells):
            cells.append(cell)
    return cells


def column_lines(row: Row, column: Column, *, used: Optional[set[int]] = None) -> list[list[str]]:
    """The paragraphs (lists of lines) of the cells under one header column.

    Merged-above cells are left out, and so is a cell already read for an earlier column
    (a data cell spanning several header columns belongs to the first of them).
    """
    out: list[list[str]] = []
    for cell in cells_for(row, column):
        if cell.merged_above or (used is not None and id(cell) in used):
            continue
        if used is not None:
            used.add(id(cell))
        for paragraph in cell.paragraphs:
            lines = [clean(line) for line in paragraph]
            out.append([line for line in lines if line])
    return [p for p in out if p]


def same_fields(a: list[Column], b: list[Column]) -> bool:
    return [c.field for c in a] == [c.field for c in b]
