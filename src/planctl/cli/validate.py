"""`planctl validate`: check plan files for people and for CI."""

from __future__ import annotations

import os
import sys
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
    from planctl import cache, formats, messages
    from planctl.check import check_paths
    from planctl.cli._lang import interface_language
    from planctl.diagnostics import Severity
    from planctl.terminal import use_color

    chosen = format.value if format else ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    report = check_paths(paths or [Path("plans")], jobs=jobs)
    for skipped in report.skipped:
        keys = ", ".join(skipped.keys[:4]) + (", …" if len(skipped.keys) > 4 else "")
        typer.echo("planctl: " + messages.text("skipped-not-a-plan", interface_language(), path=skipped.path, keys=keys), err=True)
    color = chosen == "text" and output is None and use_color()
    lang = interface_language()
    if chosen == "text":
        text = formats.format_text(report, color=color, lang=lang)
    elif chosen == "github":
        text = formats.format_github(report, lang)
    else:
        text = formats.FORMATTERS[chosen](report)
    if output is not None:
        from planctl.atomic import write_text_atomic

        # the report must never replace a plan it checked (`-o p.yaml`, a link to one)
        write_text_atomic(output, text, protect=[file.path for file in report.files])
    else:
        sys.stdout.write(text)
        if not no_cache and not report.skipped:  # a cached answer would drop the notes
            checked = {file.path: file.digest for file in report.files}
            cache.remember(chosen, color, 1 if report.failed else 0, text, checked)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if chosen == "github" and summary_file:
        try:
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(formats.github_step_summary(report, lang))
        except OSError as error:
            typer.echo(f"planctl: cannot write the step summary: {error.strerror}", err=True)
    allowed = 0 if strict else max_warnings
    warnings = report.count(Severity.WARNING)
    if allowed is not None and warnings > allowed and not report.failed:
        option = "--strict" if strict else f"--max-warnings {allowed}"
        typer.echo("planctl: " + messages.text("too-many-warnings", interface_language(), count=warnings, allowed=allowed, option=option), err=True)
    raise typer.Exit(1 if report.failed or (allowed is not None and warnings > allowed) else 0)
