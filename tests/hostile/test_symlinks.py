"""Defects 8 and 12: links and unreadable folders. A folder walk never reads a file
outside the folder, a file that is not a plan is never printed, and a link loop or a
locked folder is a finding, not «internal error»."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hostile_helpers import GOOD_PLAN, Run, assert_clean_failure, output

SECRET = "api_key: SECRET-ONE\npassword: SECRET-TWO\ntoken: SECRET-THREE\n"
SHADOW = "root:$6$SECRET-SALT$SECRET-HASH:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A plans folder an attacker added links to: they point at files outside it."""
    (tmp_path / "shadow").write_text(SHADOW, encoding="utf-8")
    (tmp_path / "secrets.yaml").write_text(SECRET, encoding="utf-8")
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "good.yaml").write_text(GOOD_PLAN, encoding="utf-8")
    (plans / "evil.yaml").symlink_to(tmp_path / "shadow")
    (plans / "evil2.yaml").symlink_to("../secrets.yaml")
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_links_out_of_the_folder_are_reported_not_read(planctl: Run, repo: Path, fmt: str) -> None:
    text = assert_clean_failure(planctl("validate", "--no-cache", "-f", fmt, "plans", cwd=repo))
    assert "SECRET" not in text
    assert "evil.yaml" in text and "evil2.yaml" in text and "за пределы папки" in text


def test_github_annotations_under_actions_leak_nothing(planctl: Run, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(repo / "summary.md"))
    text = assert_clean_failure(planctl("validate", "--no-cache", "plans", cwd=repo))
    assert "SECRET" not in text and "SECRET" not in (repo / "summary.md").read_text(encoding="utf-8")


def test_due_skips_links_out_of_the_folder(planctl: Run, repo: Path) -> None:
    text = assert_clean_failure(planctl("due", "plans", "--as-of", "2024-01-01", "-f", "json", cwd=repo))
    assert "SECRET" not in text and "за пределы папки" in text


def test_a_link_inside_the_folder_is_followed(planctl: Run, repo: Path) -> None:
    (repo / "plans" / "evil.yaml").unlink()
    (repo / "plans" / "evil2.yaml").unlink()
    (repo / "plans" / "sub").mkdir()
    (repo / "plans" / "sub" / "alias.yaml").symlink_to("../good.yaml")
    assert planctl("validate", "--no-cache", "plans", cwd=repo).returncode == 0


def test_a_yaml_file_that_is_no_plan_is_one_finding_without_its_content(planctl: Run, repo: Path) -> None:
    """Named directly (so it is read), it still prints none of its keys or lines."""
    for name in ("secrets.yaml", "shadow"):
        text = assert_clean_failure(planctl("validate", "--no-cache", name, cwd=repo))
        assert "SECRET" not in text and "F006" in text and "это не план" in text


def test_a_broken_plan_shows_only_the_line_of_its_first_finding(planctl: Run, tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text("title: План\nperiod: 2024\nitemz: []\nsecret_one: X1\nsecret_two: X2\n", encoding="utf-8")
    text = assert_clean_failure(planctl("validate", "--no-cache", "p.yaml", cwd=tmp_path))
    quoted = [line for line in text.splitlines() if line.startswith("    ") and ":" in line and not line.startswith("    подсказка")]
    assert len(quoted) == 1, text


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--no-cache", "a.yaml"],
        ["validate", "a.yaml"],
        ["validate", "--no-cache", "d1"],
        ["due", "a.yaml", "--as-of", "2024-01-01"],
        ["render", "a.yaml", "-o", "out.md"],
        ["render", "good.yaml", "-o", "a.yaml"],
        ["diff", "a.yaml", "good.yaml"],
    ],
    ids=" ".join,
)
def test_a_link_loop_given_as_the_path(planctl: Run, tmp_path: Path, args: list[str]) -> None:
    """Defect 12: `Path.resolve` raised RuntimeError («internal error») on a loop."""
    (tmp_path / "good.yaml").write_text(GOOD_PLAN, encoding="utf-8")
    (tmp_path / "a.yaml").symlink_to("b.yaml")
    (tmp_path / "b.yaml").symlink_to("a.yaml")
    (tmp_path / "d1").symlink_to("d2")
    (tmp_path / "d2").symlink_to("d1")
    result = planctl(*args, cwd=tmp_path)
    text = output(result)
    assert result.returncode in (1, 2) and "внутренняя ошибка" not in text and "Traceback" not in text
    assert "a.yaml" in text or "d1" in text


def test_a_file_in_a_folder_that_cannot_be_searched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Defect 12, simulated (the tests run as root, who can search every folder): stat of
    anything in `locked/` fails with EACCES, as it does for a user without x on the folder."""
    from typer.testing import CliRunner

    from planctl.cli import app

    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.yaml").write_text(GOOD_PLAN, encoding="utf-8")
    real_stat = os.stat

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if str(os.fspath(path)).startswith(str(locked) + os.sep) or str(path).startswith("locked/"):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os, "stat", stat)
    runner = CliRunner()
    for args in (["validate", "--no-cache", "-f", "json", "locked/a.yaml"], ["due", "locked/a.yaml", "--as-of", "2024-01-01"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 1, (result.output, result.exception)
        assert "F001" in result.output and "Permission denied" in result.output
    listing = runner.invoke(app, ["validate", "--no-cache", "-f", "json", "locked/a.yaml"])
    assert json.loads(listing.output)[0]["file"] == "locked/a.yaml"
