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

from planctl.deadlines.language import language, normalize_word, words_of
from planctl.deadlines.normalize import is_word

#: Two halves of a word with a hyphen between them, as a line break in Word leaves them; `after` is what
#: may not follow the second half. A lookahead, so that «Июль-окт-ябрь» tries «Июль-окт», then «окт-ябрь».
_HALVES = r"(?<![^\W\d_'])(?=([а-яіїєґё']{{2,}})-\s?([а-яіїєґё']{{2,}})(?![{after}]))"
#: A word broken by a hyphen at a line break: joined, it must be a word the grammar knows, and its
#: halves not both words of their own («сентяб-ря», «Щомісяч-но», «Що-місяця»; not «июнь-июль»).
_BROKEN = re.compile(_HALVES.format(after=r"\w'"), re.IGNORECASE)
#: A preposition glued to the number after it: «до15 мая».
_GLUED = re.compile(r"(?<![\w])(до|к|ко|с|со|по|на|з|із|від)(\d+)", re.IGNORECASE)
#: A preposition glued to the word after it: «впервом квартале», «втечение года».
_GLUED_WORD = re.compile(r"(?<![\w-])(в|во|до|к|ко|на|по|с|со|у|з|із|за)([а-яіїєґё']{4,})(?![\w-])", re.IGNORECASE)
#: «3 25 березня … по 31 березня»: the digit 3 typed for the letter «з» that opens a span (Ukrainian).
_THREE_FOR_Z = r"(?:^|(?<=\n))[ \t]*(3)(?=\s+\d{1,2}(?:\s+[^\W\d_]{3,}|\.\d{1,2}))"
#: «с 29 марта но 4 апреля»: «но» typed for «по» between the two ends of a span.
_NO_FOR_PO = r"(?i)\b(?:с|со|з|із)\s*\d{1,2}(?:\.\d{1,2}(?:\.\d{2,4})?)?(?:\s+[^\W\d_]+)?\s+(но)(?=\s*\d)"
#: «о 02.08.21 по 14.08.21»: «о» typed for the «з»/«с» that opens a span of two dates.
_O_FOR_FROM = r"(?i)(?:^|(?<=\n))[ \t]*(о)(?=\s+\d{1,2}\.\d{1,2}\.\d{2,4}\s+(?:по|до)\s*\d)"
#: A comma glued to the word after it: «ежеквартально,до 5 числа».
_COMMA = re.compile(r",(?=[^\W\d_])")
#: A word after a day number: a month's name, perhaps cut short («27 липн 2018 року»).
_DAY_WORD = re.compile(r"(?<![\w.])\d{1,2}\s+([^\W\d_]{4,})(?!\w)")
#: A word long enough that one slip of the pen («ежеквартльно», «декабяр», «отетным») still names one known word;
#: an apostrophe inside it is part of it («щоп'ятнці»).
_SLIP_MIN = 5
_LONG_WORD = rf"(?<![^\W\d_'])[^\W\d_](?:[^\W\d_]|'(?=[^\W\d_])){{{_SLIP_MIN - 1},}}(?![\w'])"


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
        tail = r"(?![\w-])" if wrong[-1].isalnum() else ""  # «в теч-ение» is a broken word, not «в теч.»
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
    for m in _BROKEN.finditer(text):
        words = _slip_words(lang)  # cached; built on the first broken word only
        first, second = map(normalize_word, m.groups())
        if first + second in words and (len(first) <= 3 or not (first in words and second in words)):
            found.append(_joined(m))
    found += [Respelling(m.start(), m.end(), m.group(), f"{m.group(1)} {m.group(2)}") for m in _GLUED.finditer(text)]
    table = language(lang)
    for m in _GLUED_WORD.finditer(text):
        whole, rest = normalize_word(m.group()), normalize_word(m.group(2))
        if whole not in table.vocabulary and rest in table.vocabulary:
            found.append(Respelling(m.start(), m.end(), m.group(), f"{m.group(1)} {m.group(2)}"))
    found += [Respelling(m.start(), m.end() + 0, ",", ", ") for m in _COMMA.finditer(text)]
    # the rarer artefacts' patterns are compiled (by `re`'s cache) only for text that may hold them
    if lang == "uk" and "3" in text:
        found += [Respelling(m.start(1), m.end(1), "3", "з") for m in re.finditer(_THREE_FOR_Z, text)]
    if "но" in text.lower():
        found += [Respelling(m.start(1), m.end(1), m.group(1), _cased("по", m.group(1))) for m in re.finditer(_NO_FOR_PO, text)]
    if text.lstrip()[:1] in ("о", "О") or "\n" in text:
        opener = "з" if lang == "uk" else "с"
        found += [Respelling(m.start(1), m.end(1), m.group(1), _cased(opener, m.group(1))) for m in re.finditer(_O_FOR_FROM, text)]
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


#: «додат-кова сесія», «пер-⏎ескладання»: two halves of a word with a hyphen between them (and a line's end).
_INNER_HYPHEN = re.compile(r"(?<![\w'-])([а-яіїєґё']{2,})-[ \t]?\n?[ \t]?([а-яіїєґё']{2,})(?![\w'-])", re.IGNORECASE)


def names_unbroken(text: str) -> str:
    """`text` (normalised) with the hyphen Word left inside a word of a name made a space, where neither half
    nor the whole is a word either language's tables know («додат-кова сесія: з 29 липня …», «перес-кладання»):
    read as a dash, it would join the dates around it into a span. For reading only (lint says nothing, and a
    message names the halves as written)."""
    return _INNER_HYPHEN.sub(lambda m: f"{m.group(1)} {m.group(2)}" if _in_a_name(m) else m.group(), text) if "-" in text else text


def _in_a_name(match: re.Match[str]) -> bool:
    """Neither half nor the whole known, and no half Roman numerals in Cyrillic letters («ІІ-ІІІ квартал»)."""
    first, second = (normalize_word(half) for half in match.groups())
    return not (_roman(first) or _roman(second)) and not {first, second, first + second} & _known_anywhere()


@lru_cache(maxsize=1)
def _known_anywhere() -> frozenset[str]:
    tables = (language("ru"), language("uk"))
    return _slip_words("ru") | _slip_words("uk") | {word for table in tables for word in (*table.months, *table.seasons)}


def _glued_at(word: str, vocabulary: frozenset[str]) -> int | None:
    """«срокомна», «двамесяца»: where two words the grammar knows lost the space between them, if only
    one place splits the word so."""
    splits = [k for k in range(2, len(word) - 1) if word[:k] in vocabulary and word[k:] in vocabulary]
    return splits[0] if len(splits) == 1 else None


def slips(text: str, lang: str = "ru", *, known_in: str | None = None) -> tuple[Respelling, ...]:
    """Words one letter away (one dropped, added, changed or swapped) from exactly one word the
    grammar knows, and known to it themselves not at all: «ежеквартльно», «декаабря», «Щопянтиці».
    Words known in `known_in` too are no slips (the Russian «неделя» is not a slip for «неділя»).

    Only a guess: the grammar takes them when the phrase reads no other way (`reading.slips_read`),
    since a word of an event or an object may be one letter from a deadline word."""
    table = language(lang)
    known = _slip_words(lang) | (_slip_words(known_in) if known_in else frozenset())
    # the halves of a word Word broke in a name are no slips («перес-кладання» is not «перед»)
    taken = [*respellings(text, lang), *(Respelling(m.start(), m.end(), "", "") for m in _INNER_HYPHEN.finditer(text) if _in_a_name(m))]
    found = []
    for m in re.finditer(_LONG_WORD, text):
        if any(r.start < m.end() and m.start() < r.end for r in taken):
            continue
        word = normalize_word(m.group())
        if word in known:
            continue
        near = _near(word, lang)
        if len(near) > 1 and _one_word(near, lang):
            # «березя», «квартае», «пізніе»: several forms of one word one slip away («березня», «берез»):
            # the full form that keeps the written ending
            near = {min(near, key=lambda w: (w in table.month_prefixes, w[-1] != word[-1], -len(w), w))}
        if len(near) == 1:
            right = near.pop()
            right = _apostrophed(lang).get(right, right)  # «щопятниці» is read, «щоп'ятниці» is written
            found.append(Respelling(m.start(), m.end(), m.group(), _cased(right, m.group())))
        elif len(word) >= 6 and (at := _glued_at(word, known)) is not None:
            # «сроком на двамесяца»: a lost space (not certain: «сегодня» is «сего» and «дня» to the tables)
            found.append(Respelling(m.start(), m.end(), m.group(), f"{m.group()[:at]} {m.group()[at:]}"))
    for m in _DAY_WORD.finditer(text):
        # «26 счня 2021 року»: a word too short for a slip elsewhere, after a day, one slip from a month only
        word = normalize_word(m.group(1))
        if len(word) == _SLIP_MIN - 1 and word not in known and not any(r.start < m.end() and m.start() < r.end for r in taken):
            months = {w for w in _near(word, lang) if w in table.months}
            if len(months) == 1:
                found.append(Respelling(m.start(1), m.end(1), m.group(1), _cased(months.pop(), m.group(1))))
    return tuple(found)


def near_a_month(word: str) -> bool:
    """«сервня» (серпня? червня?), «сентбря»: one slip from a month's name in either language, so never the
    name of an event before a date, even where the slip is too unsure to respell."""
    word = normalize_word(word)
    return len(word) >= _SLIP_MIN and any(near in language(code).months for code in ("ru", "uk") for near in _near(word, code))


def _near(word: str, lang: str) -> set[str]:
    """The known words one slip from `word`."""
    near = _neighbours(lang).get(word, set()) | {w for key in _deletions(word) for w in _neighbours(lang).get(key, ())}
    return {w for w in near if _one_slip(word, w)}


@lru_cache(maxsize=4)
def _apostrophed(lang: str) -> dict[str, str]:
    """Known words written without their apostrophe → with it (the vocabulary keeps letters only)."""
    table = language(lang)
    words = {word for phrase, _, _ in table.phrases for word in phrase} | table.weekdays
    return {word.replace("'", ""): word for word in words if "'" in word}


def _sense(word: str, lang: str) -> object:
    """What a known word means to the grammar, so that its forms count as one: a month's number, a period
    word's unit, a word that only fills («позднее», «пізніш»); any other word is itself."""
    table = language(lang)
    if word in table.months:
        return ("month", table.months[word])
    for unit in ("quarter", "half", "year", "month_word", "decade", "week", "half_month"):
        if word in getattr(table, unit):
            return unit
    if word in table.skip:
        return "skip"
    return _misspelled_words(lang).get(word, word)


def _one_word(near: set[str], lang: str) -> bool:
    """Known words that are one word to the grammar: one sense, or forms that share their first letters
    («каждого», «каждое»; «текущего», «текущей»)."""
    return len({_sense(w, lang) for w in near}) == 1 or (all(len(w) > _STEM for w in near) and len({w[:_STEM] for w in near}) == 1)


#: The letters two known forms of one word share («каждо-го», «каждо-е»).
_STEM = 5


@lru_cache(maxsize=4)
def _misspelled_words(lang: str) -> dict[str, str]:
    """«течении» → «течение»: the words of the known misspellings, word for word, so that a slip one
    letter from both a misspelling and its right form («течениие») is not taken for two words."""
    pairs = (zip(wrong.split(), right.lower().split(), strict=True) for wrong, right in language(lang).misspellings.items() if len(wrong.split()) == len(right.split()))
    return {w: r for pair in pairs for w, r in pair if w != r}


@lru_cache(maxsize=4)
def _slip_words(lang: str) -> frozenset[str]:
    """The words a slip may be one letter from: the vocabulary, the words of relative terms, counts
    («десяти») and weekdays of a month (built on first need: most plans have no slip and no broken word)."""
    table = language(lang)
    forms = [str(form) for forms in table.relative_tables.values() if isinstance(forms, list) for form in forms]
    forms += [str(word) for word in table.relative_tables["terms"]]
    words = {word for form in forms for word in words_of(form) if is_word(word)}
    words |= {word for table_words in (table.counts, table.nth_ordinals, table.nth_weekdays) for word in table_words if is_word(word)}
    return table.vocabulary | table.words_of_patterns | frozenset(words)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lru_cache(maxsize=4)
def _neighbours(lang: str) -> dict[str, set[str]]:
    """Each known word under itself and under every one-letter deletion of it (the symmetric-delete index)."""
    index: dict[str, set[str]] = {}
    for word in _slip_words(lang):
        if len(word) >= _SLIP_MIN and is_word(word):
            for key in {word} | _deletions(word):
                index.setdefault(key, set()).add(word)
    return index


def _one_slip(a: str, b: str) -> bool:
    """`a` and `b` differ by one inserted, deleted or changed letter, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


#: A word of a name broken by a hyphen at a line break («Ка-никулы», «Но-вогодние»): halves the grammar
#: does not know both of («июнь-июль» are two words). Roman numerals in Cyrillic letters («ІІ-ІІІ
#: квартал») are not names.
_BROKEN_NAME = re.compile(_HALVES.format(after=r"\w'-"), re.IGNORECASE)
_ROMAN_LOOKALIKES = frozenset("іiхxvсcмmл")


def _roman(half: str) -> bool:
    """«ІІ», «ХІV»: a Roman numeral in lookalike letters, not half of a broken word."""
    return set(half) <= _ROMAN_LOOKALIKES


def broken_names(text: str, lang: str = "ru") -> tuple[Respelling, ...]:
    """Words of a name or a remark that Word broke with a hyphen, joined: a guess the grammar takes
    only for a phrase it cannot read otherwise, and `fix` never writes («бібліотека-філіал» is a word)."""
    known = language(lang).vocabulary
    found = []
    for m in _BROKEN_NAME.finditer(text):
        halves = [normalize_word(half) for half in m.groups()]
        if all(half in known for half in halves) or any(map(_roman, halves)):
            continue
        found.append(_joined(m))
    return tuple(found)


def _joined(broken: re.Match[str]) -> Respelling:
    """The two halves a `_HALVES` pattern found, written as one word."""
    start, end = broken.start(1), broken.end(2)
    return Respelling(start, end, broken.string[start:end], broken.group(1) + broken.group(2))


def respell(text: str, lang: str = "ru", extra: tuple[Respelling, ...] = ()) -> str:
    """`text` with every misspelling and artefact corrected, and the `extra` respellings (slips) made."""
    out, at = [], 0
    for item in sorted((*respellings(text, lang), *extra), key=lambda r: r.start):
        if item.start < at:
            continue  # a slip found in the other language's words may overlap an artefact of this one's
        out += [text[at : item.start], item.right]
        at = item.end
    return "".join(out) + text[at:]
