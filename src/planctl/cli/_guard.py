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


def _said(key: str, **fields: object) -> str:
    from planctl import messages
    from planctl.cli._lang import interface_language

    return "planctl: " + messages.text(key, interface_language(), **fields)


def run_guarded(command: Callable[[], object]) -> None:
    """Run the command line; no traceback ever reaches the user."""
    try:
        command()
    except KeyboardInterrupt:
        say(_said("interrupted"))
        sys.exit(130)
    except RecursionError:
        say(_said("input-too-deep"))
        sys.exit(1)
    except MemoryError:
        say(_said("out-of-memory"))
        sys.exit(1)
    except OSError as error:  # standard output on a full disk, or a file no command reported
        from planctl.entry import output_failed

        output_failed(error)
    except Exception as error:  # a bug: say so plainly instead of a traceback
        if os.environ.get("PLANCTL_DEBUG"):
            raise
        say(_said("internal-error", problem=f"{type(error).__name__}: {error}"))
        sys.exit(1)
