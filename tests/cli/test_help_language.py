"""Help follows LANG like every other interface message: Russian by default, Ukrainian for uk_*,
from the data files help.ru.yaml and help.uk.yaml; no English text is left in it."""

from __future__ import annotations

import pytest
import typer.main

from planctl.cli import app
from planctl.cli._help import help_texts

ENGLISH = ("Show this message", "Usage:", "Options:", "Arguments:", "Commands:", "[default:", "Plan files", "Exit 1")


def _commands() -> dict[str, list[str]]:
    group = typer.main.get_command(app)
    return {name: [p.name or "" for p in command.params] for name, command in group.commands.items()}  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_every_command_and_option_has_its_help_in_the_data_file(lang: str) -> None:
    texts = help_texts(lang)
    assert texts["app"] and texts["version"]
    for name, params in _commands().items():
        said = texts["commands"][name]
        assert said["help"], name
        assert sorted(said["options"]) == sorted(params), name


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ru_RU.UTF-8", ["Использование: planctl due", "Параметры:", "Аргументы:", "Показать эту справку и выйти.", "Квартал 1–4 года --year.", "[по умолчанию: table]"]),
        ("C.UTF-8", ["Использование: planctl due", "Перечислить сроки в окне"]),
        ("uk_UA.UTF-8", ["Використання: planctl due", "Параметри:", "Аргументи:", "Показати цю довідку та вийти.", "Квартал 1–4 року --year.", "[типово: table]", "Перелічити строки у вікні"]),
    ],
)
def test_command_help_follows_lang(runner, monkeypatch: pytest.MonkeyPatch, lang: str, expected: list[str]) -> None:
    monkeypatch.setenv("LANG", lang)
    result = runner.invoke(app, ["due", "--help"], terminal_width=200)
    assert result.exit_code == 0
    for text in expected:
        assert text in result.output, text
    for text in ENGLISH:
        assert text not in result.output, text


@pytest.mark.parametrize(("lang", "title", "command"), [("ru_RU.UTF-8", "Команды:", "Проверить планы"), ("uk_UA.UTF-8", "Команди:", "Перевірити плани")])
def test_root_help_follows_lang(runner, monkeypatch: pytest.MonkeyPatch, lang: str, title: str, command: str) -> None:
    monkeypatch.setenv("LANG", lang)
    result = runner.invoke(app, ["--help"], terminal_width=200)
    assert title in result.output and command in result.output
    for text in ENGLISH:
        assert text not in result.output, text


@pytest.mark.parametrize("name", sorted(_commands()))
@pytest.mark.parametrize("lang", ["ru_RU.UTF-8", "uk_UA.UTF-8"])
def test_no_command_help_is_english(runner, monkeypatch: pytest.MonkeyPatch, lang: str, name: str) -> None:
    monkeypatch.setenv("LANG", lang)
    result = runner.invoke(app, [name, "--help"], terminal_width=200)
    assert result.exit_code == 0
    for text in ENGLISH:
        assert text not in result.output, (name, text)


@pytest.mark.parametrize(
    ("args", "ru", "uk"),
    [
        (["due", "--bogus"], "нет такого параметра: --bogus", "немає такого параметра: --bogus"),
        (["duee"], "нет такой команды «duee»; может быть, «due»?", "немає такої команди «duee»; можливо, «due»?"),
        (["due", "--quarter", "x"], "ожидается целое число", "очікується ціле число"),
        (["due", "--quarter"], "параметру --quarter нужно значение", "параметру --quarter потрібне значення"),
        (["render"], "не указан аргумент plan", "не вказано аргумент plan"),
        (["due", "--format", "xml"], "«xml» — не одно из", "«xml» — не одне з"),
        (["deadline", "a", "b"], "лишние аргументы: b", "зайві аргументи: b"),
        (["--bogus"], "нет такого параметра: --bogus", "немає такого параметра: --bogus"),
    ],
)
@pytest.mark.parametrize("lang", ["ru_RU.UTF-8", "uk_UA.UTF-8"])
def test_usage_errors_follow_lang(runner, monkeypatch: pytest.MonkeyPatch, lang: str, args: list[str], ru: str, uk: str) -> None:
    monkeypatch.setenv("LANG", lang)
    result = runner.invoke(app, args, terminal_width=200)
    assert result.exit_code == 2, result.output
    said = ru if lang.startswith("ru") else uk
    prefix = "Ошибка: " if lang.startswith("ru") else "Помилка: "
    assert prefix in result.output and said in result.output, result.output
    assert "Error:" not in result.output and "Try '" not in result.output and "Invalid value" not in result.output
