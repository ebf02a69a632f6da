"""The plan table's header: which printed label names which plan field, and where its cells are."""

from __future__ import annotations

from dataclasses import dataclass

from planctl.importer.docx_reader import Cell, Row, Table, clean
from planctl.importer.headers import How, match_label, read_label
from planctl.importer.text import ITEM_NUMBER, join_lines


@dataclass
class Column:
    field: str | None  # None for a column the format has no key for
    label: str
    cols: list[int]
    how: How = "none"  # how the label was read: a known real label, word scores, or not at all
    score: int = 0


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
        label_cell: Cell | None = None
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
        reading = read_label(label)
        column = Column(reading.field, label, [col], reading.how, reading.score)
        seen[id(label_cell)] = column
        columns.append(column)
    _one_column_per_field(columns)
    return columns, len(header_rows)


def _one_column_per_field(columns: list[Column]) -> None:
    """Two columns read as one field: the label that says it more clearly keeps it (the first on a tie).

    Executors may come in several columns («Ответственный исполнитель», «Соисполнители»).
    """
    best: dict[str, Column] = {}
    for column in columns:
        if column.field is None or column.field == "executors":
            continue
        rank = 10**6 if column.how == "exact" else column.score
        holder = best.get(column.field)
        held = (10**6 if holder.how == "exact" else holder.score) if holder is not None else -1
        if rank > held:
            best[column.field] = column
    for column in columns:
        if column.field is not None and column.field != "executors" and best.get(column.field) is not column:
            column.field = None


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


def column_lines(row: Row, column: Column, *, used: set[int] | None = None, merged: bool = False) -> list[list[str]]:
    """The paragraphs (lists of lines) of the cells under one header column.

    Only the row's own cells are read, or with `merged` only the vertically merged ones,
    which show the text of the cell their merge starts in. A cell already read for an
    earlier column is left out (a data cell spanning several header columns belongs to the
    first of them).
    """
    out: list[list[str]] = []
    for cell in cells_for(row, column):
        if cell.merged_above != merged or (used is not None and id(cell) in used):
            continue
        if used is not None:
            used.add(id(cell))
        for paragraph in cell.shown:  # lines are clean already, but for the no-break spaces kept for names
            lines = [clean(line) if "\u00a0" in line else line for line in paragraph]
            out.append([line for line in lines if line])
    return [p for p in out if p]


def same_fields(a: list[Column], b: list[Column]) -> bool:
    return [c.field for c in a] == [c.field for c in b]
