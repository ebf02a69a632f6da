"""render → import → validate on every shipped plan and example: no finding the original did not have.

Findings are counted by code: their lines move with the YAML layout, and a registry id
comes back as the full name it prints. Both files are checked the same way, outside the
repository and without the original's suppressions (`# planctl: ignore[…]` comments and
`.planctl.yaml` per-file ignores belong to the YAML file, not to the plan a page shows).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planctl.cli import app
from planctl.importer import import_docx
from planctl.importer.write import to_yaml
from planctl.load import load_file
from planctl.render.docx import render_docx

ROOT = Path(__file__).parents[2]
PLANS = sorted((ROOT / "plans").glob("*.yaml")) + sorted((ROOT / "examples").glob("*.yaml"))
runner = CliRunner()


_IGNORE_COMMENT = re.compile(r"\s*# planctl: ignore\[[^\]]*\].*$", re.MULTILINE)


def _findings(path: Path) -> Counter[str]:
    result = runner.invoke(app, ["validate", "--no-cache", "--format", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    return Counter(f["code"] for f in json.loads(result.stdout or "[]"))


@pytest.mark.parametrize("path", PLANS, ids=[p.stem for p in PLANS])
def test_an_imported_render_has_no_new_findings(path: Path, tmp_path: Path) -> None:
    loaded = load_file(path)
    if loaded.document is None:
        pytest.skip(f"{path.name} is not a plan the model accepts")
    docx = tmp_path / f"{path.stem}.docx"
    render_docx(loaded.document.plan, docx)
    (tmp_path / "original").mkdir()
    (tmp_path / "imported").mkdir()
    original = tmp_path / "original" / path.name
    original.write_text(_IGNORE_COMMENT.sub("", path.read_text(encoding="utf-8")), encoding="utf-8")
    imported = tmp_path / "imported" / path.name
    imported.write_text(to_yaml(import_docx(docx).plan), encoding="utf-8")
    new = _findings(imported) - _findings(original)
    assert not new, imported.read_text(encoding="utf-8")


def test_every_shipped_plan_is_checked() -> None:
    assert len(PLANS) >= 5
