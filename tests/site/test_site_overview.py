"""The executors page from the plans' summaries: each worker sorts and cuts its plan's lists,
the page merges them; the rows and counts must be what sorting every row at once gives."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planctl.site import overview, plan_page
from planctl.site.overview import PlanEntry, executors_page
from planctl.site.plan_page import AgendaRow, PlanSummary

AS_OF = dt.date(2024, 10, 1)
#: Few values of each field, so equal keys (same state, day, plan title, number) are common.
_rows = st.tuples(
    st.sampled_from(["overdue", "due"]),
    st.integers(AS_OF.toordinal() - 3, AS_OF.toordinal() + 3),
    st.sampled_from(["", "1", "2", "10"]),
    st.integers(1, 30).map(lambda n: f"item-{n}"),
    st.sampled_from(["Семинар", "Отчёт"]),
    st.sampled_from(["I кв.", "2024"]),
    st.sampled_from(["work", "report"]),
)
_plans = st.lists(
    st.tuples(
        st.sampled_from(["План А", "План Б"]),
        st.lists(st.tuples(st.sampled_from(["Минздрав", "минздрав", "Минфин", ""]), _rows), max_size=25),
    ),
    max_size=6,
)


def _entries(plans: list[tuple[str, list[tuple[str, tuple[Any, ...]]]]]) -> list[PlanEntry]:
    found = []
    for i, (title, rows) in enumerate(plans):
        summary = PlanSummary()
        for name, (state, due, number, anchor, text, label, part) in rows:
            summary.add(name, (0 if state == "overdue" else 1, due, number, anchor, text, label, part, state))
        summary.rank()
        found.append(PlanEntry(f"p{i}.yaml", f"plans/p{i}.html", title, "ru", "", summary))
    return found


def _sorted_at_once(plans: list[tuple[str, list[tuple[str, tuple[Any, ...]]]]], limit: int) -> list[tuple[str, int, int, list[str]]]:
    """The executors page as sorting all rows in one list would make it: name, overdue, due, row links."""
    grouped: dict[str, list[tuple[Any, ...]]] = {}
    for i, (title, rows) in enumerate(plans):
        for name, (state, due, number, anchor, _, label, part) in rows:
            grouped.setdefault(name, []).append((0 if state == "overdue" else 1, due, title, number, f"plans/p{i}.html#{anchor}", label, part))
    found = []
    for name in sorted(grouped, key=lambda n: (n == "", n.casefold())):
        rows = sorted(grouped[name], key=lambda r: r[:4])
        links = [f"{r[4]} {r[5]} {r[6]}" for r in rows[:limit]]
        found.append((name, sum(r[0] == 0 for r in rows), sum(r[0] == 1 for r in rows), links))
    return found


@pytest.mark.parametrize("limit", [3, 200])
@given(plans=_plans)
def test_merged_lists_are_the_rows_sorted_at_once(plans: list[tuple[str, list[tuple[str, tuple[Any, ...]]]]], limit: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(plan_page, "MAX_EXECUTOR_ROWS", limit)
        patch.setattr(overview, "MAX_EXECUTOR_ROWS", limit)
        page = executors_page(_entries(plans), AS_OF, "ru")
        expected = _sorted_at_once(plans, limit)
    shown = [
        (e["name"], e["overdue"], e["due"], [f"{r['href']} {r['label']} {'report' if r['report'] else 'work'}" for r in e["rows"]])
        for e in page["executors"]
    ]
    assert shown == expected
    for e, (_, overdue, due, _) in zip(page["executors"], expected, strict=True):
        assert e["more"] == max(0, overdue + due - limit)


def test_a_plan_sends_no_more_rows_per_executor_than_a_page_shows() -> None:
    summary = PlanSummary()
    rows: list[AgendaRow] = [(1, AS_OF.toordinal() + n % 7, str(n), f"item-{n}", "Семинар", "2024", "work", "due") for n in range(500)]
    for row in rows:
        summary.add("Минздрав", row)
    summary.add("Минздрав", (0, AS_OF.toordinal() + 9, "9", "item-9", "Семинар", "2024", "work", "overdue"))
    summary.rank()
    kept = summary.agenda["Минздрав"]
    assert len(kept) == plan_page.MAX_EXECUTOR_ROWS
    assert kept[0][7] == "overdue"  # overdue first, whatever its day
    assert [r[:3] for r in kept] == sorted(r[:3] for r in kept)
    assert summary.load["Минздрав"] == [1, 500]
