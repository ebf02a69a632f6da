"""N-rules: duplicate, gapped, misplaced, dotted and malformed numbers."""

from __future__ import annotations

import pytest
from lint_helpers import diagnostics, where

HEAD = "title: План\nperiod: 2024\n"


def items(*numbers: str) -> str:
    return HEAD + "items:\n" + "".join(f'  - {{number: "{n}", title: П{i}}}\n' for i, n in enumerate(numbers))


def sections(*spec: tuple[str, tuple[str, ...]]) -> str:
    text = HEAD + "sections:\n"
    for s, (number, numbers) in enumerate(spec):
        text += f'  - number: "{number}"\n    title: Р{s}\n    items:\n'
        text += "".join(f'      - {{number: "{n}", title: П{s}_{i}}}\n' for i, n in enumerate(numbers))
    return text


def test_n001_duplicate_item_number_points_at_the_second() -> None:
    assert where(items("1", "2", "2"), "N001") == [("N001", 6, 14)]
    found = diagnostics(items("1", "2", "2"), "N001")[0]
    assert "строке 5" in found.message and found.severity.value == "error"


def test_n001_trailing_dot_is_the_same_number() -> None:
    assert where(items("1", "1."), "N001") == [("N001", 5, 14)]


def test_n001_sections_and_restarting_items() -> None:
    assert where(sections(("1", ("1", "2")), ("2", ("1", "2"))), "N001") == []
    assert where(sections(("1", ("1.1",)), ("1", ("1.2",))), "N001") == [("N001", 8, 13)]
    assert where(sections(("1", ("1.1",)), ("2", ("1.1",))), "N001") == [("N001", 11, 18)]


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        (("1", "2", "3"), []),
        (("1", "1.1", "1.2", "2"), []),
        (("1", "2", "4"), [("N002", 6, 14)]),
        (("2", "3"), [("N002", 4, 14)]),
        (("1", "3", "2"), [("N002", 5, 14), ("N002", 6, 14)]),
        (("1", "1.2"), [("N002", 5, 14)]),
    ],
)
def test_n002_gaps_and_order(numbers: tuple[str, ...], expected: list[tuple[str, int, int]]) -> None:
    assert where(items(*numbers), "N002") == expected


def test_n002_messages_name_what_was_expected() -> None:
    gap, = diagnostics(items("1", "2", "4"), "N002")
    assert gap.message == "пропуск в нумерации: после «2» ожидался «3», а стоит «4»"
    assert gap.severity.value == "warning"
    order = diagnostics(items("1", "3", "2"), "N002")[1]
    assert order.message == "номер «2» стоит после «3»: нарушен порядок"


def test_n002_items_within_sections() -> None:
    assert where(sections(("1", ("1.1", "1.2")), ("2", ("2.1",))), "N002") == []
    # restarting and continuing single-level numbering are both fine
    assert where(sections(("1", ("1", "2")), ("2", ("1", "2"))), "N002") == []
    assert where(sections(("1", ("1", "2")), ("2", ("3", "4"))), "N002") == []
    # an excerpt: section 2 holds only 2.3, and section 5 follows 2
    assert where(sections(("1", ("1.1",)), ("2", ("2.3",)), ("5", ("5.1",))), "N002") == [
        ("N002", 11, 18),
        ("N002", 12, 13),
    ]


def test_n002_roman_sections() -> None:
    assert where(sections(("I", ("1.1",)), ("II", ("2.1",))), "N") == []
    assert where(sections(("I", ("1.1",)), ("III", ("3.1",))), "N002") == [("N002", 8, 13)]


def test_n003_item_in_another_section() -> None:
    assert where(sections(("1", ("1.1", "2.3"))), "N003") == [("N003", 8, 18)]
    assert "в разделе «1»" in diagnostics(sections(("1", ("1.1", "2.3"))), "N003")[0].message
    assert where(sections(("1", ("1", "2"))), "N003") == []
    assert where(sections(("II", ("2.1",))), "N003") == []


def test_n003_does_not_also_report_the_gap() -> None:
    assert where(sections(("1", ("1.1", "2.3"))), "N00") == [("N003", 8, 18)]


def test_n004_trailing_dot_column_is_the_dot() -> None:
    assert where(items("12.5."), "N004") == [("N004", 4, 19)]
    assert diagnostics(items("12.5."), "N004")[0].hint == "напишите «12.5»; точку после номера добавит оформление"
    plain = HEAD + "items:\n  - number: 3.1.\n    title: П\n"
    assert where(plain, "N004") == [("N004", 4, 16)]


@pytest.mark.parametrize("number", ["1,2", "a", "п. 3", "1..2", "1. 2"])
def test_n005_not_digits_and_dots(number: str) -> None:
    assert where(items(number), "N005") == [("N005", 4, 14)]


def test_n005_roman_only_for_sections() -> None:
    assert where(sections(("IV", ("4.1",))), "N005") == []
    assert where(items("IV"), "N005") == [("N005", 4, 14)]


def test_n005_numbers_missing_in_some_items() -> None:
    text = HEAD + 'items:\n  - {number: "1", title: А}\n  - {title: Б}\n'
    assert where(text, "N005") == [("N005", 5, 5)]
    assert diagnostics(text, "N005")[0].message == "у пункта нет номера, хотя у других он есть"
    none = HEAD + "items:\n  - {title: А}\n  - {title: Б}\n"
    assert where(none, "N") == []


def test_n005_missing_number_in_ukrainian() -> None:
    text = "language: uk\n" + HEAD + 'items:\n  - {number: "1", title: А}\n  - {title: Б}\n'
    assert diagnostics(text, "N005")[0].message == "Пункт не має номера, хоча інші мають"
    text = "language: uk\n" + HEAD + 'sections:\n  - {number: "1", title: А, items: []}\n  - {title: Б, items: []}\n'
    assert diagnostics(text, "N005")[0].message == "Розділ не має номера, хоча інші мають"
