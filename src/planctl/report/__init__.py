"""Execution reports: «Информация о ходе выполнения плана … за IV квартал 2024 года».

    prepared = prepare_report("plans/x.yaml", window, as_of)   # plan + records, checked
    write_report(prepared, "out/report.docx")                 # or .md, .json

The plan must validate and its records must have no errors (their warnings, such as
occurrences without a record, come back with the report); the formats are imported
only when used.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from planctl.diagnostics import Diagnostic, Severity
from planctl.due.windows import Window
from planctl.errors import PlanctlError, UsageError, location

if TYPE_CHECKING:
    from planctl.document import PlanDocument
    from planctl.report.compile import Report
    from planctl.report.settings import ReportTemplate

FORMATS = {".docx": "docx", ".md": "md", ".markdown": "md", ".json": "json"}


class RecordsInvalid(PlanctlError):
    """The plan's progress records have errors: a report from them would mislead its signer."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        first = next(d for d in diagnostics if d.severity is Severity.ERROR)
        super().__init__(f"{first.where}: {first.message}")
        self.diagnostics = diagnostics


@dataclass
class PreparedReport:
    report: Report
    plan: PlanDocument
    template: ReportTemplate
    records_path: str | None
    #: Findings about the records that do not stop the report (R006: occurrences without a record).
    warnings: list[Diagnostic] = field(default_factory=list)


def output_format(out: str, chosen: str | None) -> str:
    """docx, md or json: as asked, else by the output file's suffix (standard output: md)."""
    if chosen:
        return chosen
    if out == "-":
        return "md"
    suffix = Path(out).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise UsageError(f"неизвестный формат вывода «{suffix or 'без расширения'}»: имя файла должно оканчиваться на {known}", location(out))
    return FORMATS[suffix]


def prepare_report(
    plan: str | Path | PlanDocument,
    window: Window,
    as_of: dt.date,
    *,
    executor: str | None = None,
    all_items: bool = False,
    template: str | None = None,
) -> PreparedReport:
    """Load the plan (unless given loaded) and its records, check them, and compile the report on `window`.

    Raises PlanInvalid (the plan has errors), RecordsInvalid (the records have errors)
    and TemplateError.
    """
    from planctl.load import load_plan
    from planctl.progress.check import check_records
    from planctl.progress.load import records_beside
    from planctl.report.compile import compile_report
    from planctl.report.settings import load_report_template

    chosen = load_report_template(template)
    from planctl.document import PlanDocument

    doc = plan if isinstance(plan, PlanDocument) else load_plan(plan)
    records_path = records_beside(doc.path)
    demand = (window.start, min(window.end, as_of))
    checked = check_records(doc, records_path, demand=demand)
    if checked.failed:
        raise RecordsInvalid(checked.diagnostics)
    signature = None
    if checked.document is not None and checked.document.progress.signature is not None:
        signer = checked.document.progress.signature
        signature = (signer.position, signer.name)
    elif chosen.base.settings.signature.position and chosen.base.settings.signature.name:
        signature = (chosen.base.settings.signature.position, chosen.base.settings.signature.name)
    report = compile_report(doc, checked.ledger, window, as_of, executor=executor, all_items=all_items, signature=signature)
    return PreparedReport(report, doc, chosen, records_path, checked.diagnostics)


def report_bytes(prepared: PreparedReport, kind: str) -> bytes:
    """The report in one format, as the bytes to write."""
    if kind == "json":
        return (json.dumps(prepared.report.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    chosen = prepared.template
    if kind == "md":
        from planctl.report.markdown import report_markdown

        return report_markdown(prepared.report, prepared.plan.plan, chosen).encode("utf-8")
    from planctl.render.package import document_time, docx_bytes
    from planctl.report.docx import build_report_docx

    when = document_time()
    return docx_bytes(build_report_docx(prepared.report, prepared.plan.plan, chosen, when=when), when)


def write_report(prepared: PreparedReport, out: str | Path, kind: str) -> None:
    """Write the report to `out` atomically; never over the plan or its records."""
    from planctl.atomic import write_bytes_atomic

    protect = [prepared.plan.path] + ([prepared.records_path] if prepared.records_path else [])
    write_bytes_atomic(out, report_bytes(prepared, kind), protect=protect)
