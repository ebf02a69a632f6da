"""`planctl site`: the plans as a static web site (index, a page per plan, executors)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from planctl.cli._app import app, date_option, echo_findings, today_in_moscow


@app.command("site")
def site(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Plan files or folders. Default: plans/.", show_default=False)
    ] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="The site folder to write (replaced as a whole).")] = Path("public"),
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="The day the states are for, YYYY-MM-DD. Default: today (Moscow).")
    ] = None,
    template: Annotated[
        str | None, typer.Option("--template", "-t", help="Plan template of the DOCX and Markdown documents. Default: ministry.")
    ] = None,
    site_template: Annotated[
        Path | None, typer.Option("--site-template", help="A folder of page templates instead of the shipped templates/site.")
    ] = None,
    documents: Annotated[
        bool, typer.Option("--documents/--no-documents", help="Render each plan's DOCX, Markdown and ICS into the site.")
    ] = True,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes for many files. Default: the cores.")
    ] = None,
) -> None:
    """Write a static web site of the plans: what is due, overdue and done, per plan and per executor."""
    from planctl.cli._lang import interface_language
    from planctl.site import SiteOptions, build_site

    day = date_option(as_of, "--as-of") or today_in_moscow()
    options = SiteOptions(day, site_template, template, documents, interface_language(), jobs)
    report = build_site(paths or [Path("plans")], output, options)
    echo_findings(report.problems)
    shown = sum(1 for p in report.plans if p.summary is not None)
    typer.echo(f"{output}/index.html: планов {shown}, просрочено {report.overdue}", err=True)
    if report.problems:
        raise typer.Exit(1)
