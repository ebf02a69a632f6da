"""Every rule is documented, has texts in both languages, and its documented examples hold."""

from __future__ import annotations

import re
import string
import textwrap
from pathlib import Path

import pytest
from lint_helpers import diagnostics

from planctl.config import LintConfig
from planctl.diagnostics import Severity
from planctl.lint import base
from planctl.lint.registry import CHECKS, DEFAULT_SELECTION, RULES, matching

CODE = re.compile(r"^[A-Z]\d{3}$")
NAME = re.compile(r"^[a-z]+(-[a-z]+)*$")
EXAMPLE = re.compile(r"^(PASS|FAIL):\n\n((?:(?:    .*)?\n)+)", re.MULTILINE)


def examples(doc: str) -> list[tuple[str, str]]:
    return [(kind, textwrap.dedent(block).strip("\n") + "\n") for kind, block in EXAMPLE.findall(doc + "\n")]


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_registry_finds_every_rule_module() -> None:
    expected = {"N001", "N002", "N003", "N004", "N005", "U001", "X001", "X002", "X003"}
    expected |= {"T001", "T002", "T003", "T004", "T005", "T006", "A001", "D001", "D002", "D003", "D004", "D005", "D006", "D007", "D008", "Q001"}
    assert set(RULES) == expected
    assert set(CHECKS) == expected - {"Q001"}
    assert len({module.NAME for module in RULES.values()}) == len(RULES)
    assert list(RULES) == sorted(RULES)


def test_every_rule_module_file_is_registered() -> None:
    """The registry is an explicit list; a new module that is not in it would never run."""
    import planctl.lint.rules as package

    files = {p.stem for p in Path(package.__file__ or "").parent.glob("[a-z]*.py")}
    assert files == {module.__name__.rsplit(".", 1)[1] for module in RULES.values()}


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_module_shape(code: str) -> None:
    module = RULES[code]
    assert code == module.CODE and CODE.match(code)
    assert NAME.match(module.NAME)
    assert module.SEVERITY in (Severity.ERROR, Severity.WARNING)
    assert module.report.code == code and module.report.name == module.NAME and module.report.severity is module.SEVERITY
    kinds = [kind for kind, _ in examples(module.__doc__ or "")]
    assert "PASS" in kinds and "FAIL" in kinds, f"{code}: the docstring needs PASS and FAIL examples"
    summary = (module.__doc__ or "").strip().splitlines()[0]
    assert summary and len(summary) < 110


@pytest.mark.parametrize("code", sorted(RULES))
def test_rules_yaml_entry_in_both_languages(code: str) -> None:
    entry = base.catalogue()[code]
    assert entry["name"] == RULES[code].NAME
    for key in ("summary", "about"):  # the documentation `planctl rule` and docs/rules.md show
        assert entry[f"{key}_ru"] and entry[f"{key}_uk"] and entry[f"{key}_ru"] != entry[f"{key}_uk"], (code, key)
    assert "\n" not in entry["summary_ru"] and len(entry["summary_ru"]) <= 100
    for part in [entry, *entry.get("variants", {}).values()]:
        assert part["ru"] and part["uk"] and part["ru"] != part["uk"]
        assert fields(part["ru"]) == fields(part["uk"])
        assert ("hint_ru" in part) == ("hint_uk" in part)
        if "hint_ru" in part:
            assert fields(part["hint_ru"]) == fields(part["hint_uk"])
        docs = {"summary_ru", "summary_uk", "about_ru", "about_uk"} if part is entry else set()
        assert set(part) <= {"name", "ru", "uk", "hint_ru", "hint_uk", "variants", "terms"} | docs
    for key, words in entry.get("terms", {}).items():
        assert words["ru"] and words["uk"] and fields(words["ru"]) == fields(words["uk"]), (code, key)


def test_rule_texts_live_in_rules_yaml_not_in_code() -> None:
    for module in RULES.values():
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        code_part = source.split('"""', 2)[2]  # after the docstring; raw strings are patterns
        literals = re.findall(r'(?<![rR])"[^"\n]*[А-Яа-яІіЇїЄєҐґ][^"\n]*"', code_part)
        assert literals == [], f"{module.CODE}: Cyrillic text in code: {literals}"


def test_rules_yaml_has_no_stray_codes() -> None:
    assert set(base.catalogue()) == set(RULES)


def test_default_rule_set_leaves_out_only_the_opt_in_rules() -> None:
    assert set(RULES) - DEFAULT_SELECTION == {"T004"}
    for code, module in RULES.items():
        assert getattr(module, "DEFAULT", True) is (code in DEFAULT_SELECTION)


def test_selectors() -> None:
    assert matching("T") == ["T001", "T002", "T003", "T004", "T005", "T006"]
    assert matching("whitespace") == ["T001"]
    assert matching("Z") == [] and matching("") == []


@pytest.mark.parametrize(
    ("code", "kind", "text"),
    [(code, kind, text) for code, module in RULES.items() for kind, text in examples(module.__doc__ or "")],
    ids=lambda value: value if isinstance(value, str) and len(value) < 6 else "",
)
def test_docstring_examples_behave_as_documented(code: str, kind: str, text: str) -> None:
    found = diagnostics(text, code, LintConfig(extend_select={code}))
    if kind == "PASS":
        assert found == [], f"{code} PASS example:\n{text}"
    else:
        assert found, f"{code} FAIL example raised nothing:\n{text}"
