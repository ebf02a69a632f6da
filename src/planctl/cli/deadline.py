"""`planctl deadline`: how one deadline phrase is read, and why each due date is what it is."""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated

import typer

from planctl.cli._app import app, date_option, fail, today_in_moscow
from planctl.cli._choices import ShiftChoice
from planctl.errors import UsageError

#: The office-work rule: a day off moves the due date back.
PREVIOUS = ShiftChoice("previous")


class Lang(str, Enum):
    ru = "ru"
    uk = "uk"



@app.command("deadline")
def deadline(
    phrase: Annotated[str, typer.Argument(help="The deadline as written, e.g. «ежегодно до 1 октября».")],
    period: Annotated[
        str | None, typer.Option("--period", "-p", help="The plan period: 2024, 2024-2025 or 2024-01-01..2024-06-30. Default: this year.")
    ] = None,
    lang: Annotated[Lang, typer.Option("--lang", "-l", help="Language of the phrase.")] = Lang.ru,
    approved: Annotated[
        str | None, typer.Option("--approved", help="Approval date YYYY-MM-DD, for terms counted from it.")
    ] = None,
    shift: Annotated[ShiftChoice, typer.Option("--shift", help="A day off moves the due date to the previous or next working day, or not at all.")] = PREVIOUS,
    as_json: Annotated[bool, typer.Option("--json", help="Print the reading as JSON.")] = False,
) -> None:
    """Explain how a deadline phrase is read: kind, parts and dated occurrences."""
    from planctl.deadlines import WorkCalendar, in_period, read_phrase, schedule
    from planctl.deadlines.explain import moved_text
    from planctl.deadlines.reading import slips_read
    from planctl.languages import country_of
    from planctl.period import Period, parse_period

    try:
        span = parse_period(period) if period else Period.years(today_in_moscow().year)
    except ValueError:
        raise fail(UsageError(f"--period: ожидается 2024, 2024-2025 или 2024-01-01..2024-06-30, а не «{period}»")) from None
    approval = date_option(approved or None, "--approved")
    reading = in_period(read_phrase(phrase, lang.value), span, lang.value)
    calendar = WorkCalendar(country_of(lang.value))
    occurrences = schedule(reading, span, approval_date=approval, shift=shift.value, calendar=calendar)
    slips = slips_read(phrase, lang.value)
    if as_json:
        data = reading.to_json()
        if slips:
            data["slips"] = [{"wrong": s.wrong, "right": s.right} for s in slips]  # only when there are, like remarks
        data["period"] = str(span)
        data["occurrences"] = [o.to_json(moved_text(o.moved, lang.value)) for o in occurrences]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from planctl.deadlines.explain import describe_rule, texts

    words = texts(lang.value)
    kinds, parts = words["kinds"], words["parts"]
    typer.echo(words["show_phrase"].format(phrase=" ".join(reading.phrase.split())))
    typer.echo(words["show_kind"].format(kind=reading.kind, title=kinds[reading.kind], period=span))
    if not reading.recognized:
        reason = reading.reason or ""
        reason = reason if reason.endswith(("?", "!", ".")) else f"{reason}."  # one end of sentence, not «?.»
        typer.echo(words["show_unknown"].format(reason=reason))
    for slip in slips:
        typer.echo(words["show_slip"].format(wrong=slip.wrong, right=slip.right))
    for remark in reading.remarks:
        typer.echo(words["show_remark"].format(remark=remark))
    for part in reading.parts:
        described = part.reason or describe_rule(part, lang.value)
        typer.echo(
            words["show_part"].format(
                part=parts[part.part],
                text=" ".join(part.text.split()),
                kind=part.kind,
                title=kinds[part.kind],
                detail=f" — {described}" if described else "",
            )
        )
    if not occurrences:
        if reading.kind == "relative" and approval is None and not reading.parts[0].rule.from_other_event:
            typer.echo(words["show_no_approval"])
        elif reading.recognized:
            typer.echo(words["show_no_dates"])
        return
    typer.echo(words["show_dates"])
    for o in occurrences:
        line = words["show_occurrence"].format(
            label=o.label,
            part=parts[o.part],
            date=f"{o.date:%d.%m.%Y}",
            due=f"{o.due:%d.%m.%Y}",
            outside="" if o.date in span else words["show_outside"],
        )
        moved = moved_text(o.moved, lang.value)
        typer.echo(line + (f"  ({moved})" if moved else ""))
