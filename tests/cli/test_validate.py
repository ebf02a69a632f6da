"""`planctl validate` for people and for CI: exit codes, positions, and every format."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from planctl.cli import app

GOOD = 'title: План\nperiod: 2024\nitems:\n  - number: "1"\n    title: Мероприятие\n    executors: [Минздрав]\n    deadline: В течение года\n'
TYPO = 'title: План\nperiod: 2024\nitems:\n  - number: "1"\n    title: Мероприятие\n    deadine: В течение года\n'
POSITION = re.compile(r"^\s*(\S+?):(\d+):(\d+): ", re.MULTILINE)


def test_shipped_plans_are_clean(runner, plans_dir: Path) -> None:
    result = runner.invoke(app, ["validate", str(plans_dir)], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert "Проверено: 3 файла" in result.output
    assert " ошибка " not in result.output


def test_default_path_is_plans(runner, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "a.yaml").write_text(TYPO, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 1
    assert "plans/a.yaml:6:5" in result.output


def test_text_points_at_the_line_with_a_caret(runner, write_plan) -> None:
    path = write_plan(TYPO)
    result = runner.invoke(app, ["validate", str(path)], env={"NO_COLOR": "1"})
    assert result.exit_code == 1
    assert f"{path}:6:5: ошибка S002 неизвестный ключ «deadine»" in result.output
    lines = result.output.splitlines()
    at = next(i for i, line in enumerate(lines) if "S002" in line)
    assert lines[at + 1] == "        deadine: В течение года"
    assert lines[at + 2] == "        ^"
    assert "подсказка: возможно, имелось в виду «deadline»" in result.output
    assert "\033[" not in result.output


def test_colour_only_when_asked(runner, write_plan) -> None:
    path = write_plan(TYPO)
    assert "\033[" in runner.invoke(app, ["validate", str(path)], env={"FORCE_COLOR": "1", "NO_COLOR": ""}).output
    assert "\033[" not in runner.invoke(app, ["validate", str(path)], env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).output


def test_every_finding_has_file_line_column(runner, write_plan) -> None:
    bad = write_plan("title: [unclosed\nperiod: 2024\n", "a.yaml")
    write_plan(TYPO, "b.yaml")
    write_plan("- just\n- a list\n", "c.yaml")
    result = runner.invoke(app, ["validate", str(bad.parent), "--format", "json"])
    assert result.exit_code == 1
    findings = json.loads(result.output)
    assert {Path(f["file"]).name for f in findings} == {"a.yaml", "b.yaml", "c.yaml"}
    for finding in findings:
        assert finding["line"] >= 1 and finding["column"] >= 1
        assert set(finding) >= {"file", "line", "column", "code", "severity", "message"}


def test_missing_path_is_a_usage_error(runner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "nope" in result.output


def test_unknown_format_is_a_usage_error(runner, write_plan) -> None:
    assert runner.invoke(app, ["validate", str(write_plan(GOOD)), "--format", "xml"]).exit_code == 2


def test_json_of_a_clean_plan_is_an_empty_list(runner, write_plan) -> None:
    result = runner.invoke(app, ["validate", str(write_plan(GOOD)), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == []


def test_github_annotations_are_escaped(runner, write_plan) -> None:
    path = write_plan(TYPO, "dir,with:odd%name/plan.yaml")
    result = runner.invoke(app, ["validate", str(path), "--format", "github"], env={"GITHUB_STEP_SUMMARY": ""})
    assert result.exit_code == 1
    line = next(line for line in result.output.splitlines() if line.startswith("::error "))
    props, message = line[len("::error ") :].split("::", 1)
    assert "dir%2Cwith%3Aodd%25name/plan.yaml" in props
    assert ",line=6,col=5," in props
    assert "\n" not in message and message.startswith("неизвестный ключ")


def test_github_format_is_the_default_under_actions(runner, write_plan, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    path = write_plan(TYPO)
    result = runner.invoke(app, ["validate", str(path)], env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.exit_code == 1
    assert result.output.startswith("::error file=")
    table = summary.read_text(encoding="utf-8")
    assert "| Файл | Строка | Код |" in table and "| 6 | S002 |" in table


def test_sarif_is_2_1_0_with_rules_and_regions(runner, write_plan) -> None:
    path = write_plan(TYPO)
    result = runner.invoke(app, ["validate", str(path), "--format", "sarif"])
    assert result.exit_code == 1
    sarif = json.loads(result.output)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert len(ids) == len(set(ids)) and "S002" in ids
    for rule in rules:
        assert rule["shortDescription"]["text"]
    (found,) = run["results"]
    assert found["ruleId"] == "S002" and ids[found["ruleIndex"]] == "S002"
    assert found["level"] == "error"
    region = found["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (6, 5)
    assert found["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("plan.yaml")


def test_output_file_is_written(runner, write_plan, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["validate", str(write_plan(TYPO)), "--format", "json", "--output", str(out)])
    assert result.exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))[0]["code"] == "S002"
    assert result.output == ""


def test_folders_are_searched_recursively_and_links_do_not_loop(runner, tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "deep.yml").write_text(TYPO, encoding="utf-8")
    (tmp_path / "x.yaml").mkdir()
    (tmp_path / "x.yaml" / "inner.yaml").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path, nested / "loop")
    (tmp_path / "notes.txt").write_text("not a plan", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1
    files = {Path(f["file"]).name for f in json.loads(result.output)}
    assert files == {"deep.yml"}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_many_files_in_parallel_give_the_same_report(runner, tmp_path: Path, jobs: str) -> None:
    for n in range(30):
        (tmp_path / f"p{n:02d}.yaml").write_text(TYPO if n % 3 == 0 else GOOD, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(tmp_path), "--format", "json", "--jobs", jobs])
    assert result.exit_code == 1
    findings = json.loads(result.output)
    assert [Path(f["file"]).name for f in findings] == [f"p{n:02d}.yaml" for n in range(0, 30, 3)]


WARNED = 'title: План\nperiod: 2024\nitems:\n  - {number: "1", title: "Совещание ", deadline: в течение года}\n  - {number: "3", title: Отчёт, deadline: в течение года}\n'


@pytest.mark.parametrize(
    ("options", "code"),
    [([], 0), (["--max-warnings", "2"], 0), (["--max-warnings", "5"], 0), (["--max-warnings", "1"], 1), (["--max-warnings", "0"], 1), (["--strict"], 1)],
)
def test_max_warnings_and_strict_fail_on_warnings(runner, write_plan, options: list[str], code: int) -> None:
    path = write_plan(WARNED)  # two warnings: T001 trailing space, N002 gap
    result = runner.invoke(app, ["validate", str(path), *options], env={"NO_COLOR": "1", "LANG": "ru_RU.UTF-8"})
    assert "2 предупреждения" in result.output and "0 ошибок" in result.output
    assert result.exit_code == code, result.output
    if code:
        assert "предупреждений: 2, а допустимо не больше" in result.output


def test_strict_message_follows_lang_and_names_the_option(runner, write_plan) -> None:
    result = runner.invoke(app, ["validate", str(write_plan(WARNED)), "--strict"], env={"NO_COLOR": "1", "LANG": "uk_UA.UTF-8"})
    assert result.exit_code == 1
    assert "planctl: попереджень: 2, а допустимо не більше 0 (--strict)" in result.output


def test_strict_passes_a_clean_plan_and_errors_fail_whatever_the_limit(runner, write_plan) -> None:
    assert runner.invoke(app, ["validate", str(write_plan(GOOD)), "--strict"]).exit_code == 0
    assert runner.invoke(app, ["validate", str(write_plan(TYPO, "typo.yaml")), "--max-warnings", "100"]).exit_code == 1


def test_max_warnings_must_not_be_negative(runner, write_plan) -> None:
    assert runner.invoke(app, ["validate", str(write_plan(GOOD)), "--max-warnings", "-1"]).exit_code == 2
