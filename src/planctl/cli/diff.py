"""`planctl diff`: what changed between two versions of a plan, for a reviewer."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from planctl.cli._app import app, echo_findings
from planctl.cli._lang import interface_language
from planctl.errors import UsageError


class DiffFormat(str, Enum):
    text = "text"
    md = "md"
    json = "json"


@app.command("diff")
def diff(
    old: Annotated[Path, typer.Argument(help="The old version of the plan (with --rev: the plan file itself).", show_default=False)],
    new: Annotated[
        Path | None, typer.Argument(help="The new version of the plan; not with --rev.", show_default=False)
    ] = None,
    rev: Annotated[
        str | None,
        typer.Option("--rev", "-r", help="Compare the plan file with its version at this git revision (e.g. origin/main)."),
    ] = None,
    format: Annotated[DiffFormat, typer.Option("--format", "-f", help="text, md (for a pull request) or json.")] = DiffFormat.text,
    exit_code: Annotated[bool, typer.Option("--exit-code", help="Exit 1 when there are changes, like git diff.")] = False,
) -> None:
    """Show what changed between two versions of a plan: items, executors, deadlines and their due dates."""
    from planctl import messages, plandiff
    from planctl.load import PlanInvalid, load_plan

    ui = interface_language()
    if (rev is None) == (new is None):
        raise UsageError(messages.text("diff-two-files", ui))
    for path in (old, new):
        if path is not None and not os.path.isfile(path):
            raise UsageError(f"{path}: {_not_a_file(path, ui)}")
    try:
        if rev is not None:
            before, after = plandiff.load_revision(old, rev, ui), load_plan(old)
        else:
            assert new is not None
            before, after = load_plan(old), load_plan(new)
        result = plandiff.diff_documents(before, after)
    except PlanInvalid as error:
        echo_findings(error.diagnostics)
        raise typer.Exit(1) from None
    sys.stdout.write(plandiff.render(result, format.value))
    if exit_code and result.changed:
        raise typer.Exit(1)


def _not_a_file(path: Path, lang: str) -> str:
    """Why `path` is not a plan file to compare: missing, a folder, a pipe or device, a link loop."""
    import stat

    from planctl import messages

    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if os.path.islink(path):
            return messages.text("path-dangling-link", lang, reason=error.strerror)
        if isinstance(error, FileNotFoundError):
            return messages.text("path-missing", lang)
        return messages.text("file-unreadable", lang, reason=error.strerror)
    if stat.S_ISDIR(mode):
        return messages.text("path-folder", lang)
    return messages.text("path-special", lang)
