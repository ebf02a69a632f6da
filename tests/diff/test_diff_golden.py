"""The text and Markdown a reviewer sees for the fixture pair, byte for byte.

Regenerate after an intended change with PLANCTL_UPDATE_GOLDEN=1 and read the diff.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from diff_helpers import DATA

from planctl.load import load_plan
from planctl.plandiff import diff_documents, render

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize(("fmt", "name"), [("text", "old-new.txt"), ("md", "old-new.md")])
def test_golden(fmt: str, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(DATA.parents[2])  # paths in the header are as the user typed them
    result = diff_documents(load_plan("tests/diff/data/old.yaml"), load_plan("tests/diff/data/new.yaml"))
    got = render(result, fmt)
    golden = GOLDEN / name
    if os.environ.get("PLANCTL_UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("pair", ["edited", "uk"])
@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_golden_renumbered_and_edited(pair: str, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """An item renumbered *and* edited is one item «изменён и перенесён» («змінено й перенесено»),
    not removed plus added; every date reads dd.mm.yyyy; a Ukrainian plan's diff is Ukrainian."""
    monkeypatch.chdir(DATA.parents[2])
    result = diff_documents(load_plan(f"tests/diff/data/{pair}-old.yaml"), load_plan(f"tests/diff/data/{pair}-new.yaml"))
    got = render(result, "text" if fmt == "txt" else "md")
    golden = GOLDEN / f"{pair}.{fmt}"
    if os.environ.get("PLANCTL_UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("pair", ["edited", "uk"])
def test_renumbered_and_edited_items_are_paired_by_content(pair: str) -> None:
    result = diff_documents(load_plan(DATA / f"{pair}-old.yaml"), load_plan(DATA / f"{pair}-new.yaml"))
    assert [i.kind for i in result.items if i.kind in ("added", "removed")] == ["added"]
    moved = [(i.old.number, i.new.number) for i in result.items if i.kind == "changed" and i.moved and i.old and i.new]
    assert moved[:2] == [("1", "2"), ("2", "3")]
    text = render(result, "text")
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text.split("\n", 1)[1])  # no ISO date below the header
    data = json.loads(render(result, "json"))
    added = next(i for i in data["items"] if i["kind"] == "added")
    assert added["schedule"][0]["new"] == "2025-12-05"  # JSON keeps ISO


def test_json_is_the_structured_result() -> None:
    result = diff_documents(load_plan(DATA / "old.yaml"), load_plan(DATA / "new.yaml"))
    data = json.loads(render(result, "json"))
    assert data == json.loads(json.dumps(result.to_json()))
    assert data["changed"] is True
    deadline = next(i for i in data["items"] if i["kind"] == "changed" and i["schedule"])
    assert deadline["schedule"] == [{"part": "work", "label": "2024", "old": "2024-10-01", "new": "2024-11-01"}]
    assert {s["kind"] for s in data["sections"]} == {"renamed"}


def test_identical_text_says_so() -> None:
    doc = load_plan(DATA / "old.yaml")
    assert render(diff_documents(doc, doc), "text").endswith("Изменений нет.\n")
    assert "Изменений нет." in render(diff_documents(doc, doc), "md")


def test_moved_items_and_long_schedules_read_compactly() -> None:
    from diff_helpers import diff, flat

    old = flat('number: "1"\ntitle: Отчёт\ndeadline: ежемесячно до 10 числа', 'number: "2"\ntitle: Встреча | сбор\ndeadline: постоянно')
    new = flat('number: "1"\ntitle: Встреча | сбор\ndeadline: постоянно', 'number: "2"\ntitle: Отчёт\ndeadline: ежемесячно до 20 числа')
    result = diff(old, new)
    text = render(result, "text")
    assert "  > 1 «Встреча | сбор»\n      номер 2 → 1\n" in text
    assert "; и ещё 6\n" in text  # twelve monthly dates moved, six are shown
    md = render(result, "md")
    assert "| `>` | 1 | Встреча \\| сбор | номер 2 → 1 |" in md
