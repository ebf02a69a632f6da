"""The typer application, the version flag and the one place errors become exit codes."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Annotated, Any

import typer
from typer._click.exceptions import ClickException  # typer vendors its own click
from typer.core import TyperGroup

from planctl import __version__
from planctl.cli._guard import error_line, run_guarded
from planctl.diagnostics import Diagnostic
from planctl.display import shown
from planctl.errors import PlanctlError


class _Commands(TyperGroup):
    """Runs every command inside the one handler that turns a core error (`PlanctlError`)
    into a clean line on stderr and its exit code: commands raise, they never catch.
    Its help and its commands' are in the interface language (`cli._help`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from planctl.cli._help import localize

        localize(self)

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except ClickException as error:  # `planctl --bogus`: click's words in the interface language
            from planctl.cli._help import localize_error

            localize_error(error)
            raise

    def invoke(self, ctx: Any) -> Any:  # click's Context: typer 0.29 vendors click privately
        try:
            return super().invoke(ctx)
        except PlanctlError as error:
            raise fail(error) from None
        except ClickException as error:  # a command's usage error, or no such command
            from planctl.cli._help import localize_error

            localize_error(error)
            raise


app = typer.Typer(
    cls=_Commands,
    name="planctl",
    help="Plans of activities as YAML: validate, see what is due, render DOCX/Markdown, import Word plans.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"planctl {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool | None,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """planctl: a plan compiler for plans of activities."""


def today_in_moscow() -> datetime.date:
    """Today where the ministries are; only the CLI reads the clock."""

    try:
        from zoneinfo import ZoneInfo

        zone: datetime.tzinfo = ZoneInfo("Europe/Moscow")
    except Exception:  # no tz database (e.g. Windows without tzdata): Moscow is UTC+3 all year
        zone = datetime.timezone(datetime.timedelta(hours=3))
    return datetime.datetime.now(zone).date()


def date_option(value: str | None, flag: str) -> datetime.date | None:
    """A YYYY-MM-DD option's date; anything else is a usage error in the interface's language."""
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        from planctl import messages
        from planctl.cli._lang import interface_language
        from planctl.errors import UsageError

        raise UsageError(messages.text("bad-date-option", interface_language(), flag=flag, value=value)) from None


def fail(error: PlanctlError) -> typer.Exit:
    """Print a core error as one clean line on stderr and return the Exit to raise."""
    typer.echo(error_line(error), err=True)
    return typer.Exit(error.exit_code)


def echo_findings(diagnostics: Iterable[Diagnostic]) -> None:
    """Findings that stop a command, one `file:line:col: CODE message` line each, on stderr."""
    for finding in diagnostics:
        typer.echo(shown(str(finding)), err=True)


def main() -> None:
    """Console entry point: no traceback ever reaches the user."""
    run_guarded(app)
