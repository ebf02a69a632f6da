"""`planctl validate`: check plan files for people and for CI."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from planctl.cli._app import app


class Format(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


@app.command("validate")
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Plan files or folders (searched recursively). Default: plans/.", show_default=False),
    ] = None,
    format: Annotated[
        Format | None,
        typer.Option("--format", "-f", help="text, json, github or sarif. Default: github under GitHub Actions, else text."),
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes for many files. Default: the cores.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file instead of standard output.")
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Check every file now: neither read nor keep a report in the result cache."),
    ] = False,
    max_warnings: Annotated[
        int | None, typer.Option("--max-warnings", min=0, help="Exit 1 when there are more warnings than this (for CI).")
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on any warning, as on an error (--max-warnings 0).")] = False,
) -> None:
    """Check plans: YAML, the format, numbering, executors, deadlines and text. Exit 1 on errors.

    The report of unchanged files comes from the result cache (see README); `--no-cache` or
    PLANCTL_NO_CACHE=1 switches it off.
    """
    from planctl.cli._validate_run import run

    code = run(paths, format.value if format else None, jobs, output, no_cache, max_warnings, strict)
    raise typer.Exit(code)
