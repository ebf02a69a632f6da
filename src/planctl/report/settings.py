"""The report's part of a template folder: `report.yaml` (columns, widths) and `report.md.j2`.

A template folder made before reports existed has neither: the default template's
files stand in, so every template can render a report. Page, fonts and the signature
style come from the folder's `template.yaml`, through the plan renderer's loader.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from planctl.errors import TemplateError, location
from planctl.render.template import (
    DEFAULT_TEMPLATE,
    Template,
    load_template,
    read_folder_yaml,
    resolve_template,
)

SETTINGS_FILE = "report.yaml"
MARKDOWN_FILE = "report.md.j2"

ReportKey = Literal["number", "title", "deadline", "executors", "info"]
Align = Literal["left", "center", "right", "justify"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReportColumn(_Strict):
    key: ReportKey
    #: one label, or one per plan language; the plan's own `columns` labels win for its keys
    label: str | dict[Literal["ru", "uk"], str]
    width: float = Field(gt=0)
    align: Align

    def label_for(self, language: str) -> str:
        if isinstance(self.label, str):
            return self.label
        return self.label.get(language) or self.label.get("ru") or next(iter(self.label.values()))  # type: ignore[call-overload]


class ReportSettings(_Strict):
    description: str = ""
    orientation: Literal["portrait", "landscape", "auto"] = "auto"
    executors: Literal["lines", "comma"] = "lines"
    number_row: bool = True
    columns: list[ReportColumn] = Field(min_length=2)
    #: widths of the summary table's three columns (label, count, item numbers), in proportion
    summary_widths: list[float] = Field(min_length=3, max_length=3)


def column_labels(own: dict[str, str | None], columns: list[ReportColumn], language: str) -> list[str]:
    """Column labels: the plan's own (`columns:` in the plan) for the keys it shares with the report."""
    return [str(own.get(c.key) or c.label_for(language)) for c in columns]


@dataclass(frozen=True)
class ReportTemplate:
    """The plan template (page, fonts) with the report's settings and Markdown source."""

    base: Template
    settings: ReportSettings
    markdown_source: Path


def _folder_with(folder: Path, name: str) -> Path:
    """The template's own folder when it has `name` (whatever it is: the reader judges), else the default's."""
    own = folder / name
    return folder if own.exists() or own.is_symlink() else resolve_template(DEFAULT_TEMPLATE)


def load_report_template(name: str | Path | None = None) -> ReportTemplate:
    """The template for a report; a mistake in report.yaml is a TemplateError naming the file."""
    base = load_template(name)
    folder = _folder_with(base.folder, SETTINGS_FILE)
    data, positions = read_folder_yaml(folder, SETTINGS_FILE)
    try:
        settings = ReportSettings.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or SETTINGS_FILE
        line, column = positions.get(tuple(first["loc"]), (0, 0))
        raise TemplateError(f"{where}: {first['msg']}", location(folder / SETTINGS_FILE, line, column)) from None
    return ReportTemplate(base, settings, _folder_with(base.folder, MARKDOWN_FILE) / MARKDOWN_FILE)
