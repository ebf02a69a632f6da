"""Rendering a plan: DOCX in the ministry layout and Markdown, both from one template folder.

`render_file` is the one entry for commands: it picks the format by the output
suffix and loads the plan (stopping with its validation messages). The format
modules are imported only when used, so importing this package stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planctl.errors import UsageError, location

if TYPE_CHECKING:
    from planctl.document import PlanDocument

FORMATS = {".docx": "docx", ".md": "md", ".markdown": "md"}


def output_format(out: str | Path) -> str:
    """`docx` or `md` by the output file's suffix; anything else is a usage error."""
    suffix = Path(out).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        shown = suffix or "без расширения"
        raise UsageError(f"неизвестный формат вывода «{shown}»: имя файла должно оканчиваться на {known}", location(out))
    return FORMATS[suffix]


def render_file(plan_path: str | Path, out: str | Path, template: str | Path | None = None) -> str:
    """Load and render one plan to `out`; returns the format written.

    Raises UsageError (unknown suffix), PlanInvalid (the plan does not validate),
    TemplateError and OutputError (also when `out` is the plan file itself).
    """
    output_format(out)
    from planctl.load import load_plan

    return render_document(load_plan(plan_path), out, template)


def render_document(document: PlanDocument, out: str | Path, template: str | Path | None = None) -> str:
    """Render a plan already loaded (and checked) to `out`; returns the format written."""
    kind = output_format(out)
    from planctl.render.template import load_template

    chosen = load_template(template)
    writer: Callable[..., None]
    if kind == "docx":
        from planctl.render.docx import render_docx as writer
    else:
        from planctl.render.markdown import render_markdown as writer
    writer(document, out, chosen)
    return kind
