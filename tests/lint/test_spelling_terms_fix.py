"""D006 (misspelled deadline), D007 (relative term with no date), D002's report window, and the fixer."""

from __future__ import annotations

from pathlib import Path

import pytest
from lint_helpers import diagnostics

from planctl.lint.fixes import fix_text

ROOT = Path(__file__).resolve().parents[2]


def _plan(deadline: str, *, approval: str = "", lang: str = "ru", period: str = "2024") -> str:
    return f"title: План\nperiod: {period}\nlanguage: {lang}\n{approval}items:\n  - {{number: '1', title: Совещание, executors: [A], deadline: {deadline}}}\n"


@pytest.mark.parametrize(
    ("deadline", "lang", "wrong", "right"),
    [
        ("В течении года", "ru", "В течении", "В течение"),
        ("в теч. года", "ru", "в теч.", "в течение"),
        ("В течение города", "ru", "В течение города", "В течение года"),
        ("ежемесячо", "ru", "ежемесячо", "ежемесячно"),
        ("до15 мая", "ru", "до15", "до 15"),
        ("Щомісяч-но", "uk", "Щомісяч-но", "Щомісячно"),
        ("до 27 липн 2018 року", "uk", "липн", "липня"),
        ("до 10 Сентяб 2024 г.", "ru", "Сентяб", "Сентября"),
        ("впервом квартале 2024 года", "ru", "впервом", "в первом"),
        # slips of the pen, read only because the phrase reads no other way
        ("до 26 деккабря 2024 года", "ru", "деккабря", "декабря"),
        ("ежеквартально до 5 числа месяца следующего за отетным", "ru", "отетным", "отчетным"),
        ("Щопянтиці", "uk", "Щопянтиці", "Щоп'ятниці"),
        # a word with an apostrophe is a known word to slip from («щоп'ятниці», not «щопятниці»)
        ("Щоп'ятнці", "uk", "Щоп'ятнці", "Щоп'ятниці"),
        ("3 25 березня 2024 року - по 31 березня 2024 року", "uk", "3", "з"),
    ],
)
def test_a_misspelling_is_read_reported_where_written_and_fixed(deadline: str, lang: str, wrong: str, right: str) -> None:
    (finding,) = diagnostics(_plan(deadline, lang=lang), "D006")
    assert f"«{wrong}»" in finding.message and f"«{right}»" in finding.message
    assert finding.column == len("  - {number: '1', title: Совещание, executors: [A], deadline: ") + deadline.index(wrong) + 1
    assert diagnostics(_plan(deadline, lang=lang), "D001") == []  # read, so not «unknown deadline»
    fixed = fix_text(_plan(deadline, lang=lang))
    assert fixed.after == _plan(deadline.replace(wrong, right, 1), lang=lang)
    assert diagnostics(fixed.after, "D006") == []


def test_a_right_spelling_and_a_hyphenated_word_that_is_not_a_broken_one_pass() -> None:
    assert diagnostics(_plan("в течение года"), "D006") == []
    assert diagnostics(_plan("1-10 сентября"), "D006") == []
    assert diagnostics(_plan("15 листопада 2024 року", lang="uk"), "D006") == []


def test_a_relative_term_needs_an_approval_date() -> None:
    (finding,) = diagnostics(_plan("в двухмесячный срок"), "D007")
    assert "approval.date" in finding.message
    approved = "approval: {stamp: УТВЕРЖДАЮ, date: 2024-01-09}\n"
    assert diagnostics(_plan("в двухмесячный срок", approval=approved), "D007") == []
    (other,) = diagnostics(_plan("в течение 30 дней со дня вступления в силу закона", approval=approved), "D007")
    assert "события" in other.message
    (uk,) = diagnostics(_plan("у тримісячний строк", lang="uk"), "D007")
    assert "затвердження" in uk.message


@pytest.mark.parametrize(
    ("deadline", "reported"),
    [
        ("до 1 марта 2025 г.", False),  # the yearly report, due after the year
        ("до 31 марта 2025 г.", False),
        ("до 1 апреля 2025 г.", True),
        ("I квартал 2025 г.", True),  # work in the next year, not a report on this one
        ("30 декабря 2023 г.", True),
    ],
)
def test_d002_leaves_the_report_window_after_the_period_alone(deadline: str, reported: bool) -> None:
    assert bool(diagnostics(_plan(deadline), "D002")) is reported


@pytest.mark.parametrize("path", sorted((ROOT / "plans").glob("*.yaml")) + sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_fixing_twice_changes_nothing_more_and_clean_lines_stay_as_written(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    once = fix_text(text, path.name)
    assert fix_text(once.after, path.name).after == once.after
    changed = {line for line in text.splitlines()} - set(once.after.splitlines())
    assert len(changed) == sum(once.counts.values()) or not once.changed


def test_the_fixer_keeps_comments_quotes_and_flow_maps() -> None:
    text = "# шапка\ntitle: 'План'  # название\nperiod: 2024\nitems:\n- {number: '1', title: А, deadline: в течении года}  # строка\n"
    fixed = fix_text(text)
    assert fixed.after == text.replace("в течении года", "в течение года")
    assert fixed.counts == {"D006": 1}


def test_a_word_that_is_not_a_slip_is_left_alone() -> None:
    # an event's words are not deadline words, even one letter from one: the phrase reads without a guess
    assert diagnostics(_plan("до дня открытия ярмарки"), "D006") == []
    # two slips in a word, or a phrase that reads anyway, are not guessed at
    assert diagnostics(_plan("ежеквортльно"), "D006") == []
