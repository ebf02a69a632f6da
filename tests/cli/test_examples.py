"""The examples: clean ones validate clean; the one that trips every rule gives its golden output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from planctl.cli import app

ROOT = Path(__file__).parents[2]
EXPECTED = ROOT / "examples" / "every-rule.expected.txt"


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("name", ["minimal.yaml", "sectioned.yaml"])
def test_clean_examples(runner, name: str) -> None:
    result = runner.invoke(app, ["validate", f"examples/{name}"], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert "замечаний нет" in result.output


def test_every_rule_example_matches_its_golden_output(runner) -> None:
    result = runner.invoke(app, ["validate", "examples/every-rule.yaml"], env={"NO_COLOR": "1"})
    assert result.exit_code == 1
    if os.environ.get("PLANCTL_UPDATE_GOLDEN"):
        EXPECTED.write_text(result.output, encoding="utf-8")
    assert result.output == EXPECTED.read_text(encoding="utf-8")
