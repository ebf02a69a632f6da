"""The index of plans and the executors page, from the plans' summaries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from planctl.render.context import plain
from planctl.site.plan_page import PlanSummary
from planctl.site.words import STATES, quarter_label, shown_date, words

#: Rows an executor's table shows at most, the most urgent first; the rest are counted, and the
#: plan pages filter by executor. A national corpus would otherwise make a page of tens of megabytes.
MAX_EXECUTOR_ROWS = 200


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
    """Each executor's overdue and due occurrences over all plans: overdue first, then by due date."""
    w = words(language)
    grouped: dict[str, list[tuple[Any, ...]]] = {}
    for p in plans:
        if p.summary is None:
            continue
        for state, due, name, anchor, number, title, label, part in p.summary.agenda:
            grouped.setdefault(name, []).append((0 if state == "overdue" else 1, due, p.title, number, p.href, anchor, title, label, part, state, p.language))
    executors = []
    names = sorted(grouped, key=lambda n: (n == "", n.casefold()))
    for i, name in enumerate(names, start=1):
        rows = sorted(grouped[name], key=lambda r: r[:4])
        executors.append(
            {
                "id": f"executor-{i}",
                "name": name,
                "overdue": sum(1 for r in rows if r[0] == 0),
                "due": sum(1 for r in rows if r[0] == 1),
                "more": max(0, len(rows) - MAX_EXECUTOR_ROWS),
                "rows": [
                    {
                        "state": r[9],
                        "state_label": w["state_short"][r[9]],
                        "due": shown_date(dt.date.fromordinal(r[1])),
                        "plan": r[2],
                        "href": f"{r[4]}#{r[5]}",
                        "number": r[3],
                        "title": r[6],
                        "label": r[7],
                        "report": r[8] == "report",
                        "language": r[10],
                    }
                    for r in rows[:MAX_EXECUTOR_ROWS]
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
