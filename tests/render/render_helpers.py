"""Helpers for the render tests: the fixture plans folder and reading DOCX XML.

A module of its own (not conftest) so that `from render_helpers import …` can never
pick up another folder's conftest.
"""

from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn
from lxml import etree

DATA = Path(__file__).parent / "data"
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def xpath(element: etree._Element, path: str) -> list[etree._Element]:
    return etree._Element.xpath(element, path, namespaces=NS)


def wattr(element: etree._Element, name: str) -> str | None:
    return element.get(qn(f"w:{name}"))


def texts(element: etree._Element) -> str:
    """All text of an element, `w:br` read as a line end."""
    parts = []
    for node in element.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
        parts.append(node.text or "" if node.tag == qn("w:t") else ("\n" if node.tag == qn("w:br") else "\t"))
    return "".join(parts)
