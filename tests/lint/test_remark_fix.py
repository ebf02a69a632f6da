"""D008 (a remark before or after a deadline's date) and `planctl fix` moving it to the item's notes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lint_helpers import diagnostics

from planctl.deadlines import read_phrase
from planctl.deadlines.remarks import split_remark
from planctl.lint.fixes import fix_text

PLAN = "title: План\nperiod: 2023\nlanguage: {lang}\nitems:\n  - number: '1'\n    title: Урок\n    deadline: {deadline}\n{extra}"


def _plan(deadline: str, lang: str = "ru", extra: str = "") -> str:
    return PLAN.format(lang=lang, deadline=deadline, extra=extra)


def test_the_remark_is_named_where_the_deadline_is() -> None:
    (finding,) = diagnostics(_plan('"02.10.2023, 10-12 классы"'), "D008")
    assert (finding.line, finding.column) == (7, 15)
    assert "«10-12 классы»" in finding.message


def test_a_deadline_without_a_remark_or_with_a_due_date_is_not_reported() -> None:
    assert diagnostics(_plan("02.10.2023"), "D008") == []
    assert diagnostics(_plan('"02.10.2023, 10-12 классы"', extra="    due: 2023-10-02\n"), "D008") == []


def test_fix_moves_the_remark_to_notes_and_the_term_stays_as_written() -> None:
    fixed = fix_text(_plan('"02.10.2023, 10-12 классы"  # урок'))
    assert fixed.counts == {"D008": 1}
    assert "    deadline: \"02.10.2023\"" in fixed.after
    assert "# урок" in fixed.after
    assert "    notes: 10-12 классы\n" in fixed.after
    assert fix_text(fixed.after).after == fixed.after


def test_fix_appends_the_remark_to_notes_there_are() -> None:
    fixed = fix_text(_plan('"02.10.2023\\n10-12 класи"', "uk", "    notes: Актова зала\n"))
    assert "    notes: Актова зала; 10-12 класи\n" in fixed.after
    assert '    deadline: "02.10.2023"\n' in fixed.after


def test_fix_leaves_a_deadline_with_two_remarks_alone() -> None:
    text = _plan('"01.02.2021 – 11.02.2021 классный тур; 15.02.2021 – 25.02.2021 школьный тур"')
    assert read_phrase("01.02.2021 – 11.02.2021 классный тур; 15.02.2021 – 25.02.2021 школьный тур").remarks
    assert fix_text(text).after == text


@pytest.mark.parametrize("phrase", ["до 1 марта", "в течение года", "до 1 марта, ежегодно", "13 квартал 2024"])
def test_no_remark_no_split(phrase: str) -> None:
    assert split_remark(phrase) is None


REMARKS = st.lists(st.sampled_from(["актовый", "зал", "классы", "учащиеся", "школьный", "тур", "библиотека"]), min_size=1, max_size=3)


@given(st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)), st.sampled_from(["\n", ", ", "; ", " "]), REMARKS, st.booleans())
def test_the_split_gives_back_the_term_and_the_remark(day: dt.date, sep: str, words: list[str], numeric: bool) -> None:
    term = f"{day:%d.%m.%Y}" if numeric else f"{day:%d.%m.%Y} г."
    remark = " ".join(words)
    assert split_remark(f"{term}{sep}{remark}") == (term, remark)
    assert [p.rule for p in read_phrase(term).parts] == [p.rule for p in read_phrase(f"{term}{sep}{remark}").parts]


def test_a_remark_before_the_date_is_named_and_moved_to_notes() -> None:
    (finding,) = diagnostics(_plan('"Субботник, 24.04.2023"'), "D008")
    assert "«субботник»" in finding.message.lower()
    fixed = fix_text(_plan('"базовий день – 14.08.2023, субота"', "uk"))
    assert fixed.counts == {"D008": 1}
    assert '    deadline: "14.08.2023, субота"\n' in fixed.after
    assert "    notes: базовий день\n" in fixed.after


@given(st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)), st.sampled_from([", ", " – "]), REMARKS)
def test_the_split_gives_back_a_remark_before_the_term(day: dt.date, sep: str, words: list[str]) -> None:
    term, remark = f"{day:%d.%m.%Y}", " ".join(words).capitalize()
    assert split_remark(f"{remark}{sep}{term}") == (term, remark)
