"""The DOCX package is planctl's own (issue 17): no python-docx leftovers, true properties,
and the same plan under the same SOURCE_DATE_EPOCH gives the same bytes."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from render_helpers import DATA
from typer.testing import CliRunner

from planctl import __version__
from planctl.cli import app

ROOT = Path(__file__).parents[2]
SMOLENSK = ROOT / "plans" / "smolensk-2024-volunteering.yaml"
EPOCH = 1704790800  # 2024-01-09 09:00:00 UTC
LEFTOVERS = re.compile(rb"Macintosh|Calibri|Cambria|en-US|ja-JP|Normal\.dotm", re.IGNORECASE)
STRAY_PARTS = ("docProps/thumbnail.jpeg", "word/stylesWithEffects.xml", "customXml/item1.xml")
runner = CliRunner()


def render(plan: Path, out: Path) -> bytes:
    result = runner.invoke(app, ["render", str(plan), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def report(out: Path) -> bytes:
    args = ["report", str(SMOLENSK), "--year", "2024", "--as-of", "2025-01-20", "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def documents(tmp_path: Path) -> dict[str, bytes]:
    return {
        "flat": render(DATA / "flat.yaml", tmp_path / "flat.docx"),
        "ukrainian": render(DATA / "ukrainian.yaml", tmp_path / "ukrainian.docx"),
        "report": report(tmp_path / "report.docx"),
        "ministry reference": (ROOT / "templates" / "ministry" / "reference.docx").read_bytes(),
        "landscape reference": (ROOT / "templates" / "ministry-landscape" / "reference.docx").read_bytes(),
    }


def test_the_same_epoch_gives_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    first = render(DATA / "sectioned.yaml", tmp_path / "a.docx"), report(tmp_path / "a-report.docx")
    second = render(DATA / "sectioned.yaml", tmp_path / "b.docx"), report(tmp_path / "b-report.docx")
    assert first == second
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 86400))
    assert render(DATA / "sectioned.yaml", tmp_path / "c.docx") != first[0]


def test_no_part_carries_python_docx_leftovers(tmp_path: Path) -> None:
    for name, data in documents(tmp_path).items():
        found = {part: LEFTOVERS.findall(content) for part, content in parts(data).items() if LEFTOVERS.search(content)}
        assert found == {}, name
        assert not set(STRAY_PARTS) & set(parts(data)), name
        assert b"thumbnail" not in parts(data)["_rels/.rels"], name


def test_properties_come_from_the_plan_and_the_epoch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    data = render(DATA / "sectioned.yaml", tmp_path / "plan.docx")
    properties = docx.Document(io.BytesIO(data)).core_properties
    assert properties.title == "План мероприятий по развитию добровольчества в сфере охраны здоровья на 2025 год"
    assert properties.created == properties.modified == dt.datetime(2024, 1, 9, 9, 0, tzinfo=dt.timezone.utc)
    assert properties.language == "ru-RU"
    assert (properties.author, properties.last_modified_by, properties.revision) == ("", "", 1)
    app_xml = parts(data)["docProps/app.xml"].decode("utf-8")
    assert f"<Application>planctl {__version__}</Application>" in app_xml
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2024, 1, 9, 9, 0, 0)}


def test_without_the_epoch_the_document_is_created_now(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    data = render(DATA / "flat.yaml", tmp_path / "plan.docx")
    after = dt.datetime.now(dt.timezone.utc)
    created = docx.Document(io.BytesIO(data)).core_properties.created
    assert before <= created <= after


def test_report_properties(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    properties = docx.Document(io.BytesIO(report(tmp_path / "report.docx"))).core_properties
    assert properties.title.startswith("Информация о ходе выполнения плана")
    assert properties.created == dt.datetime(2024, 1, 9, 9, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(("plan", "language"), [("flat", b"ru-RU"), ("ukrainian", b"uk-UA")])
def test_theme_and_font_table_speak_the_plan(tmp_path: Path, plan: str, language: bytes) -> None:
    content = parts(render(DATA / f"{plan}.yaml", tmp_path / "plan.docx"))
    assert b'<a:latin typeface="Times New Roman"/>' in content["word/theme/theme1.xml"]
    assert b"script=" not in content["word/theme/theme1.xml"]
    fonts = re.findall(rb'<w:font w:name="([^"]+)"', content["word/fontTable.xml"])
    assert set(fonts) <= {b"Times New Roman", b"Symbol"}
    assert b'<w:themeFontLang w:val="' + language + b'"/>' in content["word/settings.xml"]
