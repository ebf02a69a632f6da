"""Front matter: the attachment label, the «СОГЛАСОВАНО» and approval stamps, heading word and title.

Names come back with plain spaces: the renderer's no-break space between initials and
surname is a printing choice, not part of the name.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from planctl.importer.docx_reader import Paragraph, clean
from planctl.importer.report import Warnings
from planctl.importer.text import (
    BLANK_DATE,
    agreed_word,
    is_heading,
    is_name,
    join_lines,
    parse_date,
    stamp_word,
    starts_with_any,
)
from planctl.importer.vocab import labels

_UNDERSCORES = re.compile(r"^_{3,}\s*(.*)$")


@dataclass
class Line:
    """A line of text outside the plan table, with what tells a title from a stamp."""

    text: str  # cleaned, NBSP as spaces
    centered: bool = False
    block: str = "body"
    in_table: bool = False

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass
class Front:
    """What precedes the table: attachment label, approval stamp, heading and title."""

    attachment: str | None = None
    approval: dict[str, Any] | None = None
    agreed: dict[str, Any] | None = None
    heading: str | None = None
    title: str | None = None
    leftovers: list[str] = field(default_factory=list)
    warnings: Warnings = field(default_factory=Warnings)


def front_lines(blocks: list[Any]) -> list[Line]:
    lines: list[Line] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            if not block.lines:
                lines.append(Line("", block.centered))
            for raw in block.lines:
                lines.append(Line(clean(raw), block.centered))
        else:
            for row in block.rows:
                for c, cell in enumerate(row.cells):
                    name = f"t{index}r{row.number}c{c}"
                    for paragraph in cell.paragraphs:
                        for raw in paragraph:
                            lines.append(Line(clean(raw), False, name, True))
                    lines.append(Line("", False, name, True))
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
        second = (front.agreed is not None and agreed_word(text)) or (front.approval is not None and stamp_word(text))
        if front.heading is None and second:  # the format has one of each: a second block goes to notes, reported
            _, end = _read_block(lines, i, front, agreed=bool(agreed_word(text)))
            unrecognized.extend(lines[i:end])
            i = end
            continue
        if front.heading is None and front.agreed is None and agreed_word(text):
            front.agreed, i = _read_block(lines, i, front, agreed=True)
            unrecognized.extend(title_lines)
            title_lines = []
            continue
        if front.heading is None and front.approval is None and stamp_word(text):
            front.approval, i = _read_block(lines, i, front, agreed=False)
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
    if not title:
        front.warnings.add("no-title-found")
    if front.heading is not None and title and title[0].islower() and " " not in front.heading:
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
    if stamp_word(text) or agreed_word(text) or is_heading(text) or (line.centered and not line.in_table):
        return False
    if line.in_table:
        return True
    if text[0].islower() or text[0] in "№N0123456789" or text.casefold().startswith(("от ", "від ")):
        return True
    so_far = " ".join(parts)
    return bool(re.search(r"\s(к|до)\s", f" {so_far} ")) and "№" not in so_far


def _read_block(lines: list[Line], i: int, front: Front, *, agreed: bool) -> tuple[dict[str, Any], int]:
    """Read the stamp starting at line i (approval, or «СОГЛАСОВАНО» with `agreed`); return it and the index after it."""
    first = lines[i]
    found = agreed_word(first.text) if agreed else stamp_word(first.text)
    assert found is not None
    word, rest = found
    aliases = labels()["agreed_aliases" if agreed else "stamp_aliases"]
    stamp = aliases.get(word, word)
    if stamp != word:
        front.warnings.add("stamp-alias", found=word, stamp=stamp)
    block = _StampLines()
    if rest:
        (block.document if _names_document(rest) else block.position).append(rest)
    j = i + 1
    while j < len(lines) and lines[j].block == first.block:
        line = lines[j]
        if not line.blank and ((line.centered and not first.centered) or is_heading(line.text) or stamp_word(line.text) or agreed_word(line.text)):
            break
        step = block.take(line, front)
        if step == "stop":
            break
        j += 1
        if step == "last":
            break
    return block.mapping(stamp), j


@dataclass
class _StampLines:
    """A stamp's lines as they are read: position, approving document, name (after a signature line) and date."""

    position: list[str] = field(default_factory=list)
    document: list[str] = field(default_factory=list)
    name: str | None = None
    date: dt.date | None = None
    expect_name: bool = False

    def take(self, line: Line, front: Front) -> str:
        """Take one line: "next" to read on, "last" when it ends the stamp, "stop" when it is not the stamp's."""
        text = line.text
        if line.blank:
            return "stop" if self.name or self.date or (self.document and not self.position) else "next"
        if self.document and text.casefold().startswith(("от ", "від ", "№")) and _continues_document(" ".join(self.document), text):
            self.document.append(text)
            return "next"
        is_date, value = parse_date(text)
        if is_date:
            self.date = value
            if value is None and re.search(r"\d", text) and not BLANK_DATE.match(text):
                front.warnings.add("bad-date", text=text)
            return "last"
        if _names_document(text) or (self.document and _continues_document(" ".join(self.document), text)):
            self.document.append(text)
            return "next"
        return self._person(text)

    def _person(self, text: str) -> str:
        m = _UNDERSCORES.match(text)
        if m:
            rest_name = m.group(1).strip(" _")
            if rest_name:
                self.name = rest_name
            else:
                self.expect_name = True
            return "next"
        if self.expect_name or is_name(text):
            if self.name is not None:
                return "stop"
            self.name = text.strip(" *_")
            self.expect_name = False
            return "next"
        if self.name is not None:
            return "stop"
        self.position.append(text)
        return "next"

    def mapping(self, stamp: str) -> dict[str, Any]:
        document_text = join_lines(self.document)
        date = self.date
        if date is None and document_text:
            dates = re.findall(r"(?:от|від)\s+(\d{1,2}\.\d{1,2}\.\d{4}|[«\"“]?\d{1,2}[»\"”]?\s+[^\W\d_]+\s+\d{4})", document_text)
            if dates:
                date = parse_date(dates[0])[1]
        out: dict[str, Any] = {"stamp": stamp}
        if self.position:
            out["position"] = join_lines(self.position)
        if self.name:
            out["name"] = self.name
        if date:
            out["date"] = date
        if document_text:
            out["document"] = document_text
        return out


def _names_document(text: str) -> bool:
    """«приказом Министерства …», «Рішення 12 сесії … ради», «протокол заседания …»: a line naming the approving act."""
    if starts_with_any(text, labels()["document_words"]):
        return True
    words = set(re.findall(r"[^\W\d_]+", text.casefold()))
    return bool(words & set(labels()["document_markers"]))


def _continues_document(so_far: str, text: str) -> bool:
    """«приказом Министерства …» runs on until its number; a capitalized line after its date is the position."""
    if "№" in so_far:
        return False
    if text[0].islower() or text[0] in "№N0123456789" or text.casefold().startswith(("от ", "від ")):
        return True
    return not re.search(r"(?:от|від)\s+[«\"“]?\d", so_far)
