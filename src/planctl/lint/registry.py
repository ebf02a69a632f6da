"""Every rule module by code, in code order: an explicit list, so a stray file is never a rule."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib import import_module
from types import ModuleType

from planctl.diagnostics import Diagnostic
from planctl.document import PlanDocument
from planctl.selection import DEFAULT_OFF, matching

__all__ = ["CHECKS", "DEFAULT_SELECTION", "RULES", "Check", "matching"]

Check = Callable[[PlanDocument], Iterator[Diagnostic]]

#: The rule modules of `planctl.lint.rules`, by module name.
_NAMES = (
    "a001_approval_date",
    "d001_deadline_unrecognized",
    "d002_deadline_outside_period",
    "d003_done_label_unknown",
    "d004_done_partial",
    "d005_deadline_missing",
    "d006_deadline_misspelled",
    "d007_relative_term_undated",
    "d008_deadline_remark",
    "n001_duplicate_number",
    "n002_number_gap",
    "n003_number_outside_section",
    "n004_number_trailing_dot",
    "n005_number_format",
    "q001_unused_suppression",
    "t001_whitespace",
    "t002_word_artefact",
    "t003_mixed_script",
    "t004_title_full_stop",
    "t005_unbalanced_pair",
    "t006_space_before_punctuation",
    "u001_duplicate_item",
    "x001_executors_empty",
    "x002_executor_repeated",
    "x003_executor_unknown",
)
_MODULES: tuple[ModuleType, ...] = tuple(import_module(f"planctl.lint.rules.{name}") for name in _NAMES)

#: code → rule module; every module has CODE, NAME, SEVERITY, a documenting docstring and `check`.
RULES: dict[str, ModuleType] = {module.CODE: module for module in sorted(_MODULES, key=lambda m: m.CODE)}

#: The rules that look at a document: all but Q001, whose findings come from the suppression pass.
CHECKS: dict[str, Check] = {code: module.check for code, module in RULES.items() if code != "Q001"}

#: The rules that run when the configuration selects nothing (ruff's default rule set).
DEFAULT_SELECTION: frozenset[str] = frozenset(RULES) - DEFAULT_OFF
