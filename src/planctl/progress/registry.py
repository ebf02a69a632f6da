"""Every records rule by code: an explicit list, so a stray file is never a rule."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib import import_module
from types import ModuleType

from planctl.diagnostics import Diagnostic
from planctl.progress.rules.base import RecordsContext

Check = Callable[[RecordsContext], Iterator[Diagnostic]]

_NAMES = (
    "r001_item_unknown",
    "r002_label_unknown",
    "r003_duplicate_record",
    "r004_cancelled_item",
    "r005_postponed_date",
    "r006_record_missing",
    "r007_status_language",
)
_MODULES: tuple[ModuleType, ...] = tuple(import_module(f"planctl.progress.rules.{name}") for name in _NAMES)

#: code → rule module; every module has CODE, NAME, SEVERITY, a documenting docstring and `check`.
RULES: dict[str, ModuleType] = {module.CODE: module for module in sorted(_MODULES, key=lambda m: m.CODE)}
