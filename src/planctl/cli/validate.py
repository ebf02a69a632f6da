"""`planctl validate`: check plan files for people and for CI."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from planctl.cli._app import app, fail


class Format(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


def _use_color() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


@app.command("validate")
def validate(
    paths: Annotated[
        Optional[list[Path]],
        typer.Argument(help="Plan files or folders (searched recursively). Default: plans/.", show_default=False),
    ] = None,
    format: Annotated[
        Optional[Format],
        typer.Option("--format", "-f", help="text, json, github or sarif. Default: github under GitHub Actions, else text."),
    ] = None,
    jobs: Annotated[
        Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes for many files. Default: the cores.")
    ] = None,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write the report to this file instead of standard output.")
    ] = None,
) -> None:
    """Check plans: YAML, the format, numbering, executors, deadlines and text. Exit 1 on errors."""
    from planctl import formats
    from planctl.check import check_paths
    from planctl.errors import PlanctlError

    chosen = format.value if format else ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    try:
        report = check_paths(paths or [Path("plans")], jobs=jobs)
        if chosen == "text":
            text = formats.format_text(report, color=output is None and _use_color())
        else:
            text = formats.FORMATTERS[chosen](report)
        if output is not None:
            from planctl.atomic import write_text_atomic

            write_text_atomic(output, text)
        else:
            sys.stdout.write(text)
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if chosen == "github" and summary_file:
            try:
                with open(summary_file, "a", encoding="utf-8") as handle:
                    handle.write(formats.github_step_summary(report))
            except OSError as error:
                typer.echo(f"planctl: cannot write the step summary: {error.strerror}", err=True)
    except PlanctlError as error:
        raise fail(error) from None
    raise typer.Exit(1 if report.failed else 0)
