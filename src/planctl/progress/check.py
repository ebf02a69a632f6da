"""Check a plan's progress records: load them beside the plan, match them, run the R-rules.

`validate` calls `check_records` for every plan; a plan without records costs one stat,
and loads none of the records machinery (its model, its rules): that is imported when a
records file is there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planctl.config import LintConfig
from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.filenames import records_beside

if TYPE_CHECKING:
    from planctl.progress.ledger import Ledger
    from planctl.progress.load import ProgressDocument


@dataclass
class RecordsCheck:
    """The records of one plan: loaded (or not), matched, and the findings about them."""

    document: ProgressDocument | None = None
    ledger: Ledger | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: The records file as its findings name it, and its text (for the lines they quote).
    path: str | None = None
    text: str = ""

    @property
    def failed(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.diagnostics)


def check_records(
    plan: PlanDocument,
    path: str | None,
    *,
    demand: tuple[dt.date, dt.date] | None = None,
    config: LintConfig | None = None,
) -> RecordsCheck:
    """Load the records file `path` (None: the plan has none) and run every enabled rule.

    `demand` is the span whose due occurrences need a record (R006); without it, the
    records file's own `as_of` sets it (from the plan's start).
    """
    result = RecordsCheck()
    if path is None:
        return result
    from planctl.progress.ledger import match_records
    from planctl.progress.load import load_progress
    from planctl.progress.registry import RULES
    from planctl.progress.rules.base import RecordsContext

    loaded = load_progress(path, plan.plan.language)
    result.path, result.text = loaded.path, loaded.text
    result.diagnostics.extend(loaded.diagnostics)
    if loaded.document is None:
        return result
    document = loaded.document
    ledger = match_records(plan, document.progress.records)
    result.document, result.ledger = document, ledger
    as_of = document.progress.as_of
    if demand is None and as_of is not None:
        demand = (plan.plan.period.start, as_of)
    context = RecordsContext(plan, document, ledger, demand)
    config = config or LintConfig()
    for code, rule in RULES.items():
        if config.enabled(code, path):
            result.diagnostics.extend(rule.check(context))
    result.diagnostics.sort(key=lambda d: d.sort_key)
    return result


def check_beside(plan: PlanDocument, config: LintConfig | None = None) -> RecordsCheck:
    """The records beside the plan, checked (nothing found when it has no records file)."""
    return check_records(plan, records_beside(plan.path), config=config)
