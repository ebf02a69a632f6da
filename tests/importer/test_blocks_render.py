"""The agreed and signature blocks the importer reads are printed back by render, in DOCX and Markdown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from planctl.importer import import_docx
from planctl.model import Plan
from planctl.render.docx import render_docx
from planctl.render.markdown import markdown_text

PLAN = Plan.model_validate(
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
    assert plan["agreed"] == PLAN.agreed.model_dump(exclude_none=True)  # type: ignore[union-attr]
    assert plan["approval"] == PLAN.approval.model_dump(exclude_none=True)  # type: ignore[union-attr]
    assert plan["signature"] == PLAN.signature.model_dump(exclude_none=True)  # type: ignore[union-attr]
