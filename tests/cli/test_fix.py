"""`planctl fix`: misspelled deadlines, trailing and special spaces rewritten in place, comments kept."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planctl.cli import app

PLAN = """\
# План отдела: комментарии остаются на месте
title: План мероприятий на 2024 год
period: 2024
items:
  - number: "1"
    title: "Совещание "   # пробел в конце
    executors: [Минздрав]
    deadline: В течении года
  - number: "2"
    title: Мониторинг
    executors: [Минздрав]
    deadline: в теч. года  # так пишут
  - number: "3"
    title: Отчёт
    executors: [Минздрав]
    deadline: IV квартал 2024 г.
  - number: "4"
    title: Сверка
    executors: [Минздрав]
    deadline: ежеквартально
"""

#: ruamel keeps a comment's column; one that a longer value pushes right keeps one space before it.
FIXED = PLAN.replace('"Совещание "   #', '"Совещание"    #').replace("В течении года", "В течение года").replace("в теч. года  #", "в течение года #")


def _due_numbers(runner: CliRunner, path: Path) -> list[str]:
    result = runner.invoke(app, ["due", str(path), "--quarter", "4", "--year", "2024", "--as-of", "2024-10-01", "--format", "json"])
    assert result.exit_code == 0, result.output
    return sorted({row["number"] for row in json.loads(result.output)})


def test_the_done_when_check_of_issue_14(runner: CliRunner, write_plan) -> None:
    """`due --quarter 4` lists the items that say «в течении года», validate says how to spell it, fix fixes it."""
    path = write_plan(PLAN)
    assert _due_numbers(runner, path) == ["1", "2", "3", "4"]

    checked = runner.invoke(app, ["validate", "--no-cache", str(path)], env={"NO_COLOR": "1"})
    assert "D006" in checked.output
    assert "в сроке «В течении»: правильно «В течение»" in checked.output
    assert "в сроке «в теч.»: правильно «в течение»" in checked.output

    fixed = runner.invoke(app, ["fix", str(path)])
    assert fixed.exit_code == 0, fixed.output
    assert "исправлено 3 (D006 ×2, T001 ×1)" in fixed.output
    assert path.read_text(encoding="utf-8") == FIXED
    again = runner.invoke(app, ["validate", "--no-cache", str(path)], env={"NO_COLOR": "1"})
    assert again.exit_code == 0 and "D006" not in again.output and "T001" not in again.output
    assert _due_numbers(runner, path) == ["1", "2", "3", "4"]


def test_diff_shows_the_change_and_writes_nothing(runner: CliRunner, write_plan) -> None:
    path = write_plan(PLAN)
    result = runner.invoke(app, ["fix", "--diff", str(path)])
    assert result.exit_code == 1
    assert f"--- {path}\n+++ {path}\n" in result.output
    assert "-    deadline: В течении года\n+    deadline: В течение года\n" in result.output
    assert path.read_text(encoding="utf-8") == PLAN


def test_a_clean_plan_is_not_rewritten(runner: CliRunner, write_plan) -> None:
    path = write_plan(FIXED)
    before = path.stat().st_mtime_ns
    result = runner.invoke(app, ["fix", str(path)])
    assert result.exit_code == 0 and "исправлять нечего" in result.output
    assert path.stat().st_mtime_ns == before and path.read_text(encoding="utf-8") == FIXED
    assert runner.invoke(app, ["fix", "--diff", str(path)]).exit_code == 0


def test_a_ukrainian_plan_is_answered_in_ukrainian(runner: CliRunner, write_plan) -> None:
    path = write_plan("title: План\nperiod: 2024\nlanguage: uk\nitems:\n  - {number: '1', title: Нарада, executors: [МОЗ], deadline: Щомісяч-но}\n")
    result = runner.invoke(app, ["fix", str(path)])
    assert result.exit_code == 0 and "виправлено 1 (D006 ×1)" in result.output
    assert "deadline: Щомісячно}" in path.read_text(encoding="utf-8")


def test_no_break_spaces_are_plain_where_a_plain_one_is_meant(runner: CliRunner, write_plan) -> None:
    path = write_plan('title: План\nperiod: 2024\nitems:\n  - number: "1"\n    title: "Приём\\u00a0граждан по №\\u00a05, 10\\u00a0000 человек"\n    deadline: "до\\u00a025 декабря"\n')
    assert runner.invoke(app, ["fix", str(path)]).exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert "Приём граждан по №\u00a05, 10\u00a0000 человек" in text and "до 25 декабря" in text


def test_a_plan_that_does_not_load_is_left_alone(runner: CliRunner, write_plan) -> None:
    broken = "title: [\n"
    path = write_plan(broken)
    result = runner.invoke(app, ["fix", str(path)])
    assert result.exit_code == 1 and "не загружен" in result.output
    assert path.read_text(encoding="utf-8") == broken


def test_a_missing_path_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["fix", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2 and "нет такого файла" in result.output


def test_latin_lookalikes_in_a_cyrillic_word_are_written_in_cyrillic(runner: CliRunner, write_plan) -> None:
    path = write_plan(
        "title: План\nperiod: 2024\nlanguage: uk\nitems:\n"
        "  - {number: '1', title: Нaрада з COVID-19 та IT-фахівцями, executors: [МОЗ], deadline: Постiйно}\n"
        "  - {number: '2', title: Zoom-кoнференція, deadline: протягом року}\n"
    )
    result = runner.invoke(app, ["fix", str(path)])
    assert result.exit_code == 0 and "T003 ×3" in result.output, result.output
    text = path.read_text(encoding="utf-8")
    assert "Нарада з COVID-19 та IT-фахівцями" in text and "deadline: Постійно}" in text and "Zoom-конференція" in text
    assert runner.invoke(app, ["validate", str(path)]).exit_code == 0


def test_a_mixed_word_with_a_latin_letter_that_has_no_twin_is_left_for_the_clerk(runner: CliRunner, write_plan) -> None:
    path = write_plan("title: План\nperiod: 2024\nitems:\n  - {number: '1', title: Совещаниe и Сoвещаниq, deadline: в течение года}\n")
    assert runner.invoke(app, ["fix", str(path)]).exit_code == 0
    assert "title: Совещание и Сoвещаниq," in path.read_text(encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert "T003" in result.output and "наберите слово заново" in result.output
