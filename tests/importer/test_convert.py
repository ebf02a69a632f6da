"""Old formats (.doc, .rtf, .odt) go through LibreOffice; without it, a message says what to install."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from import_helpers import simple_plan
from typer.testing import CliRunner

from planctl.cli import app
from planctl.errors import ImportFailed
from planctl.importer import convert, import_docx

runner = CliRunner()
needs_soffice = pytest.mark.skipif(convert.soffice() is None, reason="LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer-nogui")


def _fake_soffice(tmp_path: Path, body: str) -> str:
    program = tmp_path / "fake-soffice"
    program.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    program.chmod(0o755)
    return str(program)


@pytest.mark.parametrize("suffix", [".doc", ".rtf", ".odt", ".DOC"])
def test_without_libreoffice_the_message_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    monkeypatch.setattr(convert, "soffice", lambda: None)
    source = tmp_path / f"plan{suffix}"
    source.write_bytes(b"\xd0\xcf\x11\xe0 old word file")
    with pytest.raises(ImportFailed) as caught:
        import_docx(source)
    assert "apt-get install -y libreoffice-writer-nogui" in caught.value.message
    assert caught.value.location is not None and caught.value.location.path == str(source)
    result = runner.invoke(app, ["import", str(source), "-o", "-"])
    assert result.exit_code == 1 and "LibreOffice" in result.output and "Traceback" not in result.output


def test_a_conversion_past_the_time_limit_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert, "soffice", lambda: _fake_soffice(tmp_path, "sleep 60 & sleep 60"))
    monkeypatch.setattr(convert, "TIME_LIMIT", 1)
    source = tmp_path / "plan.rtf"
    source.write_text("{\\rtf1 }", encoding="ascii")
    with pytest.raises(ImportFailed, match="не преобразовал документ за 1 с"):
        import_docx(source)


def test_a_conversion_that_writes_nothing_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert, "soffice", lambda: _fake_soffice(tmp_path, "exit 0"))
    source = tmp_path / "plan.odt"
    source.write_bytes(b"PK")
    with pytest.raises(ImportFailed, match="LibreOffice не смог"):
        import_docx(source)


def test_the_conversion_works_on_a_copy_in_a_temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, build: Callable[..., Path]) -> None:
    docx = build(simple_plan())
    # a stand-in for soffice that "converts" by copying the prepared DOCX where LibreOffice would put it
    script = f'out=""; while [ $# -gt 0 ]; do [ "$1" = --outdir ] && out="$2"; shift; done; mkdir -p "$out"; cp "{docx}" "$out/plan.docx"'
    monkeypatch.setattr(convert, "soffice", lambda: _fake_soffice(tmp_path, script))
    source = tmp_path / "старый план.doc"
    source.write_bytes(b"\xd0\xcf\x11\xe0")
    plan = import_docx(source).plan
    assert [i["title"] for i in plan["items"]] == ["Первое мероприятие", "Второе мероприятие"]
    assert source.read_bytes() == b"\xd0\xcf\x11\xe0"


@needs_soffice
@pytest.mark.parametrize("fmt", ["odt", "rtf", "doc"])
def test_old_formats_import_like_the_docx_they_came_from(tmp_path: Path, build: Callable[..., Path], fmt: str) -> None:
    plan = simple_plan(rows=[["1", "Первое мероприятие", ["Минздрав", "Минфин"], "до 1 марта 2025 г."]])
    plan.para("")  # Word always ends a document with a paragraph; LibreOffice's .doc export loses a table that ends it
    docx = build(plan)
    program = convert.soffice()
    assert program is not None
    profile = (tmp_path / "profile").as_uri()
    filters = {"doc": "doc:MS Word 97", "rtf": "rtf", "odt": "odt"}
    subprocess.run(
        [program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", filters[fmt], "--outdir", str(tmp_path / "old"), str(docx)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    old = tmp_path / "old" / f"plan.{fmt}"
    assert old.is_file()
    expected = import_docx(docx).plan
    assert import_docx(old).plan == expected
    shutil.rmtree(tmp_path / "old")


@pytest.mark.parametrize("start", [b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"{\\rtf1\\ansi"])
def test_an_old_format_saved_as_docx_is_recognized_by_its_first_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: bytes) -> None:
    monkeypatch.setattr(convert, "soffice", lambda: None)
    source = tmp_path / "plan.docx"
    source.write_bytes(start + b"\0" * 64)
    with pytest.raises(ImportFailed, match="LibreOffice"):
        import_docx(source)
