"""What `planctl import` tells the user: warnings in reading order, and a summary to end on.

The summary answers what a person checks after an import: how many items and sections
came in, how each column was recognized, what went to notes, and what needs a human look.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from planctl.importer.vocab import Phrase, message, phrase

#: warning kinds that ask for a human look (and the summary phrase counting them)
REVIEW_KINDS = (
    "no-title",
    "continuation-row",
    "orphan-row",
    "items-before-sections",
    "period-guessed",
    "stamp-alias",
    "bad-date",
    "no-title-found",
    "outside-lost",
    "other-table-lost",
    "extra-column",
)


class Warnings:
    """Warnings in the order they were found, counted by kind; worded in the plan's language at the end."""

    def __init__(self) -> None:
        self.phrases: list[Phrase] = []
        self.kinds: Counter[str] = Counter()

    def add(self, key: str, **fields: Any) -> None:
        self.phrases.append(phrase(key, **fields))
        self.kinds[key.removesuffix("-many")] += 1

    def merge(self, other: Warnings) -> None:
        self.phrases.extend(other.phrases)
        self.kinds.update(other.kinds)

    def texts(self, language: str) -> list[str]:
        return [message(p.key, language, **p.fields) for p in self.phrases]


@dataclass
class ColumnNote:
    """A printed column: its label, the field it became (None: notes) and how it was read."""

    label: str
    field: str | None
    how: str


@dataclass
class Summary:
    items: int
    sections: int
    columns: list[ColumnNote]
    notes: list[Phrase] = field(default_factory=list)  # what went to notes

    def lines(self, warnings: Warnings, language: str) -> list[str]:
        def say(key: str, **fields: Any) -> str:
            return message(key, language, **fields)

        out = [say("summary-head", items=self.items, sections=self.sections)]
        described = [
            say("summary-column", label=c.label, field=phrase(f"field-{c.field}" if c.field else "field-notes"), how=phrase(f"how-{c.how}"))
            for c in self.columns
            if c.label
        ]
        out.append(say("summary-columns", columns="; ".join(described)))
        out.append(say("summary-notes", what=self.notes) if self.notes else say("summary-no-notes"))
        look = [phrase(f"look-{kind}", count=warnings.kinds[kind]) for kind in REVIEW_KINDS if warnings.kinds[kind]]
        out.append(say("summary-look", what=look) if look else say("summary-nothing-to-look"))
        return out


def column_notes(columns: Iterable[Any]) -> list[ColumnNote]:
    return [ColumnNote(c.label, c.field, c.how) for c in columns]
