"""Front matter: the attachment label, approval stamp, heading word and title before the table."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Optional

from planctl.importer.docx_reader import Paragraph, clean
from planctl.importer.text import (
    BLANK_DATE,
    NAME_AT_END,
    is_heading,
    is_name,
    join_lines,
    parse_date,
    stamp_word,
    starts_with_any,
)
from planctl.importer.vocab import labels, message

_UNDERSCORES = re.compile(r"^_{3,}\s*(.*)$")


@dataclass
class Line:
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
class Front:
    """What precedes the table: attachment label, approval stamp, heading and title."""

    attachment: Optional[str] = None
    approval: Optional[dict[str, Any]] = None
    heading: Optional[str] = None
    title: Optional[str] = None
    leftovers: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def front_lines(blocks: list[Any]) -> list[Line]:
    lines: list[Line] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            if not block.lines:
                lines.append(Line("", "", block.centered))
            for raw in block.lines:
                lines.append(Line(clean(raw), clean(raw, keep_nbsp=True), block.centered))
        else:
            for row in block.rows:
                for c, cell in enumerate(row.cells):
                    name = f"t{index}r{row.number}c{c}"
                    for paragraph in cell.paragraphs:
                        for raw in paragraph:
                            lines.append(Line(clean(raw), clean(raw, keep_nbsp=True), False, name, True))
                    lines.append(Line("", "", False, name, True))
    return lines


def read_front(lines: list[Line]) -> Front:
    """Attachment, stamp, heading and title out of the lines before the table."""
    front = Front()
    title_lines: list[Line] = []
    unrecognized: list[Line] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        text = line.text
        if line.blank or (text.isdigit() and len(text) <= 3 and not line.in_table):
            i += 1
            continue
        if front.heading is None and front.attachment is None and starts_with_any(text, labels()["attachment_words"]):
            parts = [text]
            i += 1
            while i < n and lines[i].block == line.block and not lines[i].blank and _continues_attachment(parts, lines[i]):
                parts.append(lines[i].text)
                i += 1
            front.attachment = join_lines(parts)
            unrecognized.extend(title_lines)
            title_lines = []
            continue
        if front.heading is None and front.approval is None and stamp_word(text):
            i = _read_stamp(lines, i, front)
            unrecognized.extend(title_lines)
            title_lines = []
            continue
        if front.heading is None and is_heading(text) and not line.in_table:
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
    title = join_lines([ln.text for ln in title_lines])
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


def _continues_attachment(parts: list[str], line: Line) -> bool:
    """Whether a line still belongs to «Приложение …» rather than being the title."""
    text = line.text
    if stamp_word(text) or is_heading(text) or line.centered and not line.in_table:
        return False
    if line.in_table:
        return True
    if text[0].islower() or text[0] in "№N0123456789" or text.casefold().startswith(("от ", "від ")):
        return True
    so_far = " ".join(parts)
    return bool(re.search(r"\s(к|до)\s", f" {so_far} ")) and "№" not in so_far


def _read_stamp(lines: list[Line], i: int, front: Front) -> int:
    """Read the approval stamp starting at line i; return the index after it."""
    first = lines[i]
    found = stamp_word(first.text)
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
        (document if starts_with_any(rest, document_words) else position).append(rest)
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
        if (line.centered and not first.centered) or is_heading(text) or stamp_word(text):
            break
        if document and text.casefold().startswith(("от ", "від ", "№")) and _continues_document(" ".join(document), text):
            document.append(text)
            j += 1
            continue
        is_date, value = parse_date(text)
        if is_date:
            date = value
            if value is None and re.search(r"\d", text) and not BLANK_DATE.match(text):
                front.warnings.append(message("bad-date", text=text))
            j += 1
            break
        if starts_with_any(text, document_words) or (document and _continues_document(" ".join(document), text)):
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
    document_text = join_lines(document)
    if date is None and document_text:
        dates = re.findall(r"(?:от|від)\s+(\d{1,2}\.\d{1,2}\.\d{4}|[«\"“]?\d{1,2}[»\"”]?\s+[^\W\d_]+\s+\d{4})", document_text)
        if dates:
            date = parse_date(dates[0])[1]
    approval: dict[str, Any] = {"stamp": stamp}
    if position:
        approval["position"] = join_lines(position)
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


def _name_raw(line: Line, name: str) -> str:
    """The name as printed, NBSP between initials and surname kept."""
    raw = line.raw.replace("_", " ").strip(" *")
    return raw if raw.replace("\u00a0", " ") == name else name


def signature_split(lines: list[str]) -> tuple[list[str], list[str]]:
    """(text to keep, the signature block at the end): a short run of lines ending in a name."""
    content = [ln for ln in lines if ln and ln not in labels()["signature_noise"]]
    if not content:
        return [], []
    last = content[-1].replace("\u00a0", " ").strip(" _*")
    if not (NAME_AT_END.search(last) or is_name(last)):
        return content, []
    start = len(content) - 1
    while start > 0 and len(content) - start < 4 and len(content[start - 1]) < 120 and not content[start - 1].endswith("."):
        start -= 1
    return content[:start], content[start:]
