"""The index of plans and the executors page, from the plans' summaries."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice, repeat
from typing import Any

from planctl.render.context import plain
from planctl.site.plan_page import MAX_EXECUTOR_ROWS, AgendaRow, PlanSummary
from planctl.site.words import STATES, quarter_label, shown_date, words


@dataclass
class PlanEntry:
    """A plan as the index lists it: where its page is, and its summary (None when it did not load)."""

    file: str
    href: str
    title: str
    language: str
    period: str
    summary: PlanSummary | None


def page_language(plans: Sequence[PlanEntry], fallback: str) -> str:
    """The plans' language when they share one, else the interface language."""
    found = {p.language for p in plans if p.summary is not None}
    return found.pop() if len(found) == 1 else fallback


def index_page(plans: Sequence[PlanEntry], as_of: dt.date, language: str) -> dict[str, Any]:
    w = words(language)
    loaded = [p for p in plans if p.summary is not None]
    totals = dict.fromkeys(STATES, 0)
    rows = []
    for p in loaded:
        assert p.summary is not None
        for state in STATES:
            totals[state] += p.summary.counts[state]
        rows.append(
            {
                "href": p.href,
                "title": p.title,
                "file": p.file,
                "language": p.language,
                "period": p.period,
                "items": p.summary.items,
                "counts": [p.summary.counts[s] for s in STATES],
            }
        )
    page: dict[str, Any] = plain(
        {
            "language": language,
            "words": w,
            "as_of": shown_date(as_of),
            "quarter": quarter_label(as_of, language),
            "states": [{"state": s, "label": w["states"][s]} for s in STATES],
            "plans": rows,
            "totals": [totals[s] for s in STATES],
            "items": sum(p.summary.items for p in loaded if p.summary is not None),
            "failed": [p.file for p in plans if p.summary is None],
        }
    )
    return page


def executors_page(plans: Sequence[PlanEntry], as_of: dt.date, language: str) -> dict[str, Any]:
    """Each executor's overdue and due occurrences over all plans: overdue first, then by due date.

    Each plan's list comes sorted and cut from its worker; merging them in the plans'
    order gives what sorting all the rows would, for the few rows a page shows.
    """
    w = words(language)
    streams: dict[str, list[Iterator[tuple[PlanEntry, AgendaRow]]]] = {}
    load: dict[str, list[int]] = {}
    for p in plans:
        if p.summary is None:
            continue
        for name, rows in p.summary.agenda.items():
            streams.setdefault(name, []).append(zip(repeat(p), rows))
            counts = load.setdefault(name, [0, 0])
            counts[0] += p.summary.load[name][0]
            counts[1] += p.summary.load[name][1]
    executors = []
    names = sorted(streams, key=lambda n: (n == "", n.casefold()))
    for i, name in enumerate(names, start=1):
        overdue, due = load[name]
        executors.append(
            {
                "id": f"executor-{i}",
                "name": name,
                "overdue": overdue,
                "due": due,
                "more": max(0, overdue + due - MAX_EXECUTOR_ROWS),
                "rows": [
                    {
                        "state": r[7],
                        "state_label": w["state_short"][r[7]],
                        "due": shown_date(dt.date.fromordinal(r[1])),
                        "plan": p.title,
                        "href": f"{p.href}#{r[3]}",
                        "number": r[2],
                        "title": r[4],
                        "label": r[5],
                        "report": r[6] == "report",
                        "language": p.language,
                    }
                    for p, r in islice(heapq.merge(*streams[name], key=_urgency), MAX_EXECUTOR_ROWS)
                ],
            }
        )
    page: dict[str, Any] = plain(
        {
            "language": language,
            "words": w,
            "as_of": shown_date(as_of),
            "quarter": quarter_label(as_of, language),
            "executors": executors,
        }
    )
    return page


def _urgency(pair: tuple[PlanEntry, AgendaRow]) -> tuple[int, int, str, str]:
    """Overdue first, then by due date, plan and item number."""
    plan, row = pair
    return row[0], row[1], plan.title, row[2]
