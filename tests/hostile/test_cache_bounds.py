"""Defect 10: the result cache read files of any size, config files had no size limit,
and a file rewritten during a run (size and time put back) could poison an entry."""

from __future__ import annotations

import builtins
import os
from pathlib import Path

import pytest
from hostile_helpers import GOOD_PLAN
from typer.testing import CliRunner

from planctl import cache
from planctl.check import check_paths
from planctl.cli import app
from planctl.limits import MAX_CONFIG_BYTES, MAX_FILE_BYTES


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(cache.DISABLE_ENV, raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv(cache.DIR_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv("NO_COLOR", "1")
    folder = tmp_path / "project"
    (folder / "plans").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "plans" / "plan.yaml").write_text(GOOD_PLAN, encoding="utf-8")
    monkeypatch.chdir(folder)
    return folder


def test_an_oversized_plan_is_keyed_by_its_size_unread(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    huge = project / "plans" / "huge.yaml"
    with huge.open("wb") as handle:
        handle.truncate(20 * 2**30)  # 20 GB, sparse: hashing it took minutes
    real_open = builtins.open

    def guarded(file: object, *args: object, **kwargs: object) -> object:
        assert os.fspath(file) != os.fspath(huge), "the cache read a file larger than the plan limit"  # type: ignore[arg-type]
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", guarded)
    request = cache.request_from_argv(["plans"])
    assert request is not None and request.lookup() is None
    key = request.key()
    with huge.open("r+b") as handle:
        handle.truncate(20 * 2**30 + 1)
    grown = cache.request_from_argv(["plans"])
    assert grown is not None and grown.key() != key  # the size is in the key


def test_an_oversized_configuration_is_refused_unread(project: Path) -> None:
    (project / ".planctl.yaml").write_bytes(b"select: [T]\n" + b"#" * MAX_CONFIG_BYTES)
    result = CliRunner().invoke(app, ["validate", "--no-cache", "plans"])
    assert result.exit_code == 2 and "слишком большой" in result.output
    key = cache.request_from_argv(["plans"])
    assert key is not None and key.lookup() is None  # keyed by size, no error


def test_a_plan_rewritten_during_the_run_cannot_poison_the_cache(project: Path) -> None:
    """The key is made of A; the check reads B (same size, time put back); the entry must
    not say for A what the check found in B."""
    plan = project / "plans" / "plan.yaml"
    before = plan.stat()
    request = cache.request_from_argv(["plans"])
    assert request is not None and request.lookup() is None
    request.key()
    broken = GOOD_PLAN.replace("period: 2024", "period: 2O24")  # same length, an S001 error
    plan.write_text(broken, encoding="utf-8")
    os.utime(plan, ns=(before.st_atime_ns, before.st_mtime_ns))
    report = check_paths(["plans"], jobs=1)
    assert report.failed
    request.store(1, "the report of B\n", {file.path: file.digest for file in report.files})
    plan.write_text(GOOD_PLAN, encoding="utf-8")
    os.utime(plan, ns=(before.st_atime_ns, before.st_mtime_ns))
    again = cache.request_from_argv(["plans"])
    assert again is not None and again.lookup() is None


def test_the_digest_the_check_reports_is_the_one_the_key_holds(project: Path) -> None:
    report = check_paths(["plans"], jobs=1)
    request = cache.request_from_argv(["plans"])
    assert request is not None
    request.store(0, "clean\n", {file.path: file.digest for file in report.files})
    assert request.lookup() == (0, "clean\n")


def test_the_plan_limit_is_the_loader_limit() -> None:
    from planctl import load

    assert load.MAX_FILE_BYTES == MAX_FILE_BYTES
