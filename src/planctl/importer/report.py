"""What `planctl import` tells the user: warnings in reading order, and a summary to end on.

The summary answers what a person checks after an import: how many items and sections
came in, how each column was recognized, what went to notes, and what needs a human look.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from planctl.importer.vocab import message

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


class Warnings(list[str]):
    """Warnings in the order they were found, counted by kind for the summary."""

    def __init__(self) -> None:
        super().__init__()
        self.kinds: Counter[str] = Counter()

    def merge(self, other: Warnings) -> None:
        self.extend(other)
        self.kinds.update(other.kinds)

    def add(self, key: str, **fields: Any) -> None:
        self.append(message(key, **fields))
        self.kinds[key.removesuffix("-many")] += 1


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
    notes: list[str] = field(default_factory=list)  # what went to notes, in words

    def lines(self, warnings: Warnings) -> list[str]:
        out = [message("summary-head", items=self.items, sections=self.sections)]
        described = [
            message("summary-column", label=c.label, field=message(f"field-{c.field}" if c.field else "field-notes"), how=message(f"how-{c.how}"))
            for c in self.columns
            if c.label
        ]
        out.append(message("summary-columns", columns="; ".join(described)))
        out.append(message("summary-notes", what="; ".join(self.notes)) if self.notes else message("summary-no-notes"))
        look = [message(f"look-{kind}", count=warnings.kinds[kind]) for kind in REVIEW_KINDS if warnings.kinds[kind]]
        out.append(message("summary-look", what="; ".join(look)) if look else message("summary-nothing-to-look"))
        return out


def column_notes(columns: Iterable[Any]) -> list[ColumnNote]:
    return [ColumnNote(c.label, c.field, c.how) for c in columns]
