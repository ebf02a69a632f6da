"""Due lists as text for programs and inboxes: JSON, Markdown and iCalendar.

The rich terminal table lives in the CLI; these are plain functions of the entries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import PurePath
from typing import Any

from planctl.deadlines.explain import texts
from planctl.due.schedule import Entry, calendar_for_language
from planctl.due.windows import Window
from planctl.yamlio import package_data

ICS_KINDS = ("event", "todo")
#: A calendar reminder comes this many working days (by the plan's production calendar) before the due day.
REMIND_WORKING_DAYS = 3


def words(lang: str) -> Mapping[str, Any]:
    """The due-list words of `lang` (due/words.yaml); Russian for a language it does not have."""
    table: Mapping[str, Mapping[str, Any]] = package_data("planctl.due", "words.yaml")
    return table.get(lang) or table["ru"]


def list_language(languages: Iterable[str], fallback: str) -> str:
    """The language a whole list is worded in: the plans' one language, else `fallback` (the interface's)."""
    found = set(languages)
    return found.pop() if len(found) == 1 else fallback


def by_state(entries: Sequence[Entry], lang: str = "ru") -> list[tuple[str, str, list[Entry]]]:
    """(state, its title, its entries) for each state that has any, overdue first: how every
    due list groups its rows."""
    titles: Mapping[str, str] = words(lang)["states"]
    groups = ((state, title, [e for e in entries if e.state == state]) for state, title in titles.items())
    return [group for group in groups if group[2]]


def activity(entry: Entry) -> str:
    """The item's title as a due list names it: a report part says so, in the plan's words."""
    if entry.part == "report":
        return str(words(entry.language)["report"]).format(title=entry.title)
    return entry.title


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


def to_markdown(entries: Sequence[Entry], window: Window, as_of: dt.date, lang: str = "ru") -> str:
    """One table per state, overdue first: fit for a pull-request comment or a weekly e-mail."""
    said = words(lang)
    heading = str(said["md_heading"]).format(start=_date(window.start), end=_date(window.end), as_of=_date(as_of))
    lines = [heading, ""]
    if not entries:
        lines.append(said["nothing"])
        return "\n".join(lines) + "\n"
    columns: Mapping[str, str] = said["columns"]
    header = [columns[key] for key in ("due", "number", "activity", "executors", "part", "period", "file")]
    parts = texts(lang)["parts"]
    for _, title, group in by_state(entries, lang):
        lines += [f"### {title} ({len(group)})", ""]
        lines += ["| " + " | ".join(header) + " |", "|---|---|---|---|---|---|---|"]
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
                        parts.get(e.part, e.part),
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


def summary(entry: Entry) -> str:
    """What a calendar shows on the day: the item's number and title."""
    title = activity(entry)
    return f"{entry.number}. {title}" if entry.number else title


def description(entry: Entry) -> str:
    """The plan, the item, the deadline as written, the executors and the state, in the plan's words."""
    said: Mapping[str, str] = words(entry.language)["description"]
    lines = [said["plan"].format(title=entry.plan) if entry.plan else ""]
    lines.append(said["item"].format(item=summary(entry)))
    if entry.deadline:
        lines.append(said["deadline"].format(deadline=entry.deadline))
    lines.append(said["due"].format(due=_date(entry.due)))
    lines.append(said["period"].format(label=entry.label))
    if entry.executors:
        lines.append(said["executors"].format(names="; ".join(entry.executors)))
    lines.append(said["state"].format(state=words(entry.language)["states"][entry.state]))
    if entry.moved:
        lines.append(entry.moved)
    lines.append(said["file"].format(path=PurePath(entry.file).as_posix()))
    return "\n".join(line for line in lines if line)


def reminder_day(entry: Entry, working_days: int = REMIND_WORKING_DAYS) -> dt.date:
    """`working_days` working days before the due day, by the plan's production calendar."""
    calendar = calendar_for_language(entry.language)
    day = entry.due
    left = working_days
    while left > 0:
        day -= dt.timedelta(days=1)
        if calendar.is_working(day):
            left -= 1
    return day


def to_ics(entries: Sequence[Entry], stamp: dt.datetime, *, kind: str = "event", lang: str | None = None) -> str:
    """The occurrences as a calendar; `stamp` is injected for reproducible output.

    `event` (the default) gives all-day VEVENTs with a reminder, which Google Calendar and
    Outlook import; `todo` gives VTODOs with an all-day DUE, for task lists that read them.
    The UID is the occurrence's either way, so re-importing updates instead of duplicating.
    """
    from icalendar import Alarm, Calendar, Event, Todo

    list_lang = lang or list_language((e.language for e in entries), "ru")
    cal = Calendar()
    cal.add("prodid", "-//planctl//planctl//RU")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", words(list_lang)["calendar_name"])
    for e in entries:
        component: Event | Todo = Event() if kind == "event" else Todo()
        component.add("uid", uid(e))
        component.add("dtstamp", stamp)
        component.add("summary", summary(e))
        if isinstance(component, Event):
            component.add("dtstart", e.due)
            component.add("dtend", e.due + dt.timedelta(days=1))
            component.add("transp", "TRANSPARENT")
        else:
            component.add("due", e.due)
        component.add("description", description(e))
        if isinstance(component, Todo):
            component.add("status", "COMPLETED" if e.state == "done" else "NEEDS-ACTION")
        if e.executors:
            component.add("categories", list(e.executors))
        if isinstance(component, Event) and e.state != "done":
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            days = REMIND_WORKING_DAYS
            alarm.add("description", str(words(e.language)["reminder"]).format(days=days, summary=summary(e)))
            # at 09:00 of the reminder day, counted back from the start of the all-day event
            alarm.add("trigger", dt.timedelta(days=-(e.due - reminder_day(e, days)).days, hours=9))
            component.add_component(alarm)
        cal.add_component(component)
    ical: bytes = cal.to_ical()
    return ical.decode("utf-8")
