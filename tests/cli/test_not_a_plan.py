"""A folder walk skips, with a note, YAML that is clearly not a plan; a file named explicitly
is checked in full; the pre-commit hook only hands over plan files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from planctl.cli import app
from planctl.model import Plan, field_names
from planctl.plan_sniff import PLAN_KEYS, not_a_plan, top_level_keys
from planctl.yamlio import safe_load_text

ROOT = Path(__file__).parents[2]
GOOD = 'title: План\nperiod: 2024\nitems:\n  - number: "1"\n    title: Мероприятие\n    executors: [Минздрав]\n    deadline: В течение года\n'
MKDOCS = (
    "site_name: Планы\nnav:\n  - index.md\ntheme:\n  name: material\nmarkdown_extensions:\n"
    "  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
)
WORKFLOW = "name: ci\non:\n  push:\njobs:\n  test:\n    runs-on: ubuntu-latest\n"


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        (GOOD, True),
        (MKDOCS, False),
        (WORKFLOW, False),
        ("repos:\n  - repo: local\n", False),
        ("# yaml-language-server: $schema=x\n---\n'title': План\n", True),
        ("titel: План\nperiod: 2024\nitms: []\n", True),  # a plan with typos: its keys still say plan
        ("- a\n- list\n", True),  # no keys: the loader says what is wrong
        ("{site_name: x}\n", True),  # flow style: not clear, checked
        ("", True),
        ("title: [unclosed\n", True),
    ],
)
def test_a_file_is_clearly_not_a_plan_only_by_its_top_level_keys(tmp_path: Path, text: str, plan: bool) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    assert (not_a_plan(str(path)) is None) is plan


def test_plan_keys_are_the_plan_models() -> None:
    assert set(field_names(Plan)) == PLAN_KEYS


def test_keys_are_read_from_column_zero_only() -> None:
    assert top_level_keys(MKDOCS) == ["site_name", "nav", "theme", "markdown_extensions"]
    assert top_level_keys('"quoted key": 1\nurl: http://x\n  nested: 2\n') == ["quoted key", "url"]


def test_a_long_non_plan_is_read_to_its_end(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("data:\n" + "  - x\n" * 40_000 + "title: План\n", encoding="utf-8")
    assert not_a_plan(str(path)) is None


def test_folder_walk_skips_other_yaml_with_a_note(runner, tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    (tmp_path / "ci").mkdir()
    (tmp_path / "ci" / "workflow.yml").write_text(WORKFLOW, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(tmp_path)], env={"NO_COLOR": "1", "LANG": "ru_RU.UTF-8"})
    assert result.exit_code == 0, result.output
    assert "Проверено: 1 файл, замечаний нет." in result.stdout
    assert f"planctl: пропущен {tmp_path / 'mkdocs.yml'}: это не план (ключи верхнего уровня: site_name, nav, theme, markdown_extensions)" in result.stderr
    assert f"пропущен {tmp_path / 'ci' / 'workflow.yml'}" in result.stderr
    assert "mkdocs" not in result.stdout


def test_the_note_keeps_json_clean_and_follows_lang(runner, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(tmp_path), "--format", "json"], env={"LANG": "uk_UA.UTF-8"})
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "пропущено" in result.stderr and "назвіть файл явно" in result.stderr


def test_a_file_named_on_the_command_line_is_checked_in_full(runner, tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(tmp_path / "mkdocs.yml"), str(tmp_path)], env={"NO_COLOR": "1"})
    assert result.exit_code == 1
    assert "пропущен" not in result.stderr
    assert "mkdocs.yml:" in result.stdout


def test_pre_commit_hook_hands_over_plan_files_only() -> None:
    (hook,) = safe_load_text((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "planctl-validate" and hook["entry"] == "planctl validate"
    files = re.compile(hook["files"])
    for path in ("plans/a.yaml", "plans/2024/b.yml"):
        assert files.search(path), path
    for path in ("mkdocs.yml", ".pre-commit-config.yaml", ".github/workflows/planctl.yml", "docs/plans.yaml", "myplans/a.yaml"):
        assert not files.search(path), path
    assert "exclude" not in hook
