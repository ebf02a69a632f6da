"""`planctl import`: bring an existing Word plan into git as a YAML plan file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from planctl.cli._app import app


@app.command("import")
def import_plan(
    source: Annotated[Path, typer.Argument(help="The Word plan to read (.docx; .doc, .rtf, .odt need LibreOffice).", show_default=False)],
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="The YAML plan to write, e.g. plans/plan.yaml; - writes to standard output.", show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the output file if it already exists.")] = False,
    period: Annotated[
        str | None,
        typer.Option("--period", help="The plan's period (2024 or 2024-2025) when the document does not say it.", show_default=False),
    ] = None,
) -> None:
    """Read a Word plan (DOCX) and write it as a plan YAML file; what cannot be mapped is kept in notes and reported."""
    from planctl.errors import UsageError
    from planctl.importer import import_docx_to_yaml, parse_period_option
    from planctl.period import parse_period

    if output is None:
        raise UsageError("укажите, куда записать план: -o plans/ИМЯ.yaml (или -o - для вывода на экран)")
    if output != "-" and Path(output).suffix.lower() in (".docx", ".doc", ".rtf", ".odt"):
        raise UsageError(f"-o {output}: результат импорта — YAML-файл; укажите имя с расширением .yaml")
    if period is not None:
        try:
            parse_period(period.strip())
        except ValueError:
            raise UsageError(f"--period: ожидается год (2024) или диапазон лет (2024-2025), а не «{period}»") from None
    if output != "-":
        target = Path(output)
        if target.exists() and not target.is_dir() and not force:
            from planctl.errors import OutputError, location

            raise OutputError("файл уже существует; чтобы перезаписать его, добавьте --force", location(target))
    text, warnings, summary = import_docx_to_yaml(source, period=parse_period_option(period))
    for line in warnings + summary:
        typer.echo(f"{source}: {line}", err=True)
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        from planctl.importer.write import write_plan

        write_plan(text, Path(output), force=force, protect=[source])
        typer.echo(f"{source} → {output}" + (f" ({len(warnings)} предупр.)" if warnings else ""), err=True)
