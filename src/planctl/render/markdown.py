"""The plan as Markdown (GitHub-flavoured), drawn by the template's plan.md.j2.

The template runs in planctl's sandbox (render/sandbox.py): a template folder may
come from anyone. It sees plain data only (render/context.py). Plan text only ever enters as values, so `{{ … }}` written in a plan prints as it is.
Filters escape what Markdown would read as markup: `cell` for table cells (a `|`
or a line break would break the table), `text` for lines outside the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from planctl.atomic import write_text_atomic
from planctl.model import Plan
from planctl.render.context import template_context
from planctl.render.engine import render_template
from planctl.render.layout import build_layout
from planctl.render.template import MARKDOWN_FILE, Template, load_template

if TYPE_CHECKING:
    from planctl.document import PlanDocument

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


def markdown_text(plan: Plan, template: Union[Template, str, Path, None] = None) -> str:
    """The plan as Markdown text, drawn by the template's plan.md.j2 in the sandbox."""
    chosen = template if isinstance(template, Template) else load_template(template)
    context = template_context(plan, build_layout(plan, chosen.settings))
    text = render_template(chosen.folder, MARKDOWN_FILE, context, {"cell": escape_cell, "text": escape_text})
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
