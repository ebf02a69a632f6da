"""Small plans written inline, so each test shows exactly what differs."""

from __future__ import annotations

import textwrap
from pathlib import Path

from planctl.load import load_text
from planctl.model import Plan
from planctl.plandiff import PlanDiff, diff_plans

DATA = Path(__file__).parent / "data"


def plan(text: str) -> Plan:
    result = load_text(textwrap.dedent(text), "test.yaml")
    assert result.document is not None, result.diagnostics
    return result.document.plan


def diff(old: str, new: str) -> PlanDiff:
    return diff_plans(plan(old), plan(new), "old.yaml", "new.yaml")


def flat(*items: str, head: str = "title: План\nperiod: 2024\n") -> str:
    """A plan with the given item blocks (each a YAML mapping without the leading dash)."""
    body = "".join("  - " + textwrap.indent(textwrap.dedent(i).strip(), "    ")[4:] + "\n" for i in items)
    return head + "items:\n" + body
