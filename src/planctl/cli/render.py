"""`planctl render`: the approved plan as a DOCX in the ministry layout, or as Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from planctl.cli._app import app, echo_findings


@app.command("render")
def render(
    plan: Annotated[Path, typer.Argument(help="The plan file (YAML).", show_default=False)],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The file to write: .docx (Word) or .md (Markdown), by its suffix.", show_default=False)
    ],
    template: Annotated[
        str | None,
        typer.Option("--template", "-t", help="Template name (ministry, ministry-landscape) or a template folder. Default: ministry."),
    ] = None,
) -> None:
    """Render a plan as DOCX in the ministry layout or as Markdown; the format follows the -o suffix."""
    from planctl.load import PlanInvalid
    from planctl.render import render_file

    try:
        render_file(plan, output, template)
    except PlanInvalid as invalid:
        echo_findings(invalid.diagnostics)
        typer.echo(f"planctl: план не прошёл проверку; файл {output} не записан", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"{output}", err=True)
