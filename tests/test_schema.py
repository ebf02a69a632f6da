"""The committed JSON Schema matches the models, and it accepts what the loader accepts."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from planctl.cli import app
from planctl.load import load_file
from planctl.schema import plan_schema, plan_schema_json
from planctl.yamlio import safe_load_text

ROOT = Path(__file__).parents[1]
PLANS = sorted(ROOT.glob("plans/*.yaml")) + sorted(ROOT.glob("examples/*.yaml"))


def test_committed_schema_is_current() -> None:
    committed = (ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
    assert committed == plan_schema_json(), "run `planctl schema > schemas/plan.schema.json`"


def test_schema_command_prints_it() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == plan_schema()


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(plan_schema())


@pytest.mark.parametrize("path", PLANS, ids=[p.name for p in PLANS])
def test_shipped_plans_carry_the_modeline_and_fit_the_schema(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/plan.schema.json")
    if load_file(path).document is None:
        pytest.skip("plan is meant to be invalid")
    data = json.loads(json.dumps(safe_load_text(text), default=str))
    jsonschema.Draft202012Validator(plan_schema(), format_checker=jsonschema.FormatChecker()).validate(data)
