"""`# planctl: ignore[...]` comments silence findings on their line; idle ones are Q001."""

from __future__ import annotations

from lint_helpers import diagnostics, where

from planctl.config import LintConfig
from planctl.lint import suppression

HEAD = "title: План\nperiod: 2024\nitems:\n"
BAD = '  - {number: "1", title: "Совещание. "}'  # T001 trailing space and T004 full stop
#: T004 is off by default; these tests need two findings on one line, so they switch it on.
T004_ON = LintConfig(extend_select={"T004"})


def test_without_a_comment_both_findings_stand() -> None:
    assert [d.code for d in diagnostics(HEAD + BAD + "\n", config=T004_ON)] == ["T004", "T001"]


def test_one_code_silences_only_that_code() -> None:
    assert [d.code for d in diagnostics(HEAD + BAD + "  # planctl: ignore[T001]\n", config=T004_ON)] == ["T004"]


def test_several_codes_and_prefixes() -> None:
    assert diagnostics(HEAD + BAD + "  # planctl: ignore[T001, T004]\n", config=T004_ON) == []
    assert diagnostics(HEAD + BAD + "  # planctl: ignore[T]\n", config=T004_ON) == []


def test_bare_ignore_silences_everything_on_the_line() -> None:
    assert diagnostics(HEAD + BAD + "  #planctl: ignore\n", config=T004_ON) == []


def test_comment_covers_its_own_line_only() -> None:
    text = HEAD + "  # planctl: ignore[T001]\n" + BAD + "\n"
    assert [(d.code, d.line) for d in diagnostics(text, config=T004_ON)] == [("Q001", 4), ("T004", 5), ("T001", 5)]


def test_unused_suppression_is_reported_at_the_comment() -> None:
    text = HEAD + '  - {number: "1", title: Совещание}  # planctl: ignore[T001]\n'
    assert where(text, "Q001") == [("Q001", 4, 38)]
    found = diagnostics(text, "Q001")[0]
    assert found.message == "комментарий planctl: ignore[T001] ничего не подавляет в этой строке"
    assert found.severity.value == "warning"


def test_partly_used_comment_names_the_idle_code() -> None:
    text = HEAD + BAD + "  # planctl: ignore[T001,T004,N001]\n"
    found = diagnostics(text, config=T004_ON)
    assert [d.code for d in found] == ["Q001"]
    assert "ignore[N001]" in found[0].message


def test_bare_unused_and_unknown_codes() -> None:
    assert "planctl: ignore ничего" in diagnostics(HEAD + '  - {title: А}  # planctl: ignore\n', "Q001")[0].message
    unknown = diagnostics(HEAD + BAD + "  # planctl: ignore[T001,T004,Z999]\n", "Q001", T004_ON)
    assert [d.message for d in unknown] == ["в комментарии planctl: ignore неизвестный код Z999"]


def test_codes_switched_off_by_configuration_are_not_idle() -> None:
    text = HEAD + '  - {number: "1", title: Совещание}  # planctl: ignore[T001]\n'
    assert where(text, "Q001", LintConfig(ignore={"T001"})) == []
    assert where(text, "Q", LintConfig(ignore={"Q001"})) == []


def test_hash_inside_quotes_or_words_is_not_a_comment() -> None:
    assert suppression.find('title: "План # planctl: ignore"\n') == []
    assert suppression.find("title: План#planctl: ignore\n") == []
    found = suppression.find("title: План  # planctl: ignore[t001, N]\n")
    assert [(s.line, s.column, s.codes) for s in found] == [(1, 14, ("T001", "N"))]


def test_ukrainian_message() -> None:
    text = "language: uk\n" + HEAD + '  - {number: "1", title: Нарада}  # planctl: ignore[T001]\n'
    assert diagnostics(text, "Q001")[0].message == "коментар planctl: ignore[T001] нічого не приглушує в цьому рядку"


def test_apostrophes_and_escapes_do_not_hide_a_comment() -> None:
    """Ukrainian words carry apostrophes; only a quote where a scalar starts opens a string."""
    assert suppression.comment_start("title: об'єднання  # planctl: ignore") == 19
    assert suppression.comment_start("title: 'It''s # not' # c") == 21
    assert suppression.comment_start('title: "a \\" # b" # c') == 18
    assert suppression.comment_start("  - [a, 'b # c']") is None
    assert suppression.comment_start("# planctl: ignore") == 0
    text = "language: uk\n" + HEAD + "  - {number: \"1\", title: \"Нарада \"}  # об'єднати пізніше; planctl: ignore[T001]\n"
    assert diagnostics(text) == []


def test_loader_codes_cannot_be_silenced() -> None:
    found = diagnostics(HEAD + BAD + "  # planctl: ignore[T001,T004,S001]\n", "Q001", T004_ON)
    assert [(d.line, d.column, d.message) for d in found] == [
        (4, 42, "в комментарии planctl: ignore коды S001: ошибки загрузки (F, S) не подавляются")
    ]
