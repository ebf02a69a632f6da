"""Due lists as text for programs and inboxes: JSON, Markdown and iCalendar.

The rich terminal table lives in the CLI; these are plain functions of the entries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence
from pathlib import PurePath

from planctl.deadlines.explain import texts
from planctl.due.schedule import Entry
from planctl.due.windows import Window

STATE_TITLES = {
    "overdue": "Просрочено",
    "due": "К исполнению",
    "upcoming": "Предстоит",
    "done": "Выполнено",
}
#: Due lists are for a coordinator who reads Russian, whatever the language of each plan.
PART_TITLES = texts("ru")["parts"]


def by_state(entries: Sequence[Entry]) -> list[tuple[str, str, list[Entry]]]:
    """(state, its title, its entries) for each state that has any, overdue first: how every
    due list groups its rows."""
    groups = ((state, title, [e for e in entries if e.state == state]) for state, title in STATE_TITLES.items())
    return [group for group in groups if group[2]]


#: One encoder for every entry: `json.dumps` with options builds a new one per call.
#: No `indent=`, which would switch to the slow pure-Python encoder.
_JSON = json.JSONEncoder(ensure_ascii=False)


def entry_json(entry: Entry) -> bytes:
    """One entry as one line of UTF-8 JSON.

    Bytes, not text: a worker encodes once, the bytes cross the process pool as they are,
    and the list goes to standard output without being decoded and encoded again.
    """
    return _JSON.encode(entry.to_json()).encode("utf-8")


def json_list(lines: Sequence[bytes]) -> bytes:
    """A JSON list written one entry per line."""
    return b"".join(json_chunks(lines))


def json_chunks(lines: Sequence[bytes], per_chunk: int = 1000) -> Iterator[bytes]:
    """`json_list` in pieces of `per_chunk` entries, so a long list is written as it goes."""
    if not lines:
        yield b"[]\n"
        return
    for start in range(0, len(lines), per_chunk):
        yield (b"[\n" if start == 0 else b",\n") + b",\n".join(lines[start : start + per_chunk])
    yield b"\n]\n"


def _cell(text: str | None) -> str:
    """A Markdown table cell: pipes escaped, line breaks kept as <br>."""
    if not text:
        return ""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "\n").replace("\n", "<br>")


def _date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def to_markdown(entries: Sequence[Entry], window: Window, as_of: dt.date) -> str:
    """One table per state, overdue first: fit for a pull-request comment or a weekly e-mail."""
    lines = [f"## Сроки: {window.start:%d.%m.%Y} – {window.end:%d.%m.%Y} (на {as_of:%d.%m.%Y})", ""]
    if not entries:
        lines.append("Нет мероприятий с такими сроками.")
        return "\n".join(lines) + "\n"
    for _, title, group in by_state(entries):
        lines += [f"### {title} ({len(group)})", ""]
        lines += ["| Срок | № | Мероприятие | Исполнители | Что | Период | Файл |", "|---|---|---|---|---|---|---|"]
        for e in group:
            due = _date(e.due) + (f" ({_date(e.date)})" if e.due != e.date else "")
            lines.append(
                "| "
                + " | ".join(
                    [
                        due,
                        _cell(e.number),
                        _cell(e.title),
                        _cell("; ".join(e.executors)),
                        PART_TITLES.get(e.part, e.part),
                        e.label,
                        _cell(PurePath(e.file).name),
                    ]
                )
                + " |"
            )
        lines.append("")
    return "\n".join(lines)


def uid(entry: Entry) -> str:
    """Stable across runs, so re-importing the calendar updates tasks instead of duplicating them."""
    key = "\x1f".join([PurePath(entry.file).as_posix(), entry.number or entry.title, entry.part, entry.label])
    return hashlib.sha1(key.encode("utf-8")).hexdigest() + "@planctl"


def to_ics(entries: Sequence[Entry], stamp: dt.datetime) -> str:
    """One VTODO per occurrence with an all-day DUE; `stamp` is injected for reproducible output."""
    from icalendar import Calendar, Todo

    cal = Calendar()
    cal.add("prodid", "-//planctl//planctl//RU")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "planctl: сроки мероприятий")
    for e in entries:
        todo = Todo()
        todo.add("uid", uid(e))
        todo.add("dtstamp", stamp)
        title = f"{e.number}. {e.title}" if e.number else e.title
        if e.part == "report":
            title = f"Отчёт: {title}"
        todo.add("summary", title)
        todo.add("due", e.due)
        details = [f"Срок в плане: {e.deadline}" if e.deadline else "", f"Период: {e.label}"]
        if e.executors:
            details.append("Исполнители: " + "; ".join(e.executors))
        if e.moved:
            details.append(e.moved)
        details.append(f"Файл: {PurePath(e.file).as_posix()}")
        todo.add("description", "\n".join(d for d in details if d))
        if e.state == "done":
            todo.add("status", "COMPLETED")
        else:
            todo.add("status", "NEEDS-ACTION")
        if e.executors:
            todo.add("categories", list(e.executors))
        cal.add_component(todo)
    ical: bytes = cal.to_ical()
    return ical.decode("utf-8")
