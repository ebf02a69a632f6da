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
from typing import TYPE_CHECKING, Any

from planctl.atomic import write_text_atomic
from planctl.model import Plan
from planctl.render.context import template_context
from planctl.render.engine import render_template
from planctl.render.layout import build_layout
from planctl.render.template import MARKDOWN_FILE, Template, load_template

if TYPE_CHECKING:
    from planctl.document import PlanDocument

#: Characters CommonMark or GitHub may read as markup anywhere in a line: code, emphasis,
#: links, HTML and autolinks, entities (`&copy;`), strikethrough (`~~x~~`), math (`$x$`),
#: table cells (`|`). A backslash before any of them prints it.
_INLINE = re.compile(r"([\\`*\[\]<>&~$|])")
#: A run of `_` that could open or close emphasis: any, except one inside a word (snake_case)
#: or one standing between spaces (a blank «____» to fill in), which CommonMark never reads.
_UNDERSCORES = re.compile(r"_+")
#: Markers that start a block only at the start of a line: headings (`#`), lists (`-`, `+`,
#: `1.`, `1)`), setext underlines (`=`), a line of `_` only (a thematic break).
_LINE_START = re.compile(r"^(?:([#+\-=])|(\d+)([.)])|(_)(?=[_ \t]*$))")
#: `#` at the end of a line after a space: a heading would drop it as its closing sequence.
_CLOSING_HASHES = re.compile(r"(?<=[ \t])#(?=#*[ \t]*$)")


def _underscores(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if (before.isalnum() and after.isalnum()) or (before.isspace() and after.isspace()):
        return match.group()
    return "\\_" * (end - start)


def _inline(text: str) -> str:
    return _UNDERSCORES.sub(_underscores, _INLINE.sub(r"\\\1", text))


def escape_text(value: Any) -> str:
    """Running text that prints as it is: markup escaped, lines without the indent of a code block."""
    lines = (line.lstrip(" \t") for line in str(value).split("\n"))
    return "\n".join(_CLOSING_HASHES.sub(r"\\#", _LINE_START.sub(_escape_marker, _inline(line))) for line in lines)


def _escape_marker(match: re.Match[str]) -> str:
    """`- x` → `\\- x`; `1. x` → `1\\. x` (CommonMark escapes the list dot, not the digits)."""
    symbol, digits, dot, underscore = match.groups()
    if digits:
        return f"{digits}\\{dot}"
    return f"\\{symbol or underscore}"


def escape_cell(value: Any) -> str:
    """A table cell: one line (breaks become <br>), `|` escaped so the table keeps its columns."""
    lines: Iterable[Any] = value if isinstance(value, (list, tuple)) else str(value).split("\n")
    return "<br>".join(_inline(part.strip()) for line in lines for part in str(line).split("\n"))


def markdown_text(plan: Plan, template: Template | str | Path | None = None) -> str:
    """The plan as Markdown text, drawn by the template's plan.md.j2 in the sandbox."""
    chosen = template if isinstance(template, Template) else load_template(template)
    context = template_context(plan, build_layout(plan, chosen.settings))
    text = render_template(chosen.folder, MARKDOWN_FILE, context, {"cell": escape_cell, "text": escape_text})
    return text if text.endswith("\n") else text + "\n"


def render_markdown(
    doc: PlanDocument | Plan, out: str | Path, template: Template | str | Path | None = None, *, protect: Iterable[str | Path] = ()
) -> None:
    """Write the plan as Markdown to `out`, atomically; never over the plan file itself."""
    guarded = list(protect)
    if isinstance(doc, Plan):
        plan = doc
    else:
        plan = doc.plan
        guarded.append(doc.path)
    write_text_atomic(out, markdown_text(plan, template), protect=guarded)
