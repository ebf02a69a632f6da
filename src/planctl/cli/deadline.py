"""`planctl deadline`: how one deadline phrase is read, and why each due date is what it is."""

from __future__ import annotations

import datetime as dt
import json
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from planctl.cli._app import app, fail, today_in_moscow
from planctl.cli._choices import ShiftChoice
from planctl.errors import UsageError

if TYPE_CHECKING:
    from planctl.deadlines import PartSpec

KIND_TITLES = {
    "date": "дата",
    "period": "период",
    "throughout": "в течение периода",
    "recurring": "периодически",
    "continuous": "постоянно",
    "on_demand": "по мере необходимости",
    "relative": "от даты утверждения",
    "unknown": "не распознан",
}
PART_TITLES = {"work": "исполнение", "report": "отчёт"}


class Lang(str, Enum):
    ru = "ru"
    uk = "uk"



@app.command("deadline")
def deadline(
    phrase: Annotated[str, typer.Argument(help="The deadline as written, e.g. «ежегодно до 1 октября».")],
    period: Annotated[
        Optional[str], typer.Option("--period", "-p", help="The plan period: 2024, 2024-2025 or 2024-01-01..2024-06-30. Default: this year.")
    ] = None,
    lang: Annotated[Lang, typer.Option("--lang", "-l", help="Language of the phrase.")] = Lang.ru,
    approved: Annotated[
        Optional[str], typer.Option("--approved", help="Approval date YYYY-MM-DD, for terms counted from it.")
    ] = None,
    shift: Annotated[ShiftChoice, typer.Option("--shift", help="A day off moves the due date to the previous or next working day, or not at all.")] = ShiftChoice.previous,
    as_json: Annotated[bool, typer.Option("--json", help="Print the reading as JSON.")] = False,
) -> None:
    """Explain how a deadline phrase is read: kind, parts and dated occurrences."""
    from planctl.deadlines import WorkCalendar, read_phrase, schedule
    from planctl.period import Period, parse_period

    try:
        span = parse_period(period) if period else Period.years(today_in_moscow().year)
    except ValueError:
        raise fail(UsageError(f"--period: ожидается 2024, 2024-2025 или 2024-01-01..2024-06-30, а не «{period}»")) from None
    approval: Optional[dt.date] = None
    if approved:
        try:
            approval = dt.date.fromisoformat(approved)
        except ValueError:
            raise fail(UsageError(f"--approved: ожидается дата ГГГГ-ММ-ДД, а не «{approved}»")) from None
    reading = read_phrase(phrase, lang.value)
    calendar = WorkCalendar("UA" if lang is Lang.uk else "RU")
    occurrences = schedule(reading, span, approval_date=approval, shift=shift.value, calendar=calendar)
    if as_json:
        data = {
            "phrase": reading.phrase,
            "kind": reading.kind,
            "recognized": reading.recognized,
            "reason": reading.reason,
            "period": str(span),
            "parts": [
                {"part": p.part, "kind": p.kind, "text": p.text, "rule": p.rule.to_json(), "reason": p.reason} for p in reading.parts
            ],
            "occurrences": [
                {"part": o.part, "label": o.label, "date": o.date.isoformat(), "due": o.due.isoformat(), "moved": o.moved}
                for o in occurrences
            ],
        }
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    typer.echo(f"Срок: «{' '.join(reading.phrase.split())}»")
    typer.echo(f"Вид: {reading.kind} ({KIND_TITLES[reading.kind]}); период плана: {span}")
    if not reading.recognized:
        typer.echo(f"Не распознан: {reading.reason}. Укажите дату в поле due или перепишите срок.")
    for part in reading.parts:
        detail = f" — {part.reason}" if part.reason else f" — {describe_rule(part)}" if describe_rule(part) else ""
        typer.echo(f"  {PART_TITLES[part.part]}: «{' '.join(part.text.split())}» → {part.kind} ({KIND_TITLES[part.kind]}){detail}")
    if not occurrences:
        if reading.kind == "relative" and approval is None:
            typer.echo("Сроков нет: укажите дату утверждения (--approved), от неё отсчитывается срок.")
        elif reading.recognized:
            typer.echo("Датированных сроков в периоде нет (такой срок не бывает просрочен).")
        return
    typer.echo("Сроки:")
    for o in occurrences:
        outside = "" if o.date in span else "  [вне периода плана]"
        line = f"  {o.label:<12} {PART_TITLES[o.part]:<10} дата {o.date:%d.%m.%Y}, срок {o.due:%d.%m.%Y}{outside}"
        typer.echo(line + (f"  ({o.moved})" if o.moved else ""))


MONTHS_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря")
MONTHS_NOMINATIVE = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь")
ROMAN = ("", "I", "II", "III", "IV")
EVERY_TITLES = {"year": "ежегодно", "half": "раз в полугодие", "quarter": "ежеквартально", "month": "ежемесячно"}
PERIOD_TITLES = {"year": "год", "half": "полугодие", "quarter": "квартал", "month": "месяц"}


def _day(day: int, month: int, year: Optional[int]) -> str:
    return f"{day} {MONTHS_GENITIVE[month - 1]}" + (f" {year} г." if year else " (каждого года плана)")


def describe_rule(part: "PartSpec") -> str:
    """The rule of one part in words, so a reader can check the reading against the phrase."""
    rule = part.rule
    if part.kind == "date":
        return "; ".join(_day(d.day, d.month, d.year) for d in rule.days)
    if part.kind == "period":
        names = []
        for p in rule.periods:
            year = f" {p.year} г." if p.year else ""
            if p.unit == "year":
                names.append(f"{p.year} год")
            elif p.unit == "month":
                names.append(f"{MONTHS_NOMINATIVE[p.index - 1]}{year}")
            elif p.unit == "decade":
                names.append(f"{ROMAN[p.index]} декада {MONTHS_GENITIVE[p.month - 1]}{year}")
            else:
                names.append(f"{ROMAN[p.index]} {PERIOD_TITLES[p.unit]}{year}")
        return "последний день периода: " + ", ".join(names)
    if part.kind == "throughout":
        years = ", ".join(map(str, rule.years)) if rule.years else "каждого года плана"
        return f"до конца года: {years}"
    if part.kind == "recurring" and rule.every:
        text = EVERY_TITLES[rule.every]
        if rule.days:
            text += ", к " + ", ".join(f"{d.day} {MONTHS_GENITIVE[d.month - 1]}" for d in rule.days)
            if rule.next_period:
                text += " следующего года"
        elif rule.day_of_month:
            after = rule.next_period or rule.every != "month"
            text += f", к {rule.day_of_month}-му числу " + ("месяца после отчетного периода" if after else "того же месяца")
        elif rule.next_period:
            text += ", к концу месяца после отчетного периода"
        else:
            text += ", к последнему дню отчетного периода"
        if rule.years:
            text += " (годы: " + ", ".join(map(str, rule.years)) + ")"
        return text
    if part.kind == "relative":
        unit = "мес." if rule.count_unit == "month" else "рабочих дн." if rule.working_days else "календарных дн."
        return f"{rule.count} {unit} от даты утверждения плана"
    return ""
