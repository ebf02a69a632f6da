"""The due-list pipeline: find plan files, load them, and collect their occurrences in a window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from planctl.deadlines.calendar import Shift
from planctl.diagnostics import Diagnostic
from planctl.discover import discover
from planctl.due.schedule import Entry, calendar_for_language, due_entries, entry_sort_key, too_many_occurrences
from planctl.due.windows import Window
from planctl.limits import MAX_OCCURRENCES
from planctl.load import load_file
from planctl.parallel import map_chunks


@dataclass(frozen=True)
class DueQuery:
    """What a coordinator asks: a window, the day to judge by, and filters."""

    window: Window
    as_of: dt.date
    overdue_only: bool = False
    executor: str | None = None
    shift: Shift | None = None


#: Turns an entry into its final bytes in the worker, where it is cheap and parallel.
Encoder = Callable[[Entry], bytes]


@dataclass
class DueReport:
    entries: list[Entry] = field(default_factory=list)
    #: With an encoder: each entry's bytes, in the order of `entries` had they been kept.
    encoded: list[bytes] = field(default_factory=list)
    #: How many occurrences are overdue, whichever of the two lists is filled.
    overdue: int = 0
    #: Findings of plan files that could not be loaded: their items are missing from the list.
    problems: list[Diagnostic] = field(default_factory=list)
    #: The languages of the plans read: a list of Ukrainian plans is worded in Ukrainian.
    languages: set[str] = field(default_factory=set)


_Found = tuple[list[Entry], list[tuple[tuple[object, ...], str, bytes]], list[Diagnostic], str | None]


def _due_many(paths: Sequence[Path], query: DueQuery, encode: Encoder | None = None) -> list[_Found]:
    out: list[_Found] = []
    for path in paths:
        result = load_file(path)
        if result.document is None:
            out.append(([], [], result.diagnostics, None))
            continue
        language = result.document.plan.language
        entries = due_entries(
            [result.document],
            query.window,
            query.as_of,
            overdue_only=query.overdue_only,
            executor=query.executor,
            shift=query.shift,
            sort=False,
        )
        if encode is None:
            out.append((entries, [], [], language))
        else:
            out.append(([], [(entry_sort_key(e), e.state, encode(e)) for e in entries], [], language))
    return out


def _warm_calendar(query: DueQuery) -> None:
    """Read the asked year's production calendar once, before the pool forks, not in every worker."""
    calendar_for_language("ru").is_working(query.as_of)


def collect_due(
    paths: Iterable[str | Path], query: DueQuery, *, jobs: int | None = None, encode: Encoder | None = None
) -> DueReport:
    """Every occurrence the query asks for, over all plan files, sorted overdue first, then by due date.

    With `encode` (a module-level function, so workers can run it), the report holds each
    entry's JSON bytes in `encoded` instead of the entries: a large JSON list is then written by
    the workers, not by one process after they finish.
    """
    found = discover(list(paths))
    report = DueReport()
    report.problems.extend(found.problems())
    keyed: list[tuple[tuple[object, ...], str, bytes]] = []
    for entries, encoded, problems, language in map_chunks(
        _due_many, found.files, query, encode, jobs=jobs, prepare=lambda: _warm_calendar(query)
    ):
        report.entries.extend(entries)
        keyed.extend(encoded)
        report.problems.extend(problems)
        if language:
            report.languages.add(language)
        if len(report.entries) + len(keyed) > MAX_OCCURRENCES:  # each file is under it, all of them are not
            raise too_many_occurrences()
    report.entries.sort(key=entry_sort_key)
    keyed.sort(key=lambda row: row[0])
    report.encoded = [line for _, _, line in keyed]
    states = [e.state for e in report.entries] + [state for _, state, _ in keyed]
    report.overdue = states.count("overdue")
    return report
