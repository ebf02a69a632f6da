"""Rendering a plan: DOCX in the ministry layout and Markdown, both from one template folder.

`render_file` is the one entry for commands: it picks the format by the output
suffix and loads the plan (stopping with its validation messages). The format
modules are imported only when used, so importing this package stays cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from planctl.errors import UsageError, location

FORMATS = {".docx": "docx", ".md": "md", ".markdown": "md"}


def output_format(out: str | Path) -> str:
    """`docx` or `md` by the output file's suffix; anything else is a usage error."""
    suffix = Path(out).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        shown = suffix or "без расширения"
        raise UsageError(f"неизвестный формат вывода «{shown}»: имя файла должно оканчиваться на {known}", location(out))
    return FORMATS[suffix]


def render_file(plan_path: str | Path, out: str | Path, template: Optional[str | Path] = None) -> str:
    """Load and render one plan to `out`; returns the format written.

    Raises UsageError (unknown suffix), PlanInvalid (the plan does not validate),
    TemplateError and OutputError (also when `out` is the plan file itself).
    """
    kind = output_format(out)
    from planctl.load import load_plan
    from planctl.render.template import load_template

    chosen = load_template(template)
    document = load_plan(plan_path)
    writer: Callable[..., None]
    if kind == "docx":
        from planctl.render.docx import render_docx as writer
    else:
        from planctl.render.markdown import render_markdown as writer
    writer(document, out, chosen)
    return kind
