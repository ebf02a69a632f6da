"""What `planctl validate` does once its arguments are read, without typer.

The typer command (`cli/validate.py`) and the console entry's fast path (`cli/_fast.py`)
both call `run`, so a report, a message and an exit code are the same whichever read the
command line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from planctl.cli._guard import say

#: The report formats, in the order `--help` names them.
FORMATS = ("text", "json", "github", "sarif")


def run(
    paths: list[Path] | None,
    format: str | None,
    jobs: int | None,
    output: Path | None,
    no_cache: bool,
    max_warnings: int | None,
    strict: bool,
) -> int:
    """Check the plans, write the report, return the exit code (core errors propagate)."""
    given = dict(locals())  # every parameter of the command: the result cache judges each one
    from planctl import cache, formats, messages
    from planctl.check import check_paths
    from planctl.cli._lang import interface_language
    from planctl.diagnostics import Severity
    from planctl.terminal import use_color

    chosen = format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    report = check_paths(paths or [Path("plans")], jobs=jobs)
    lang = interface_language()
    for skipped in report.skipped:
        keys = ", ".join(skipped.keys[:4]) + (", …" if len(skipped.keys) > 4 else "")
        say("planctl: " + messages.text("skipped-not-a-plan", lang, path=skipped.path, keys=keys))
    color = chosen == "text" and output is None and use_color()
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
            options = {name: value for name, value in given.items() if name not in ("paths", "format")}
            request = cache.request_for_run([str(path) for path in paths or []], chosen, color, options)
            if request is not None:
                cache.remember(request, 1 if report.failed else 0, text, checked)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if chosen == "github" and summary_file:
        try:
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(formats.github_step_summary(report, lang))
        except OSError as error:
            say(f"planctl: cannot write the step summary: {error.strerror}")
    allowed = 0 if strict else max_warnings
    warnings = report.count(Severity.WARNING)
    if allowed is not None and warnings > allowed and not report.failed:
        option = "--strict" if strict else f"--max-warnings {allowed}"
        say("planctl: " + messages.text("too-many-warnings", lang, count=warnings, allowed=allowed, option=option))
    return 1 if report.failed or (allowed is not None and warnings > allowed) else 0
