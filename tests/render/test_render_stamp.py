"""The approval stamp: lines in order, the date printed once (issue 17), against golden files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from render_helpers import DATA, texts, wattr, xpath

from planctl.load import load_plan
from planctl.render.docx import build_docx
from planctl.render.layout import names_a_date
from planctl.render.markdown import markdown_text

GOLDEN = Path(__file__).parent / "golden"


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PLANCTL_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs; PLANCTL_UPDATE_GOLDEN=1 rewrites it"


def front_page(plan: str) -> str:
    """Each paragraph before the table: its style, left indent and text, one a line."""
    document = build_docx(load_plan(DATA / f"{plan}.yaml").plan)
    lines = []
    for p in document.element.body:
        if p.tag.endswith("}tbl"):
            break
        style = xpath(p, "w:pPr/w:pStyle")
        indent = xpath(p, "w:pPr/w:ind")
        lines.append(
            f"{wattr(style[0], 'val') if style else '-'}\t{wattr(indent[0], 'left') if indent else '-'}\t{texts(p)}"
        )
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("plan", ["approved-by-order", "sectioned", "flat"])
def test_golden_front_page(plan: str) -> None:
    check_golden(f"{plan}.front.txt", front_page(plan))


def test_golden_markdown_of_a_plan_approved_by_an_order() -> None:
    check_golden("approved-by-order.ministry.md", markdown_text(load_plan(DATA / "approved-by-order.yaml").plan))


def test_an_order_with_its_date_prints_the_date_once_under_the_position() -> None:
    lines = front_page("approved-by-order").splitlines()
    stamp = [line.split("\t")[2] for line in lines[:5]]
    assert stamp == [
        "УТВЕРЖДЕН",
        "Министр здравоохранения Смоленской области",
        "приказом Министерства здравоохранения Смоленской области от 09.01.2024 №\u00a012",
        "____________ И.И.\u00a0Иванов",
        "ПЛАН",
    ]
    assert sum("2024" in line for line in stamp) == 1


def test_an_order_without_a_date_keeps_the_date_line(tmp_path: Path) -> None:
    source = (DATA / "approved-by-order.yaml").read_text(encoding="utf-8").replace(" от 09.01.2024 № 12", "")
    plan = tmp_path / "plan.yaml"
    plan.write_text(source, encoding="utf-8")
    document = build_docx(load_plan(plan).plan)
    lines = [texts(p) for p in xpath(document.element.body, "w:p")]
    assert lines[2:5] == ["приказом Министерства здравоохранения Смоленской области", "____________ И.И.\u00a0Иванов", "« 9 » января 2024 г."]


@pytest.mark.parametrize(
    ("text", "language", "named"),
    [
        ("приказом Министерства от 09.01.2024 № 12", "ru", True),
        ("приказом от 9.1.2024 № 12", "ru", True),
        ("приказом от 09.01.24 № 12", "ru", True),
        ("приказом от 9 января 2024 г. № 12", "ru", True),
        ("приказом от « 9 » января 2024 г. № 12", "ru", True),
        ("наказом від 13 липня 2016 р. № 5", "uk", True),
        ("приказом Министерства № 12", "ru", False),
        ("приказом Министерства № 12.1", "ru", False),
        ("", "ru", False),
    ],
)
def test_names_a_date(text: str, language: str, named: bool) -> None:
    assert names_a_date(text, language) is named
