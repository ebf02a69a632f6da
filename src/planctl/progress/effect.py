"""What a plan's records do to its due list: «выполнено» completes an occurrence,
«перенесено» moves its due date. `planctl.due.schedule` asks here, once per plan.

Records that do not load leave the due list as the plan alone makes it (validate
reports them); records that load apply even when some of them have findings.
"""

from __future__ import annotations

from typing import Protocol

from planctl.deadlines import Occurrence
from planctl.document import PlanDocument
from planctl.filenames import records_beside
from planctl.model import Item


class Settler(Protocol):
    def settle(self, item: Item, occurrence: Occurrence) -> tuple[Occurrence, bool, str | None]:
        """The occurrence as the records leave it, whether they complete it, and why its due date moved."""


class _NoRecords:
    """A plan without records: every occurrence stays as the plan makes it."""

    def settle(self, item: Item, occurrence: Occurrence) -> tuple[Occurrence, bool, str | None]:
        return occurrence, False, None


NO_RECORDS = _NoRecords()


def records_for(doc: PlanDocument) -> Settler:
    """The records beside the plan, matched to it; `NO_RECORDS` when it has none (one stat)."""
    path = records_beside(doc.path)
    if path is None:
        return NO_RECORDS
    return _ledger(doc, path) or NO_RECORDS


def _ledger(doc: PlanDocument, path: str) -> Settler | None:
    from planctl.progress.ledger import match_records
    from planctl.progress.load import load_progress

    loaded = load_progress(path, doc.plan.language)
    if loaded.document is None:
        return None
    return match_records(doc, loaded.document.progress.records)


__all__ = ["NO_RECORDS", "Settler", "records_for"]
