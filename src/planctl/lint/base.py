"""What every rule shares: texts from rules.yaml, columns inside scalars, the plan's text values.

Rules stay small generators; anything two rules need lives here, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument, YamlPath
from planctl.model import Item, Section, as_data
from planctl.selection import RULES_FILE
from planctl.yamlio import package_data

Position = tuple[int, int]

_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?$")
_ROMAN = re.compile(r"^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


@cache
def catalogue() -> dict[str, dict[str, Any]]:
    """rules.yaml, read once per process: code → name, ru, uk, hint, variants."""
    data = package_data(*RULES_FILE)  # the key selection reads it under: one read
    assert isinstance(data, dict)
    return data


def _pick(entry: dict[str, Any], key: str, lang: str) -> str | None:
    """`entry[key_lang]`, falling back to Russian; `key` is "" for the message itself."""
    prefix = f"{key}_" if key else ""
    value = entry.get(prefix + lang) or entry.get(prefix + "ru")
    return None if value is None else str(value)


def texts(code: str, lang: str, variant: str | None = None, **fields: Any) -> tuple[str, str | None]:
    """The message and hint of `code` (or of one of its variants) in `lang`, filled with `fields`."""
    entry = catalogue()[code]
    if variant is not None:
        entry = entry["variants"][variant]
    message = _pick(entry, "", lang)
    assert message is not None, f"{code}: no message"
    hint = _pick(entry, "hint", lang)
    return message.format(**fields), (hint.format(**fields) if hint is not None else None)


def term(rule: str, key: str, lang: str, /, **fields: Any) -> str:
    """A word or phrase rule `rule` (a code) puts into its message (rules.yaml `terms`), in `lang`."""
    text = _pick(catalogue()[rule]["terms"][key], "", lang)
    assert text is not None, f"{rule}: no term {key!r}"
    return text.format(**fields) if fields else text


def terms(code: str) -> dict[str, Any]:
    """All terms of rule `code`, by key."""
    return dict(catalogue()[code].get("terms", {}))


@dataclass(frozen=True)
class Reporter:
    """Makes a rule's findings: `report(doc, (line, col), variant, **fields)`."""

    code: str
    name: str
    severity: Severity

    def __call__(
        self, doc: PlanDocument, at: Position, variant: str | None = None, *, hint: str | None = None, **fields: Any
    ) -> Diagnostic:
        message, default_hint = texts(self.code, doc.plan.language, variant, **fields)
        line, column = at
        return Diagnostic(self.code, self.severity, message, doc.path, line, column, hint or default_hint, rule=self.name)


@lru_cache(maxsize=16)
def _lines(text: str) -> tuple[str, ...]:
    return tuple(text.splitlines())


def char_at(doc: PlanDocument, path: YamlPath, value: str, index: int) -> Position:
    """The line and column of `value[index]` when the scalar is written on one line as it reads.

    Plain and simply-quoted scalars are found in the line text; escapes, block scalars and
    folded lines fall back to the scalar's own start.
    """
    line, column = doc.positions.of(path)
    lines = _lines(doc.text)
    if not 0 < line <= len(lines):
        return line, column
    source = lines[line - 1]
    start = column - 1
    if start < len(source) and source[start] in "'\"":
        start += 1
    if source.startswith(value[: index + 1], start):
        return line, start + index + 1
    return line, column


Row = tuple[Section | None, int, Item, YamlPath]


def rows(doc: PlanDocument) -> list[Row]:
    """`doc.plan.walk()` as a list, made once for all the rules that go over the items."""
    found = doc.memo.get("rows")
    if found is None:
        found = doc.memo["rows"] = list(doc.plan.walk())
    return found


def text_values(doc: PlanDocument) -> list[tuple[YamlPath, str]]:
    """Every free-text value of the plan with its YAML path (numbers and labels included)."""
    found = doc.memo.get("text_values")
    if found is None:
        found = doc.memo["text_values"] = list(_text_values(doc))
    return found


def joined_text_values(doc: PlanDocument) -> str:
    """All text values in one string, one per line: a rule that finds nothing here finds nothing in any."""
    found = doc.memo.get("joined_text_values")
    if found is None:
        found = doc.memo["joined_text_values"] = "\n".join(value for _, value in text_values(doc))
    return found


def _text_values(doc: PlanDocument) -> Iterator[tuple[YamlPath, str]]:
    plan = doc.plan
    for key in ("title", "heading", "attachment"):
        value = getattr(plan, key)
        if value:
            yield (key,), value
    if plan.approval is not None:
        for key in ("position", "name", "document"):
            value = getattr(plan.approval, key)
            if value:
                yield ("approval", key), value
    for key, value in as_data(plan.columns).items():
        if value is not None:
            yield ("columns", key), value
    for ident, name in (plan.executors or {}).items():
        yield ("executors", ident), name
    for s, section in enumerate(plan.sections or []):
        if section.number:
            yield ("sections", s, "number"), section.number
        yield ("sections", s, "title"), section.title
    for _, _, item, path in rows(doc):
        for key in ("number", "title", "deadline", "result", "notes"):
            value = getattr(item, key)
            if value:
                yield (*path, key), value
        for k, name in enumerate(item.executors):
            if name:
                yield (*path, "executors", k), name


@lru_cache(maxsize=8192)
def parse_number(text: str | None) -> tuple[int, ...] | None:
    """`"1.2"` → (1, 2); a trailing dot is tolerated (N004 reports it); anything else → None."""
    if text is None:
        return None
    stripped = text.strip()
    if not _NUMBER.match(stripped):
        return None
    return tuple(int(part) for part in stripped.rstrip(".").split("."))


@lru_cache(maxsize=1024)
def roman_value(text: str) -> int | None:
    """`"IV"` → 4: sections are often numbered in Roman numerals."""
    stripped = text.strip().rstrip(".")
    if not _ROMAN.match(stripped):
        return None
    total = 0
    for i, char in enumerate(stripped):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[stripped[i + 1]] if i + 1 < len(stripped) else 0
        total += -value if value < following else value
    return total


@lru_cache(maxsize=1024)
def parse_section_number(text: str | None) -> tuple[int, ...] | None:
    """A section number: digits and dots, or a Roman numeral standing for one level."""
    parsed = parse_number(text)
    if parsed is None and text is not None:
        roman = roman_value(text)
        if roman is not None:
            return (roman,)
    return parsed


def show_number(number: tuple[int, ...]) -> str:
    return ".".join(str(part) for part in number)


_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»„“”‘’—–…№\u00a0"
#: Runs of punctuation and whitespace (`\s` is exactly what `str.split()` splits on).
_SEPARATORS = re.compile("[" + re.escape(_PUNCTUATION) + r"\s]+")


def normalize(text: str) -> str:
    """Case, ё/е, punctuation and spacing do not make two texts different."""
    return " ".join(_SEPARATORS.split(text.casefold().replace("ё", "е"))).strip()
