"""Word's automatic list numbering (`w:numPr`), turned back into the numbers the reader sees.

A plan whose «№» column is a numbered list stores no digits at all: Word draws «1.»,
«2.»… from numbering.xml as it lays the page out. Counting the numbered paragraphs in
document order, level by level, gives the same numbers back.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_NUMBERING_BYTES = 8 * 1024 * 1024
MAX_LEVELS = 9  # Word's levels are 0–8
MAX_LEVEL_TEXT = 32  # Word's own dialog allows far less; a longer lvlText can only be crafted
MAX_LETTER_REPEAT = 4  # «aaaa» is number 79; past that a letter format is written in digits
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"


@dataclass(frozen=True)
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass
class Numbering:
    """Lists by numId with their level formats, and the counters as the document is read."""

    lists: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)  # style id → (numId, level) it numbers with

    def label(self, num_id: str, level: int) -> str | None:
        """The number Word shows for the next paragraph of list `num_id` at `level`; None for bullets."""
        levels = self.lists.get(num_id)
        if levels is None or not 0 <= level < MAX_LEVELS:
            return None
        counts = self.counters.setdefault(num_id, [0] * MAX_LEVELS)
        own = levels.get(level, _Level())
        counts[level] = counts[level] + 1 if counts[level] else own.start
        for deeper in range(level + 1, MAX_LEVELS):
            counts[deeper] = 0
        if own.fmt in ("bullet", "none"):
            return None

        def number(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            shown = levels.get(at, _Level())
            value = counts[at] or shown.start
            return _format(value, shown.fmt)

        return _PLACEHOLDER.sub(number, own.text).strip() or None


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter") and value <= 26 * MAX_LETTER_REPEAT:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("russianLower", "russianUpper"):
        letter = _RUSSIAN[(value - 1) % len(_RUSSIAN)]
        return letter.upper() if fmt == "russianUpper" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        out = ""
        for amount, digits in _ROMAN:
            while value >= amount:
                out += digits
                value -= amount
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "decimalZero" and value < 10:
        return f"0{value}"
    return str(value)


def _part(archive: zipfile.ZipFile, name: str) -> etree._Element | None:
    try:
        info = archive.getinfo(name)
        if info.file_size > MAX_NUMBERING_BYTES:
            return None
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        return etree.fromstring(archive.read(info), parser)
    except (KeyError, etree.XMLSyntaxError):
        return None


def read_numbering(archive: zipfile.ZipFile) -> Numbering:
    """numbering.xml's lists and the styles that use them; an absent, oversized or broken part gives no numbers, never an error."""
    root = _part(archive, "word/numbering.xml")
    if root is None:
        return Numbering()
    abstract: dict[str, dict[int, _Level]] = {}
    for element in root.iterfind(W + "abstractNum"):
        levels: dict[int, _Level] = {}
        for lvl in element.iterfind(W + "lvl"):
            pair = _level(lvl)
            if pair is not None:
                levels[pair[0]] = pair[1]
        abstract[element.get(W + "abstractNumId") or ""] = levels
    numbering = Numbering()
    for num in root.iterfind(W + "num"):
        ref = num.find(W + "abstractNumId")
        levels = dict(abstract.get(ref.get(W + "val") or "", {}) if ref is not None else {})
        for override in num.iterfind(W + "lvlOverride"):
            level = _int(override.get(W + "ilvl"))
            start = override.find(W + "startOverride")
            if start is not None and 0 <= level < MAX_LEVELS:
                base = levels.get(level, _Level())
                levels[level] = _Level(_int(start.get(W + "val"), 1), base.fmt, base.text)
        numbering.lists[num.get(W + "numId") or ""] = levels
    styles = _part(archive, "word/styles.xml")
    if styles is not None:
        numbering.styles = style_lists(styles)
    return numbering


def _level(lvl: etree._Element) -> tuple[int, _Level] | None:
    level = _int(lvl.get(W + "ilvl"), -1)
    if not 0 <= level < MAX_LEVELS:
        return None
    start = lvl.find(W + "start")
    fmt = lvl.find(W + "numFmt")
    text = lvl.find(W + "lvlText")
    return level, _Level(
        _int(start.get(W + "val"), 1) if start is not None else 1,
        (fmt.get(W + "val") or "decimal") if fmt is not None else "decimal",
        (text.get(W + "val") or "")[:MAX_LEVEL_TEXT] if text is not None else f"%{level + 1}.",
    )


def _int(value: str | None, default: int = 0) -> int:
    try:
        return max(-1, min(int(value or default), 10**6))
    except ValueError:
        return default


def paragraph_list(p: etree._Element, numbering: Numbering | None = None) -> tuple[str, int] | None:
    """(numId, level) of a numbered paragraph, set on it or by its style («List Number»); numId 0 switches numbering off."""
    ppr = p.find(W + "pPr")
    num_pr = ppr.find(W + "numPr") if ppr is not None else None
    style = ppr.find(W + "pStyle") if ppr is not None else None
    by_style = numbering.styles.get(style.get(W + "val") or "") if numbering is not None and style is not None else None
    if num_pr is None:
        return by_style
    num_id = num_pr.find(W + "numId")
    level = num_pr.find(W + "ilvl")
    value = num_id.get(W + "val") if num_id is not None else (by_style[0] if by_style else None)
    if not value or value == "0":
        return None
    return value, _int(level.get(W + "val")) if level is not None else (by_style[1] if by_style else 0)


def style_lists(root: etree._Element) -> dict[str, tuple[str, int]]:
    """Paragraph styles that number their paragraphs (styles.xml `w:numPr`), with inheritance through `basedOn`."""
    own: dict[str, tuple[tuple[str, int] | None, str | None]] = {}
    for style in root.iterfind(W + "style"):
        if style.get(W + "type") != "paragraph":
            continue
        ppr = style.find(W + "pPr")
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        listed = None
        if num_pr is not None and (num_id := num_pr.find(W + "numId")) is not None and (num_id.get(W + "val") or "0") != "0":
            level = num_pr.find(W + "ilvl")
            listed = (num_id.get(W + "val") or "", _int(level.get(W + "val")) if level is not None else 0)
        based = style.find(W + "basedOn")
        own[style.get(W + "styleId") or ""] = (listed, based.get(W + "val") if based is not None else None)
    resolved: dict[str, tuple[str, int]] = {}
    for style_id, (listed, parent) in own.items():
        seen = {style_id}
        while listed is None and parent in own and parent not in seen:
            seen.add(parent)
            listed, parent = own[parent]
        if listed is not None:
            resolved[style_id] = listed
    return resolved
