"""The agreed and signature blocks the importer reads are printed back by render, in DOCX and Markdown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from planctl.importer import import_docx
from planctl.model import as_data
from planctl.plan_validation import validate_plan
from planctl.render.docx import render_docx
from planctl.render.markdown import markdown_text

PLAN = validate_plan(
    {
        "title": "План мероприятий на 2025 год",
        "period": 2025,
        "agreed": {"stamp": "СОГЛАСОВАНО", "position": "Председатель профкома", "name": "А.Б. Петрова", "date": dt.date(2025, 1, 10)},
        "approval": {"stamp": "УТВЕРЖДАЮ", "position": "Директор школы", "name": "В.Г. Сидоров", "date": dt.date(2025, 1, 12)},
        "signature": {"position": "Заместитель директора по УВР", "name": "Д.Е. Кузнецова"},
        "items": [{"number": "1", "title": "Собрание", "executors": ["Классные руководители"], "deadline": "январь"}],
    }
)


def test_markdown_prints_the_agreed_block_before_the_stamp_and_the_plans_signature() -> None:
    text = markdown_text(PLAN)
    assert text.index("**СОГЛАСОВАНО**") < text.index("**УТВЕРЖДАЮ**") < text.index("# ПЛАН")
    assert "Председатель профкома" in text and "А.Б.\u00a0Петрова" in text
    assert text.rstrip().endswith("Заместитель директора по УВР — Д.Е.\u00a0Кузнецова")


def test_docx_prints_both_blocks_and_import_reads_them_back(tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    render_docx(PLAN, out)
    plan = import_docx(out).plan
    assert plan["agreed"] == _given(PLAN.agreed)  # type: ignore[union-attr]
    assert plan["approval"] == _given(PLAN.approval)  # type: ignore[union-attr]
    assert plan["signature"] == _given(PLAN.signature)  # type: ignore[union-attr]


def _given(block: object) -> dict[str, object]:
    """The keys of a block the plan gives a value."""
    return {key: value for key, value in as_data(block).items() if value is not None}
