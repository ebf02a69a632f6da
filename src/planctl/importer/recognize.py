"""Recognition: a Word plan's paragraphs and tables → the plan format's mapping.

The reading is forgiving (labels in any wording and order, stamps as paragraphs or in a
layout table, sections as merged rows or number + title) and never silent: whatever the
format has no key for is kept in an item's `notes` and reported as a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from planctl.errors import ImportFailed, location
from planctl.importer.closing import read_signature, signature_split
from planctl.importer.columns import Column, header_columns, is_plan_table, same_fields
from planctl.importer.docx_reader import Block, Body, Paragraph, Table, clean
from planctl.importer.front import Front, front_lines, read_front
from planctl.importer.report import Summary, Warnings, column_notes
from planctl.importer.table import ItemDraft, SectionDraft, TableReader
from planctl.importer.text import agreed_word, stamp_word, starts_with_any
from planctl.importer.vocab import (
    FIELDS,
    Phrase,
    default_columns,
    labels,
    message,
    norm_label,
    phrase,
    russian_labels,
    ukrainian_labels,
)

DEFAULT_HEADING = "ПЛАН"
_YEAR = re.compile(r"\b(19\d\d|20\d\d|21\d\d)\b")


@dataclass
class ImportResult:
    """The plan as an ordered mapping in the spec's key order, what could not be mapped, and the summary."""

    plan: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)


def recognize(body: Body, *, source: str = "document", period: Any = None) -> ImportResult:
    """Turn a read document into the plan mapping; `ImportFailed` if there is no plan table."""
    plan_at, columns, start = _find_plan_table(body, source)
    blocks = body.blocks
    plan_table = blocks[plan_at]
    assert isinstance(plan_table, Table)
    warnings = Warnings()
    front_blocks = [b for b in blocks[:plan_at] if not isinstance(b, Table) or _is_layout_table(b)]
    other_before = [b for b in blocks[:plan_at] if isinstance(b, Table) and not _is_layout_table(b)]
    front = read_front(front_lines(front_blocks))
    warnings.merge(front.warnings)

    reader = TableReader(warnings)
    reader.read(plan_table, columns, start)
    after, other_after = _read_after(blocks[plan_at + 1 :], plan_table, columns, reader, warnings)
    reader.finish()
    kept_after, signature_lines = signature_split(after)

    language = _language(body, reader.labels_seen)
    notes = _keep_leftovers(front, reader.all_items, other_before, other_after, kept_after, language, warnings)
    plan = _plan_mapping(front, reader, language, period if period is not None else _period(front, reader.all_items, warnings, source))
    signature = read_signature(signature_lines)
    approval = front.approval or {}
    if signature and signature != {k: approval[k] for k in ("position", "name") if approval.get(k)}:
        plan["signature"] = signature  # a signature that only repeats the stamp is the template's choice, not the plan's
    notes[:0] = [phrase("note-column", label=label, rows=len(hits)) for label, hits in reader.extra_rows.items()]
    summary = Summary(len(reader.all_items), len(reader.sections), column_notes(reader.columns_seen), notes)
    return ImportResult(plan, warnings.texts(language), summary.lines(warnings, language))


def _find_plan_table(body: Body, source: str) -> tuple[int, list[Column], int]:
    """The index of the first table whose header names an activity column, its columns and first data row."""
    if not body.tables:
        raise ImportFailed(message("err-no-table"), location(source))
    for index, block in enumerate(body.blocks):
        if isinstance(block, Table):
            columns, start = header_columns(block)
            if is_plan_table(columns):
                return index, columns, start
    raise ImportFailed(message("err-no-plan-table"), location(source))


def _read_after(blocks: list[Block], plan_table: Table, columns: list[Column], reader: TableReader, warnings: Warnings) -> tuple[list[str], list[Table]]:
    """Rows of the plan's continuation tables (a table split at page breaks, its header repeated), and the text after it."""
    after: list[str] = []
    other: list[Table] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            after.extend(clean(line) for line in block.lines)
            continue
        cont_columns, cont_start = header_columns(block)
        continues = not cont_columns or same_fields(cont_columns, columns)
        if continues and not after and not other and (block.width == plan_table.width or cont_columns):
            warnings.add("continued-table", table=block.number, first=plan_table.number)
            reader.read(block, cont_columns or columns, cont_start)
            continue
        if _is_layout_table(block) and not other:
            after.extend(clean(line) for row in block.rows for cell in row.cells for line in cell.lines)
            continue
        other.append(block)
    return after, other


def _keep_leftovers(
    front: Front,
    items: list[ItemDraft],
    other_before: list[Table],
    other_after: list[Table],
    kept_after: list[str],
    language: str,
    warnings: Warnings,
) -> list[Phrase]:
    """Text the format has no key for goes to the notes of the first or last item, reported; returns what went where."""
    note_words = labels()["notes"]["uk" if language == "uk" else "ru"]
    first = items[0] if items else None
    last = items[-1] if items else None
    notes: list[Phrase] = []
    if front.leftovers:
        _keep(first, f"{note_words['before_table']}: " + "\n".join(front.leftovers), "before-table", warnings, " / ".join(front.leftovers))
        notes.append(phrase("note-before"))
    for table, item in [(t, first) for t in other_before] + [(t, last) for t in other_after]:
        text = _table_text(table)
        _keep(item, f"{note_words['other_table']} {table.number}:\n{text}", "other-table", warnings, text, table=table)
        notes.append(phrase("note-table", table=table.number))
    if kept_after:
        _keep(last, f"{note_words['after_table']}: " + "\n".join(kept_after), "after-table", warnings, " / ".join(kept_after))
        notes.append(phrase("note-after"))
    return notes


def _plan_mapping(front: Front, reader: TableReader, language: str, plan_period: Any) -> dict[str, Any]:
    """The plan in the spec's key order; a printed label is kept only where it differs from the template's."""
    plan: dict[str, Any] = {"title": front.title or ""}
    if front.heading is not None and front.heading != DEFAULT_HEADING:
        plan["heading"] = front.heading
    plan["period"] = plan_period
    if language != "ru":
        plan["language"] = language
    if front.attachment:
        plan["attachment"] = front.attachment
    if front.agreed:
        plan["agreed"] = front.agreed
    if front.approval:
        plan["approval"] = front.approval
    defaults = default_columns(language)
    printed = {k: re.sub(r"\s+", " ", v).strip() for k, v in reader.printed.items() if v}
    changed = {k: printed[k] for k in FIELDS if k in printed and printed[k] != defaults.get(k)}
    if changed:
        plan["columns"] = changed
    if reader.sections:
        plan["sections"] = [_section_mapping(section) for section in reader.sections]
    else:
        plan["items"] = [_item_mapping(item) for item in reader.items]
    return plan


def _is_layout_table(table: Table) -> bool:
    """A table used to place the stamp or the signature: borderless or with a stamp word, at most 3 columns."""
    if table.width > 3:
        return False
    text_lines = [clean(line) for row in table.rows for cell in row.cells for line in cell.lines]
    has_stamp = any(stamp_word(line) or agreed_word(line) for line in text_lines)
    has_attachment = any(starts_with_any(line, labels()["attachment_words"]) for line in text_lines)
    return table.borderless or has_stamp or has_attachment


def _table_text(table: Table) -> str:
    rows = []
    for row in table.rows:
        cells = [clean(cell.text) for cell in row.cells if cell.text and not cell.merged_above]
        if cells:
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def _keep(item: ItemDraft | None, note: str, key: str, warnings: Warnings, text: str, table: Table | None = None) -> None:
    """Keep text the format has no place for in an item's notes, and say so."""
    if item is None:
        if table is None:
            warnings.add("outside-lost", text=text)
        else:
            warnings.add("other-table-lost", table=table.number, text=text)
        return
    item.notes.append(note)
    ref = item.number or item.title
    if table is not None:
        warnings.add(key, table=table.number, rows=len(table.rows), item=ref)
    else:
        warnings.add(key, item=ref, text=text)


def _language(body: Body, labels_seen: list[str]) -> str:
    """The header's language when a label is only used in one; else Ukrainian when its letters outnumber the Russian ones."""
    if any(norm_label(label) in ukrainian_labels() for label in labels_seen):
        return "uk"
    if any(norm_label(label) in russian_labels() for label in labels_seen):
        return "ru"  # a Russian header decides even when an executor's name is Ukrainian
    uk = ru = 0
    for block in body.blocks:
        texts = block.lines if isinstance(block, Paragraph) else [line for row in block.rows for c in row.cells for line in c.lines]
        for text in texts:
            low = text.casefold()
            uk += sum(low.count(ch) for ch in "іїєґ")
            ru += sum(low.count(ch) for ch in "ыэъё")
    return "uk" if uk > ru else "ru"


def _period(front: Front, items: list[ItemDraft], warnings: Warnings, source: str) -> Any:
    """The plan's period from its title; else the years of the deadlines; else the approval year."""
    title = front.title or ""
    years_words = "|".join(re.escape(w) for w in labels()["years_words"])
    year_words = "|".join(re.escape(w) for w in labels()["year_words"])
    school_words = "|".join(re.escape(w) for w in labels()["school_year_words"])
    m = re.search(rf"(\d{{4}})\s*[-–—/]\s*(\d{{4}})\s*(?:{school_words})(?!\w)", title, re.IGNORECASE)
    if m and int(m.group(2)) == int(m.group(1)) + 1:  # a school year: September to August
        return {"start": dt.date(int(m.group(1)), 9, 1), "end": dt.date(int(m.group(2)), 8, 31)}
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
        warnings.add("period-guessed", period=value, source=phrase("source-deadlines"))
        return value
    if front.approval and isinstance(front.approval.get("date"), dt.date):
        value = front.approval["date"].year
        warnings.add("period-guessed", period=value, source=phrase("source-approval"))
        return value
    years = sorted({int(y) for y in _YEAR.findall(title)})
    if years:
        warnings.add("period-guessed", period=years[0], source=phrase("source-title"))
        return years[0]
    raise ImportFailed(message("err-no-period"), location(source))


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
