"""T-rules: spaces, Word artefacts, mixed scripts, full stops; columns inside the scalar."""

from __future__ import annotations

import pytest
from lint_helpers import diagnostics, where

from planctl.config import LintConfig

HEAD = "title: План\nperiod: 2024\n"
#: T004 is off by default; its tests switch it on the way a user does.
T004_ON = LintConfig(extend_select={"T004"})


def item(title: str) -> str:
    return HEAD + f"items:\n  - title: {title}\n"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ('"Совещание"', []),
        ('" Совещание"', [("T001", 4, 13)]),
        ('"Совещание  "', [("T001", 4, 22)]),
        ("Совещание  с НКО", [("T001", 4, 21)]),
        ("Совещание\u00a0с НКО", [("T001", 4, 21)]),
        ("Приказ №\u00a012 и 10\u00a0000 рублей", []),
    ],
)
def test_t001_whitespace(title: str, expected: list[tuple[str, int, int]]) -> None:
    assert where(item(title), "T001") == expected


def test_t001_messages_say_what_kind() -> None:
    assert diagnostics(item("А\u00a0Б"), "T001")[0].message == "особый пробел (неразрывный пробел U+00A0) вместо обычного"
    assert diagnostics(item('"А "'), "T001")[0].message == "пробел в конце текста"


def test_t001_every_text_value_is_checked() -> None:
    text = HEAD + 'approval: {name: "Т.Ю.  Филатова"}\nitems:\n  - {title: А, executors: ["Минздрав "], deadline: "в течение  года"}\n'
    assert [line for _, line, _ in where(text, "T001")] == [3, 5, 5]


def test_t001_notes_are_markdown() -> None:
    text = HEAD + 'items:\n  - title: А\n    notes: "строка  \\nвторая"\n'
    assert where(text, "T001") == []


@pytest.mark.parametrize(
    ("title", "column"),
    [
        ('"Совещание[bookmark: _GoBack]"', 22),
        ("Совещание _GoBack", 22),
        ('"Совещание<w:p>"', 22),
        ('"Сове\\u200bщание"', 12),  # an escape: the column falls back to the scalar's start
        ("Сове\u00adщание", 16),
        ("Сове\ufffdщание", 16),
        ('"**Совещание**"', 13),
    ],
)
def test_t002_word_artefacts(title: str, column: int) -> None:
    assert where(item(title), "T002")[0] == ("T002", 4, column)


def test_t002_bold_marks_are_fine_in_notes() -> None:
    assert where(HEAD + "items:\n  - title: А\n    notes: \"**важно**\"\n", "T002") == []
    assert diagnostics(item("А _GoBack"), "T002")[0].message == "след конвертации из Word: закладка «_GoBack»"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Совещание с НКО", []),
        ("Обучение IT-специалистов по COVID-19", []),
        ("IV квартал", []),
        ("Сoвещание", [("T003", 4, 12)]),  # Latin o
        ("Работа с НKO", [("T003", 4, 21)]),  # Latin K and O
        ("ІV квартал", [("T003", 4, 12)]),  # Cyrillic І in a Roman numeral
    ],
)
def test_t003_mixed_script(title: str, expected: list[tuple[str, int, int]]) -> None:
    assert where(item(title), "T003") == expected


def test_t003_names_the_latin_letters() -> None:
    assert diagnostics(item("Работа с НKO"), "T003")[0].message == (
        "в слове «НKO» смешаны латинские и кириллические буквы (латинские: K, O)"
    )


@pytest.mark.parametrize(
    ("title", "hint"),
    [
        ("Работа с НKO", "правильно «НКО»; planctl fix исправит это сам"),
        ("Сoвещание", "правильно «Совещание»; planctl fix исправит это сам"),
        ("ІV квартал", "наберите слово заново в одной раскладке"),  # a Roman numeral: V has no Cyrillic twin
        ("Постiйно", "наберите слово заново в одной раскладке"),  # Russian has no «і» to write it in
    ],
)
def test_t003_says_the_word_in_cyrillic_when_every_latin_letter_has_a_twin(title: str, hint: str) -> None:
    assert diagnostics(item(title), "T003")[0].hint == hint


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Совещание", []),
        ("Совещание.", [("T004", 4, 21)]),
        ('"Совещание. "', [("T004", 4, 22)]),
        ("Совещания, семинары и т.д.", []),
        ("Совещания и т. п.", []),
        ("Совещания с НКО и др.", []),
        ("Отчёт за 2024 г.", []),
        ("Совещания…", []),
        ("Совещания...", []),
        ("Наради та ін.", []),
    ],
)
def test_t004_title_full_stop(title: str, expected: list[tuple[str, int, int]]) -> None:
    assert where(item(title), "T004", T004_ON) == expected


def test_t004_is_off_by_default() -> None:
    assert where(item("Совещание."), "T004") == []


def test_t004_plan_and_section_titles() -> None:
    assert where("title: План.\nperiod: 2024\nitems:\n  - title: А\n", "T004", T004_ON) == [("T004", 1, 12)]
    text = "title: План\nperiod: 2024\nsections:\n  - {title: Раздел., items: [{title: А}]}\n"
    assert where(text, "T004", T004_ON) == [("T004", 4, 19)]


def test_text_messages_in_ukrainian() -> None:
    text = "title: План\nperiod: 2024\nlanguage: uk\nitems:\n  - title: Нарада.\n"
    found = diagnostics(text, "T004", T004_ON)[0]
    assert (found.message, found.hint) == ("крапка в кінці назви", "у назвах пунктів і плану крапку не ставлять")


def test_text_terms_in_ukrainian() -> None:
    head = "language: uk\n" + HEAD
    odd = diagnostics(head + "items:\n  - title: \"Нарада\u00a0з НКО\"\n", "T001")[0]
    assert odd.message == "особливий пробіл (нерозривний пробіл U+00A0) замість звичайного"
    assert odd.hint == "замініть його звичайним пробілом"
    shy = diagnostics(head + "items:\n  - title: \"Нара\u00adда\"\n", "T002")[0]
    assert (shy.message, shy.column) == ("слід конвертації з Word: м'яке перенесення U+00AD", 17)
    zero = diagnostics(head + "items:\n  - title: \"Нара\u200bда\"\n", "T002")[0]
    assert zero.message == "слід конвертації з Word: невидимий символ U+200B"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ('"Конкурс «Волонтёр года»"', []),
        ('"ГБУЗ «Больница «Здоровье»»"', []),
        ('"Приказ «О „Ромашке“» (2024)"', []),
        ('"English “quotes” and \\"straight\\" ones"', []),
        ('"Этапы: 1) отбор; 2) награждение; а) итоги"', []),
        ('"Конкурс «Волонтёр года"', [("T005", 4, 21)]),
        ('"Конкурс Волонтёр года»"', [("T005", 4, 34)]),
        ('"Совещание (по итогам"', [("T005", 4, 23)]),
        ('"Совещание по итогам)"', [("T005", 4, 32)]),
        ('"Совещание «по (итогам»"', [("T005", 4, 27)]),
        ('"Слово \\"в кавычках"', [("T005", 4, 12)]),  # an escape: the column falls back to the scalar
        ('"Совещание [1"', [("T005", 4, 23)]),
    ],
)
def test_t005_unbalanced_pair(title: str, expected: list[tuple[str, int, int]]) -> None:
    assert where(item(title), "T005") == expected


def test_t005_messages_name_the_mark_in_the_plans_language() -> None:
    ru = diagnostics(item('"Совещание (по итогам"'), "T005")[0]
    assert (ru.message, ru.hint) == ("скобка ( не закрыта", "добавьте парный знак или уберите лишний")
    stray = diagnostics(item('"Итоги»"'), "T005")[0]
    assert stray.message == "закрывающая кавычка » без открывающей"
    uk = diagnostics("language: uk\n" + item('"Конкурс «Волонтер"'), "T005")[0]
    assert uk.message == "лапка « не закрита"


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        ('"до 1 марта, до 1 сентября"', []),
        ('"до 1 марта , до 1 сентября"', [("T006", 5, 26)]),
        ('"ежегодно ; отчёт до 1 марта"', [("T006", 5, 24)]),
        ('"срок : 1 марта"', [("T006", 5, 20)]),
        ('"в течение года ."', [("T006", 5, 30)]),
        ('"в течение года ..."', []),  # an ellipsis may stand apart
        ('"файлы .docx"', []),  # a dot that starts a word
        ('"в течение года (до 1 марта )"', [("T006", 5, 42)]),
    ],
)
def test_t006_space_before_punctuation(deadline: str, expected: list[tuple[str, int, int]]) -> None:
    assert where(HEAD + f"items:\n  - title: А\n    deadline: {deadline}\n", "T006") == expected


def test_t006_notes_are_markdown_and_the_message_names_the_mark() -> None:
    text = HEAD + 'items:\n  - title: "Совещание ,итоги"\n    notes: "текст , ещё"\n'
    (found,) = diagnostics(text, "T006")
    assert (found.line, found.column, found.message) == (4, 22, "пробел перед знаком «,»")
    uk = diagnostics("language: uk\n" + HEAD + 'items:\n  - title: "Нарада ,підсумки"\n', "T006")[0]
    assert uk.message == "пробіл перед знаком «,»"


def test_d005_deadline_missing() -> None:
    text = HEAD + "items:\n  - {title: А, deadline: в течение года}\n  - {title: Б}\n  - {title: В, due: 2024-05-01}\n  - {title: Г, status: cancelled}\n  - title: Д\n    deadline: ''\n"
    assert where(text, "D005") == [("D005", 5, 5), ("D005", 9, 5)]
    assert where(HEAD + "items:\n  - {title: А}\n  - {title: Б}\n", "D005") == []  # no item has one: a list, not a schedule
    uk = diagnostics("language: uk\n" + HEAD + "items:\n  - {title: А, deadline: протягом року}\n  - {title: Б}\n", "D005")[0]
    assert uk.message == "у пункті немає терміну"
