"""The execution report as GitHub Markdown, drawn by the template's report.md.j2.

The template runs in jinja2's sandbox and sees plain data only (the same as the JSON
output, plus the cells and the chart), never a model; record text enters as values,
so `{{ … }}` written in a record prints as it is.
"""

from __future__ import annotations

from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError
from jinja2 import TemplateError as JinjaError
from jinja2.sandbox import SandboxedEnvironment

from planctl.errors import TemplateError, location
from planctl.model import Plan
from planctl.render.markdown import escape_cell, escape_text
from planctl.report.compile import Report, cell_lines, texts
from planctl.report.settings import ReportTemplate, column_labels


def _quoted(value: Any) -> str:
    """A mermaid label: no double quotes or line breaks, which would end it."""
    return " ".join(str(value).replace('"', "'").split())


def _environment() -> SandboxedEnvironment:
    environment = SandboxedEnvironment(
        autoescape=False, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined
    )
    environment.filters["cell"] = escape_cell
    environment.filters["text"] = escape_text
    environment.filters["quoted"] = _quoted
    return environment


def report_context(report: Report, plan: Plan, template: ReportTemplate) -> dict[str, Any]:
    """The template's context: plain dicts, lists, strings and numbers."""
    words = texts(report.language)
    columns = list(template.settings.columns)
    labels = column_labels(plan.columns.model_dump(), columns, plan.language)
    comma = template.settings.executors == "comma"
    rows = []
    for row in report.rows:
        entry = row.to_json()
        if row.kind == "item":
            cells = []
            for column in columns:
                if column.key == "number":
                    cells.append([row.number])
                elif column.key == "title":
                    cells.append([row.title])
                elif column.key == "deadline":
                    cells.append(row.deadline.split("\n"))
                elif column.key == "executors":
                    cells.append([", ".join(row.executors)] if comma else list(row.executors))
                else:
                    cells.append(cell_lines(row, report.language))
            entry["cells"] = cells
        rows.append(entry)
    context = report.to_json()
    planned = {s.key for s in report.summary[:1]}
    context.update(
        {
            "columns": [{"key": c.key, "label": label, "align": c.align} for c, label in zip(columns, labels)],
            "number_row": template.settings.number_row,
            "rows": rows,
            "summary_title": str(words["summary_title"]),
            "summary_columns": [str(label) for label in words["summary_columns"]],
            "chart": {
                "title": str(words["chart_title"]),
                "slices": [
                    {"label": s.label, "count": s.count}
                    for s in report.summary
                    if s.key not in planned and s.key != "overdue" and s.count
                ],
            },
        }
    )
    return context


def report_markdown(report: Report, plan: Plan, template: ReportTemplate) -> str:
    """The report as Markdown text."""
    source_path = template.markdown_source
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
        text = compiled.render(report_context(report, plan, template))
    except JinjaError as error:
        line = getattr(error, "lineno", 0) or 0
        raise TemplateError(f"ошибка в шаблоне: {error}", location(source_path, line)) from None
    return text if text.endswith("\n") else text + "\n"
