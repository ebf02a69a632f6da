"""Safe output: complete files or none, clear Russian messages, the plan itself never overwritten."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from render_helpers import DATA

from planctl.atomic import open_atomic, write_text_atomic
from planctl.errors import OutputError, UsageError
from planctl.load import PlanInvalid
from planctl.render import output_format, render_file


def test_written_whole_and_nothing_else_left(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    write_text_atomic(target, "строка\n")
    assert target.read_text(encoding="utf-8") == "строка\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_a_failure_midway_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), open_atomic(target) as handle:
        handle.write(b"half")
        raise RuntimeError("crash while writing")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx"]


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="не существует"):
        write_text_atomic(tmp_path / "нет" / "out.md", "x")


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="не папка"):
        write_text_atomic(tmp_path / "file" / "out.md", "x")


def test_a_folder_as_the_target(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="папка"):
        write_text_atomic(tmp_path, "x")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_unwritable_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="нет прав"):
            write_text_atomic(folder / "out.md", "x")
    finally:
        folder.chmod(0o700)


def test_new_files_get_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    write_text_atomic(target, "x")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize(("name", "kind"), [("a.docx", "docx"), ("A.DOCX", "docx"), ("a.md", "md"), ("a.markdown", "md")])
def test_format_by_suffix(name: str, kind: str) -> None:
    assert output_format(name) == kind


@pytest.mark.parametrize("name", ["a.pdf", "a.doc", "a", "a.yaml"])
def test_unknown_suffix_is_a_usage_error(name: str) -> None:
    with pytest.raises(UsageError) as caught:
        output_format(name)
    assert caught.value.exit_code == 2


def test_refuses_to_overwrite_the_plan(tmp_path: Path) -> None:
    plan = tmp_path / "plan.md"  # a plan under an output suffix is still the plan
    shutil.copy(DATA / "flat.yaml", plan)
    before = plan.read_bytes()
    with pytest.raises(OutputError, match="совпадает с исходным планом"):
        render_file(plan, plan)
    link = tmp_path / "link.md"
    os.link(plan, link)
    with pytest.raises(OutputError, match="совпадает с исходным планом"):
        render_file(plan, link)
    assert plan.read_bytes() == before


def test_an_invalid_plan_stops_before_writing(tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    with pytest.raises(PlanInvalid) as caught:
        render_file(DATA / "invalid.yaml", out)
    assert {d.code for d in caught.value.diagnostics} >= {"S002"}
    assert not out.exists()
