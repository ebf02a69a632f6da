"""What changed between two versions of a plan, for the person who reviews the change.

A line diff of YAML says a key moved; a reviewer needs to know that item 2.1 now
has another executor and that its report is due a month later. Items are matched
by number and by title, so an inserted row that renumbers the rest reads as
"moved", not as everything removed and added again. Deadline changes carry their
effect on the schedule: old and new due dates per reporting period.

Nothing here imports the CLI stack; `--rev` reads the old version through `git show`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from planctl.document import PlanDocument
from planctl.errors import PlanctlError
from planctl.limits import MAX_FILE_BYTES
from planctl.load import PlanInvalid, load_bytes
from planctl.model import Item, Plan, Section
from planctl.schedule import calendar_for_language, item_occurrences

ItemKind = Literal["added", "removed", "changed", "moved"]
SectionKind = Literal["added", "removed", "renamed"]

# --------------------------------------------------------------------------- labels

#: How each compared field is named to a reviewer (plan-level fields use dotted paths).
FIELD_LABELS: dict[str, str] = {
    "title": "название",
    "heading": "заголовок",
    "period": "период",
    "approval.stamp": "гриф утверждения",
    "approval.position": "должность утвердившего",
    "approval.name": "кто утвердил",
    "approval.date": "дата утверждения",
    "approval.document": "документ об утверждении",
    "attachment": "приложение",
    "language": "язык",
    "shift": "перенос сроков с выходных",
    "columns.number": "заголовок графы «№»",
    "columns.title": "заголовок графы «мероприятие»",
    "columns.executors": "заголовок графы «исполнители»",
    "columns.deadline": "заголовок графы «срок»",
    "columns.result": "заголовок графы «результат»",
    "executors": "исполнители",
    "deadline": "срок",
    "due": "даты исполнения",
    "result": "результат",
    "status": "статус",
    "done": "выполнено за",
    "notes": "примечание",
    "schedule": "график",
}

#: Values of closed vocabularies as a reviewer reads them.
VALUE_LABELS: dict[str, dict[str, str]] = {
    "status": {"planned": "запланировано", "in_progress": "выполняется", "done": "выполнено", "cancelled": "отменено"},
    "shift": {"previous": "на предыдущий рабочий день", "next": "на следующий рабочий день", "none": "не переносить"},
}

#: Markers of the text and Markdown formats, one per kind of change.
MARKERS: dict[str, str] = {"added": "+", "removed": "-", "changed": "~", "moved": ">", "renamed": "~"}

#: Every phrase the formats print, in one place.
TEXT: dict[str, str] = {
    "header": "Изменения плана: {old} → {new}",
    "no-changes": "Изменений нет.",
    "plan": "План",
    "sections": "Разделы",
    "no-section": "Без раздела",
    "section": "Раздел {number}«{title}»",
    "section-added": "добавлен раздел {number}«{title}»",
    "section-removed": "удалён раздел {number}«{title}»",
    "section-renamed": "раздел {old} → {new}",
    "item-moved": "номер {old} → {new}",
    "item-moved-section": "перенесено из раздела {old}",
    "report": "отчёт ",
    "more": "и ещё {count}",
    "summary": "Итого: {parts}.",
    "count-added": "добавлено {n}",
    "count-removed": "удалено {n}",
    "count-changed": "изменено {n}",
    "count-moved": "перенесено {n}",
    "count-plan": "изменений в реквизитах плана {n}",
    "count-sections": "изменений в разделах {n}",
    "md-title": "### Изменения плана `{new}`",
    "md-field": "поле",
    "md-old": "было",
    "md-new": "стало",
    "md-number": "№",
    "md-item": "мероприятие",
    "md-what": "что изменилось",
    "md-summary": "**{parts}**",
    "removed-list": "удалены: ",
    "added-list": "добавлены: ",
    "none": "—",
}

#: At most this many schedule lines per item; a monthly deadline would flood the review.
MAX_SCHEDULE_LINES = 6

# --------------------------------------------------------------------------- the result


@dataclass(frozen=True)
class FieldChange:
    """One field that differs; list fields also say which elements came and went."""

    field: str
    old: str | None
    new: str | None
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"field": self.field, "old": self.old, "new": self.new}
        if self.added or self.removed:
            data["added"] = list(self.added)
            data["removed"] = list(self.removed)
        return data


@dataclass(frozen=True)
class OccurrenceChange:
    """A reporting period whose due date moved, appeared or disappeared."""

    part: str
    label: str
    old: dt.date | None
    new: dt.date | None

    def to_json(self) -> dict[str, object]:
        return {
            "part": self.part,
            "label": self.label,
            "old": self.old.isoformat() if self.old else None,
            "new": self.new.isoformat() if self.new else None,
        }


@dataclass(frozen=True)
class ItemRef:
    """An item as the reviewer finds it in one version: its number, title and section."""

    number: str | None
    title: str
    section: str | None

    def to_json(self) -> dict[str, object]:
        return {"number": self.number, "title": self.title, "section": self.section}


@dataclass(frozen=True)
class ItemDiff:
    """An item added, removed, or present in both with its changed fields and schedule."""

    kind: ItemKind
    old: ItemRef | None
    new: ItemRef | None
    fields: tuple[FieldChange, ...] = ()
    schedule: tuple[OccurrenceChange, ...] = ()
    moved: bool = False

    @property
    def ref(self) -> ItemRef:
        ref = self.new or self.old
        assert ref is not None
        return ref

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "moved": self.moved,
            "old": self.old.to_json() if self.old else None,
            "new": self.new.to_json() if self.new else None,
            "fields": [f.to_json() for f in self.fields],
            "schedule": [o.to_json() for o in self.schedule],
        }


@dataclass(frozen=True)
class SectionDiff:
    """A section added, removed or renamed (renumbered counts as renamed)."""

    kind: SectionKind
    old_number: str | None = None
    old_title: str | None = None
    new_number: str | None = None
    new_title: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "old": None if self.kind == "added" else {"number": self.old_number, "title": self.old_title},
            "new": None if self.kind == "removed" else {"number": self.new_number, "title": self.new_title},
        }


@dataclass(frozen=True)
class PlanDiff:
    """Everything that changed between two versions of one plan."""

    old_path: str
    new_path: str
    plan: tuple[FieldChange, ...] = ()
    sections: tuple[SectionDiff, ...] = ()
    items: tuple[ItemDiff, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.plan or self.sections or self.items)

    def counts(self) -> dict[str, int]:
        """How many items of each kind, for the summary line; moved-and-changed counts as changed."""
        counts = {"added": 0, "removed": 0, "changed": 0, "moved": 0}
        for item in self.items:
            counts[item.kind] += 1
        return counts

    def to_json(self) -> dict[str, object]:
        return {
            "old": self.old_path,
            "new": self.new_path,
            "changed": self.changed,
            "counts": self.counts(),
            "plan": [f.to_json() for f in self.plan],
            "sections": [s.to_json() for s in self.sections],
            "items": [i.to_json() for i in self.items],
        }


# --------------------------------------------------------------------------- comparing


def normalize_title(title: str) -> str:
    """Titles compared as a reader would: case, ё, quotes, dashes, spaces and end punctuation do not matter."""
    text = title.lower().replace("ё", "е")
    text = re.sub(r"[«»„“”\"'`]", "", text)
    text = re.sub(r"[‐-―−]", "-", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" .;,:")


def _text(value: Any) -> str | None:
    """A field value as printed in the diff: dates as ISO, a period as in the plan file."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(_text(v) or "" for v in value)
    return str(value)


def _scalar(name: str, old: Any, new: Any) -> list[FieldChange]:
    return [] if old == new else [FieldChange(name, _text(old), _text(new))]


def _listed(name: str, old: Sequence[str], new: Sequence[str]) -> list[FieldChange]:
    """A list field; a pure reordering is a change too, with nothing added or removed."""
    if list(old) == list(new):
        return []
    added = tuple(x for x in new if x not in old)
    removed = tuple(x for x in old if x not in new)
    return [FieldChange(name, _text(list(old)) or None, _text(list(new)) or None, added, removed)]


def _plan_fields(old: Plan, new: Plan) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for name in ("title", "heading", "period"):
        changes += _scalar(name, getattr(old, name), getattr(new, name))
    for key in ("stamp", "position", "name", "date", "document"):
        changes += _scalar(
            f"approval.{key}",
            getattr(old.approval, key) if old.approval else None,
            getattr(new.approval, key) if new.approval else None,
        )
    for name in ("attachment", "language", "shift"):
        changes += _scalar(name, getattr(old, name), getattr(new, name))
    for key in ("number", "title", "executors", "deadline", "result"):
        changes += _scalar(f"columns.{key}", getattr(old.columns, key), getattr(new.columns, key))
    old_reg, new_reg = old.executors or {}, new.executors or {}
    for key in sorted(set(old_reg) | set(new_reg)):
        changes += _scalar(f"executors.{key}", old_reg.get(key), new_reg.get(key))
    return changes


@dataclass
class _Row:
    """An item in one version with what matching needs."""

    item: Item
    section: Section | None
    section_index: int
    order: int
    key: str = field(init=False)

    def __post_init__(self) -> None:
        self.key = normalize_title(self.item.title)

    def ref(self) -> ItemRef:
        return ItemRef(self.item.number, self.item.title, _section_name(self.section))


def _section_name(section: Section | None) -> str | None:
    if section is None:
        return None
    return f"{section.number} {section.title}" if section.number else section.title


def _rows(plan: Plan) -> list[_Row]:
    rows: list[_Row] = []
    index_of = {id(s): i for i, s in enumerate(plan.sections or [])}
    for order, (section, _, item, _) in enumerate(plan.walk()):
        rows.append(_Row(item, section, index_of.get(id(section), -1), order))
    return rows


def _pair(
    old: list[_Row], new: list[_Row], key: Callable[[_Row], Any | None], pairs: list[tuple[_Row, _Row]]
) -> None:
    """Pair unmatched rows whose `key` is equal, in document order; rows with no key stay unmatched."""
    waiting: dict[Any, list[_Row]] = {}
    for row in old:
        k = key(row)
        if k is not None:
            waiting.setdefault(k, []).append(row)
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    for row in new:
        k = key(row)
        if k is not None and waiting.get(k):
            match = waiting[k].pop(0)
            pairs.append((match, row))
            taken_old.add(id(match))
            taken_new.add(id(row))
    old[:] = [r for r in old if id(r) not in taken_old]
    new[:] = [r for r in new if id(r) not in taken_new]


def match_items(old: Plan, new: Plan) -> tuple[list[tuple[_Row, _Row]], list[_Row], list[_Row]]:
    """Pairs, then what only the old and only the new version has.

    Same number and title first; then the same title under another number (a
    renumbering); then the same number with another title (an edited title).
    """
    old_rows, new_rows = _rows(old), _rows(new)
    pairs: list[tuple[_Row, _Row]] = []
    _pair(old_rows, new_rows, lambda r: (r.item.number, r.key), pairs)
    _pair(old_rows, new_rows, lambda r: r.key, pairs)
    _pair(old_rows, new_rows, lambda r: r.item.number, pairs)
    return pairs, old_rows, new_rows


def _due_dates(plan: Plan, item: Item) -> dict[tuple[str, str], dt.date]:
    """Due dates by (part, label), as the due list computes them."""
    calendar = calendar_for_language(plan.language)
    found: dict[tuple[str, str], dt.date] = {}
    for occ in item_occurrences(plan, item, shift=plan.shift, calendar=calendar):
        found.setdefault((occ.part, occ.label), occ.due)
    return found


def _schedule_changes(old: dict[tuple[str, str], dt.date], new: dict[tuple[str, str], dt.date]) -> tuple[OccurrenceChange, ...]:
    keys = sorted(set(old) | set(new), key=lambda k: (old.get(k) or new.get(k), k))
    return tuple(OccurrenceChange(k[0], k[1], old.get(k), new.get(k)) for k in keys if old.get(k) != new.get(k))


def _item_fields(old_plan: Plan, new_plan: Plan, old: Item, new: Item) -> list[FieldChange]:
    changes = _scalar("title", old.title, new.title)
    changes += _listed(
        "executors",
        [old_plan.executor_name(e) for e in old.executors],
        [new_plan.executor_name(e) for e in new.executors],
    )
    changes += _scalar("deadline", old.deadline, new.deadline)
    changes += _scalar("due", old.due_dates or None, new.due_dates or None)
    changes += _scalar("result", old.result, new.result)
    changes += _scalar("status", old.status, new.status)
    changes += _listed("done", old.done, new.done)
    changes += _scalar("notes", old.notes, new.notes)
    return changes


def _section_changes(old: Plan, new: Plan) -> tuple[list[SectionDiff], dict[int, int]]:
    """Section diffs and which old section index became which new one."""
    old_s, new_s = list(enumerate(old.sections or [])), list(enumerate(new.sections or []))
    mapping: dict[int, int] = {}
    diffs: list[SectionDiff] = []

    def pair(key: Callable[[Section], Any | None]) -> None:
        nonlocal old_s, new_s
        waiting: dict[Any, list[tuple[int, Section]]] = {}
        for i, s in old_s:
            if key(s) is not None:
                waiting.setdefault(key(s), []).append((i, s))
        for j, s in new_s:
            if key(s) is not None and waiting.get(key(s)):
                i, o = waiting[key(s)].pop(0)
                mapping[i] = j
                if (o.number, o.title) != (s.number, s.title):
                    diffs.append(SectionDiff("renamed", o.number, o.title, s.number, s.title))
        old_s = [(i, s) for i, s in old_s if i not in mapping]
        new_s = [(j, s) for j, s in new_s if j not in mapping.values()]

    pair(lambda s: (s.number, normalize_title(s.title)))
    pair(lambda s: normalize_title(s.title))
    pair(lambda s: s.number)
    diffs += [SectionDiff("removed", old_number=s.number, old_title=s.title) for _, s in old_s]
    diffs += [SectionDiff("added", new_number=s.number, new_title=s.title) for _, s in new_s]
    return diffs, mapping


def diff_plans(old: Plan, new: Plan, old_path: str = "old", new_path: str = "new") -> PlanDiff:
    """Compare two plans; the result is empty when they mean the same."""
    sections, section_map = _section_changes(old, new)
    pairs, removed, added = match_items(old, new)
    items: list[tuple[tuple[int, int, int], ItemDiff]] = []
    for o, n in pairs:
        fields = _item_fields(old, new, o.item, n.item)
        occurrences = _schedule_changes(_due_dates(old, o.item), _due_dates(new, n.item))
        # -1 is "no section"; an old section that has no counterpart maps to None, so its items moved
        expected = section_map.get(o.section_index) if o.section_index != -1 else -1
        other_section = expected != n.section_index
        moved = o.item.number != n.item.number or other_section
        if fields or occurrences:
            items.append(((n.order, 0, 0), ItemDiff("changed", o.ref(), n.ref(), tuple(fields), occurrences, moved)))
        elif moved:
            items.append(((n.order, 0, 0), ItemDiff("moved", o.ref(), n.ref(), moved=True)))
    for n in added:
        fields = [f for f in _item_fields(new, new, Item(title=n.item.title), n.item) if f.field != "title"]
        occurrences = _schedule_changes({}, _due_dates(new, n.item))
        items.append(((n.order, 0, 0), ItemDiff("added", None, n.ref(), tuple(fields), occurrences)))
    for o in removed:
        items.append((_removed_position(o, pairs), ItemDiff("removed", o.ref(), None)))
    items.sort(key=lambda pair: pair[0])
    return PlanDiff(old_path, new_path, tuple(_plan_fields(old, new)), tuple(sections), tuple(d for _, d in items))


def _removed_position(row: _Row, pairs: list[tuple[_Row, _Row]]) -> tuple[int, int, int]:
    """A removed item is listed where it stood: right after the new place of the old item before it."""
    before = [(o.order, n.order) for o, n in pairs if o.order < row.order]
    return (max(before)[1] if before else -1, 1, row.order)


def diff_documents(old: PlanDocument, new: PlanDocument) -> PlanDiff:
    return diff_plans(old.plan, new.plan, old.path, new.path)


# --------------------------------------------------------------------------- git


def load_revision(path: Path | str, rev: str) -> PlanDocument:
    """The plan file as it was at git revision `rev`; `PlanInvalid` when that version is broken."""
    path = Path(path)
    git = shutil.which("git")
    if git is None:
        raise PlanctlError("--rev needs git, and git is not installed")
    folder = Path(os.path.realpath(path)).parent
    if not folder.is_dir():
        raise PlanctlError(f"{path}: no such folder")

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([git, "-C", str(folder), *args], capture_output=True, check=False)

    top = run("rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise PlanctlError(f"{path}: not inside a git repository, so --rev has nothing to compare with")
    root = Path(top.stdout.decode("utf-8", "replace").strip()).resolve()
    try:
        relative = Path(os.path.realpath(path)).relative_to(root).as_posix()
    except ValueError:
        raise PlanctlError(f"{path}: outside the git repository {root}") from None
    if rev.startswith("-") or run("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").returncode != 0:
        raise PlanctlError(f"unknown git revision «{rev}»")
    # the blob's kind and size first: a 2 GB blob is refused by its size, not read into memory
    kind = run("cat-file", "-t", f"{rev}:{relative}")
    if kind.returncode != 0 or kind.stdout.strip() != b"blob":
        raise PlanctlError(f"{relative} is not tracked by git at revision «{rev}»")
    size = run("cat-file", "-s", f"{rev}:{relative}")
    if size.returncode != 0 or int(size.stdout.strip() or 0) > MAX_FILE_BYTES:
        raise PlanctlError(f"{relative} at «{rev}» is larger than {MAX_FILE_BYTES // 2**20} MB")
    shown = run("cat-file", "blob", f"{rev}:{relative}")
    if shown.returncode != 0:
        raise PlanctlError(f"{relative} is not tracked by git at revision «{rev}»")
    # the loader's decoding: a cp1251 or UTF-16 version is named as such, as it would be on disk
    result = load_bytes(shown.stdout, f"{rev}:{relative}")
    if result.document is None:
        raise PlanInvalid(result.diagnostics)
    return result.document


# --------------------------------------------------------------------------- formats


def _quote(value: str | None) -> str:
    return f"«{value}»" if value else TEXT["none"]


#: Fields printed without quotes: codes and dates, not prose.
_BARE = frozenset({"period", "language", "due"})


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
