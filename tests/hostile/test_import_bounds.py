"""Hostile Word files for `planctl import`: spans that claim billions of columns, and huge tables.

The memory attack runs in a child process under an address-space limit, so a regression
fails this test instead of the machine. Work is measured by rows visited, never by a clock;
the subprocess timeout only stops a run that would otherwise never end.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any, SupportsIndex

import pytest

from planctl.importer.docx_reader import MAX_COLUMNS, read_docx

ONE_GIB = 2**30
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _cell(text: str, span: str = "") -> str:
    pr = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span else ""
    return f"<w:tc>{pr}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def _docx(path: Path, rows: list[str], grid: int = 4) -> Path:
    table = f"<w:tbl><w:tblGrid>{'<w:gridCol/>' * grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    body = (
        "<w:p><w:r><w:t>ПЛАН</w:t></w:r></w:p><w:p><w:r><w:t>мероприятий на 2025 год</w:t></w:r></w:p>"
        f"{table}<w:p/>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {NS}><w:body>{body}</w:body></w:document>')
    return path


HEADER = "<w:tr>" + "".join(_cell(t) for t in ("№ п/п", "Мероприятие", "Исполнители", "Сроки исполнения")) + "</w:tr>"


def _rows(n: int) -> list[str]:
    return [HEADER] + [
        "<w:tr>" + "".join(_cell(t) for t in (str(i), f"Дело {i}", "Минздрав", "постоянно")) + "</w:tr>" for i in range(1, n + 1)
    ]


def _limited(limit: int) -> Any:
    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def _import_in_child(path: Path, timeout: float, memory: int = ONE_GIB) -> subprocess.CompletedProcess[str]:
    """`planctl import` in a child process with at most `memory` bytes of address space."""
    return subprocess.run(
        [sys.executable, "-m", "planctl", "import", str(path), "-o", "-"],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_limited(memory),
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )


posix_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="address-space limits need a POSIX child process")


@posix_only
def test_a_grid_span_of_two_billion_stays_within_a_gigabyte(tmp_path: Path) -> None:
    rows = [
        HEADER,
        "<w:tr>" + _cell("1") + _cell("Дело", span="2000000000") + "</w:tr>",
        "<w:tr>" + _cell("2", span="2000000000") + _cell("Ещё") + _cell("Минздрав") + _cell("постоянно") + "</w:tr>",
    ] + [f"<w:tr>{_cell(str(i), span='2147483647')}</w:tr>" for i in range(3, 500)]
    path = _docx(tmp_path / "span.docx", rows)
    assert path.stat().st_size < 64 * 1024
    done = _import_in_child(path, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert "Дело" in done.stdout and "Ещё" in done.stdout


def test_spans_are_bounded_by_the_grid(tmp_path: Path) -> None:
    rows = [
        HEADER,
        "<w:tr>" + _cell("1") + _cell("Дело", span="2000000000") + "</w:tr>",
        "<w:tr>" + _cell("2", span="-5") + _cell("x", span="1e999") + _cell("y", span="abc") + "</w:tr>",
    ]
    table = read_docx(_docx(tmp_path / "span.docx", rows)).tables[0]
    assert table.width == 4
    for row in table.rows:
        assert all(cell.span >= 1 and cell.col + cell.span <= 4 for cell in row.cells)
    assert [(c.col, c.span) for c in table.rows[1].cells] == [(0, 1), (1, 3)]


def test_a_table_without_a_grid_is_bounded_by_words_column_limit(tmp_path: Path) -> None:
    rows = [HEADER, "<w:tr>" + _cell("1") + _cell("Дело", span="2000000000") + "</w:tr>", "<w:tr>" + _cell("z") * 200 + "</w:tr>"]
    table = read_docx(_docx(tmp_path / "nogrid.docx", rows, grid=0)).tables[0]
    assert table.width <= MAX_COLUMNS
    last = table.rows[-1]
    assert len(last.cells) == MAX_COLUMNS and sum(len(c.paragraphs) for c in last.cells) == 200  # nothing lost


class _CountingRows(list):  # type: ignore[type-arg]
    """A table's rows that count every row handed out, by index, slice or iteration."""

    visits = 0

    def __getitem__(self, index: SupportsIndex | slice) -> Any:
        value = super().__getitem__(index)
        if isinstance(index, slice):  # a copy of some rows is as much work as visiting them, and is counted on
            _CountingRows.visits += len(value)
            return _CountingRows(value)
        _CountingRows.visits += 1
        return value

    def __iter__(self) -> Any:
        for row in super().__iter__():
            _CountingRows.visits += 1
            yield row


@pytest.mark.parametrize("n", [500, 4000])
def test_reading_rows_is_linear(tmp_path: Path, n: int) -> None:
    from planctl.importer.recognize import recognize

    body = read_docx(_docx(tmp_path / "rows.docx", _rows(n)))
    for table in body.tables:
        table.rows = _CountingRows(table.rows)
    _CountingRows.visits = 0
    result = recognize(body)
    assert len(result.plan["items"]) == n
    assert _CountingRows.visits <= 6 * n + 50, f"{_CountingRows.visits} row visits for {n} rows"


@posix_only
def test_ten_thousand_rows_import_within_a_gigabyte(tmp_path: Path) -> None:
    path = _docx(tmp_path / "big.docx", _rows(10_000))
    # The timeout is a failure signal only: the quadratic reader needed minutes for this.
    done = _import_in_child(path, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.count("\n  - number:") == 10_000



def test_crafted_list_numbering_stays_small(tmp_path: Path) -> None:
    numbering = (
        '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="999999999"/><w:numFmt w:val="lowerLetter"/>'
        f'<w:lvlText w:val="{"%1" * 20_000}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )
    numbered = '<w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p></w:tc>'
    rows = [HEADER] + ["<w:tr>" + numbered + "".join(_cell(t) for t in ("Дело", "Минздрав", "постоянно")) + "</w:tr>"] * 200
    path = _docx(tmp_path / "numbers.docx", rows)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("word/numbering.xml", numbering)
    table = read_docx(path).tables[0]
    labels = [row.cells[0].text for row in table.rows[1:]]
    assert len(labels) == 200 and all(0 < len(label) <= 400 for label in labels)


def test_old_horizontal_merges_join_the_cell_before_within_the_grid(tmp_path: Path) -> None:
    restart = '<w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>1. Раздел</w:t></w:r></w:p></w:tc>'
    cont = "<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>"
    rows = [HEADER, "<w:tr>" + restart + cont * 50 + "</w:tr>", "<w:tr>" + "".join(_cell(t) for t in ("1.1", "Дело", "Минздрав", "май")) + "</w:tr>"]
    table = read_docx(_docx(tmp_path / "hmerge.docx", rows)).tables[0]
    section = table.rows[1].cells
    assert [(c.col, c.span, c.text) for c in section] == [(0, 4, "1. Раздел")]
