"""The last word on an error no command turned into a message: one line and an exit code,
never a traceback. Shared by the typer application and the console entry's fast path,
so both end alike; it imports neither typer nor click.
"""

from __future__ import annotations

import os
import sys

from planctl.display import shown
from planctl.errors import PlanctlError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable


def say(line: str) -> None:
    """One line on stderr, as `typer.echo(line, err=True)` writes it."""
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def error_line(error: PlanctlError) -> str:
    """A core error as the one clean line the user sees."""
    return shown(f"planctl: {error}")


def run_guarded(command: Callable[[], object]) -> None:
    """Run the command line; no traceback ever reaches the user."""
    try:
        command()
    except KeyboardInterrupt:
        say("planctl: interrupted")
        sys.exit(130)
    except RecursionError:
        say("planctl: input is nested too deeply")
        sys.exit(1)
    except MemoryError:
        say("planctl: out of memory; the input is too large")
        sys.exit(1)
    except OSError as error:  # standard output on a full disk, or a file no command reported
        from planctl.entry import output_failed

        output_failed(error)
    except Exception as error:  # a bug: say so plainly instead of a traceback
        if os.environ.get("PLANCTL_DEBUG"):
            raise
        say(
            f"planctl: internal error ({type(error).__name__}: {error}); "
            "please report it, and run with PLANCTL_DEBUG=1 to see the details"
        )
        sys.exit(1)
