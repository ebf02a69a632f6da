"""`planctl due`: what is due in a quarter, month or date range, and what is overdue."""

from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from planctl.cli._app import app, date_option, echo_findings, today_in_moscow
from planctl.cli._choices import ShiftChoice
from planctl.cli._lang import interface_language
from planctl.errors import UsageError

if TYPE_CHECKING:
    from planctl.due.schedule import Entry
    from planctl.due.windows import Window


class IcsKind(str, Enum):
    event = "event"
    todo = "todo"


class DueFormat(str, Enum):
    table = "table"
    json = "json"
    md = "md"
    ics = "ics"



@app.command("due")
def due(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Plan files or folders. Default: plans/.", show_default=False)
    ] = None,
    quarter: Annotated[int | None, typer.Option("--quarter", "-q", help="Quarter 1–4 of --year.")] = None,
    month: Annotated[int | None, typer.Option("--month", "-m", help="Month 1–12 of --year.")] = None,
    from_: Annotated[str | None, typer.Option("--from", help="Window start, YYYY-MM-DD (with --to).")] = None,
    to: Annotated[str | None, typer.Option("--to", help="Window end, YYYY-MM-DD (with --from).")] = None,
    year: Annotated[int | None, typer.Option("--year", "-y", help="Year of --quarter/--month. Default: year of --as-of.")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="The day to judge overdue by, YYYY-MM-DD. Default: today (Moscow).")
    ] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only overdue occurrences.")] = False,
    executor: Annotated[str | None, typer.Option("--executor", "-e", help="Only items whose executors contain this text.")] = None,
    format: Annotated[DueFormat, typer.Option("--format", "-f", help="table, json, md or ics.")] = DueFormat.table,
    shift: Annotated[
        ShiftChoice | None,
        typer.Option("--shift", help="Deadline on a day off moves to the previous (office rule), next, or none. Default: the plan's."),
    ] = None,
    ics_kind: Annotated[
        IcsKind, typer.Option("--ics-kind", help="ics: all-day events with a reminder (event) or tasks (todo).")
    ] = IcsKind.event,
    fail_on_overdue: Annotated[bool, typer.Option("--fail-on-overdue", help="Exit 1 when anything is overdue (for CI).")] = False,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes for many files. Default: the cores.")
    ] = None,
) -> None:
    """List occurrences due in a window (default: the current quarter) and everything overdue."""
    from planctl import messages
    from planctl.due import DueQuery, collect_due
    from planctl.due import formats as agenda
    from planctl.due.windows import checked_year, month_window, quarter_window, range_window

    ui = interface_language()
    day = date_option(as_of, "--as-of") or today_in_moscow()
    start, end = date_option(from_, "--from"), date_option(to, "--to")
    chosen = sum(x is not None for x in (quarter, month)) + (start is not None or end is not None)
    if chosen > 1:
        raise UsageError(messages.text("one-window", ui))
    if (start is None) != (end is None):
        raise UsageError(messages.text("from-to-together", ui))
    window_year = year if year is not None else day.year
    checked_year(window_year, ui)
    if start is not None and end is not None:
        window = range_window(start, end, ui)
    elif month is not None:
        window = month_window(window_year, month, ui)
    else:
        window = quarter_window(window_year, quarter if quarter is not None else (day.month - 1) // 3 + 1, ui)
    query = DueQuery(window, day, overdue_only=overdue, executor=executor, shift=shift.value if shift else None)
    encode = agenda.entry_json if format is DueFormat.json else None
    report = collect_due(paths or [Path("plans")], query, jobs=jobs, encode=encode)

    echo_findings(report.problems)
    entries = report.entries
    lang = agenda.list_language(report.languages, ui)
    if format is DueFormat.json:
        sys.stdout.flush()
        for chunk in agenda.json_chunks(report.encoded):  # written as it goes, never joined whole
            sys.stdout.buffer.write(chunk)
    elif format is DueFormat.md:
        sys.stdout.write(agenda.to_markdown(entries, window, day, lang))
    elif format is DueFormat.ics:
        stamp = dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.timezone.utc)
        sys.stdout.write(agenda.to_ics(entries, stamp, kind=ics_kind.value, lang=lang))
    else:
        _print_table(entries, window, day, lang)
    if report.problems or (fail_on_overdue and report.overdue):
        raise typer.Exit(1)


def _print_table(entries: list[Entry], window: Window, day: dt.date, lang: str) -> None:
    from rich.table import Table
    from rich.text import Text

    from planctl.cli._console import fill_width, make_console
    from planctl.due.formats import activity, by_state, words

    said = words(lang)
    columns = said["columns"]
    console = make_console()  # a pipe gets whole titles, not a table cut at 80 columns
    console.print(said["heading"].format(start=f"{window.start:%d.%m.%Y}", end=f"{window.end:%d.%m.%Y}", as_of=f"{day:%d.%m.%Y}"))
    if not entries:
        console.print(said["nothing"])
        return
    styles = {"overdue": "bold red", "due": "yellow", "upcoming": "cyan", "done": "green"}
    moved_any = False
    for state, title, group in by_state(entries, lang):
        # the title on a line of its own: as a table title rich pads it to the table's width,
        # which in a pipe is the longest title's, so every line would end in spaces
        console.print(Text(f"{title}: {len(group)}", style=styles[state]))
        table = Table(expand=fill_width(console))
        table.add_column(columns["due"], no_wrap=True)
        table.add_column(columns["number"], no_wrap=True)
        table.add_column(columns["activity"], ratio=3, min_width=24)
        table.add_column(columns["executors"], ratio=2, min_width=14)
        table.add_column(columns["period"], no_wrap=True)
        for e in group:
            due = f"{e.due:%d.%m.%Y}" + ("*" if e.due != e.date else "")
            moved_any = moved_any or e.due != e.date
            text = Text(activity(e))
            text.append(f"\n{Path(e.file).name}", style="dim")
            table.add_row(due, e.number or "", text, "\n".join(e.executors), e.label)
        console.print(table)
    if moved_any:
        console.print(said["moved_note"])
