"""The loader: every broken, hostile or mistyped plan gives a finding with a position."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planctl.load import MAX_FILE_BYTES, PlanInvalid, load_file, load_plan, load_text
from planctl.yamlio import HAVE_C_PARSER, safe_load_text

CASES = safe_load_text((Path(__file__).parent / "cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_broken_plans_give_positioned_findings(case: dict) -> None:
    result = load_text(case["text"], "plan.yaml")
    assert result.document is None
    first = result.diagnostics[0]
    assert first.code == case["code"], result.diagnostics
    assert first.path == "plan.yaml"
    assert first.line >= 1 and first.column >= 1
    if "line" in case:
        assert first.line == case["line"], first
    if "column" in case:
        assert first.column == case["column"], first
    if "message" in case:
        assert case["message"] in first.message
    if "hint" in case:
        assert first.hint and case["hint"] in first.hint


GOOD = """\
title: План
period: 2024-2025
approval:
  stamp: УТВЕРЖДЕНО
  date: 2024-01-09
sections:
  - number: 1
    title: Раздел
    items:
      - number: "1.1"
        title: Мероприятие
        executors: Минздрав
        deadline: В течение года
        due: [2024-12-28, 2025-12-30]
"""


def test_a_good_plan_loads_with_positions() -> None:
    result = load_text(GOOD, "good.yaml")
    assert result.diagnostics == []
    doc = result.document
    assert doc is not None
    plan = doc.plan
    assert str(plan.period) == "2024-2025"
    assert plan.approval is not None and plan.approval.date == dt.date(2024, 1, 9)
    section, _, item, path = next(plan.walk())
    assert section is not None and section.number == "1"
    assert item.executors == ["Минздрав"]
    assert item.due_dates == [dt.date(2024, 12, 28), dt.date(2025, 12, 30)]
    assert doc.positions.of((*path, "deadline")) == (13, 19)
    assert doc.positions.of((*path, "deadline"), key=True) == (13, 9)


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    result = load_file(plan)
    assert result.diagnostics == []
    assert result.document is not None and result.document.plan.title == "План"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (GOOD.encode("cp1251"), "cp1251"),
        (GOOD.encode("utf-16"), "UTF-16"),
        (GOOD.encode("utf-16-le"), "UTF-16"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "двоичные"),
        (b"title: \xff\xfe\xfa\n", "UTF-8"),
    ],
    ids=["cp1251", "utf16-bom", "utf16-no-bom", "binary", "latin-garbage"],
)
def test_encodings_are_named(tmp_path: Path, data: bytes, fragment: str) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_bytes(data)
    result = load_file(plan)
    assert result.document is None
    (finding,) = result.diagnostics
    assert finding.code == "F002"
    assert fragment in finding.message


def test_cp1251_points_at_the_first_bad_byte(tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_bytes("title: ok\nperiod: 2024\nitems:\n  - title: Мониторинг\n".encode("cp1251"))
    (finding,) = load_file(plan).diagnostics
    assert (finding.line, finding.column) == (4, 12)


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    plan = tmp_path / "big.yaml"
    with plan.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    (finding,) = load_file(plan).diagnostics
    assert finding.code == "F005"
    assert "слишком большой" in finding.message


def test_a_folder_or_missing_file_is_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "x.yaml"
    folder.mkdir()
    assert load_file(folder).diagnostics[0].code == "F001"
    assert load_file(tmp_path / "missing.yaml").diagnostics[0].code == "F001"


def test_load_plan_raises_with_every_finding() -> None:
    with pytest.raises(PlanInvalid) as info:
        load_plan(Path(__file__).parent / "no-such-plan.yaml")
    assert info.value.diagnostics[0].code == "F001"


def test_the_c_parser_is_used_where_installed() -> None:
    import platform

    if platform.python_implementation() == "CPython":
        assert HAVE_C_PARSER
