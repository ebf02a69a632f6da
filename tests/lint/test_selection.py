"""planctl.selection answers for the registry without importing it: the two must agree."""

from __future__ import annotations

from planctl import selection
from planctl.lint.registry import DEFAULT_SELECTION, RULES


def test_selection_knows_every_rule_by_code_and_name() -> None:
    assert selection.rule_codes() == tuple(RULES)
    assert selection.by_name() == {module.NAME: code for code, module in RULES.items()}


def test_default_off_names_only_real_rules() -> None:
    assert set(RULES) > selection.DEFAULT_OFF
    assert set(RULES) - selection.DEFAULT_OFF == DEFAULT_SELECTION
