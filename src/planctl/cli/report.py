"""`planctl report`: the execution report of a plan from its progress records."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from planctl.cli._app import app, date_option, echo_findings, today_in_moscow
from planctl.errors import UsageError


class ReportFormat(str, Enum):
    docx = "docx"
    md = "md"
    json = "json"



@app.command("report")
def report(
    plan: Annotated[Path, typer.Argument(help="The plan file (YAML); its records are progress/NAME beside it.", show_default=False)],
    output: Annotated[
        str, typer.Option("--output", "-o", help="The file to write (.docx, .md, .json by its suffix), or - for standard output.")
    ] = "-",
    quarter: Annotated[int | None, typer.Option("--quarter", "-q", help="Quarter 1–4 of --year.")] = None,
    month: Annotated[int | None, typer.Option("--month", "-m", help="Month 1–12 of --year.")] = None,
    from_: Annotated[str | None, typer.Option("--from", help="Window start, YYYY-MM-DD (with --to), e.g. a school year 2023-09-01.")] = None,
    to: Annotated[str | None, typer.Option("--to", help="Window end, YYYY-MM-DD (with --from).")] = None,
    year: Annotated[
        int | None, typer.Option("--year", "-y", help="The year reported on (alone), or the year of --quarter/--month. Default: year of --as-of.")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="The day to judge overdue by, YYYY-MM-DD. Default: today (Moscow).")
    ] = None,
    executor: Annotated[str | None, typer.Option("--executor", "-e", help="Only items whose executors contain this text.")] = None,
    all_items: Annotated[bool, typer.Option("--all-items", help="Also the items with nothing due in the window.")] = False,
    format: Annotated[ReportFormat | None, typer.Option("--format", "-f", help="docx, md or json. Default: by the -o suffix; md on standard output.")] = None,
    template: Annotated[
        str | None, typer.Option("--template", "-t", help="Template name (ministry, ministry-landscape) or folder. Default: ministry.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Write the report even when the plan has errors (records with errors still stop it).")] = False,
) -> None:
    """Compile «Информация о ходе выполнения плана … за …» from the plan and its progress records.

    Without a window the report covers the plan's whole period. Items without a record
    print «нет сведений»; the summary counts planned, done, in progress, not done,
    postponed, missing and overdue items. The plan is checked first, as by `render`.
    """
    from planctl import messages
    from planctl.cli._lang import interface_language
    from planctl.cli.render import check_first
    from planctl.due.windows import Window, checked_year, month_window, period_window, quarter_window, range_window, year_window
    from planctl.report import (
        RecordsInvalid,
        output_format,
        prepare_report,
        report_bytes,
        write_report,
    )

    lang = interface_language()
    day = date_option(as_of, "--as-of") or today_in_moscow()
    start, end = date_option(from_, "--from"), date_option(to, "--to")
    chosen = sum(x is not None for x in (quarter, month)) + (start is not None or end is not None)
    if chosen > 1:
        raise UsageError(messages.text("report-one-window", lang))
    if (start is None) != (end is None):
        raise UsageError(messages.text("from-to-together", lang))
    if start is not None and year is not None:
        raise UsageError(messages.text("year-not-with-range", lang))
    window_year = year if year is not None else day.year
    checked_year(window_year, lang)
    kind = output_format(output, format.value if format else None)
    if kind == "docx" and output == "-":
        raise UsageError("DOCX не выводится на стандартный вывод: укажите файл -o ОТЧЁТ.docx")
    document = check_first(plan, "отчёта" if output == "-" else output, force)
    if document is None:  # only with --force: the plan did not even load; its findings are printed above
        typer.echo("planctl: план не загружен; отчёт не составлен", err=True)
        raise typer.Exit(1)
    try:
        window: Window | None = None
        if start is not None and end is not None:
            window = range_window(start, end, lang)
        elif month is not None:
            window = month_window(window_year, month, lang)
        elif quarter is not None:
            window = quarter_window(window_year, quarter, lang)
        elif year is not None:
            window = year_window(year)
        if window is None:
            window = period_window(document.plan.period)
        prepared = prepare_report(document, window, day, executor=executor, all_items=all_items, template=template)
        echo_findings(prepared.warnings)
        if output == "-":
            sys.stdout.flush()
            sys.stdout.buffer.write(report_bytes(prepared, kind))
        else:
            write_report(prepared, output, kind)
            typer.echo(output, err=True)
    except RecordsInvalid as invalid:
        if not force:  # with --force the check above has printed them
            echo_findings(invalid.diagnostics)
        typer.echo("planctl: отчёт не составлен: исправьте ошибки в плане или в сведениях о выполнении", err=True)
        raise typer.Exit(1) from None
