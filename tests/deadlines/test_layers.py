"""The deadline modules keep their layers: the calendar states facts, the grammar stays small."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import get_args

from planctl.cli._choices import ShiftChoice
from planctl.deadlines.calendar import SHIFTS, Shift

PACKAGE = Path(__file__).parents[2] / "src" / "planctl" / "deadlines"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_calendar_imports_no_prose_and_not_its_own_package() -> None:
    imported = _imports(PACKAGE / "calendar.py")
    assert not any(name.startswith("planctl.deadlines.explain") for name in imported)
    assert "planctl.deadlines" not in imported
    assert not any(name.startswith("planctl.deadlines.language") for name in imported)


def test_the_scanner_and_the_decision_do_not_import_each_other() -> None:
    assert not any("decide" in name for name in _imports(PACKAGE / "scanner.py"))
    assert not any("scanner" in name for name in _imports(PACKAGE / "decide.py"))


def test_no_deadline_module_is_over_450_lines() -> None:
    for path in PACKAGE.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 450, path.name


def test_shift_has_one_home() -> None:
    assert SHIFTS == get_args(Shift) == ("previous", "next", "none")
    assert tuple(choice.value for choice in ShiftChoice) == SHIFTS
