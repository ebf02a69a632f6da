"""Recognition: a Word plan's paragraphs and tables → the plan format's mapping.

The reading is forgiving (labels in any wording and order, stamps as paragraphs or in a
layout table, sections as merged rows or number + title) and never silent: whatever the
format has no key for is kept in an item's `notes` and reported as a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Optional

from planctl.errors import ImportError_, location
from planctl.importer.columns import Column, header_columns, is_plan_table, same_fields
from planctl.importer.docx_reader import Body, Paragraph, Table, clean
from planctl.importer.front import Front, front_lines, read_front, signature_split
from planctl.importer.table import ItemDraft, SectionDraft, TableReader
from planctl.importer.text import stamp_word, starts_with_any
from planctl.importer.vocab import (
    FIELDS,
    default_columns,
    labels,
    message,
    norm_label,
    ukrainian_labels,
)

DEFAULT_HEADING = "ПЛАН"
_YEAR = re.compile(r"\b(19\d\d|20\d\d|21\d\d)\b")


@dataclass
class ImportResult:
    """The plan as an ordered mapping in the spec's key order, and what could not be mapped."""

    plan: dict[str, Any]
    warnings: list[str] = field(default_factory=list)


def recognize(body: Body, *, source: str = "document", period: Any = None) -> ImportResult:
    """Turn a read document into the plan mapping; `ImportError_` if there is no plan table."""
    blocks = body.blocks
    if not body.tables:
        raise ImportError_(message("err-no-table"), location(source))
    plan_at: Optional[int] = None
    columns: list[Column] = []
    start = 0
    for index, block in enumerate(blocks):
        if isinstance(block, Table):
            columns, start = header_columns(block)
            if is_plan_table(columns):
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
    front = read_front(front_lines(front_blocks))
    warnings.extend(front.warnings)

    reader = TableReader(warnings)
    reader.read(plan_table, columns, start)
    after_paragraphs: list[str] = []
    other_after: list[Table] = []
    for block in blocks[plan_at + 1 :]:
        if isinstance(block, Table):
            cont_columns, cont_start = header_columns(block)
            if block.width == plan_table.width and (not cont_columns or same_fields(cont_columns, columns)) and not after_paragraphs:
                warnings.append(message("continued-table", table=block.number, first=plan_table.number))
                reader.read(block, columns if not cont_columns else cont_columns, cont_start)
                continue
            if _is_layout_table(block) and not other_after:
                after_paragraphs.extend(clean(l) for row in block.rows for cell in row.cells for l in cell.lines)
                continue
            other_after.append(block)
        else:
            after_paragraphs.extend(clean(l) for l in block.lines)
    kept_after, _signature = signature_split(after_paragraphs)

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


def _is_layout_table(table: Table) -> bool:
    """A table used to place the stamp or the signature: borderless or with a stamp word, at most 3 columns."""
    if table.width > 3:
        return False
    text_lines = [clean(l) for row in table.rows for cell in row.cells for l in cell.lines]
    has_stamp = any(stamp_word(line) for line in text_lines)
    has_attachment = any(starts_with_any(line, labels()["attachment_words"]) for line in text_lines)
    return table.borderless or has_stamp or has_attachment


def _table_text(table: Table) -> str:
    rows = []
    for row in table.rows:
        cells = [clean(cell.text) for cell in row.cells if cell.text and not cell.merged_above]
        if cells:
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def _keep(item: Optional[ItemDraft], note: str, key: str, warnings: list[str], text: str, table: Optional[Table] = None) -> None:
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


def _period(title: str, items: list[ItemDraft], front: Front, warnings: list[str], source: str) -> Any:
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


def _item_mapping(item: ItemDraft) -> dict[str, Any]:
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


def _section_mapping(section: SectionDraft) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if section.number is not None:
        out["number"] = section.number
    out["title"] = section.title
    out["items"] = [_item_mapping(item) for item in section.items]
    return out
