"""The plan as Markdown (GitHub-flavoured), drawn by the template's plan.md.j2.

The template runs in jinja2's sandbox: a template folder may come from anyone.
Plan text only ever enters as values, so `{{ … }}` written in a plan prints as it is.
Filters escape what Markdown would read as markup: `cell` for table cells (a `|`
or a line break would break the table), `text` for lines outside the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from jinja2 import StrictUndefined, TemplateError as JinjaError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from planctl.atomic import write_text_atomic
from planctl.errors import TemplateError, location
from planctl.model import Plan
from planctl.render.layout import Layout, build_layout
from planctl.render.template import Template, load_template

if TYPE_CHECKING:
    from planctl.load import PlanDocument

_INLINE = re.compile(r"([\\`*\[\]<>])")
#: `_` that could open or close emphasis: at one edge of a word only (snake_case and ____ stay).
_UNDERSCORE = re.compile(r"(?<![^\W_])_(?=[^\W_])|(?<=[^\W_])_(?![^\W_])")
_LINE_START = re.compile(r"^(\s*)(?:([#>+\-=])|(\d+)([.)]))")


def _inline(text: str) -> str:
    return _UNDERSCORE.sub(r"\\_", _INLINE.sub(r"\\\1", text))


def escape_text(value: Any) -> str:
    """A line of running text: inline markup and a list/heading marker at its start are escaped."""
    text = _inline(str(value))
    return "\n".join(_LINE_START.sub(_escape_marker, line) for line in text.split("\n"))


def _escape_marker(match: re.Match[str]) -> str:
    """`# x` → `\\# x`; `1. x` → `1\\. x` (CommonMark escapes the list dot, not the digits)."""
    indent, symbol, digits, dot = match.groups()
    return f"{indent}\\{symbol}" if symbol else f"{indent}{digits}\\{dot}"


def escape_cell(value: Any) -> str:
    """A table cell: one line (breaks become <br>), `|` escaped so the table keeps its columns."""
    lines: Iterable[Any] = value if isinstance(value, (list, tuple)) else str(value).split("\n")
    return "<br>".join(_inline(str(line)).replace("|", "\\|").replace("\n", "<br>").strip() for line in lines)


def _environment() -> SandboxedEnvironment:
    environment = SandboxedEnvironment(
        autoescape=False, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined
    )
    environment.filters["cell"] = escape_cell
    environment.filters["text"] = escape_text
    return environment


def _context(plan: Plan, layout: Layout) -> dict[str, Any]:
    keys = [c.key for c in layout.columns]
    rows = []
    for row in layout.rows:
        if row.kind == "item":
            cells = [list(lines) for lines in row.cells]
        else:  # no cell spans in Markdown: the number under «№», the title under the activity
            label = row.cells[0][0]
            cells = [[""] for _ in keys]
            if "number" in keys and row.number:
                cells[keys.index("number")] = [row.number]
                label = row.title
            cells[keys.index("title") if "title" in keys else 0] = [label]
        rows.append({"kind": row.kind, "cells": cells})
    return {
        "plan": plan,
        "language": layout.language,
        "attachment": list(layout.attachment),
        "stamp": list(layout.stamp),
        "agreed": list(layout.agreed),
        "heading": layout.heading,
        "title": layout.title,
        "columns": [{"key": c.key, "label": c.label, "align": c.align} for c in layout.columns],
        "number_row": layout.number_row,
        "rows": rows,
        "signature": list(layout.signature) if layout.signature else None,
    }


def markdown_text(plan: Plan, template: Union[Template, str, Path, None] = None) -> str:
    """The plan as Markdown text."""
    chosen = template if isinstance(template, Template) else load_template(template)
    source_path = chosen.markdown_source
    try:
        source = source_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateError(f"не удалось прочитать шаблон Markdown: {error}", location(source_path)) from None
    environment = _environment()
    try:
        compiled = environment.from_string(source)
    except TemplateSyntaxError as error:
        raise TemplateError(f"ошибка в шаблоне: {error.message}", location(source_path, error.lineno or 0)) from None
    try:
        text = compiled.render(_context(plan, build_layout(plan, chosen.settings)))
    except JinjaError as error:
        line = getattr(error, "lineno", 0) or 0
        raise TemplateError(f"ошибка в шаблоне: {error}", location(source_path, line)) from None
    return text if text.endswith("\n") else text + "\n"


def render_markdown(
    doc: Union[PlanDocument, Plan], out: str | Path, template: Union[Template, str, Path, None] = None, *, protect: Iterable[str | Path] = ()
) -> None:
    """Write the plan as Markdown to `out`, atomically; never over the plan file itself."""
    guarded = list(protect)
    if isinstance(doc, Plan):
        plan = doc
    else:
        plan = doc.plan
        guarded.append(doc.path)
    write_text_atomic(out, markdown_text(plan, template), protect=guarded)
