"""A plan diff as text for a terminal, Markdown for a pull request, or JSON for a program.

Text and Markdown speak the new version's language and write every date one way,
dd.mm.yyyy (an ISO date in a value or a period label too); JSON keeps ISO.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence

from planctl.plandiff.labels import MAX_SCHEDULE_LINES, Labels, labels
from planctl.plandiff.model import FieldChange, ItemDiff, OccurrenceChange, PlanDiff, SectionDiff

#: Fields printed without quotes: codes and dates, not prose.
_BARE = frozenset({"period", "language", "due", "done"})
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def dates_as_read(text: str) -> str:
    """Every ISO date in `text` (a label such as 2024-12-05, a period 2024-01-01..2024-06-30) as 05.12.2024."""

    def one(match: re.Match[str]) -> str:
        try:
            return f"{dt.date(int(match[1]), int(match[2]), int(match[3])):%d.%m.%Y}"
        except ValueError:
            return match[0]

    return _ISO_DATE.sub(one, text)


def _quote(words: Labels, value: str | None) -> str:
    return f"«{value}»" if value else words.text["none"]


def _value(words: Labels, change: FieldChange, value: str | None) -> str:
    if value is None:
        return words.text["none"]
    vocabulary = words.values.get(change.field)
    if vocabulary:
        return vocabulary.get(value, value)
    if change.field in _BARE or change.field.endswith(".date"):
        return dates_as_read(value)
    return _quote(words, value)


def _day(words: Labels, day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else words.text["none"]


def _period(words: Labels, change: OccurrenceChange) -> str:
    return f"{words.text['report'] if change.part == 'report' else ''}{dates_as_read(change.label)}"


def schedule_lines(changes: Sequence[OccurrenceChange], lang: str = "ru") -> list[str]:
    """`2024 01.10.2024 → 01.11.2024`, one per period, at most MAX_SCHEDULE_LINES and a count of the rest."""
    words = labels(lang)
    lines = [f"{_period(words, c)} {_day(words, c.old)} → {_day(words, c.new)}" for c in changes[:MAX_SCHEDULE_LINES]]
    if len(changes) > MAX_SCHEDULE_LINES:
        lines.append(words.text["more"].format(count=len(changes) - MAX_SCHEDULE_LINES))
    return lines


def change_text(change: FieldChange, lang: str = "ru") -> str:
    """One field change as a reviewer reads it."""
    words = labels(lang)
    label = words.field(change.field)
    if change.added or change.removed:
        shown = (lambda x: dates_as_read(x)) if change.field in _BARE else (lambda x: x)
        parts = [f"+ {shown(x)}" for x in change.added] + [f"- {shown(x)}" for x in change.removed]
        return f"{label}: " + "; ".join(parts)
    if change.field == "executors":
        return f"{label}: {_quote(words, change.old)} → {_quote(words, change.new)}"
    return f"{label}: {_value(words, change, change.old)} → {_value(words, change, change.new)}"


def item_lines(item: ItemDiff, lang: str = "ru") -> list[str]:
    """The details of a changed or moved item; the deadline line carries its schedule effect."""
    words = labels(lang)
    lines: list[str] = []
    if item.kind == "added":
        return _added_lines(item, words, lang)
    if item.kind == "changed" and item.moved:
        lines.append(words.text["changed-moved"])
    if item.moved and item.old and item.new:
        if item.old.number != item.new.number:
            none = words.text["none"]
            lines.append(words.text["item-moved"].format(old=item.old.number or none, new=item.new.number or none))
        if item.old.section != item.new.section:
            lines.append(words.text["item-moved-section"].format(old=_quote(words, item.old.section)))
    effect = ": " + "; ".join(schedule_lines(item.schedule, lang)) if item.schedule else ""
    for change in item.fields:
        lines.append(change_text(change, lang) + (effect if change.field == "deadline" else ""))
    if item.schedule and not any(c.field == "deadline" for c in item.fields):
        lines.append(f"{words.field('schedule')}: " + "; ".join(schedule_lines(item.schedule, lang)))
    return lines


def _added_lines(item: ItemDiff, words: Labels, lang: str) -> list[str]:
    """A new item is described, not compared: its executors, deadline with due dates, result."""
    lines = []
    for change in item.fields:
        value = ", ".join(change.added) if change.added else _value(words, change, change.new)
        if change.field in _BARE:
            value = dates_as_read(value)
        due = ""
        if change.field == "deadline" and item.schedule:
            due = ": " + "; ".join(f"{_period(words, c)} {_day(words, c.new)}" for c in item.schedule[:MAX_SCHEDULE_LINES])
            if len(item.schedule) > MAX_SCHEDULE_LINES:
                due += "; " + words.text["more"].format(count=len(item.schedule) - MAX_SCHEDULE_LINES)
        lines.append(f"{words.field(change.field)}: {value}{due}")
    return lines


def summary(diff: PlanDiff) -> str:
    words = labels(diff.language)
    counts = diff.counts()
    parts = [words.text[f"count-{kind}"].format(n=n) for kind, n in counts.items() if n]
    if diff.plan:
        parts.append(words.text["count-plan"].format(n=len(diff.plan)))
    if diff.sections:
        parts.append(words.text["count-sections"].format(n=len(diff.sections)))
    return words.text["summary"].format(parts=", ".join(parts)) if parts else words.text["no-changes"]


def _section_text(words: Labels, diff: SectionDiff) -> str:
    if diff.kind == "renamed":
        old = f"{diff.old_number + ' ' if diff.old_number else ''}«{diff.old_title}»"
        new = f"{diff.new_number + ' ' if diff.new_number else ''}«{diff.new_title}»"
        return words.text["section-renamed"].format(old=old, new=new)
    number, title = (diff.new_number, diff.new_title) if diff.kind == "added" else (diff.old_number, diff.old_title)
    return words.text[f"section-{diff.kind}"].format(number=f"{number} " if number else "", title=title)


def _plan_change_text(words: Labels, change: FieldChange, lang: str) -> str:
    if change.field.startswith("executors."):
        label = f"{words.field('executors')} [{change.field.split('.', 1)[1]}]"
        return f"{label}: {_quote(words, change.old)} → {_quote(words, change.new)}"
    return change_text(change, lang)


def _groups(diff: PlanDiff) -> list[tuple[str | None, list[ItemDiff]]]:
    """Items grouped by the section they are in now (a removed item by its old one), in order of appearance."""
    groups: dict[str | None, list[ItemDiff]] = {}
    for item in diff.items:
        groups.setdefault(item.ref.section, []).append(item)
    return list(groups.items())


def _item_head(words: Labels, item: ItemDiff) -> str:
    ref = item.ref
    return f"{words.markers[item.kind]} {ref.number + ' ' if ref.number else ''}«{ref.title}»"


def to_text(diff: PlanDiff) -> str:
    """Readable text in the plan's language for a terminal, grouped by section."""
    lang = diff.language
    words = labels(lang)
    text, markers = words.text, words.markers
    out = [text["header"].format(old=diff.old_path, new=diff.new_path)]
    if not diff.changed:
        out.append(text["no-changes"])
        return "\n".join(out) + "\n"
    if diff.plan:
        out += ["", f"{text['plan']}:"] + [f"  {markers['changed']} {_plan_change_text(words, c, lang)}" for c in diff.plan]
    if diff.sections:
        out += ["", f"{text['sections']}:"] + [f"  {markers[s.kind]} {_section_text(words, s)}" for s in diff.sections]
    for section, items in _groups(diff):
        out += ["", f"{section if section else text['no-section']}:"]
        for item in items:
            out.append(f"  {_item_head(words, item)}")
            out += [f"      {line}" for line in item_lines(item, lang)]
    out += ["", summary(diff)]
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(diff: PlanDiff) -> str:
    """For a pull-request comment or job summary: a summary line, then tables."""
    lang = diff.language
    words = labels(lang)
    text, markers = words.text, words.markers
    out = [text["md-title"].format(new=diff.new_path), "", text["md-summary"].format(parts=summary(diff))]
    if diff.plan:
        out += ["", f"#### {text['plan']}", "", f"| {text['md-field']} | {text['md-old']} | {text['md-new']} |", "|---|---|---|"]
        for change in diff.plan:
            label = _plan_change_text(words, change, lang).split(":", 1)[0]
            if change.added or change.removed:
                old, new = text["removed-list"] + ", ".join(change.removed), text["added-list"] + ", ".join(change.added)
            else:
                old, new = _value(words, change, change.old), _value(words, change, change.new)
            out.append(f"| {_cell(label)} | {_cell(old)} | {_cell(new)} |")
    if diff.sections:
        out += ["", f"#### {text['sections']}", ""] + [f"- `{markers[s.kind]}` {_cell(_section_text(words, s))}" for s in diff.sections]
    for section, items in _groups(diff):
        out += [
            "",
            f"#### {_cell(section) if section else text['no-section']}",
            "",
            f"| | {text['md-number']} | {text['md-item']} | {text['md-what']} |",
            "|---|---|---|---|",
        ]
        for item in items:
            details = "<br>".join(_cell(line) for line in item_lines(item, lang))
            out.append(f"| `{markers[item.kind]}` | {item.ref.number or ''} | {_cell(item.ref.title)} | {details} |")
    return "\n".join(out) + "\n"


def to_json(diff: PlanDiff) -> str:
    return json.dumps(diff.to_json(), ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[PlanDiff], str]] = {"text": to_text, "md": to_markdown, "json": to_json}


def render(diff: PlanDiff, fmt: str) -> str:
    return FORMATS[fmt](diff)
