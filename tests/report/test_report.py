"""`planctl report`: golden DOCX XML and Markdown of the Smolensk 2024 report, JSON, windows, errors."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from planctl.cli import app
from planctl.due.windows import Window
from planctl.report.compile import window_phrase

ROOT = Path(__file__).parents[2]
GOLDEN = Path(__file__).parent / "golden"
SMOLENSK = str(ROOT / "plans" / "smolensk-2024-volunteering.yaml")
YEAR = ["report", SMOLENSK, "--year", "2024", "--as-of", "2025-01-20"]


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PLANCTL_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs; PLANCTL_UPDATE_GOLDEN=1 rewrites it"


def document_xml(data: bytes) -> str:
    """word/document.xml pretty-printed, one element a line, so a golden diff reads."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    return etree.tostring(root, pretty_print=True, encoding="unicode")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_golden_markdown_of_the_smolensk_year(runner: CliRunner) -> None:
    result = runner.invoke(app, [*YEAR, "-o", "-"])
    assert result.exit_code == 0, result.output
    check_golden("smolensk-2024.md", result.stdout)
    assert "```mermaid\npie showData title Статусы мероприятий\n" in result.stdout


def test_golden_docx_xml_of_the_smolensk_year(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1704790800")  # a reproducible document
    out = tmp_path / "report.docx"
    result = runner.invoke(app, [*YEAR, "-o", str(out)])
    assert result.exit_code == 0, result.output
    xml = document_xml(out.read_bytes())
    check_golden("smolensk-2024.document.xml", xml)
    assert "ИНФОРМАЦИЯ" in xml and "Итоги выполнения" in xml and "Т.Ю.\u00a0Филатова" in xml
    assert xml.count("Нет сведений.") == 4


def test_json_gives_the_same_data(runner: CliRunner) -> None:
    result = runner.invoke(app, [*YEAR, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["window"] == {"start": "2024-01-01", "end": "2024-12-31", "label": "2024"}
    summary = {s["key"]: s["items"] for s in data["summary"]}
    assert summary == {
        "planned": ["1", "2", "3", "4", "5", "6", "7", "8"],
        "done": ["1", "4", "8"],
        "in_progress": ["6"],
        "not_done": [],
        "postponed": [],
        "missing": ["2", "3", "5", "7"],
        "overdue": ["2", "3", "5", "7"],
    }
    item4 = next(r for r in data["rows"] if r.get("number") == "4")
    [line] = item4["occurrences"]
    assert (line["label"], line["status"], line["figures"]) == ("2024", "done", ["6 выездов в рамках акции #ДоброВСело за 2023-2024 учебный год"])


def test_items_missing_records_are_warned_about_on_stderr(runner: CliRunner) -> None:
    result = runner.invoke(app, [*YEAR, "--format", "json"])
    assert "R006 нет сведений о выполнении пункта «2» за «2024» (срок 28.12.2024)" in result.stderr


def test_a_quarter_leaves_out_items_with_nothing_in_it_unless_asked(runner: CliRunner, tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    (plans / "progress").mkdir(parents=True)
    (plans / "x.yaml").write_text(
        "title: План мероприятий на 2024 год\nperiod: 2024\nitems:\n"
        "  - {number: \"1\", title: Отчёт, executors: [А], deadline: ежеквартально}\n"
        "  - {number: \"2\", title: Совещание, executors: [Б], deadline: до 15 марта 2024 г.}\n",
        encoding="utf-8",
    )
    (plans / "progress" / "x.yaml").write_text(
        "records:\n  - {item: \"1\", occurrence: 2024-Q4, status: не выполнено, text: Не проведено.}\n", encoding="utf-8"
    )
    args = ["report", str(plans / "x.yaml"), "--quarter", "4", "--year", "2024", "--as-of", "2025-01-10", "--format", "json"]
    data = json.loads(runner.invoke(app, args).stdout)
    assert data["title"] == "о ходе выполнения плана мероприятий на 2024 год за IV квартал 2024 года"
    assert [r["number"] for r in data["rows"]] == ["1"]
    assert data["rows"][0]["occurrences"][0]["status_word"] == "не выполнено"
    everything = json.loads(runner.invoke(app, [*args, "--all-items"]).stdout)
    assert [r["number"] for r in everything["rows"]] == ["1", "2"]
    assert everything["rows"][1]["occurrences"] == []


def test_records_with_errors_stop_the_report(runner: CliRunner, tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    (plans / "progress").mkdir(parents=True)
    (plans / "x.yaml").write_text("title: План\nperiod: 2024\nitems:\n  - {number: \"1\", title: А, deadline: в течение года}\n", encoding="utf-8")
    (plans / "progress" / "x.yaml").write_text("records:\n  - {item: \"7\", status: выполнено}\n", encoding="utf-8")
    out = tmp_path / "r.docx"
    result = runner.invoke(app, ["report", str(plans / "x.yaml"), "--year", "2024", "-o", str(out)])
    assert result.exit_code == 1
    assert f"{plans / 'progress' / 'x.yaml'}:2:12: R001 в плане нет пункта «7»" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--quarter", "4", "--month", "3"], "только одно окно"),
        (["--from", "2024-01-01"], "--from и --to задаются вместе"),
        (["--from", "2024-01-01", "--to", "2024-03-31", "--year", "2024"], "--year не сочетается"),
        (["-o", "out.pdf"], "неизвестный формат вывода «.pdf»"),
        (["--format", "docx"], "DOCX не выводится на стандартный вывод"),
        (["--as-of", "вчера"], "--as-of: ожидается дата"),
    ],
)
def test_usage_errors_exit_2(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["report", SMOLENSK, *args])
    assert result.exit_code == 2 and message in result.stderr


@pytest.mark.parametrize(
    ("start", "end", "language", "phrase"),
    [
        ("2024-01-01", "2024-12-31", "ru", "за 2024 год"),
        ("2024-10-01", "2024-12-31", "ru", "за IV квартал 2024 года"),
        ("2024-07-01", "2024-12-31", "ru", "за II полугодие 2024 года"),
        ("2024-03-01", "2024-03-31", "ru", "за март 2024 года"),
        ("2023-09-01", "2024-08-31", "ru", "за 2023-2024 учебный год"),
        ("2024-02-10", "2024-05-20", "ru", "за период с 10.02.2024 по 20.05.2024"),
        ("2024-10-01", "2024-12-31", "uk", "за IV квартал 2024 року"),
        ("2023-09-01", "2024-08-31", "uk", "за 2023-2024 навчальний рік"),
    ],
)
def test_window_phrases(start: str, end: str, language: str, phrase: str) -> None:
    window = Window(dt.date.fromisoformat(start), dt.date.fromisoformat(end), "")
    assert window_phrase(window, language) == phrase


def test_ukrainian_plan_reports_in_ukrainian(runner: CliRunner) -> None:
    plan = str(ROOT / "plans" / "zaporizhzhia-2016-round-table.yaml")
    result = runner.invoke(app, ["report", plan, "--quarter", "3", "--year", "2016", "--as-of", "2016-10-10", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Інформація про виконання плану заходів щодо підтримки")
    assert "за III квартал 2016 року" in result.stdout and "Відомості відсутні." in result.stdout


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_report(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    assert runner.invoke(app, [*YEAR, "-o", str(out)]).exit_code == 0
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=300)
    assert (tmp_path / "report.pdf").stat().st_size > 10_000

