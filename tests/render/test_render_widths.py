"""Column widths from content (issue 17): the longest word of each column fits whole,
and the document hyphenates by its language."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from render_helpers import DATA, wattr, xpath

from planctl.load import load_plan
from planctl.render.docx import build_docx
from planctl.render.widths import (
    CELL_MARGINS,
    fit_widths,
    minimum_width,
    pieces,
    word_width,
)
from planctl.yamlio import safe_load_text

CASES = safe_load_text((DATA / "widths.yaml").read_text(encoding="utf-8"))


def grid(plan: Path, template: str | None = None) -> list[int]:
    document = build_docx(load_plan(plan).plan, template)
    return [int(wattr(col, "w")) for col in xpath(document.element.body, "w:tbl/w:tblGrid/w:gridCol")]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case["name"])
def test_fit_widths(case: dict) -> None:
    assert fit_widths(case["preferred"], case["total"], case["minimums"]) == case["widths"]


@given(
    st.lists(st.tuples(st.floats(0.5, 200), st.integers(0, 5000)), min_size=1, max_size=7),
    st.integers(1000, 20000),
)
def test_widths_add_up_and_respect_minimums_when_they_can(columns: list[tuple[float, int]], total: int) -> None:
    preferred, minimums = [p for p, _ in columns], [m for _, m in columns]
    widths = fit_widths(preferred, total, minimums)
    assert sum(widths) == total
    if sum(minimums) <= total:
        assert all(w >= m for w, m in zip(widths, minimums, strict=False))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("по мере необходимости", ["по", "мере", "необходимости"]),
        ("Волонтеры-медики", ["Волонтеры-", "медики"]),
        ("Т.Ю.\u00a0Филатова", ["Т.Ю.\u00a0Филатова"]),  # a no-break space joins
        ("  ", []),
    ],
)
def test_pieces(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


def test_widths_are_times_new_roman_metrics() -> None:
    # 12 pt: «необходимости» is 79 pt wide, more than the 76.5 pt a 30/170 deadline column holds
    assert word_width("необходимости", 12) == 1580
    assert word_width("исполнения", 12, bold=True) > word_width("исполнения", 12)


def test_the_deadline_column_holds_its_longest_word() -> None:
    widths = grid(DATA / "narrow-deadline.yaml")
    proportional = grid(DATA / "flat.yaml")
    assert sum(widths) == sum(proportional)
    assert proportional[3] - CELL_MARGINS < word_width("необходимости", 12)  # the template's width breaks it
    assert widths[3] >= minimum_width(["необходимости", "ежеквартально,"], 12)
    assert widths[1] < proportional[1]  # the activity column gave way


def test_shipped_plans_keep_the_template_proportions_when_every_word_fits() -> None:
    assert grid(DATA / "flat.yaml") == [793, 4424, 2721, 1700]


@pytest.mark.parametrize(("plan", "tag"), [("flat", "ru-RU"), ("ukrainian", "uk-UA")])
def test_automatic_hyphenation_by_the_document_language(plan: str, tag: str) -> None:
    document = build_docx(load_plan(DATA / f"{plan}.yaml").plan)
    settings = document.settings.element
    (auto,) = xpath(settings, "w:autoHyphenation")
    assert wattr(auto, "val") in (None, "true", "1")
    assert wattr(xpath(settings, "w:doNotHyphenateCaps")[0], "val") in (None, "true", "1")
    names = [child.tag.split("}")[1] for child in settings]
    assert names.index("defaultTabStop") < names.index("autoHyphenation") < names.index("characterSpacingControl")
    styles = document.styles.element
    for style in ("Plan Table", "Plan Table Header", "Normal"):
        style_id = document.styles[style].style_id
        (lang,) = xpath(styles, f"w:style[@w:styleId='{style_id}']/w:rPr/w:lang")
        assert wattr(lang, "val") == tag
