"""examples/every-rule.yaml trips every rule, exactly where its comments say; shipped plans stay clean."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planctl.check import check_file
from planctl.config import load_config
from planctl.diagnostics import Severity
from planctl.lint import lint
from planctl.lint.registry import RULES
from planctl.load import load_file

ROOT = Path(__file__).resolve().parents[2]
EVERY = ROOT / "examples" / "every-rule.yaml"
COMMENT_CODES = re.compile(r"\b([A-Z]\d{3})\b")
SUPPRESSION = re.compile(r"planctl:\s*ignore(\[[^\]]*\])?")


def test_every_rule_example_trips_every_rule_where_its_comments_say() -> None:
    result = load_file(EVERY)
    assert result.document is not None, result.diagnostics
    found = lint(result.document, load_config(EVERY))
    assert {d.code for d in found} == set(RULES)
    lines = EVERY.read_text(encoding="utf-8").splitlines()
    tripped: dict[int, set[str]] = {}
    for d in found:
        tripped.setdefault(d.line, set()).add(d.code)
    for number, line in enumerate(lines, start=1):
        comment = line.split("#", 1)[1] if "#" in line and not line.lstrip().startswith("#") else ""
        comment = SUPPRESSION.sub("", comment)
        assert set(COMMENT_CODES.findall(comment)) == tripped.get(number, set()), f"line {number}: {line}"


def test_the_examples_switch_on_the_rules_that_are_off_by_default() -> None:
    assert load_config(EVERY).extend_select == {"T004"}
    assert "T004" not in {d.code for d in lint(load_file(EVERY).document)}  # type: ignore[arg-type]


def test_every_rule_example_goes_through_the_whole_check() -> None:
    report = check_file(EVERY, load_config(EVERY))
    assert {d.code for d in report.diagnostics} == set(RULES)
    assert all(d.line >= 1 and d.column >= 1 for d in report.diagnostics)


SHIPPED = [p for p in sorted((ROOT / "plans").glob("*.yaml")) + sorted((ROOT / "examples").glob("*.yaml")) if p != EVERY]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_plans_have_no_lint_errors(path: Path) -> None:
    """The every-rule example is wrong on purpose and is left out."""
    result = load_file(path)
    assert result.document is not None
    errors = [d for d in lint(result.document) if d.severity is Severity.ERROR]
    assert errors == []


def test_the_zabaikalsky_excerpt_only_has_numbering_gaps() -> None:
    result = load_file(ROOT / "plans" / "zabaikalsky-2024-2025-social-standard.yaml")
    assert result.document is not None
    assert {d.code for d in lint(result.document)} == {"N002"}
