"""The quick build of a plan (`planctl.typed.build`) agrees with pydantic on the same data.

Checks use the quick build and fall back to pydantic only when it is unsure; a plan the
two read differently would be a plan whose meaning depends on which path ran.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import ValidationError

from planctl.composing import compose
from planctl.model import Approval, Columns, Item, Plan, Section, Signature, field_names
from planctl.plan_validation import plan_adapter
from planctl.typed import build

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted([*ROOT.glob("plans/*.yaml"), *ROOT.glob("examples/*.yaml")])

texts = st.text(max_size=8)
dates = st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))
# What YAML gives a value: mostly the right type, often a near miss.
scalars = st.one_of(
    texts,
    dates,
    st.none(),
    st.integers(-3, 3000),
    st.booleans(),
    st.floats(allow_nan=False, width=32),
    st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2030, 1, 1)),
    st.sampled_from(["2024", "2024-2025", "2023-2024 учебный год", "2024-01-01", "planned", "done", "УТВЕРЖДАЮ", "uk", "next"]),
)
values = st.one_of(scalars, st.lists(st.one_of(texts, dates, st.integers(0, 9)), max_size=3))


def mapping(keys: tuple[str, ...], inner: dict[str, st.SearchStrategy[Any]] | None = None) -> st.SearchStrategy[dict[str, Any]]:
    """A mapping with some of `keys` (and now and then an unknown one), each with a value."""
    chosen = st.lists(st.sampled_from([*keys, "extra"]), unique=True, max_size=len(keys) + 1)
    return chosen.flatmap(lambda names: st.fixed_dictionaries({name: (inner or {}).get(name, values) for name in names}))


items = mapping(field_names(Item))
sections = mapping(field_names(Section), {"items": st.lists(items, max_size=3)})
blocks = mapping(field_names(Approval))
periods = st.one_of(
    st.integers(1990, 2100),
    st.sampled_from(["2024", "2024-2025", "2023-2024 учебный год", "2024 - 2030", "1800-1801", "x"]),
    st.fixed_dictionaries({"start": dates, "end": dates}),
    values,
)
plans = mapping(
    field_names(Plan),
    {
        "items": st.one_of(st.lists(items, max_size=3), values),
        "sections": st.one_of(st.lists(sections, max_size=3), values),
        "approval": st.one_of(blocks, values),
        "agreed": st.one_of(blocks, values),
        "signature": st.one_of(mapping(field_names(Signature)), values),
        "columns": st.one_of(mapping(field_names(Columns)), values),
        "executors": st.one_of(st.dictionaries(texts, st.one_of(texts, st.integers()), max_size=2), values),
        "period": periods,
        "language": st.one_of(st.sampled_from(["ru", "uk", "en"]), values),
        "shift": st.one_of(st.sampled_from(["previous", "next", "none", "later"]), values),
    },
)


def pydantic_reading(data: Any) -> Plan | None:
    try:
        return plan_adapter().validate_python(data)
    except ValidationError:
        return None


@given(plans)
@example({"title": "x", "period": 2024, "items": [{"title": "a", "number": 1, "executors": "Минздрав", "done": [dt.date(2024, 5, 1)]}]})
@example({"title": "x", "period": 2024, "items": [{"title": "a", "number": 1.5}]})
@example({"title": "x", "period": 2024, "items": [], "sections": []})
@example({"title": "x", "period": "2024", "approval": {"date": "2024-01-09"}, "items": []})
def test_a_quick_plan_is_the_plan_pydantic_reads(data: dict[str, Any]) -> None:
    quick = build(Plan, data)
    if quick is not None:
        assert pydantic_reading(data) == quick


valid_items = st.fixed_dictionaries(
    {"title": texts},
    optional={
        "number": st.one_of(texts, st.integers(0, 99)),
        "executors": st.one_of(texts, st.lists(texts, max_size=3)),
        "deadline": texts,
        "due": st.one_of(dates, st.lists(dates, max_size=2)),
        "status": st.sampled_from(["planned", "in_progress", "done", "cancelled"]),
        "done": st.lists(st.one_of(texts, dates), max_size=2),
        "notes": texts,
    },
)


@given(st.fixed_dictionaries({"title": texts, "period": st.integers(1990, 2100), "items": st.lists(valid_items, max_size=4)}))
def test_a_plain_valid_plan_needs_no_pydantic(data: dict[str, Any]) -> None:
    quick = build(Plan, data)
    assert quick is not None
    assert quick == pydantic_reading(data)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_plan_takes_the_quick_path(path: Path) -> None:
    raw, _, problems = compose(path.read_text(encoding="utf-8"))
    assert not problems
    assert build(Plan, raw) is not None
    assert build(Plan, raw) == pydantic_reading(raw)
