"""Due lists: what is due in a window and what is overdue, for one plan or a national folder.

    windows   the span asked about (quarter, month, range, year)
    schedule  each item's occurrences and their state as of a day
    collect   the pipeline over many files (in worker processes)
    formats   JSON, Markdown and iCalendar of the entries

The pipeline's names are loaded on first use: the lint rules that date deadlines need
`schedule` only, not the pipeline over folders and worker processes.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planctl.due.collect import DueQuery, DueReport, collect_due

__all__ = ["DueQuery", "DueReport", "collect_due"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'planctl.due' has no attribute {name!r}")
    value = getattr(import_module("planctl.due.collect"), name)
    globals()[name] = value
    return value
