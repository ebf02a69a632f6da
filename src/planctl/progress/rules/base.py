"""What every records rule shares: the matched records, the period to demand records for, texts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.progress.ledger import Ledger
from planctl.progress.load import ProgressDocument
from planctl.yamlio import package_data

Position = tuple[int, int]


@dataclass(frozen=True)
class RecordsContext:
    """A plan, its records file and the records matched to it.

    `demand` is the span whose due occurrences should have a record (R006): the report's
    window up to its day, or up to the records file's `as_of`; None asks for nothing.
    """

    plan: PlanDocument
    records: ProgressDocument
    ledger: Ledger
    demand: tuple[dt.date, dt.date] | None = None

    def at(self, index: int, *keys: Any, key: bool = False) -> Position:
        """The position of record `index` (or of one of its keys) in the records file."""
        return self.records.positions.of(("records", index, *keys), key=key)


@cache
def catalogue() -> dict[str, dict[str, Any]]:
    data = package_data("planctl.progress", "rules.yaml")
    assert isinstance(data, dict)
    return data


def texts(code: str, lang: str, variant: str | None = None, **fields: Any) -> tuple[str, str | None]:
    """The message and hint of `code` (or of a variant) in `lang`, filled with `fields`."""
    entry = catalogue()[code]
    if variant is not None:
        entry = entry["variants"][variant]
    message = entry.get(lang) or entry["ru"]
    hint = entry.get(f"hint_{lang}") or entry.get("hint_ru")
    return str(message).format(**fields), (str(hint).format(**fields) if hint is not None else None)


@dataclass(frozen=True)
class Reporter:
    """Makes a rule's findings in the records file: `report(ctx, (line, col), variant, **fields)`."""

    code: str
    name: str
    severity: Severity

    def __call__(self, ctx: RecordsContext, at: Position, variant: str | None = None, **fields: Any) -> Diagnostic:
        message, hint = texts(self.code, ctx.records.language, variant, **fields)
        line, column = at
        return Diagnostic(self.code, self.severity, message, ctx.records.path, line, column, hint, rule=self.name)
