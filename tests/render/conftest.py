"""The `render` fixture: a fixture plan rendered to DOCX and opened again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from render_helpers import DATA


@pytest.fixture(autouse=True)
def source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every render here is reproducible: documents are «created» 2024-01-09 09:00 UTC."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1704790800")


@pytest.fixture
def render(tmp_path: Path) -> Callable[..., docx.document.Document]:
    """Render a fixture plan (name in tests/render/data or a path) to DOCX and open it."""
    from planctl.render import render_file

    def run(plan: str | Path, template: str | Path | None = None) -> docx.document.Document:
        source = plan if isinstance(plan, Path) else DATA / f"{plan}.yaml"
        out = tmp_path / f"{source.stem}.docx"
        render_file(source, out, template)
        return docx.Document(str(out))

    return run
