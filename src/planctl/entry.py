"""The console entry point: answers what it can before loading the CLI stack.

Loading typer, pydantic and the YAML parser costs twenty times Python's own start-up;
a version check, or a validate whose report is in the result cache, should not pay for it.
"""

from __future__ import annotations

import contextlib
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:  # `typing` itself is too dear to import on the cached path
    from typing import NoReturn


def main() -> None:
    try:
        try:
            _run()
        finally:
            sys.stdout.flush()  # here, where a full disk is a message, not at exit, where it is a traceback
    except OSError as error:
        output_failed(error)


def output_failed(error: OSError) -> NoReturn:
    """An OSError no command turned into a message, in practice standard output on a full
    disk or a closed pipe: one line on stderr (none for a reader that has gone), exit 1.

    Standard output then points at /dev/null, so the interpreter's last flush cannot fail again.
    """
    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if not isinstance(error, BrokenPipeError):
        from planctl.atomic import describe
        from planctl.display import shown

        where = f"{shown(str(error.filename))}: " if error.filename else "не удалось вывести результат: "
        with contextlib.suppress(OSError):
            sys.stderr.write(f"planctl: {where}{describe(error)}\n")
    sys.exit(1)


def _run() -> None:
    # pydantic looks for plugins (observability hooks) in every installed distribution's
    # entry points before it builds the first model: a scan of site-packages that a
    # command-line tool pays on every run and never uses. Left to the user if set.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if sys.argv[1:] in (["--version"], ["-V"]):
        from planctl import __version__

        sys.stdout.write(f"planctl {__version__}\n")
        return
    if sys.argv[1:2] == ["validate"]:
        _cached_validate(sys.argv[2:])
        _fast_validate(sys.argv[2:])
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
    sys.stdout.write(report)  # a full disk or a closed pipe: `main` says so
    sys.exit(code)


def _fast_validate(argv: list[str]) -> None:
    """Run validate without loading typer, when its command line is plain; ends as the
    typer application would (`typer.core`'s main, then `cli._app`'s one handler)."""
    from planctl.cli import _fast

    arguments = _fast.validate_arguments(argv)
    if arguments is None:
        return
    from planctl.cli._guard import error_line, run_guarded, say
    from planctl.cli._validate_run import run
    from planctl.errors import PlanctlError

    def command() -> None:
        try:
            code = run(**arguments)  # type: ignore[arg-type]
        except PlanctlError as error:
            say(error_line(error))
            code = error.exit_code
        except KeyboardInterrupt:  # as click ends it
            code = 130
        except EOFError:
            say("")
            say("Aborted!")
            code = 1
        sys.exit(code)

    run_guarded(command)
