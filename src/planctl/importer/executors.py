"""Executors in a cell: one per paragraph and per line break, commas split only between whole names.

A cell lists executors one per paragraph, one per line (Shift+Enter, or `<br>` in a page
saved from HTML), or joined by commas. A comma also sits inside many names («Постійна
комісія з питань освіти, культури, молоді та спорту», «Зам. директора по УВР, ВР»), so a
cell is cut at a comma or semicolon only where every piece could stand as an executor on
its own: a name seen before in the plan, a capitalized name or abbreviation, or a phrase
headed by an organisation or post word (labels.yaml: `executor_heads`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import cache

from planctl.importer.vocab import labels

_OPEN = "«(“„["
_CLOSE = "»)”]"
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:[-'’ʼ][^\W\d_]+)*\.?")
#: «УВР», «ВР», «МО»: an abbreviation in capitals
_ABBREVIATION = re.compile(r"^[A-ZА-ЯЁІЇЄҐ]{1,6}$")
#: a known name is looked for across at most this many comma-separated pieces (keeps a 10,000-comma cell linear)
_LONGEST_NAME_PARTS = 8


def split_executors(paragraphs: Iterable[str], known: Collection[str] = ()) -> list[str]:
    """Executors of one cell: every paragraph, and every line of one, on its own; then commas between whole names.

    `paragraphs` are the cell's paragraphs, line breaks inside one as "\\n". A line that
    cannot stand alone (a lowercase tail with no organisation word) is the rest of the line
    above it, wrapped by hand. `known` holds names already seen in the plan.
    """
    entries: list[str] = []
    for paragraph in paragraphs:
        lines = [_trim(line) for line in paragraph.split("\n")]
        pieces: list[str] = []
        for line in filter(None, lines):
            if pieces and not _plausible(line, known) and line[0].islower() and not pieces[-1].endswith((",", ";")):
                pieces[-1] = f"{pieces[-1]} {line}"
            else:
                pieces.append(line)
        entries.extend(pieces)
    if len(entries) != 1:  # the author put each executor on its own line: commas are inside names
        return entries
    return split_joined(entries[0], known)


def _trim(text: str) -> str:
    return text.strip().rstrip(",;").strip()


def split_joined(text: str, known: Collection[str] = ()) -> list[str]:
    """One paragraph's text cut at commas and semicolons outside quotes and parentheses, where both sides are names."""
    text = _trim(text)
    if not text:
        return []
    if text in known:
        return [text]
    parts = _top_level_parts(text)
    merged: list[list[tuple[str, str]]] = []  # each executor as its pieces, joined once at the end
    i = 0
    while i < len(parts):
        j = _longest_known(parts, i, known)
        if j > i + 1:
            merged.append(parts[i:j])
            i = j
            continue
        part = parts[i][1]
        if merged and (_continues_name(part) or not _plausible(part, known) or _continues_list(merged[-1][-1][1], part)):
            merged[-1].append(parts[i])
        else:
            merged.append([parts[i]])
        i += 1
    return [_joined(pieces) for pieces in merged]


def _top_level_parts(text: str) -> list[tuple[str, str]]:
    """(the separator before it, the piece) for each piece between top-level commas and semicolons."""
    parts: list[tuple[str, str]] = []
    depth = 0
    quote = False
    start = 0
    separator = ""
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == '"':
            quote = not quote
        elif ch in ",;" and depth == 0 and not quote:
            parts.append((separator, text[start:i].strip()))
            separator = ch
            start = i + 1
    parts.append((separator, text[start:].strip()))
    return [(sep, piece) for sep, piece in parts if piece]


def _joined(parts: list[tuple[str, str]]) -> str:
    return parts[0][1] + "".join(f"{separator} {piece}" for separator, piece in parts[1:])


def _longest_known(parts: list[tuple[str, str]], i: int, known: Collection[str]) -> int:
    """The end of the longest run of parts from `i` that joins into a name seen before (i + 1 if none)."""
    for j in range(min(len(parts), i + _LONGEST_NAME_PARTS), i + 1, -1):
        if _joined(parts[i:j]) in known:
            return j
    return i + 1


def _plausible(part: str, known: Collection[str]) -> bool:
    """Whether a piece could be an executor by itself."""
    if part in known:
        return True
    words = _WORD.findall(part)
    if not words:
        return False
    if part[0].isupper() or part[0] in "«\"“":
        return True
    heads = _heads()
    return any(heads.match(word.casefold()) for word in words[:3])


@cache
def _heads() -> re.Pattern[str]:
    """One pattern for all organisation and post stems: a word starting with any of them."""
    stems = sorted(labels()["executor_heads"], key=len, reverse=True)
    return re.compile("|".join(re.escape(stem) for stem in stems))


def _continues_list(previous: str, part: str) -> bool:
    # `previous` is the piece before, e.g. «Зам. директора по УВР»
    """«Зам. директора по УВР, ВР»: a bare abbreviation after «по УВР» names a second field of the same post."""
    if not _ABBREVIATION.match(part):
        return False
    words = previous.split()
    return len(words) >= 2 and bool(_ABBREVIATION.match(words[-1])) and words[-2].casefold() in labels()["executor_list_prepositions"]


def _continues_name(rest: str) -> bool:
    low = rest.strip().casefold()
    return any(low == w or low.startswith(w + " ") for w in labels()["no_split_before"])
