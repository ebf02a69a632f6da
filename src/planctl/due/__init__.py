"""Due lists: what is due in a window and what is overdue, for one plan or a national folder.

    windows   the span asked about (quarter, month, range, year)
    schedule  each item's occurrences and their state as of a day
    collect   the pipeline over many files (in worker processes)
    formats   JSON, Markdown and iCalendar of the entries
"""

from __future__ import annotations

from planctl.due.collect import DueQuery, DueReport, collect_due

__all__ = ["DueQuery", "DueReport", "collect_due"]
