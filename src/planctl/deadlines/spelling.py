"""Misspellings and Word artefacts in deadline phrases, found where they are written.

Clerks write «в течении года», «в теч. года», «ежемесячо»; Word leaves «Щомісяч-но» (a
hyphen from a line break) and «до15 мая» (a lost space). The grammar reads the corrected
text; the linter reports each finding with the right spelling, and `planctl fix` writes it.
The known misspellings are data (lang/*.yaml `misspellings`); the artefacts are rules here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from planctl.deadlines.language import language

#: A word broken by a hyphen at a line break: joined, it must be a word the grammar knows.
_BROKEN = re.compile(r"(?<![\w-])([а-яіїєґё']{2,})-\s?([а-яіїєґё']{2,})(?![\w-])", re.IGNORECASE)
#: A preposition glued to the number after it: «до15 мая».
_GLUED = re.compile(r"(?<![\w])(до|к|ко|с|со|по|на|з|із|від)(\d+)", re.IGNORECASE)
#: A preposition glued to the word after it: «впервом квартале», «втечение года».
_GLUED_WORD = re.compile(r"(?<![\w-])(в|во|до|к|ко|на|по|с|со|у|з|із|за)([а-яіїєґё']{4,})(?![\w-])", re.IGNORECASE)
#: A comma glued to the word after it: «ежеквартально,до 5 числа».
_COMMA = re.compile(r",(?=[^\W\d_])")
#: A word after a day number: a month's name, perhaps cut short («27 липн 2018 року»).
_DAY_WORD = re.compile(r"(?<![\w.])\d{1,2}\s+([^\W\d_]{4,})(?!\w)")


@dataclass(frozen=True)
class Respelling:
    """`text[start:end]` is written `wrong` and should be `right`."""

    start: int
    end: int
    wrong: str
    right: str


@lru_cache(maxsize=4)
def _table(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    for wrong, right in language(lang).misspellings.items():
        body = r"\s+".join(re.escape(word) for word in wrong.split())
        tail = r"(?!\w)" if wrong[-1].isalnum() else ""
        rules.append((re.compile(r"(?<!\w)" + body + tail, re.IGNORECASE), right))
    return tuple(rules)


def _cased(right: str, wrong: str) -> str:
    """The right spelling in the case the writer used: «В течении» → «В течение», «ЕЖЕМЕСЯЧО» → «ЕЖЕМЕСЯЧНО»."""
    if wrong.isupper() and len(wrong) > 1:
        return right.upper()
    if wrong[:1].isupper():
        return right[:1].upper() + right[1:]
    return right


def respellings(text: str, lang: str = "ru") -> list[Respelling]:
    """Every misspelling and artefact in `text`, in order, none overlapping."""
    return list(_respellings(text, lang))


@lru_cache(maxsize=4096)
def _respellings(text: str, lang: str) -> tuple[Respelling, ...]:
    """Cached: a plan repeats a handful of deadline phrases, and each is read by the grammar,
    the linter and `fix`."""
    found: list[Respelling] = []
    for pattern, right in _table(lang):
        found += [Respelling(m.start(), m.end(), m.group(), _cased(right, m.group())) for m in pattern.finditer(text)]
    known = language(lang).vocabulary
    for m in _BROKEN.finditer(text):
        joined = m.group(1) + m.group(2)
        if joined.lower().replace("ё", "е") in known and m.group(1).lower() not in known:
            found.append(Respelling(m.start(), m.end(), m.group(), joined))
    found += [Respelling(m.start(), m.end(), m.group(), f"{m.group(1)} {m.group(2)}") for m in _GLUED.finditer(text)]
    for m in _GLUED_WORD.finditer(text):
        whole, rest = m.group().lower().replace("ё", "е"), m.group(2).lower().replace("ё", "е")
        if whole not in known and rest in known:
            found.append(Respelling(m.start(), m.end(), m.group(), f"{m.group(1)} {m.group(2)}"))
    found += [Respelling(m.start(), m.end() + 0, ",", ", ") for m in _COMMA.finditer(text)]
    table = language(lang)
    for m in _DAY_WORD.finditer(text):
        number = table.month_prefixes.get(m.group(1).lower())
        if number is not None:
            right = _cased(table.explain["months_genitive"][number - 1], m.group(1))
            found.append(Respelling(m.start(1), m.end(1), m.group(1), right))
    found.sort(key=lambda r: (r.start, -r.end))
    kept: list[Respelling] = []
    for item in found:
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return tuple(kept)


def respell(text: str, lang: str = "ru") -> str:
    """`text` with every misspelling and artefact corrected."""
    out, at = [], 0
    for item in respellings(text, lang):
        out += [text[at : item.start], item.right]
        at = item.end
    return "".join(out) + text[at:]
