"""A plan diff as text for a terminal, Markdown for a pull request, or JSON for a program."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence

from planctl.plandiff.labels import FIELD_LABELS, MARKERS, MAX_SCHEDULE_LINES, TEXT, VALUE_LABELS
from planctl.plandiff.model import FieldChange, ItemDiff, OccurrenceChange, PlanDiff, SectionDiff

#: Fields printed without quotes: codes and dates, not prose.
_BARE = frozenset({"period", "language", "due"})


def _quote(value: str | None) -> str:
    return f"«{value}»" if value else TEXT["none"]


def _value(change: FieldChange, value: str | None) -> str:
    if value is None:
        return TEXT["none"]
    vocabulary = VALUE_LABELS.get(change.field)
    if vocabulary:
        return vocabulary.get(value, value)
    if change.field in _BARE or change.field.endswith(".date"):
        return _date_text(value)
    return _quote(value)


def _date_text(value: str) -> str:
    try:
        return f"{dt.date.fromisoformat(value):%d.%m.%Y}"
    except ValueError:
        return value


def _day(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else TEXT["none"]


def schedule_lines(changes: Sequence[OccurrenceChange]) -> list[str]:
    """`2024 01.10.2024 → 01.11.2024`, one per period, at most MAX_SCHEDULE_LINES and a count of the rest."""
    lines = [
        f"{TEXT['report'] if c.part == 'report' else ''}{c.label} {_day(c.old)} → {_day(c.new)}"
        for c in changes[:MAX_SCHEDULE_LINES]
    ]
    if len(changes) > MAX_SCHEDULE_LINES:
        lines.append(TEXT["more"].format(count=len(changes) - MAX_SCHEDULE_LINES))
    return lines


def change_text(change: FieldChange) -> str:
    """One field change as a reviewer reads it."""
    if change.added or change.removed:
        parts = [f"+ {x}" for x in change.added] + [f"- {x}" for x in change.removed]
        return f"{change.label}: " + "; ".join(parts)
    if change.field in ("executors", "done"):
        return f"{change.label}: {_quote(change.old)} → {_quote(change.new)}"
    return f"{change.label}: {_value(change, change.old)} → {_value(change, change.new)}"


def item_lines(item: ItemDiff) -> list[str]:
    """The details of a changed or moved item; the deadline line carries its schedule effect."""
    lines: list[str] = []
    if item.kind == "added":
        return _added_lines(item)
    if item.moved and item.old and item.new:
        if item.old.number != item.new.number:
            lines.append(TEXT["item-moved"].format(old=item.old.number or TEXT["none"], new=item.new.number or TEXT["none"]))
        if item.old.section != item.new.section:
            lines.append(TEXT["item-moved-section"].format(old=_quote(item.old.section)))
    effect = ": " + "; ".join(schedule_lines(item.schedule)) if item.schedule else ""
    for change in item.fields:
        lines.append(change_text(change) + (effect if change.field == "deadline" else ""))
    if item.schedule and not any(c.field == "deadline" for c in item.fields):
        lines.append(f"{FIELD_LABELS['schedule']}: " + "; ".join(schedule_lines(item.schedule)))
    return lines


def _added_lines(item: ItemDiff) -> list[str]:
    """A new item is described, not compared: its executors, deadline with due dates, result."""
    lines = []
    for change in item.fields:
        value = ", ".join(change.added) if change.added else _value(change, change.new)
        due = ""
        if change.field == "deadline" and item.schedule:
            due = ": " + "; ".join(
                f"{TEXT['report'] if c.part == 'report' else ''}{c.label} {_day(c.new)}" for c in item.schedule[:MAX_SCHEDULE_LINES]
            )
            if len(item.schedule) > MAX_SCHEDULE_LINES:
                due += "; " + TEXT["more"].format(count=len(item.schedule) - MAX_SCHEDULE_LINES)
        lines.append(f"{change.label}: {value}{due}")
    return lines


def summary(diff: PlanDiff) -> str:
    counts = diff.counts()
    parts = [TEXT[f"count-{kind}"].format(n=n) for kind, n in counts.items() if n]
    if diff.plan:
        parts.append(TEXT["count-plan"].format(n=len(diff.plan)))
    if diff.sections:
        parts.append(TEXT["count-sections"].format(n=len(diff.sections)))
    return TEXT["summary"].format(parts=", ".join(parts)) if parts else TEXT["no-changes"]


def _section_text(diff: SectionDiff) -> str:
    if diff.kind == "renamed":
        old = f"{diff.old_number + ' ' if diff.old_number else ''}«{diff.old_title}»"
        new = f"{diff.new_number + ' ' if diff.new_number else ''}«{diff.new_title}»"
        return TEXT["section-renamed"].format(old=old, new=new)
    number, title = (diff.new_number, diff.new_title) if diff.kind == "added" else (diff.old_number, diff.old_title)
    return TEXT[f"section-{diff.kind}"].format(number=f"{number} " if number else "", title=title)


def _plan_change_text(change: FieldChange) -> str:
    if change.field.startswith("executors."):
        label = f"{FIELD_LABELS['executors']} [{change.field.split('.', 1)[1]}]"
        return f"{label}: {_quote(change.old)} → {_quote(change.new)}"
    return change_text(change)


def _groups(diff: PlanDiff) -> list[tuple[str | None, list[ItemDiff]]]:
    """Items grouped by the section they are in now (a removed item by its old one), in order of appearance."""
    groups: dict[str | None, list[ItemDiff]] = {}
    for item in diff.items:
        groups.setdefault(item.ref.section, []).append(item)
    return list(groups.items())


def _item_head(item: ItemDiff) -> str:
    ref = item.ref
    return f"{MARKERS[item.kind]} {ref.number + ' ' if ref.number else ''}«{ref.title}»"


def to_text(diff: PlanDiff) -> str:
    """Readable Russian for a terminal, grouped by section."""
    out = [TEXT["header"].format(old=diff.old_path, new=diff.new_path)]
    if not diff.changed:
        out.append(TEXT["no-changes"])
        return "\n".join(out) + "\n"
    if diff.plan:
        out += ["", f"{TEXT['plan']}:"] + [f"  {MARKERS['changed']} {_plan_change_text(c)}" for c in diff.plan]
    if diff.sections:
        out += ["", f"{TEXT['sections']}:"] + [f"  {MARKERS[s.kind]} {_section_text(s)}" for s in diff.sections]
    for section, items in _groups(diff):
        out += ["", f"{section if section else TEXT['no-section']}:"]
        for item in items:
            out.append(f"  {_item_head(item)}")
            out += [f"      {line}" for line in item_lines(item)]
    out += ["", summary(diff)]
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(diff: PlanDiff) -> str:
    """For a pull-request comment or job summary: a summary line, then tables."""
    out = [TEXT["md-title"].format(new=diff.new_path), "", TEXT["md-summary"].format(parts=summary(diff))]
    if diff.plan:
        out += ["", f"#### {TEXT['plan']}", "", f"| {TEXT['md-field']} | {TEXT['md-old']} | {TEXT['md-new']} |", "|---|---|---|"]
        for change in diff.plan:
            label = _plan_change_text(change).split(":", 1)[0]
            if change.added or change.removed:
                old, new = TEXT["removed-list"] + ", ".join(change.removed), TEXT["added-list"] + ", ".join(change.added)
            else:
                old, new = _value(change, change.old), _value(change, change.new)
            out.append(f"| {_cell(label)} | {_cell(old)} | {_cell(new)} |")
    if diff.sections:
        out += ["", f"#### {TEXT['sections']}", ""] + [f"- `{MARKERS[s.kind]}` {_cell(_section_text(s))}" for s in diff.sections]
    for section, items in _groups(diff):
        out += [
            "",
            f"#### {_cell(section) if section else TEXT['no-section']}",
            "",
            f"| | {TEXT['md-number']} | {TEXT['md-item']} | {TEXT['md-what']} |",
            "|---|---|---|---|",
        ]
        for item in items:
            details = "<br>".join(_cell(line) for line in item_lines(item))
            out.append(f"| `{MARKERS[item.kind]}` | {item.ref.number or ''} | {_cell(item.ref.title)} | {details} |")
    return "\n".join(out) + "\n"


def to_json(diff: PlanDiff) -> str:
    return json.dumps(diff.to_json(), ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[PlanDiff], str]] = {"text": to_text, "md": to_markdown, "json": to_json}


def render(diff: PlanDiff, fmt: str) -> str:
    return FORMATS[fmt](diff)
