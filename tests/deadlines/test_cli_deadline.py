"""`planctl deadline`: the explanation and the JSON of the spec."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from planctl.cli import app

runner = CliRunner()


def test_json_has_the_fields_of_the_spec() -> None:
    result = runner.invoke(app, ["deadline", "постоянно, отчет ежегодно до 25 декабря", "--period", "2024-2025", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["phrase"] == "постоянно, отчет ежегодно до 25 декабря"
    assert data["kind"] == "continuous" and data["recognized"] is True
    assert [p["part"] for p in data["parts"]] == ["work", "report"]
    assert data["occurrences"] == [
        {"part": "report", "label": "2024", "date": "2024-12-25", "due": "2024-12-25", "moved": None},
        {"part": "report", "label": "2025", "date": "2025-12-25", "due": "2025-12-25", "moved": None},
    ]


def test_text_explains_why_the_due_date_moved() -> None:
    result = runner.invoke(app, ["deadline", "до 30 декабря 2024 г.", "--period", "2024"])
    assert result.exit_code == 0
    assert "Вид: date" in result.output
    assert "дата 30.12.2024, срок 28.12.2024" in result.output
    assert "предыдущий рабочий день 28.12.2024" in result.output


def test_unknown_phrase_is_explained_not_an_error() -> None:
    result = runner.invoke(app, ["deadline", "когда-нибудь", "--period", "2024", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["recognized"] is False and data["occurrences"] == [] and data["reason"]


def test_ukrainian_phrase() -> None:
    result = runner.invoke(app, ["deadline", "щокварталу до 5 числа", "--lang", "uk", "--period", "2016", "--json"])
    assert result.exit_code == 0
    labels = [o["label"] for o in json.loads(result.output)["occurrences"]]
    assert labels == ["2016-Q1", "2016-Q2", "2016-Q3", "2016-Q4"]


def test_relative_needs_the_approval_date() -> None:
    phrase = "в течение 10 рабочих дней со дня утверждения плана"
    without = runner.invoke(app, ["deadline", phrase, "--period", "2024"])
    assert "--approved" in without.output
    with_date = runner.invoke(app, ["deadline", phrase, "--period", "2024", "--approved", "2024-01-09", "--json"])
    assert json.loads(with_date.output)["occurrences"][0]["due"] == "2024-01-23"


def test_bad_period_and_date_are_usage_errors() -> None:
    assert runner.invoke(app, ["deadline", "до 1 марта", "--period", "20x"]).exit_code == 2
    assert runner.invoke(app, ["deadline", "до 1 марта", "--approved", "вчера"]).exit_code == 2
    assert runner.invoke(app, ["deadline", "до 1 марта", "--lang", "de"]).exit_code == 2


def test_text_names_each_part_and_its_rule() -> None:
    phrase = "постоянно,\nдоклад Губернатору Забайкальского края ежегодно до 1 октября"
    result = runner.invoke(app, ["deadline", phrase, "--period", "2024-2025"])
    assert result.exit_code == 0
    assert "исполнение: «постоянно» → continuous" in result.output
    assert "отчёт: «доклад Губернатору Забайкальского края ежегодно до 1 октября» → recurring" in result.output
    assert "ежегодно, к 1 октября" in result.output
    assert "дата 01.10.2025, срок 01.10.2025" in result.output


def test_a_date_outside_the_period_is_marked() -> None:
    result = runner.invoke(app, ["deadline", "до 01.07.2025", "--period", "2024"])
    assert result.exit_code == 0
    assert "[вне периода плана]" in result.output


def test_unknown_phrase_text_says_why_and_what_to_do() -> None:
    result = runner.invoke(app, ["deadline", "в установленные сроки", "--period", "2024"])
    assert result.exit_code == 0
    assert "Не распознан: срок задан другим документом («в установленные сроки»)" in result.output
    assert "due" in result.output


def test_shift_next_and_none() -> None:
    later = json.loads(runner.invoke(app, ["deadline", "до 30 декабря 2024 г.", "--period", "2024", "--shift", "next", "--json"]).output)
    same = json.loads(runner.invoke(app, ["deadline", "до 30 декабря 2024 г.", "--period", "2024", "--shift", "none", "--json"]).output)
    assert later["occurrences"][0]["due"] == "2025-01-09"
    assert same["occurrences"][0]["due"] == "2024-12-30"
    assert runner.invoke(app, ["deadline", "до 1 марта", "--shift", "sideways"]).exit_code == 2


def test_ukrainian_text_and_json_parts() -> None:
    result = runner.invoke(app, ["deadline", "IV квартал 2024 року", "--lang", "uk", "--period", "2024", "--json"])
    data = json.loads(result.output)
    assert data["kind"] == "period"
    assert data["parts"][0]["rule"] == {"periods": [{"unit": "quarter", "index": 4, "year": 2024}]}
    assert [(o["label"], o["date"]) for o in data["occurrences"]] == [("2024-Q4", "2024-12-31")]
    text = runner.invoke(app, ["deadline", "протягом року", "--lang", "uk", "--period", "2024"]).output
    assert "Вид: throughout" in text and "дата 31.12.2024" in text


def test_default_period_is_this_year_in_moscow(monkeypatch) -> None:
    import datetime as dt

    import planctl.cli.deadline as command

    monkeypatch.setattr(command, "today_in_moscow", lambda: dt.date(2031, 5, 5))
    data = json.loads(runner.invoke(app, ["deadline", "в течение года", "--json"]).output)
    assert data["period"] == "2031"
    assert data["occurrences"][0]["date"] == "2031-12-31"


def test_the_core_does_not_pull_in_the_cli() -> None:
    import subprocess
    import sys

    code = "import sys, planctl.deadlines as d; d.schedule(d.read_phrase('ежегодно'), __import__('planctl.period').period.Period.years(2024)); print('typer' in sys.modules or 'rich' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_ukrainian_phrase_is_explained_in_ukrainian() -> None:
    result = runner.invoke(app, ["deadline", "щокварталу, до 5 числа першого місяця кварталу", "--lang", "uk", "--period", "2024"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Строк: «щокварталу, до 5 числа першого місяця кварталу»"
    assert lines[1] == "Вид: recurring (періодично); період плану: 2024"
    assert "до 5-го числа першого місяця звітного періоду" in lines[2]
    assert lines[3] == "Строки:"
    assert lines[-1] == (
        "  2024-Q4      виконання  дата 05.10.2024, строк 04.10.2024"
        "  (05.10.2024 — неробочий день (субота); строк переноситься на попередній робочий день 04.10.2024)"
    )
    assert not any(word in result.output for word in ("Срок:", "исполнение", "нерабочий"))


def test_an_unknown_word_close_to_a_known_one_gets_a_did_you_mean() -> None:
    # two letters off: not read as a slip, but the closest known word is offered
    result = runner.invoke(app, ["deadline", "ежеквортльно", "--period", "2025"])
    assert result.exit_code == 0
    assert "Вид: unknown" in result.output
    assert "ежеквортльно" in result.output and "«ежеквартально»?" in result.output
    far = runner.invoke(app, ["deadline", "абракадабра", "--period", "2025"])
    assert "может быть" not in far.output


def test_a_slip_of_the_pen_is_read_and_said() -> None:
    result = runner.invoke(app, ["deadline", "ежеквортально", "--period", "2025"])
    assert result.exit_code == 0
    assert "Вид: recurring" in result.output
    assert "Похоже на опечатку: «ежеквортально» прочитано как «ежеквартально»" in result.output
    data = json.loads(runner.invoke(app, ["deadline", "до 14 березння 2025 р.", "--lang", "uk", "--period", "2025", "--json"]).output)
    assert data["slips"] == [{"wrong": "березння", "right": "березня"}]
    assert [o["date"] for o in data["occurrences"]] == ["2025-03-14"]
    assert "slips" not in json.loads(runner.invoke(app, ["deadline", "до 14 березня 2025 р.", "--lang", "uk", "--period", "2025", "--json"]).output)


def test_a_remark_left_out_of_the_term_is_said_in_text_and_json() -> None:
    text = runner.invoke(app, ["deadline", "02.10.2023\n10-12 класи", "--period", "2023", "--lang", "uk"])
    assert text.exit_code == 0
    assert "Примітка не входить до строку: «10-12 класи»" in text.output
    data = json.loads(runner.invoke(app, ["deadline", "02.10.2023, 10-12 классы", "--period", "2023", "--json"]).output)
    assert data["remarks"] == ["10-12 классы"]
    assert [o["date"] for o in data["occurrences"]] == ["2023-10-02"]
    assert "remarks" not in json.loads(runner.invoke(app, ["deadline", "02.10.2023", "--period", "2023", "--json"]).output)


def test_a_term_as_long_as_the_plan_is_read_in_that_plan() -> None:
    week = runner.invoke(app, ["deadline", "протягом тижня", "--lang", "uk", "--period", "2020-10-12..2020-10-18", "--json"])
    year = runner.invoke(app, ["deadline", "протягом тижня", "--lang", "uk", "--period", "2020", "--json"])
    assert week.exit_code == year.exit_code == 0
    assert json.loads(week.output)["kind"] == "throughout"
    assert json.loads(week.output)["occurrences"][0]["date"] == "2020-10-18"
    assert json.loads(year.output)["kind"] == "relative"
