"""What a plan's page shows, as plain data for `plan.html.j2` (README, «planctl site»).

Nothing but dicts, lists, text, numbers and booleans goes to the template (the sandbox's
rule, checked by `plain`); every state is decided here, the template only draws.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from planctl.document import PlanDocument
from planctl.model import Item
from planctl.progress.model import Record
from planctl.render.context import plain
from planctl.render.layout import Layout
from planctl.site.schedule_view import Entry
from planctl.site.timeline import Mark, Row, timeline
from planctl.site.words import STATES, quarter_label, quarter_of, shown_date, words


class Records(Protocol):
    """A plan's progress records by item and occurrence label (`progress.ledger.Ledger`)."""

    def record_for(self, item: Item, label: str) -> Record | None: ...


class _NoRecords:
    def record_for(self, item: Item, label: str) -> Record | None:
        return None


#: A plan without progress records: the page shows no «сведения».
NO_RECORDS: Records = _NoRecords()


@dataclass
class Occurrence:
    """One entry of the due pipeline, with its state for the site (a later open one is `upcoming`)."""

    entry: Entry
    state: str


#: Rows an executor's table shows at most, the most urgent first; the rest are counted, and the
#: plan pages filter by executor. A national corpus would otherwise make a page of tens of megabytes.
MAX_EXECUTOR_ROWS = 200

#: An overdue or due occurrence on an executor's list:
#: (0 when overdue, 1 when due; due ordinal, number, item anchor, title, label, part, state).
AgendaRow = tuple[int, int, str, str, str, str, str, str]
#: The order of an executor's list within one plan (the plan's title, next in the page's order, is the same).
_URGENCY = operator.itemgetter(0, 1, 2)


@dataclass
class PlanSummary:
    """What the index and the executors page need of a plan, small enough to cross the process pool."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATES, 0))
    items: int = 0
    #: Each executor's overdue and due occurrences, the most urgent first, no more than the
    #: executors page can show; sorted here, in the workers, so the page only merges them.
    agenda: dict[str, list[AgendaRow]] = field(default_factory=dict)
    #: How many occurrences each executor has: [overdue, due].
    load: dict[str, list[int]] = field(default_factory=dict)

    def add(self, name: str, row: AgendaRow) -> None:
        self.agenda.setdefault(name, []).append(row)
        self.load.setdefault(name, [0, 0])[row[0]] += 1

    def rank(self) -> None:
        """Each executor's list in order of urgency, cut to what a page shows."""
        for rows in self.agenda.values():
            rows.sort(key=_URGENCY)
            del rows[MAX_EXECUTOR_ROWS:]


def site_state(entry: Entry, quarter_end: dt.date) -> str:
    """The due pipeline's state, with open occurrences after the quarter called `upcoming`."""
    if entry.state == "due" and entry.due > quarter_end:
        return "upcoming"
    return entry.state


def _record(record: Record | None) -> dict[str, Any] | None:
    if record is None:
        return None
    figures = [f"{int(f.count) if f.count == int(f.count) else f.count} {f.unit}" for f in record.figures]
    links = [{"href": link if link.startswith(("https://", "http://")) else "", "text": link} for link in record.links]
    return {"status": record.status, "code": record.status_code, "text": record.text or "", "figures": figures, "links": links}


def _occurrence(occ: Occurrence, w: dict[str, Any], due: str, record: Record | None) -> list[Any]:
    """[state, state label, shown due, label, part (only for a report), moved, record].

    A list, not a dict: the template unpacks it in its `for`, which costs no sandboxed
    attribute look-ups on pages of thousands of occurrences.
    """
    e = occ.entry
    return [
        occ.state,
        w["state_short"][occ.state],
        due,
        e.label,
        w["parts"]["report"] if e.part == "report" else "",
        str(w["moved_from"]).format(date=shown_date(e.date)) if e.date != e.due else "",
        _record(record),
    ]


def plan_page(
    doc: PlanDocument,
    entries: Sequence[Entry],
    as_of: dt.date,
    layout: Layout,
    records: Records,
    documents: Sequence[tuple[str, str]],
) -> tuple[dict[str, Any], PlanSummary]:
    """The page's context and the plan's summary. `entries` are in the plan's order (`plan_entries`)."""
    plan = doc.plan
    language = plan.language
    w = words(language)
    _, quarter_end = quarter_of(as_of)
    summary = PlanSummary()
    by_item = _group(doc, entries, quarter_end)
    names = sorted({plan.executor_name(n) for _, _, item, _ in plan.walk() for n in item.executors}, key=str.casefold)
    executor_key = {name: str(i) for i, name in enumerate(names)}
    rows: list[dict[str, Any]] = []
    timeline_rows: list[Row] = []
    current = None
    for position, (section, _, item, _) in enumerate(plan.walk(), start=1):
        if section is not None and section is not current:
            current = section
            rows.append({"kind": "section", "number": (section.number or "").strip(), "title": section.title})
        summary.items += 1
        occurrences = by_item.get(position, [])
        anchor = f"item-{position}"
        executors = [plan.executor_name(n) for n in item.executors]
        number = (item.number or "").strip()
        shown = []
        marks = []
        for occ in occurrences:
            e = occ.entry
            summary.counts[occ.state] += 1
            if occ.state in ("overdue", "due"):
                row = (0 if occ.state == "overdue" else 1, e.due.toordinal(), e.number or "", anchor, e.title, e.label, e.part, occ.state)
                for name in executors or [""]:
                    summary.add(name, row)
            due = shown_date(e.due)
            shown.append(_occurrence(occ, w, due, records.record_for(item, e.label)))
            marks.append(Mark(e.due, occ.state, _mark_title(item.number, occ, w, due)))
        cancelled = item.status == "cancelled"
        present = {o.state for o in occurrences}
        rows.append(
            {
                "kind": "item",
                "id": anchor,
                "number": number,
                "title": item.title,
                "executors": executors,
                "executor_keys": " ".join(executor_key[n] for n in dict.fromkeys(executors)),
                "deadline": item.deadline or "",
                "result": item.result or "",
                "cancelled": cancelled,
                "occurrences": shown,
                "states": " ".join(s for s in STATES if s in present),
                "record": _record(records.record_for(item, "*")) if not shown else None,
            }
        )
        if not cancelled:
            timeline_rows.append(Row(number, item.title, marks))
    summary.rank()
    period = plan.period
    context = {
        "language": language,
        "words": w,
        "as_of": shown_date(as_of),
        "quarter": quarter_label(as_of, language),
        "attachment": list(layout.attachment),
        "stamp": list(layout.stamp),
        "heading": layout.heading,
        "title": layout.title or plan.title,
        "period": f"{shown_date(period.start)} – {shown_date(period.end)}",
        "documents": [{"href": href, "label": w[kind], "kind": kind} for kind, href in documents],
        "counts": [{"state": s, "label": w["states"][s], "count": summary.counts[s]} for s in STATES],
        "executors": names,
        "states": [{"state": s, "label": w["states"][s]} for s in STATES],
        "columns": {"result": any(row.get("result") for row in rows), "executors": bool(names)},
        "rows": rows,
        "items": summary.items,
        "timeline": timeline((period.start, period.end), timeline_rows, as_of, w["months"]),
    }
    return plain(context), summary


def _group(doc: PlanDocument, entries: Sequence[Entry], quarter_end: dt.date) -> dict[int, list[Occurrence]]:
    """Entries by the item's position in the plan: they come in the plan's order, item by item.

    An entry names its item by number and title; the item's line tells two items apart
    only where the next one repeats both (a duplicate that U001 reports).
    """
    found: dict[int, list[Occurrence]] = {}
    walked = [(position, item, path) for position, (_, _, item, path) in enumerate(doc.plan.walk(), start=1) if item.status != "cancelled"]
    at, count = 0, len(entries)
    for k, (position, item, path) in enumerate(walked):
        twin = k + 1 < len(walked) and (walked[k + 1][1].number, walked[k + 1][1].title) == (item.number, item.title)
        line = doc.positions.of(path)[0] if twin else None
        while at < count:
            entry = entries[at]
            if entry.number != item.number or entry.title != item.title or (line is not None and entry.line != line):
                break
            found.setdefault(position, []).append(Occurrence(entry, site_state(entry, quarter_end)))
            at += 1
    return found


def _mark_title(number: str | None, occ: Occurrence, w: dict[str, Any], due: str) -> str:
    e = occ.entry
    shown_number = f"{number.strip()}. " if number else ""
    part = f" ({w['parts']['report']})" if e.part == "report" else ""
    return f"{shown_number}{e.label}{part}: {due} — {w['state_short'][occ.state]}"
