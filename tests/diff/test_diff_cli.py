"""`planctl diff` on files and git revisions: output, exit codes, clean errors."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from diff_helpers import DATA
from typer.testing import CliRunner

from planctl.cli import app

runner = CliRunner()
OLD, NEW = str(DATA / "old.yaml"), str(DATA / "new.yaml")


def invoke(*args: str):
    result = runner.invoke(app, ["diff", *args], terminal_width=200)
    assert "Traceback" not in result.output
    return result


def test_two_files_text() -> None:
    result = invoke(OLD, NEW)
    assert result.exit_code == 0
    assert "срок: «ежегодно до 1 октября» → «ежегодно до 1 ноября»: 2024 01.10.2024 → 01.11.2024" in result.stdout
    assert "  + 1.2 «Обучение координаторов добровольческих центров»" in result.stdout


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_formats(fmt: str) -> None:
    result = invoke(OLD, NEW, "--format", fmt)
    assert result.exit_code == 0
    if fmt == "json":
        assert json.loads(result.stdout)["counts"]["added"] == 1
    else:
        assert "| `+` | 1.2 |" in result.stdout


def test_exit_code_flag() -> None:
    assert invoke(OLD, NEW, "--exit-code").exit_code == 1
    assert invoke(OLD, OLD, "--exit-code").exit_code == 0
    assert invoke(OLD, NEW).exit_code == 0


def test_invalid_plan_prints_diagnostics_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: План\nperiod: 2024\nitems:\n  - title: X\n    colour: red\n", encoding="utf-8")
    result = invoke(OLD, str(bad))
    assert result.exit_code == 1
    assert f"{bad}:5:" in result.stderr and result.stdout == ""


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke(OLD, str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "nope.yaml" in result.stderr


def test_new_file_and_rev_together_is_a_usage_error() -> None:
    assert invoke(OLD, NEW, "--rev", "HEAD").exit_code == 2
    assert invoke(OLD).exit_code == 2


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose first commit holds the old plan and whose working file is the new one."""
    git(tmp_path, "init", "-q")
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(DATA / "old.yaml", plans / "plan.yaml")
    git(tmp_path, "add", "plans/plan.yaml")
    git(tmp_path, "commit", "-q", "-m", "old")
    shutil.copy(DATA / "new.yaml", plans / "plan.yaml")
    return tmp_path


@needs_git
def test_rev_compares_with_the_committed_version(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "plans")  # a path relative to a subfolder still finds the file in git
    result = invoke("plan.yaml", "--rev", "HEAD", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["old"] == "HEAD:plans/plan.yaml" and data["counts"]["added"] == 1
    git(repo, "commit", "-q", "-am", "new")
    assert invoke("plan.yaml", "--rev", "HEAD", "--exit-code").exit_code == 0
    assert invoke("plan.yaml", "--rev", "HEAD~1", "--exit-code").exit_code == 1


@needs_git
def test_bad_revision_is_a_clean_error(repo: Path) -> None:
    result = invoke(str(repo / "plans" / "plan.yaml"), "--rev", "no-such-branch")
    assert result.exit_code == 1
    assert "неизвестная ревизия git «no-such-branch»" in result.stderr


@needs_git
def test_untracked_file_is_a_clean_error(repo: Path) -> None:
    other = repo / "plans" / "other.yaml"
    shutil.copy(DATA / "new.yaml", other)
    result = invoke(str(other), "--rev", "HEAD")
    assert result.exit_code == 1
    assert "plans/other.yaml не отслеживается git в ревизии «HEAD»" in result.stderr


@needs_git
def test_broken_old_version_reports_its_findings(repo: Path) -> None:
    plan = repo / "plans" / "plan.yaml"
    plan.write_text("title: План\nperiod: 2024\nitems: [{title: X, colour: red}]\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "broken")
    shutil.copy(DATA / "new.yaml", plan)
    result = invoke(str(plan), "--rev", "HEAD")
    assert result.exit_code == 1
    assert "HEAD:plans/plan.yaml:3:" in result.stderr


def test_outside_a_git_repository(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    shutil.copy(DATA / "old.yaml", plan)
    if subprocess.run(["git", "-C", str(tmp_path), "rev-parse"], capture_output=True, check=False).returncode == 0:
        pytest.skip("the temporary folder is inside a git repository")
    result = invoke(str(plan), "--rev", "HEAD")
    assert result.exit_code == 1
    assert "не в репозитории git" in result.stderr or "нужен git, а он не установлен" in result.stderr


def test_git_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    result = invoke(OLD, "--rev", "HEAD")
    assert result.exit_code == 1
    assert "для --rev нужен git, а он не установлен" in result.stderr


@pytest.mark.parametrize(
    ("lang", "message"),
    [("uk_UA.UTF-8", "вкажіть два файли OLD NEW або один файл із --rev REV"), ("ru_RU.UTF-8", "укажите два файла OLD NEW или один файл с --rev REV")],
)
def test_usage_errors_follow_lang(monkeypatch: pytest.MonkeyPatch, lang: str, message: str) -> None:
    monkeypatch.setenv("LANG", lang)
    result = invoke(OLD)
    assert result.exit_code == 2 and message in result.output


def test_missing_file_is_named_in_the_interface_language(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    result = invoke(OLD, str(tmp_path / "none.yaml"))
    assert result.exit_code == 2 and "немає такого файлу" in result.output
