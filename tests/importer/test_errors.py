"""Files that are not Word plans stop the import with a clear `ImportFailed`, never a traceback."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from import_helpers import DocBuilder, simple_plan

from planctl.errors import ImportFailed
from planctl.importer import import_docx


def _error(path: Path) -> str:
    with pytest.raises(ImportFailed) as info:
        import_docx(path)
    assert info.value.exit_code == 1
    return str(info.value)


def test_a_text_file_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_text("ПЛАН мероприятий\n1. Сделать дело\n", encoding="utf-8")
    assert "не документ Word" in _error(path)


def test_a_corrupt_zip(tmp_path: Path, build: Callable[..., Path]) -> None:
    good = build(simple_plan()).read_bytes()
    path = tmp_path / "broken.docx"
    path.write_bytes(good[: len(good) // 2])
    assert "не документ Word" in _error(path)


def test_a_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "word/document.xml" in _error(path)


def test_broken_document_xml(tmp_path: Path) -> None:
    path = tmp_path / "bad.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><unclosed>")
    assert "XML" in _error(path)


def test_a_docx_without_a_table(build: Callable[..., Path]) -> None:
    b = DocBuilder().para("ПЛАН").para("мероприятий на 2024 год").para("1. Сделать дело — до 1 марта")
    assert "нет таблицы" in _error(build(b))


def test_a_docx_whose_tables_are_not_a_plan(build: Callable[..., Path]) -> None:
    b = DocBuilder().para("Отчёт").table([["Показатель", "Значение"], ["Число волонтёров", "120"]])
    assert "не найдена таблица плана" in _error(build(b))


def test_missing_file(tmp_path: Path) -> None:
    assert "не найден" in _error(tmp_path / "nope.docx")


def test_a_folder_named_docx(tmp_path: Path) -> None:
    (tmp_path / "plan.docx").mkdir()
    assert "это папка, а не файл" in _error(tmp_path / "plan.docx")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "plan.docx")
    assert "именованный канал" in _error(tmp_path / "plan.docx")


def test_no_year_anywhere_asks_for_the_period(build: Callable[..., Path]) -> None:
    b = simple_plan(title="План мероприятий", rows=[["1", "Дело", "Минздрав", "постоянно"]])
    assert "--period" in _error(build(b))
