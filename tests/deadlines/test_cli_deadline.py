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
