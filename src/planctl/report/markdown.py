"""The execution report as GitHub Markdown, drawn by the template's report.md.j2.

The template runs in planctl's template sandbox and sees plain data only (the same as the JSON
output, plus the cells and the chart), never a model; record text enters as values,
so `{{ … }}` written in a record prints as it is.
"""

from __future__ import annotations

from typing import Any

from planctl.model import Plan, as_data
from planctl.render.engine import render_template
from planctl.render.markdown import escape_cell, escape_text
from planctl.report.compile import Report, cell_lines, texts
from planctl.report.settings import ReportTemplate, column_labels


def _quoted(value: Any) -> str:
    """A mermaid label: no double quotes or line breaks, which would end it."""
    return " ".join(str(value).replace('"', "'").split())


def report_context(report: Report, plan: Plan, template: ReportTemplate) -> dict[str, Any]:
    """The template's context: plain dicts, lists, strings and numbers."""
    words = texts(report.language)
    columns = list(template.settings.columns)
    labels = column_labels(as_data(plan.columns), columns, plan.language)
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
            "columns": [{"key": c.key, "label": label, "align": c.align} for c, label in zip(columns, labels, strict=False)],
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
    """The report as Markdown text, drawn in the same sandbox as the plan's Markdown."""
    source = template.markdown_source
    filters = {"cell": escape_cell, "text": escape_text, "quoted": _quoted}
    text = render_template(source.parent, source.name, report_context(report, plan, template), filters)
    return text if text.endswith("\n") else text + "\n"
