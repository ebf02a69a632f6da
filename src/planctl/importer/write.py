"""The imported plan as a YAML file a person will go on editing: fixed key order, no surprises.

Item numbers are quoted (YAML would read 1.10 as the float 1.1), dates are ISO, long
lines are never folded, multi-line notes are literal blocks.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from planctl.errors import OutputError, location
from planctl.importer.emit import rows_yaml, sections_yaml

SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/plan.schema.json"
PLAN_ORDER = ("title", "heading", "period", "language", "attachment", "agreed", "approval", "signature", "columns", "executors", "sections", "items")
APPROVAL_ORDER = ("stamp", "position", "name", "date", "document")
COLUMN_ORDER = ("number", "title", "executors", "deadline", "result")


def _ordered(mapping: dict[str, Any], order: Iterable[str]) -> CommentedMap:
    out = CommentedMap()
    for key in order:
        if key in mapping and mapping[key] is not None:
            out[key] = mapping[key]
    for key, value in mapping.items():  # keys the order does not know still get written, never dropped
        if key not in out and value is not None:
            out[key] = value
    return out


def to_yaml(plan: dict[str, Any], *, source: str | None = None) -> str:
    """The plan mapping as YAML text in the spec's key order, with the schema line first."""
    data = _ordered(plan, PLAN_ORDER)
    period = data.get("period")
    if isinstance(period, str):
        data["period"] = DoubleQuotedScalarString(period)
    for block in ("agreed", "approval", "signature"):
        if isinstance(data.get(block), dict):
            data[block] = _ordered(data[block], APPROVAL_ORDER)
    if isinstance(data.get("columns"), dict):
        data["columns"] = _ordered({k: DoubleQuotedScalarString(v) if v.startswith("№") else v for k, v in data["columns"].items()}, COLUMN_ORDER)
    rows: list[str] = []  # sections and items are written directly: a plan may have 100,000 rows
    if "sections" in data:
        rows = ["sections:", *sections_yaml(data.pop("sections"))]
    elif "items" in data:
        items = data.pop("items")
        rows = ["items:", *rows_yaml(items, 0)] if items else ["items: []"]
    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    header = [SCHEMA_LINE]
    if source:
        header.append(f"# Imported by planctl import from {source}")
    return "\n".join(header) + "\n" + buffer.getvalue() + "".join(line + "\n" for line in rows)


def write_plan(text: str, output: Path, *, force: bool = False, protect: Iterable[Path] = ()) -> None:
    """Write the YAML next to nothing it would clobber: an existing file needs `force`."""
    from planctl.atomic import write_text_atomic

    if output.exists() and not output.is_dir() and not force:
        raise OutputError("файл уже существует; чтобы перезаписать его, добавьте --force", location(output))
    write_text_atomic(output, text, protect=protect)

