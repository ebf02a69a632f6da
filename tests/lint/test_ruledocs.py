"""Rule documentation: docs/rules.md is current, every code has a section, texts in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planctl.formats import rule_catalogue
from planctl.lint import ruledocs
from planctl.lint.registry import RULES

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "rules.md"


def test_the_committed_docs_are_current() -> None:
    """Regenerate with `planctl rules --format md > docs/rules.md` after changing a rule."""
    assert DOCS.read_text(encoding="utf-8") == ruledocs.to_markdown("ru")


def test_every_finding_code_has_an_anchor_in_the_docs() -> None:
    headings = set(re.findall(r"^## ([A-Z]\d{3})$", DOCS.read_text(encoding="utf-8"), re.MULTILINE))
    assert headings == set(rule_catalogue()) == {doc.code for doc in ruledocs.rule_docs()}
    assert set(RULES) < headings


def test_help_uri_is_the_anchor_on_the_project_repository() -> None:
    assert ruledocs.help_uri("T004") == "https://github.com/planctl/planctl/blob/main/docs/rules.md#t004"


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_every_code_is_documented_in_both_languages(lang: str) -> None:
    for doc in ruledocs.rule_docs(lang):
        assert doc.summary, doc.code
        if doc.code in RULES:
            assert doc.about and {kind for kind, _ in doc.examples} == {"PASS", "FAIL"}, doc.code
    ru, uk = ruledocs.rule_docs("ru"), ruledocs.rule_docs("uk")
    assert all(a.summary != b.summary for a, b in zip(ru, uk, strict=False))


def test_default_column_follows_the_registry() -> None:
    defaults = {doc.code: doc.default for doc in ruledocs.rule_docs()}
    assert defaults["T004"] == "off" and defaults["T001"] == "on" and defaults["S002"] == "always"


def test_find_by_code_in_any_case_or_by_name() -> None:
    assert ruledocs.find("t004").code == "T004"  # type: ignore[union-attr]
    assert ruledocs.find("title-full-stop").code == "T004"  # type: ignore[union-attr]
    assert ruledocs.find("S002").name == "unknown-key"  # type: ignore[union-attr]
    assert ruledocs.find("Z999") is None
    assert ruledocs.suggestion("T04") == "T004"


def test_text_of_a_rule_that_is_off_by_default_says_how_to_switch_it_on() -> None:
    text = ruledocs.to_text(ruledocs.find("T004", "ru"), "ru")  # type: ignore[arg-type]
    assert text.startswith("T004 title-full-stop\nпредупреждение · выключено\n")
    assert "extend-select: [T004]" in text and "title: Совещание с НКО." in text
    assert text.rstrip().endswith("docs/rules.md#t004")
