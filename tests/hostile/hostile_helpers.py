"""Attacks that could crash, hang or eat memory run planctl in a child process with
a time limit and an address-space limit, so a regression fails the test, not the suite."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).parents[2]
GOOD_PLAN = (
    "title: План\nperiod: 2024\nitems:\n"
    '  - number: "1"\n    title: Мероприятие\n    executors: [Минздрав]\n    deadline: В течение года\n'
)
#: Far above what planctl needs (about 100 MB), far below what the attacks took (GBs).
MEMORY_LIMIT = 1536 * 2**20
TIMEOUT = 120


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


Run = Callable[..., subprocess.CompletedProcess[bytes]]


def run_planctl(*args: str, cwd: Path | None = None, stdout: int | None = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PLANCTL_NO_CACHE": "1", "PYTHONFAULTHANDLER": ""}
    return subprocess.run(
        [sys.executable, "-m", "planctl", *args],
        cwd=cwd,
        env=env,
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=TIMEOUT,
        preexec_fn=_limit_memory if os.name == "posix" else None,
        check=False,
    )


def output(result: subprocess.CompletedProcess[bytes]) -> str:
    """Both streams as text; planctl's output must always be valid UTF-8."""
    return (result.stdout or b"").decode("utf-8") + (result.stderr or b"").decode("utf-8")


def assert_clean_failure(result: subprocess.CompletedProcess[bytes], code: int = 1) -> str:
    """Exit `code` with a message: no crash, no traceback, no «internal error»."""
    text = output(result)
    assert result.returncode == code, (result.returncode, text[-2000:])
    assert "Traceback" not in text and "внутренняя ошибка" not in text and "внутрішня помилка" not in text, text[-2000:]
    return text
