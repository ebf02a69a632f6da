"""The console entry point: answers what it can before loading the CLI stack.

Loading typer, pydantic and the YAML parser costs twenty times Python's own start-up;
a version check, or a validate whose report is in the result cache, should not pay for it.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from planctl import __version__

        sys.stdout.write(f"planctl {__version__}\n")
        return
    if sys.argv[1:2] == ["validate"]:
        _cached_validate(sys.argv[2:])
    from planctl.cli import main as cli_main

    cli_main()


def _cached_validate(argv: list[str]) -> None:
    """Print the cached report and exit, or note the request so the command stores its report."""
    from planctl import cache

    request = cache.request_from_argv(argv)
    if request is None:
        return
    hit = request.lookup()
    if hit is None:
        cache.pending = request
        return
    code, report = hit
    try:
        sys.stdout.write(report)
        sys.stdout.flush()
    except BrokenPipeError:  # `planctl validate | head`: the reader has gone, as in the full path
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(code)
