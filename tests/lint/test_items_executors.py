"""U001 and X-rules: repeated items, missing, repeated and unknown executors."""

from __future__ import annotations

from lint_helpers import diagnostics, where

HEAD = "title: План\nperiod: 2024\n"


def test_u001_same_title_and_deadline_normalized() -> None:
    text = HEAD + 'items:\n  - {number: "1", title: Совещание, deadline: март}\n  - {number: "2", title: «СОВЕЩАНИЕ.», deadline: Март}\n'
    assert where(text, "U001") == [("U001", 5, 26)]
    assert diagnostics(text, "U001")[0].message.endswith("под номером 1")


def test_u001_unnumbered_first_is_named_by_line() -> None:
    text = HEAD + "items:\n  - {title: Совещание}\n  - {title: Совещание}\n"
    assert where(text, "U001") == [("U001", 5, 13)]
    assert diagnostics(text, "U001")[0].message.endswith("в строке 4")


def test_u001_different_deadline_or_title_is_not_a_repeat() -> None:
    assert where(HEAD + "items:\n  - {title: А, deadline: март}\n  - {title: А, deadline: май}\n", "U001") == []
    assert where(HEAD + "items:\n  - {title: А, deadline: март}\n  - {title: Б, deadline: март}\n", "U001") == []


def test_x001_missing_executors_when_others_have_them() -> None:
    text = HEAD + "items:\n  - {title: А, executors: [Минздрав]}\n  - {title: Б}\n  - {title: В, executors: []}\n"
    assert where(text, "X001") == [("X001", 5, 5), ("X001", 6, 16)]


def test_x001_plan_without_executors_column_is_fine() -> None:
    assert where(HEAD + "items:\n  - {title: А}\n  - {title: Б}\n", "X001") == []


def test_x001_cancelled_item_needs_no_executor() -> None:
    assert where(HEAD + "items:\n  - {title: А, executors: [Минздрав]}\n  - {title: Б, status: cancelled}\n", "X001") == []


def test_x001_blank_string_in_the_list() -> None:
    text = HEAD + 'items:\n  - title: А\n    executors:\n      - Минздрав\n      - " "\n'
    assert where(text, "X001") == [("X001", 7, 9)]
    assert diagnostics(text, "X001")[0].message == "пустой исполнитель в списке"


def test_x001_only_blank_executors_are_reported_as_blank() -> None:
    text = HEAD + 'items:\n  - {title: А, executors: [""]}\n  - {title: Б}\n'
    assert where(text, "X001") == [("X001", 4, 28)]


def test_x002_repeated_executor_registry_ids_count_as_names() -> None:
    text = HEAD + "executors: {mz: Минздрав}\nitems:\n  - {title: А, executors: [mz, Минздрав]}\n"
    assert where(text, "X002") == [("X002", 5, 32)]
    assert where(HEAD + "items:\n  - {title: А, executors: [Минздрав, Минобр]}\n", "X002") == []


def test_x003_unknown_executor_with_suggestion() -> None:
    text = HEAD + "executors:\n  mz: Министерство здравоохранения\nitems:\n  - {title: А, executors: [mz, Министерство здравоохранени]}\n"
    assert where(text, "X003") == [("X003", 6, 32)]
    found = diagnostics(text, "X003")[0]
    assert found.severity.value == "error"
    assert found.hint == "возможно, имелось в виду «Министерство здравоохранения»"


def test_x003_nothing_close_and_no_registry() -> None:
    text = HEAD + "executors: {mz: Минздрав}\nitems:\n  - {title: А, executors: [Росгидромет]}\n"
    assert diagnostics(text, "X003")[0].hint == "добавьте его в executors или укажите id из реестра"
    assert where(HEAD + "items:\n  - {title: А, executors: [Росгидромет]}\n", "X003") == []


def test_x003_in_ukrainian() -> None:
    text = HEAD + "language: uk\nexecutors: {mz: Мінздоров'я}\nitems:\n  - {title: А, executors: [mzz]}\n"
    assert diagnostics(text, "X003")[0].message == "виконавця «mzz» немає в реєстрі executors"
