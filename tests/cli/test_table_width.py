"""Tables fit a terminal (or COLUMNS) and give a pipe the full text, never cut at 80 columns."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from planctl import terminal
from planctl.cli import app

TITLE = "Проведение межведомственного совещания по вопросам развития добровольчества (волонтерства) в сфере охраны здоровья населения области"
NAME = "zaporizhzhia-2016-round-table-with-a-long-file-name.yaml"
PLAN = f'title: План\nperiod: 2024\nitems:\n  - number: "1"\n    title: {TITLE}\n    executors: [Министерство здравоохранения области]\n    deadline: до 1 ноября 2024 г.\n'
DUE = ["--quarter", "4", "--year", "2024", "--as-of", "2024-10-01"]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / NAME
    path.write_text(PLAN, encoding="utf-8")
    return path


def test_a_pipe_gets_whole_titles_and_file_names(runner, plan: Path) -> None:
    result = runner.invoke(app, ["due", str(plan), *DUE], env={"COLUMNS": None, "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(TITLE in line for line in lines)
    assert any(NAME in line for line in lines)
    assert "…" not in result.output
    assert max(cell_len(line) for line in lines) > 80
    assert [line for line in lines if line != line.rstrip()] == []  # no line padded to the table's width


def test_a_narrow_width_wraps_the_table(runner, plan: Path) -> None:
    result = runner.invoke(app, ["due", str(plan), *DUE], env={"COLUMNS": "60", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(cell_len(line) for line in lines) <= 60
    assert "Проведение" in result.output and not any(TITLE in line for line in lines)


def test_rules_table_in_a_pipe_keeps_whole_summaries(runner) -> None:
    result = runner.invoke(app, ["rules"], env={"COLUMNS": None, "LANG": "ru_RU.UTF-8"})
    assert "Пробел перед точкой, запятой, двоеточием, точкой с запятой или закрывающей скобкой." in result.output


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.mark.parametrize(
    ("tty", "columns", "width"),
    [(True, None, None), (False, None, terminal.UNLIMITED_WIDTH), (False, "100", 100), (True, "72", 72), (False, "abc", terminal.UNLIMITED_WIDTH), (False, "0", terminal.UNLIMITED_WIDTH)],
)
def test_output_width(monkeypatch: pytest.MonkeyPatch, tty: bool, columns: str | None, width: int | None) -> None:
    monkeypatch.setattr(sys, "stdout", _Stream(tty))
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal.output_width() == width
