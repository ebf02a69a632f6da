"""Defect 9: `period: 1900-2200` with 1000 monthly items gave 512 MB of JSON and 1.9 GB
of memory. The period is bounded, so is one run's list, and the JSON is streamed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_helpers import Run, assert_clean_failure, output

from planctl.due.formats import json_chunks, json_list
from planctl.limits import MAX_OCCURRENCES, MAX_PERIOD_YEARS


def monthly_plan(period: str, items: int = 1000) -> str:
    lines = ["title: План", f"period: {period}", "items:"]
    for n in range(1, items + 1):
        lines += [f'  - number: "{n}"', f"    title: Мероприятие {n}", "    executors: [Минздрав]", "    deadline: ежемесячно до 5 числа"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("command", [["validate", "--no-cache"], ["due", "--as-of", "2024-12-01", "-f", "json"]])
def test_a_three_century_period_is_refused(planctl: Run, tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "p.yaml").write_text(monthly_plan("1900-2200"), encoding="utf-8")
    text = assert_clean_failure(planctl(command[0], "p.yaml", *command[1:], cwd=tmp_path))
    assert "p.yaml:2:" in text and f"длиннее {MAX_PERIOD_YEARS} лет" in text


def test_the_longest_period_allowed_is_read(planctl: Run, tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(monthly_plan(f"2000-{1999 + MAX_PERIOD_YEARS}", items=1), encoding="utf-8")
    assert planctl("validate", "--no-cache", "p.yaml", cwd=tmp_path).returncode == 0


def test_too_many_occurrences_in_one_run_is_a_message(planctl: Run, tmp_path: Path) -> None:
    """50 years × 12 months × 1000 items overdue: 600,000 rows; the run stops with advice."""
    (tmp_path / "p.yaml").write_text(monthly_plan(f"1975-{1974 + MAX_PERIOD_YEARS}"), encoding="utf-8")
    result = planctl("due", "p.yaml", "--as-of", "2030-01-01", "-f", "json", cwd=tmp_path)
    text = assert_clean_failure(result)
    assert result.stdout == b"" and "--executor" in text and f"{MAX_OCCURRENCES:,}".replace(",", " ") in text


@pytest.mark.slow
def test_the_limit_counts_across_files(planctl: Run, tmp_path: Path) -> None:
    """Each file under the limit, all of them over it."""
    per_file = 200
    for n in range(MAX_OCCURRENCES // (per_file * 12 * 10) + 1):
        (tmp_path / f"p{n:02}.yaml").write_text(monthly_plan("2015-2024", items=per_file), encoding="utf-8")
    result = planctl("due", ".", "--as-of", "2030-01-01", "-f", "json", "--jobs", "1", cwd=tmp_path)
    assert "--executor" in assert_clean_failure(result)


def test_a_large_list_within_the_limit_is_valid_json(planctl: Run, tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(monthly_plan("2024", items=300), encoding="utf-8")
    result = planctl("due", "p.yaml", "--as-of", "2025-01-01", "-f", "json", cwd=tmp_path)
    assert result.returncode == 0, output(result)
    assert len(json.loads(result.stdout)) == 300 * 12


@pytest.mark.parametrize("count", [0, 1, 999, 1000, 1001, 2500])
def test_json_in_pieces_is_the_same_list(count: int) -> None:
    lines = [json.dumps({"n": n}).encode() for n in range(count)]
    assert b"".join(json_chunks(lines)) == json_list(lines)
    assert json.loads(json_list(lines)) == [{"n": n} for n in range(count)]
