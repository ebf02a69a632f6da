"""Findings speak their plan's language all through: the severity word and the hint too, not
only the message; the summary speaks the plans' language, or LANG's when the plans differ."""

from __future__ import annotations

from pathlib import Path

import pytest

from planctl.cli import app

UK_PLAN = (
    "title: План заходів\nperiod: 2025\nlanguage: uk\nitems:\n"
    '  - number: "1"\n    title: Провести нараду\n    executors: [Департамент]\n    deadline: колись потім\n'
    '  - number: "1"\n    title: Друге\n    executors: [Департамент]\n    deadline: щокварталу\n'
)
RU_PLAN = (
    "title: План мероприятий\nperiod: 2025\nitems:\n"
    '  - number: "1"\n    title: Провести совещание\n    executors: [Департамент]\n    deadline: когда-нибудь потом\n'
    '  - number: "1"\n    title: Второе\n    executors: [Департамент]\n    deadline: ежеквартально\n'
)
RUSSIAN_WORDS = ("предупреждение", "ошибка", "подсказка", "Проверено")


@pytest.fixture(autouse=True)
def _russian_interface(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def test_a_ukrainian_plan_gets_ukrainian_findings(runner, write_plan) -> None:
    path = write_plan(UK_PLAN)
    result = runner.invoke(app, ["validate", "--no-cache", str(path)])
    assert result.exit_code == 1
    assert f"{path}:8:15: попередження D001 термін не розпізнано" in result.output
    assert f"{path}:9:13: помилка N001 номер «1» уже є в рядку 5" in result.output
    assert "    підказка: кожен пункт і розділ має власний номер" in result.output
    assert result.output.rstrip().endswith("Перевірено: 1 файл; 1 помилка, 1 попередження.")
    for word in RUSSIAN_WORDS:
        assert word not in result.output, word


def test_a_ukrainian_plan_that_does_not_load_gets_ukrainian_words(runner, write_plan) -> None:
    path = write_plan("language: uk\ntitle: [\n")
    result = runner.invoke(app, ["validate", "--no-cache", str(path)])
    assert ": помилка F003 помилка синтаксису YAML" in result.output
    assert "Перевірено: 1 файл; 1 помилка, 0 попереджень." in result.output


@pytest.mark.parametrize(
    ("lang", "summary"),
    [("ru_RU.UTF-8", "Проверено: 2 файла; 2 ошибки, 2 предупреждения."), ("uk_UA.UTF-8", "Перевірено: 2 файли; 2 помилки, 2 попередження.")],
)
def test_plans_in_two_languages_each_speak_their_own_and_the_summary_follows_lang(
    runner, write_plan, monkeypatch: pytest.MonkeyPatch, lang: str, summary: str
) -> None:
    monkeypatch.setenv("LANG", lang)
    uk = write_plan(UK_PLAN, "uk.yaml")
    ru = write_plan(RU_PLAN, "ru.yaml")
    result = runner.invoke(app, ["validate", "--no-cache", str(uk.parent)])
    assert f"{ru}:8:13: ошибка N001 номер «1» уже есть в строке 4" in result.output
    assert f"{uk}:9:13: помилка N001" in result.output
    assert result.output.rstrip().endswith(summary)


def test_github_summary_and_step_summary_speak_the_plan_language(runner, write_plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    step = tmp_path / "step.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(step))
    path = write_plan(UK_PLAN)
    result = runner.invoke(app, ["validate", "--no-cache", "-f", "github", str(path)])
    assert result.output.rstrip().endswith("Перевірено: 1 файл; 1 помилка, 1 попередження.")
    written = step.read_text(encoding="utf-8")
    assert "| Файл | Рядок | Код | Рівень | Повідомлення |" in written
    assert "| N001 | помилка |" in written and "| D001 | попередження |" in written


def test_render_refuses_a_ukrainian_plan_in_ukrainian(runner, write_plan, tmp_path: Path) -> None:
    path = write_plan(UK_PLAN)
    result = runner.invoke(app, ["render", str(path), "-o", str(tmp_path / "out.md")])
    assert result.exit_code == 1
    assert "план не пройшов перевірку" in result.output
    assert not (tmp_path / "out.md").exists()
