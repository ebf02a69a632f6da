"""`planctl fix`: rewrite the findings that have one right answer, keeping the file as written.

Fixable: misspellings and Word artefacts in deadlines (D006), Latin lookalike letters in a
Cyrillic word (T003, when each has a Cyrillic twin), a remark after a deadline's
date, which moves to the item's notes (D008, when the cut in the written text is certain),
spaces at the end of a text (T001 trailing), and special spaces where a plain one is meant
(T001 odd; a no-break space after «№»/«§» or inside a number stays). The plan goes through a ruamel round trip, so
comments, quotes, flow maps and key order stay; only the values that change are rewritten.
A file with nothing to fix is never rewritten.
"""

from __future__ import annotations

import difflib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from planctl.deadlines.reading import slips_read
from planctl.deadlines.remarks import split_remark
from planctl.deadlines.spelling import respell
from planctl.lint.base import terms
from planctl.lint.rules.t001_whitespace import _fine_nbsp  # one home for what T001 accepts
from planctl.lookalikes import unmixed
from planctl.yamlio import package_data

#: Special spaces T001 reports (rules.yaml T001 `terms`), the tab aside: a tab may be meant.
_ODD = re.compile("[" + "".join(space for space in terms("T001") if space != "\t") + "]")
#: A sequence's dash indented under its key: `items:\n  - …` → 2.
_DASH_OFFSET = re.compile(r"(?m)^( *)[^\s#-][^:\n]*:[ \t]*\n( *)- ")


@dataclass
class Fixed:
    """What fixing one file changed: counts by finding code, and the text before and after."""

    path: str
    before: str
    after: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return self.after != self.before

    def diff(self) -> str:
        """A unified diff of the change, as `--diff` shows it."""
        lines = difflib.unified_diff(
            self.before.splitlines(keepends=True), self.after.splitlines(keepends=True), self.path, self.path
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def fix_text(text: str, path: str = "<plan>", lang: str = "ru") -> Fixed:
    """The plan `text` with its fixable findings rewritten."""
    yaml = _round_trip(text)
    data = yaml.load(text)
    result = Fixed(path, text, text)
    if not isinstance(data, CommentedMap):
        return result
    lang = str(data.get("language") or lang)
    # the items first (whole, before notes are added to them), then every text value
    for item in [container for container, key, _ in _strings(data) if key == "deadline"]:
        _move_remark(item, lang, result.counts)
    for container, key, value in _strings(data):
        fixed = _fix_value(value, key, lang, result.counts)
        if fixed != value:
            container[key] = type(value)(fixed) if type(value) is not str else fixed
    if result.counts:
        out = io.StringIO()
        yaml.dump(data, out)
        result.after = out.getvalue()
    return result


def _round_trip(text: str) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 1 << 16  # never fold a long title onto two lines
    found = _DASH_OFFSET.search(text)
    offset = len(found.group(2)) - len(found.group(1)) if found else 2
    yaml.indent(mapping=2, sequence=offset + 2, offset=offset)
    return yaml


def _strings(node: Any) -> Iterator[tuple[Any, Any, str]]:
    """(container, key, text) for every text value; keys themselves are left alone."""
    items = node.items() if isinstance(node, CommentedMap) else enumerate(node) if isinstance(node, CommentedSeq) else ()
    for key, value in items:
        if isinstance(value, str):
            yield node, key, value
        else:
            yield from _strings(value)


def _move_remark(item: Any, lang: str, counts: dict[str, int]) -> None:
    """«02.10.2023, 10-12 классы» → deadline «02.10.2023», the remark appended to notes."""
    split = split_remark(str(item["deadline"]), lang)
    if split is None or item.get("due") is not None:
        return
    term, remark = split
    item["deadline"] = type(item["deadline"])(term) if type(item["deadline"]) is not str else term
    notes = item.get("notes")
    item["notes"] = f"{notes}; {remark}" if isinstance(notes, str) and notes.strip() else remark
    counts["D008"] = counts.get("D008", 0) + 1


def _fix_value(value: str, key: Any, lang: str, counts: dict[str, int]) -> str:
    fixed = unmixed(value, lang)
    if fixed != value:
        counts["T003"] = counts.get("T003", 0) + 1
    value = fixed
    if key == "deadline":
        fixed = respell(fixed, lang, slips_read(fixed, lang))
        if fixed != value:
            counts["D006"] = counts.get("D006", 0) + 1
    spaced = _ODD.sub(lambda m: m.group() if _fine_nbsp(m.string, m.start()) else " ", fixed)
    if key != "notes":
        spaced = spaced.rstrip(" \t") if spaced.strip() else spaced
    if spaced != fixed:
        counts["T001"] = counts.get("T001", 0) + 1
    return spaced


def says(key: str, lang: str, /, **fields: Any) -> str:
    """A line of `planctl fix` output in the plan's language (texts in lint/fixes.yaml)."""
    entry = package_data("planctl.lint", "fixes.yaml")[key]
    return str(entry.get(lang) or entry["ru"]).format(**fields)
