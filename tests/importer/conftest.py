"""Fixtures for the importer tests; the document builder itself is in import_helpers.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from import_helpers import DocBuilder


@pytest.fixture
def build(tmp_path: Path) -> Callable[..., Path]:
    """`build(builder, name)` saves a DocBuilder into tmp_path and returns the path."""

    def _save(builder: DocBuilder, name: str = "plan.docx") -> Path:
        return builder.save(tmp_path / name)

    return _save


