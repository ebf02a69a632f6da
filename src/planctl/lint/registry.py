"""Every rule module by code, found in `planctl.lint.rules` (one module per rule)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from types import ModuleType

from planctl.diagnostics import Diagnostic
from planctl.lint import rules as _package
from planctl.load import PlanDocument

Check = Callable[[PlanDocument], Iterator[Diagnostic]]


def _discover() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(_package.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{_package.__name__}.{info.name}")
        code = module.CODE
        if code in found:  # pragma: no cover - guarded by tests
            raise RuntimeError(f"rule code {code} is used by {found[code].__name__} and {module.__name__}")
        found[code] = module
    return dict(sorted(found.items()))


#: code → rule module; every module has CODE, NAME, SEVERITY and a documenting docstring.
RULES: dict[str, ModuleType] = _discover()

#: The rules that look at a document (all but Q001, which the suppression pass reports).
CHECKS: dict[str, Check] = {code: module.check for code, module in RULES.items() if hasattr(module, "check")}

BY_NAME: dict[str, str] = {module.NAME: code for code, module in RULES.items()}


def matching(selector: str) -> list[str]:
    """Codes a selector names: a code, a prefix (`T`, `N00`) or a rule name."""
    selector = selector.strip()
    if selector in BY_NAME:
        return [BY_NAME[selector]]
    upper = selector.upper()
    return [code for code in RULES if code.startswith(upper)] if upper else []
