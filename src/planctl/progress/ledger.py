"""Records matched to the plan: which occurrence of which item each record speaks of.

One place decides it, so the rules that report a mismatch, the due list that takes
completion from the records and the execution report never disagree.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from planctl.deadlines import Occurrence
from planctl.deadlines.occurrences import label_span
from planctl.document import PlanDocument, YamlPath
from planctl.due.schedule import calendar_for_language, item_occurrences
from planctl.model import Item, Section
from planctl.progress.model import Record, words

#: How a record failed to name an occurrence; None when it names one.
Mismatch = Literal["item-unknown", "label-unknown", "label-needed", "label-outside"]
#: The label of a record about an item that has no dated occurrences and names no period.
WHOLE_PERIOD = "*"


@dataclass(frozen=True)
class ItemRef:
    """An item of the plan with where it stands and its occurrences' labels."""

    item: Item
    path: YamlPath
    section: Section | None
    labels: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    """One record and what it was matched to."""

    index: int
    record: Record
    ref: ItemRef | None
    label: str | None
    mismatch: Mismatch | None = None


@dataclass
class Ledger:
    """The records of one plan, matched; `by_key` holds the first record of each occurrence."""

    plan: PlanDocument
    matches: list[Match] = field(default_factory=list)
    by_key: dict[tuple[str, str], Match] = field(default_factory=dict)
    items: dict[str, ItemRef] = field(default_factory=dict)

    def record_for(self, item: Item, label: str) -> Record | None:
        """The record of an occurrence (or of the whole period, for an item with no dated ones)."""
        if item.number is None:
            return None
        found = self.by_key.get((item.number.strip(), label))
        return found.record if found else None

    def records_of(self, item: Item) -> list[Match]:
        number = (item.number or "").strip()
        return [m for m in self.matches if m.mismatch is None and m.ref is not None and m.ref.item is item and number]

    def settle(self, item: Item, occurrence: Occurrence) -> tuple[Occurrence, bool, str | None]:
        """The occurrence as the records leave it, whether a record completed it, and why its due date moved.

        «выполнено» completes it; «перенесено» with a new date moves its due date there.
        """
        record = self.record_for(item, occurrence.label)
        if record is None:
            return occurrence, False, None
        code = record.status_code
        if code == "done":
            return occurrence, True, None
        if code == "postponed" and record.new_date is not None:
            shown = record.new_date.strftime("%d.%m.%Y")
            why = str(words(self.plan.plan.language)["moved"]).format(date=shown)
            return dataclasses.replace(occurrence, due=record.new_date, moved=None), False, why
        return occurrence, False, None


def item_refs(plan: PlanDocument) -> dict[str, ItemRef]:
    """Items by number (the first of repeated numbers: N001 reports the rest)."""
    found: dict[str, ItemRef] = {}
    calendar = calendar_for_language(plan.plan.language)
    for section, _, item, path in plan.plan.walk():
        if not item.number:
            continue
        key = item.number.strip()
        if key in found:
            continue
        labels = tuple(dict.fromkeys(o.label for o in item_occurrences(plan.plan, item, shift="none", calendar=calendar)))
        found[key] = ItemRef(item, path, section, labels)
    return found


def _in_period(label: str, start: dt.date, end: dt.date) -> bool:
    span = label_span(label)
    return span is not None and span[0] >= start and span[1] <= end


def match_records(plan: PlanDocument, records: list[Record]) -> Ledger:
    """Match every record to an item and an occurrence label."""
    ledger = Ledger(plan, items=item_refs(plan))
    period = plan.plan.period
    for index, record in enumerate(records):
        ref = ledger.items.get(record.item.strip())
        label = record.occurrence.strip() if record.occurrence is not None else None
        mismatch: Mismatch | None = None
        if ref is None:
            mismatch = "item-unknown"
        elif ref.labels:
            if label is None:
                if len(ref.labels) == 1:
                    label = ref.labels[0]
                else:
                    mismatch = "label-needed"
            elif label not in ref.labels:
                mismatch = "label-unknown"
        elif label is None:
            label = WHOLE_PERIOD
        elif not _in_period(label, period.start, period.end):
            mismatch = "label-outside"
        match = Match(index, record, ref, label, mismatch)
        ledger.matches.append(match)
        if mismatch is None and ref is not None and label is not None:
            ledger.by_key.setdefault((record.item.strip(), label), match)
    return ledger
