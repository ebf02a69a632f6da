"""Defects 7, 12 (full disk) and 13 (stale temporary files): where planctl writes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_helpers import GOOD_PLAN, Run, assert_clean_failure

from planctl.atomic import write_text_atomic


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "p.yaml"
    path.write_text(GOOD_PLAN, encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["same path", "other spelling", "symlink", "hard link"])
def test_validate_never_writes_its_report_over_a_plan(planctl: Run, plan: Path, kind: str) -> None:
    """Defect 7: `validate p.yaml -o p.yaml` replaced the plan with the report (exit 0)."""
    folder = plan.parent
    target = {"same path": "p.yaml", "other spelling": "./sub/../p.yaml", "symlink": "link.yaml", "hard link": "hard.yaml"}[kind]
    (folder / "sub").mkdir()
    if kind == "symlink":
        (folder / "link.yaml").symlink_to("p.yaml")
    if kind == "hard link":
        os.link(plan, folder / "hard.yaml")
    text = assert_clean_failure(planctl("validate", "--no-cache", "p.yaml", "-o", target, cwd=folder))
    assert "совпадает с исходным планом" in text
    assert plan.read_text(encoding="utf-8") == GOOD_PLAN


def test_validate_of_a_folder_protects_every_plan_in_it(planctl: Run, plan: Path) -> None:
    (plan.parent / "q.yaml").write_text(GOOD_PLAN, encoding="utf-8")
    assert_clean_failure(planctl("validate", "--no-cache", ".", "-o", "q.yaml", cwd=plan.parent))
    assert (plan.parent / "q.yaml").read_text(encoding="utf-8") == GOOD_PLAN
    assert planctl("validate", "--no-cache", ".", "-o", "report.txt", cwd=plan.parent).returncode == 0
    assert "замечаний нет" in (plan.parent / "report.txt").read_text(encoding="utf-8")


FULL_DISK_COMMANDS = [
    ["--version"],
    ["--help"],
    ["validate", "--no-cache", "p.yaml"],
    ["validate", "--no-cache", "-f", "json", "p.yaml"],
    ["validate", "--no-cache", "-f", "sarif", "p.yaml"],
    ["due", "p.yaml", "--as-of", "2024-01-01"],
    ["due", "p.yaml", "--as-of", "2024-01-01", "-f", "json"],
    ["due", "p.yaml", "--as-of", "2024-01-01", "-f", "ics"],
    ["due", "p.yaml", "--as-of", "2024-01-01", "-f", "md"],
    ["diff", "p.yaml", "p.yaml"],
    ["deadline", "ежегодно до 1 октября"],
    ["schema"],
]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", FULL_DISK_COMMANDS, ids=" ".join)
def test_a_full_disk_on_standard_output_is_a_message(planctl: Run, plan: Path, args: list[str]) -> None:
    """Defect 12: every command said «internal error» (the cached validate printed a traceback)."""
    with open("/dev/full", "wb") as full:
        result = planctl(*args, cwd=plan.parent, stdout=full)
    text = assert_clean_failure(result)
    assert "на диске нет места" in text


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_cached_validate_on_a_full_disk_is_a_message(plan: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PLANCTL_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    env.pop("PLANCTL_NO_CACHE", None)
    command = [sys.executable, "-m", "planctl", "validate", "p.yaml"]
    first = subprocess.run(command, cwd=plan.parent, env=env, capture_output=True, timeout=120, check=False)
    assert first.returncode == 0 and any((tmp_path / "cache").rglob("*"))
    with open("/dev/full", "wb") as full:
        hit = subprocess.run(command, cwd=plan.parent, env=env, stdout=full, stderr=subprocess.PIPE, timeout=120, check=False)
    stderr = hit.stderr.decode("utf-8")
    assert hit.returncode == 1 and "Traceback" not in stderr and "на диске нет места" in stderr


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temporary_files_of_a_killed_write_are_removed_on_the_next(tmp_path: Path) -> None:
    """Defect 13: kill -9 during render left `.out.md.XXXX.tmp` beside the target for ever."""
    target = tmp_path / "out.md"
    killed = tmp_path / f".out.md.{_dead_pid()}.abcd1234.tmp"  # what open_atomic names it
    old = tmp_path / ".out.md.k2j4h5g6.tmp"  # an older planctl's name, a day old
    running = tmp_path / f".out.md.{os.getppid()}.zyxw9876.tmp"  # a write still under way
    other = tmp_path / ".notes.md.abcd1234.tmp"  # another target's: not ours to judge
    for path in (killed, old, running, other):
        path.write_text("half", encoding="utf-8")
    os.utime(old, (1, 1))
    write_text_atomic(target, "whole\n")
    assert target.read_text(encoding="utf-8") == "whole\n"
    assert not killed.exists() and not old.exists()
    assert running.exists() and other.exists()


def test_a_render_killed_with_sigkill_leaves_nothing_after_the_next_render(tmp_path: Path, plan: Path) -> None:
    """The real thing: a render process killed while its temporary file exists."""
    script = (
        "import os, signal, sys\n"
        "from planctl import atomic\n"
        "with atomic.open_atomic(sys.argv[1]) as handle:\n"
        "    handle.write(b'half')\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    target = tmp_path / "out.md"
    killed = subprocess.run([sys.executable, "-c", script, str(target)], timeout=120, check=False)
    assert killed.returncode == -9
    assert [p.name for p in tmp_path.glob(".out.md.*.tmp")]
    result = subprocess.run(
        [sys.executable, "-m", "planctl", "render", str(plan), "-o", str(target)], capture_output=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.glob(".out.md.*.tmp")) == []
