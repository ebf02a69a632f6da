"""Small readers of printed text shared by the importer: dates, names, numbers, stamp words.

Each answers one question about a line as a person would read it on paper.
"""

from __future__ import annotations

import datetime as dt
import re

from planctl.importer.vocab import labels

UPPER = "A-ZА-ЯЁІЇЄҐ"
LOWER = "a-zа-яёіїєґ'’ʼ\\-"
_NAME_PATTERNS = [
    re.compile(rf"^(?:[{UPPER}]\.\s?){{1,2}}[{UPPER}][{LOWER}]+$"),  # Т.Ю. Филатова
    re.compile(rf"^[{UPPER}][{LOWER}]+\s(?:[{UPPER}]\.\s?){{1,2}}$"),  # Филатова Т.Ю.
    re.compile(rf"^[{UPPER}][{LOWER}]+\s[{UPPER}'’ʼ\-]{{2,}}$"),  # Ігор МЕЩАН
]
NAME_AT_END = re.compile(
    rf"(?:^|_{{2,}}|\s)((?:[{UPPER}]\.\s?){{1,2}}[{UPPER}][{LOWER}]+|[{UPPER}][{LOWER}]+\s[{UPPER}'’ʼ\-]{{2,}}|[{UPPER}][{LOWER}]+\s(?:[{UPPER}]\.\s?){{1,2}})$"
)
_NUMERIC_DATE = re.compile(r"^(?:от\s+|від\s+)?(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})\s*(?:г\.?|года|р\.?|року)?\.?$", re.I)
_WORD_DATE = re.compile(
    r"^(?:от\s+|від\s+)?[«\"“„'’]?\s*(\d{1,2})\s*[»\"”'’]?\s+([^\W\d_]+)\s+(\d{4})\s*(?:г\.?|года|р\.?|року)?\.?$", re.I
)
BLANK_DATE = re.compile(
    r"^(?:[«\"“„]\s*_*\s*[»\"”]\s*_{2,}|_{2,}\s*[./]\s*_{2,}\s*[./])\s*(?:\d{4}|\d{0,2}_+)?\s*(?:г\.?|года|р\.?|року)?\.?$"
)
ITEM_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?$")


def is_name(text: str) -> bool:
    text = text.replace("\u00a0", " ").strip(" *")
    return any(p.match(text) for p in _NAME_PATTERNS)


def parse_date(text: str) -> tuple[bool, dt.date | None]:
    """(is this a date line, the date if it names one): `09.01.2024`, «« 9 » января 2024 г.», `"09" січня 2024 р.`."""
    text = text.strip()
    if m := _NUMERIC_DATE.match(text):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _WORD_DATE.match(text):
        month_number = labels()["months"].get(m.group(2).casefold())
        if month_number is None:
            return False, None
        day, month, year = int(m.group(1)), int(month_number), int(m.group(3))
    elif BLANK_DATE.match(text):
        return True, None
    else:
        return False, None
    try:
        return True, dt.date(year, month, day)
    except ValueError:
        return True, None


#: A line's first word, maybe in quotes and followed by «:» or «.», and the rest of the line.
_OPENING_WORD = re.compile(r"^[«\"“]?([^\W\d_]+)[»\"”]?\s*[:.]?\s*(.*)$")


def stamp_word(text: str) -> tuple[str, str] | None:
    """(the stamp as printed, the rest of the line) when the line opens an approval stamp."""
    return _opening_word(text, "stamps", "stamp_aliases")


def agreed_word(text: str) -> tuple[str, str] | None:
    """(the word as printed, the rest of the line) when the line opens a «СОГЛАСОВАНО» block."""
    return _opening_word(text, "agreed_stamps", "agreed_aliases")


def _opening_word(text: str, *lists: str) -> tuple[str, str] | None:
    """(the first word in capitals, the rest) when that word is in one of the label lists named."""
    m = _OPENING_WORD.match(text)
    if not m:
        return None
    word = m.group(1).upper()
    if any(word in labels()[name] for name in lists):
        return word, m.group(2)
    return None


def starts_with_any(text: str, words: list[str]) -> bool:
    low = text.casefold()
    return any(low == w.casefold() or low.startswith(w.casefold() + " ") for w in words)


def is_heading(text: str) -> bool:
    """A heading line: a word like ПЛАН, ПЕРЕЧЕНЬ, КАЛЕНДАРНЫЙ ПЛАН, ГРАФІК on its own, in capitals or as listed."""
    word = re.sub(r"\s+", " ", text.strip(" :."))
    return word in labels()["headings"] or (word.isupper() and word in {h.upper() for h in labels()["headings"]})


def join_lines(lines: list[str]) -> str | None:
    text = " ".join(line.strip() for line in lines if line.strip())
    text = re.sub(r"\s+", " ", text).strip()
    return text or None


def clean_number(text: str) -> str | None:
    text = text.strip().replace(" ", "")
    text = text.rstrip(".")
    return text or None


def flat(paragraphs: list[list[str]]) -> list[str]:
    return [line for p in paragraphs for line in p]
