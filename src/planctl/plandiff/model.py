"""The result of comparing two versions of a plan: what changed, item by item, as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

ItemKind = Literal["added", "removed", "changed", "moved"]
SectionKind = Literal["added", "removed", "renamed"]


@dataclass(frozen=True)
class FieldChange:
    """One field that differs; list fields also say which elements came and went."""

    field: str
    old: str | None
    new: str | None
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"field": self.field, "old": self.old, "new": self.new}
        if self.added or self.removed:
            data["added"] = list(self.added)
            data["removed"] = list(self.removed)
        return data


@dataclass(frozen=True)
class OccurrenceChange:
    """A reporting period whose due date moved, appeared or disappeared."""

    part: str
    label: str
    old: dt.date | None
    new: dt.date | None

    def to_json(self) -> dict[str, object]:
        return {
            "part": self.part,
            "label": self.label,
            "old": self.old.isoformat() if self.old else None,
            "new": self.new.isoformat() if self.new else None,
        }


@dataclass(frozen=True)
class ItemRef:
    """An item as the reviewer finds it in one version: its number, title and section."""

    number: str | None
    title: str
    section: str | None

    def to_json(self) -> dict[str, object]:
        return {"number": self.number, "title": self.title, "section": self.section}


@dataclass(frozen=True)
class ItemDiff:
    """An item added, removed, or present in both with its changed fields and schedule."""

    kind: ItemKind
    old: ItemRef | None
    new: ItemRef | None
    fields: tuple[FieldChange, ...] = ()
    schedule: tuple[OccurrenceChange, ...] = ()
    moved: bool = False

    @property
    def ref(self) -> ItemRef:
        ref = self.new or self.old
        assert ref is not None
        return ref

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "moved": self.moved,
            "old": self.old.to_json() if self.old else None,
            "new": self.new.to_json() if self.new else None,
            "fields": [f.to_json() for f in self.fields],
            "schedule": [o.to_json() for o in self.schedule],
        }


@dataclass(frozen=True)
class SectionDiff:
    """A section added, removed or renamed (renumbered counts as renamed)."""

    kind: SectionKind
    old_number: str | None = None
    old_title: str | None = None
    new_number: str | None = None
    new_title: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "old": None if self.kind == "added" else {"number": self.old_number, "title": self.old_title},
            "new": None if self.kind == "removed" else {"number": self.new_number, "title": self.new_title},
        }


@dataclass(frozen=True)
class PlanDiff:
    """Everything that changed between two versions of one plan."""

    old_path: str
    new_path: str
    plan: tuple[FieldChange, ...] = ()
    sections: tuple[SectionDiff, ...] = ()
    items: tuple[ItemDiff, ...] = ()
    #: The new version's language: what the diff is worded in.
    language: str = "ru"

    @property
    def changed(self) -> bool:
        return bool(self.plan or self.sections or self.items)

    def counts(self) -> dict[str, int]:
        """How many items of each kind, for the summary line; moved-and-changed counts as changed."""
        counts = {"added": 0, "removed": 0, "changed": 0, "moved": 0}
        for item in self.items:
            counts[item.kind] += 1
        return counts

    def to_json(self) -> dict[str, object]:
        return {
            "old": self.old_path,
            "new": self.new_path,
            "changed": self.changed,
            "counts": self.counts(),
            "plan": [f.to_json() for f in self.plan],
            "sections": [s.to_json() for s in self.sections],
            "items": [i.to_json() for i in self.items],
        }
