"""The console entry point: answers `--version` before loading the CLI stack.

Loading typer costs several times Python's own start-up; a version check in a
script or CI step should not pay for it.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from planctl import __version__

        sys.stdout.write(f"planctl {__version__}\n")
        return
    from planctl.cli import main as cli_main

    cli_main()
