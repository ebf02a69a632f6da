"""`planctl due` speaks the plan's language: a Ukrainian plan gets Ukrainian words in every format,
and calendars are events Google Calendar and Outlook import (tasks behind `--ics-kind todo`)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from planctl.cli import app

ROOT = Path(__file__).parents[2]
UK_PLAN = "plans/zaporizhzhia-2016-round-table.yaml"
UK_Q4 = ["due", UK_PLAN, "--quarter", "4", "--year", "2016", "--as-of", "2016-11-01"]
RU_Q4 = ["due", "plans/smolensk-2024-volunteering.yaml", "--quarter", "4", "--year", "2024", "--as-of", "2024-10-01"]
RUSSIAN_WORDS = ("Срок", "Мероприятие", "Просрочено", "Исполнители", "К исполнению", "Период:", "Состояние")


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")  # the plan's language wins over the interface's


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("table", ["Строки 01.10.2016 – 31.12.2016, на 01.11.2016", "Прострочено: 1", "До виконання: 2", "Строк", "Захід", "Виконавці", "перенесений за виробничим календарем"]),
        ("md", ["## Строки: 01.10.2016 – 31.12.2016 (на 01.11.2016)", "### Прострочено (1)", "| Строк | № | Захід | Виконавці | Що | Період | Файл |", "| виконання |"]),
        ("ics", ["X-WR-CALNAME:planctl: строки заходів"]),
    ],
)
def test_a_ukrainian_plan_gets_ukrainian_words(runner, fmt: str, expected: list[str]) -> None:
    result = runner.invoke(app, [*UK_Q4, "--format", fmt], terminal_width=300)
    assert result.exit_code == 0, result.output
    text = result.output
    if fmt == "ics":  # folded lines: read the calendar back
        calendar = Calendar.from_ical(text)
        text += "\n".join(str(event["DESCRIPTION"]) for event in calendar.walk("VEVENT"))
        expected = [*expected, "Строк у плані: III квартал 2016 року", "Виконавці: ", "Стан: Прострочено", "Стан: До виконання", "Захід: 4. "]
    for words in expected:
        assert words in text, words
    for word in RUSSIAN_WORDS:
        assert word not in text, word


def test_a_ukrainian_plan_has_ukrainian_move_texts_in_json(runner) -> None:
    entries = json.loads(runner.invoke(app, [*UK_Q4, "--format", "json"]).output)
    moved = {e["number"]: e["moved"] for e in entries if e["moved"]}
    assert moved == {"2": "31.12.2016 — неробочий день (субота); строк переноситься на попередній робочий день 30.12.2016"}


def test_an_empty_ukrainian_list_says_so_in_ukrainian(runner) -> None:
    result = runner.invoke(app, ["due", UK_PLAN, "--quarter", "1", "--year", "2016", "--as-of", "2016-01-01"])
    assert result.exit_code == 0
    assert "Немає заходів із такими строками." in result.output


@pytest.mark.parametrize(("lang", "word"), [("uk_UA.UTF-8", "Строки"), ("ru_RU.UTF-8", "Сроки"), ("C", "Сроки")])
def test_a_list_of_plans_in_two_languages_follows_lang(runner, monkeypatch: pytest.MonkeyPatch, lang: str, word: str) -> None:
    monkeypatch.setenv("LANG", lang)
    result = runner.invoke(app, ["due", "plans", "--quarter", "4", "--year", "2024", "--as-of", "2024-10-01", "--format", "md"])
    assert result.output.startswith(f"## {word}: ")


def test_a_russian_plan_keeps_russian_words_under_a_ukrainian_lang(runner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    result = runner.invoke(app, [*RU_Q4, "--format", "md"])
    assert "| Срок | № | Мероприятие |" in result.output


def test_ics_events_are_all_day_with_description_and_a_working_day_reminder(runner) -> None:
    text = runner.invoke(app, [*UK_Q4, "--format", "ics"]).output
    calendar = Calendar.from_ical(text)
    assert not list(calendar.walk("VTODO"))
    events = {str(e["SUMMARY"]).split(".")[0]: e for e in calendar.walk("VEVENT")}
    assert set(events) == {"2", "3", "4"}
    event = events["4"]
    assert event["DTSTART"].dt == dt.date(2016, 9, 30)  # a date, not a date-time: an all-day event
    assert not isinstance(event["DTSTART"].dt, dt.datetime)
    assert event["DTEND"].dt == dt.date(2016, 10, 1)
    assert "DTSTART;VALUE=DATE:20160930" in text
    assert str(event["SUMMARY"]).startswith("4. Розглянути можливість")
    description = str(event["DESCRIPTION"])
    assert description.startswith("План: План заходів щодо підтримки волонтерського руху")
    assert "Виконавці: Департамент соціального захисту населення облдержадміністрації" in description
    # Friday 30.09.2016 less three working days is Tuesday 27.09: the alarm rings at 09:00 that day
    (alarm,) = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY"
    assert alarm["TRIGGER"].dt == dt.timedelta(days=-3, hours=9)
    # 05.12.2016 is a Monday: three working days back, over the weekend, is Wednesday 30.11
    (alarm,) = events["3"].walk("VALARM")
    assert alarm["TRIGGER"].dt == dt.timedelta(days=-5, hours=9)


def test_ics_uids_are_the_same_for_events_and_todos(runner) -> None:
    events = Calendar.from_ical(runner.invoke(app, [*UK_Q4, "--format", "ics"]).output)
    todos = Calendar.from_ical(runner.invoke(app, [*UK_Q4, "--format", "ics", "--ics-kind", "todo"]).output)
    event_uids = [str(e["UID"]) for e in events.walk("VEVENT")]
    assert event_uids == [str(t["UID"]) for t in todos.walk("VTODO")]
    assert "fbfca5513e2fa5448123e35bd79dd9bfcd06ce73@planctl" in event_uids  # the UID item 4 always had
    assert not list(todos.walk("VEVENT"))


@pytest.mark.parametrize(
    ("lang", "args", "message"),
    [
        ("uk_UA.UTF-8", ["--quarter", "5"], "квартал має бути від 1 до 4, а не 5"),
        ("uk_UA.UTF-8", ["--from", "2024-01-01"], "--from і --to задаються разом"),
        ("uk_UA.UTF-8", ["--as-of", "вчора"], "--as-of: очікується дата РРРР-ММ-ДД, а не «вчора»"),
        ("ru_RU.UTF-8", ["--quarter", "5"], "квартал должен быть от 1 до 4, а не 5"),
        ("ru_RU.UTF-8", ["--from", "2024-12-01", "--to", "2024-01-01"], "начало окна 2024-12-01 позже его конца 2024-01-01"),
    ],
)
def test_usage_errors_follow_lang(runner, monkeypatch: pytest.MonkeyPatch, lang: str, args: list[str], message: str) -> None:
    monkeypatch.setenv("LANG", lang)
    result = runner.invoke(app, ["due", UK_PLAN, *args])
    assert result.exit_code == 2
    assert message in result.output
