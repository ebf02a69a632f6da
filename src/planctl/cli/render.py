"""`planctl render`: the approved plan as a DOCX in the ministry layout, or as Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from planctl.cli._app import app, echo_findings

if TYPE_CHECKING:
    from planctl.document import PlanDocument


def check_first(plan: Path, output: str | Path, force: bool) -> PlanDocument | None:
    """`planctl validate` on the plan before a document is made of it (issue 17).

    Warnings are printed and the document is written; errors are printed and stop it
    (exit 1, nothing written) unless `force`: a wrong plan must not reach a signer unnoticed.
    Returns the plan checked (None when it did not load), so that it is not read twice.
    """
    from planctl import messages
    from planctl.check import check_loaded
    from planctl.config import load_config
    from planctl.diagnostics import Severity
    from planctl.load import load_file

    loaded = load_file(plan)
    checked = check_loaded(plan, loaded, load_config(plan))  # a broken configuration is the handler's to say
    echo_findings(checked.diagnostics)
    if any(d.severity is Severity.ERROR for d in checked.diagnostics):
        if not force:
            typer.echo("planctl: " + messages.text("render-check-failed", checked.language, output=output), err=True)
            raise typer.Exit(1)
        typer.echo("planctl: " + messages.text("render-forced", checked.language), err=True)
    return loaded.document


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
    force: Annotated[bool, typer.Option("--force", help="Write the document even when the plan has errors.")] = False,
) -> None:
    """Render a plan as DOCX in the ministry layout or as Markdown; the format follows the -o suffix.

    The plan is checked first, as by `planctl validate`: errors stop the render (exit 1)
    unless --force; warnings are printed and the document is written.
    """
    from planctl.render import output_format, render_document

    output_format(output)  # a wrong suffix is a usage error before any check
    document = check_first(plan, output, force)
    if document is None:  # only with --force: the plan did not even load; its findings are printed above
        typer.echo(f"planctl: план не загружен; файл {output} не записан", err=True)
        raise typer.Exit(1)
    render_document(document, output, template)
    typer.echo(f"{output}", err=True)
