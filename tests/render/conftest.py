"""Shared helpers for the render tests: fixture plans, rendering, reading the DOCX XML."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

DATA = Path(__file__).parent / "data"
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def xpath(element: etree._Element, path: str) -> list[etree._Element]:
    return etree._Element.xpath(element, path, namespaces=NS)


def wattr(element: etree._Element, name: str) -> Optional[str]:
    return element.get(qn(f"w:{name}"))


def texts(element: etree._Element) -> str:
    """All text of an element, `w:br` read as a line end."""
    parts = []
    for node in element.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
        parts.append(node.text or "" if node.tag == qn("w:t") else ("\n" if node.tag == qn("w:br") else "\t"))
    return "".join(parts)


@pytest.fixture
def render(tmp_path: Path) -> Callable[..., docx.document.Document]:
    """Render a fixture plan (name in tests/render/data or a path) to DOCX and open it."""
    from planctl.render import render_file

    def run(plan: str | Path, template: Optional[str | Path] = None) -> docx.document.Document:
        source = plan if isinstance(plan, Path) else DATA / f"{plan}.yaml"
        out = tmp_path / f"{source.stem}.docx"
        render_file(source, out, template)
        return docx.Document(str(out))

    return run
