"""`planctl fix`: rewrite the fixable findings of plan files in place, or show the change with `--diff`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from planctl.cli._app import app, echo_findings


@app.command("fix")
def fix(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Plan files or folders (searched recursively). Default: plans/.", show_default=False),
    ] = None,
    diff: Annotated[bool, typer.Option("--diff", help="Show what would change as a unified diff; write nothing.")] = False,
) -> None:
    """Fix misspelled deadlines, trailing spaces and misplaced no-break spaces, keeping comments and layout.

    Exit 0 when done; with `--diff`, exit 1 when there is something to fix (for CI).
    Plans that do not load are left alone and reported (exit 1).
    """
    from planctl.atomic import write_text_atomic
    from planctl.discover import discover
    from planctl.lint.fixes import fix_text, says
    from planctl.load import load_file

    files = discover(paths or [Path("plans")]).files
    pending = broken = False
    for path in files:
        loaded = load_file(path)
        if loaded.document is None:
            echo_findings(loaded.diagnostics)
            typer.echo(says("not_loaded", "ru", file=path), err=True)
            broken = True
            continue
        lang = loaded.document.plan.language
        fixed = fix_text(loaded.document.text, str(path), lang)
        if not fixed.changed:
            typer.echo(says("nothing", lang, file=path))
            continue
        what = ", ".join(f"{code} ×{count}" for code, count in sorted(fixed.counts.items()))
        count = sum(fixed.counts.values())
        if diff:
            typer.echo(fixed.diff(), nl=False)
            typer.echo(says("would_fix", lang, file=path, count=count, what=what), err=True)
            pending = True
        else:
            write_text_atomic(path, fixed.after)
            typer.echo(says("fixed", lang, file=path, count=count, what=what))
    if broken or pending:
        raise typer.Exit(1)
