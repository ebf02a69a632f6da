"""`planctl rules` and `planctl rule CODE`: the rules' documentation, in the interface language."""

from __future__ import annotations

import json
from pathlib import Path

from planctl.cli import app
from planctl.lint.ruledocs import rule_docs

ROOT = Path(__file__).parents[2]
RU = {"LANG": "ru_RU.UTF-8", "COLUMNS": None}
UK = {"LANG": "uk_UA.UTF-8", "COLUMNS": None}


def test_rules_lists_every_code_with_its_default(runner) -> None:
    result = runner.invoke(app, ["rules"], env=RU)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["Код", "Имя", "Уровень", "По", "умолчанию", "Что", "находит"]
    rows = {line.split()[0]: line.split() for line in lines[1:]}
    assert set(rows) == {doc.code for doc in rule_docs()}
    assert rows["T004"][1:4] == ["title-full-stop", "предупреждение", "выключено"]
    assert rows["D005"][1:4] == ["deadline-missing", "предупреждение", "включено"]
    assert rows["S002"][1:4] == ["unknown-key", "ошибка", "всегда"]


def test_rules_in_ukrainian_when_lang_says_so(runner) -> None:
    result = runner.invoke(app, ["rules"], env=UK)
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split() == ["Код", "Назва", "Рівень", "Типово", "Що", "знаходить"]
    assert "вимкнено" in result.output and "выключено" not in result.output


def test_rules_as_json(runner) -> None:
    result = runner.invoke(app, ["rules", "--format", "json"], env=RU)
    rows = json.loads(result.output)
    t004 = next(row for row in rows if row["code"] == "T004")
    assert t004 == {
        "code": "T004",
        "name": "title-full-stop",
        "severity": "warning",
        "default": "off",
        "summary": "Точка в конце названия пункта, раздела или плана.",
        "url": "https://github.com/planctl/planctl/blob/main/docs/rules.md#t004",
    }


def test_rules_markdown_is_the_committed_docs(runner) -> None:
    result = runner.invoke(app, ["rules", "--format", "md"], env={"LANG": "C.UTF-8"})
    assert result.exit_code == 0
    assert result.output == (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")


def test_rule_explains_one_rule_with_its_examples(runner) -> None:
    result = runner.invoke(app, ["rule", "t005"], env=RU)
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("T005 unbalanced-pair\nпредупреждение · включено\n\nКавычка или скобка без пары")
    assert "Верно:\n\n    title: План\n" in out and out.count("С ошибкой:") == 2
    assert "      - {number: \"1\", title: Конкурс «Волонтёр года}" in out
    assert "ignore: [T005]" in out
    assert out.rstrip().endswith("https://github.com/planctl/planctl/blob/main/docs/rules.md#t005")


def test_rule_by_name_and_in_ukrainian(runner) -> None:
    result = runner.invoke(app, ["rule", "title-full-stop"], env=UK)
    assert result.exit_code == 0
    assert result.output.startswith("T004 title-full-stop\nпопередження · вимкнено\n")
    assert "Увімкнути: extend-select: [T004]" in result.output and "Правильно:" in result.output


def test_rule_of_a_loader_code(runner) -> None:
    result = runner.invoke(app, ["rule", "S002"], env=RU)
    assert result.exit_code == 0
    assert "нельзя отключить" in result.output and "Верно:" not in result.output


def test_unknown_rule_is_a_usage_error_with_a_suggestion(runner) -> None:
    result = runner.invoke(app, ["rule", "T04"], env=RU)
    assert result.exit_code == 2
    assert "неизвестный код правила «T04»; возможно, имелось в виду T004" in result.output
    uk = runner.invoke(app, ["rule", "Z999"], env=UK)
    assert uk.exit_code == 2 and "невідомий код правила «Z999»" in uk.output


def test_readme_links_every_code_to_its_section() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for doc in rule_docs():
        assert f"[{doc.code}](docs/rules.md#{doc.code.lower()})" in readme, doc.code
