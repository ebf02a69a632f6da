"""Comparing two plans: items matched by number and by title, sections by number and title,
fields compared one by one, and a deadline's change carried to its due dates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from planctl.document import PlanDocument
from planctl.due.schedule import calendar_for_language, item_occurrences
from planctl.model import Item, Plan, Section
from planctl.plandiff.model import FieldChange, ItemDiff, ItemRef, OccurrenceChange, PlanDiff, SectionDiff


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
    renumbering); then similar content (renumbered and edited); then the same number
    with another title (an edited title).
    """
    old_rows, new_rows = _rows(old), _rows(new)
    pairs: list[tuple[_Row, _Row]] = []
    _pair(old_rows, new_rows, lambda r: (r.item.number, r.key), pairs)
    _pair(old_rows, new_rows, lambda r: r.key, pairs)
    _pair_similar(old_rows, new_rows, old, new, pairs)
    _pair(old_rows, new_rows, lambda r: r.item.number, pairs)
    return pairs, old_rows, new_rows


#: Two items are one item edited when their content (title, executors, deadline) is at
#: least this similar (difflib ratio, 0..1).
SIMILAR = 0.6
#: Above this many (old, new) candidate pairs (50 × 50) the similarity pass is skipped: a plan
#: rewritten wholesale is fairly shown as removed and added, and must not cost minutes
#: (a difflib ratio of two item texts costs up to ~0.3 ms: 2 500 of them stay under a second).
MAX_SIMILARITY_PAIRS = 2_500


def _content(plan: Plan, row: _Row) -> str:
    """What an item says, as compared: its title, executors and deadline, normalized."""
    names = "; ".join(normalize_title(plan.executor_name(e)) for e in row.item.executors)
    return "\n".join([row.key, names, normalize_title(row.item.deadline or "")])


def _pair_similar(old: list[_Row], new: list[_Row], old_plan: Plan, new_plan: Plan, pairs: list[tuple[_Row, _Row]]) -> None:
    """Pair unmatched rows whose content is similar, one to one, the most similar first.

    This finds an item renumbered *and* edited, which neither the title nor the number
    pairs; a tie goes to the pair that kept its number, then to document order.
    """
    if not old or not new or len(old) * len(new) > MAX_SIMILARITY_PAIRS:
        return
    old_text = [_content(old_plan, r) for r in old]
    new_text = [_content(new_plan, r) for r in new]
    scored: list[tuple[float, bool, int, int]] = []
    for j, text in enumerate(new_text):
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(text)  # difflib caches what it learns of seq2
        for i, other in enumerate(old_text):
            matcher.set_seq1(other)
            if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
                continue
            ratio = matcher.ratio()
            if ratio >= SIMILAR:
                scored.append((ratio, old[i].item.number == new[j].item.number, -i, -j))
    scored.sort(reverse=True)
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    for _, _, minus_i, minus_j in scored:
        i, j = -minus_i, -minus_j
        if i in taken_old or j in taken_new:
            continue
        taken_old.add(i)
        taken_new.add(j)
        pairs.append((old[i], new[j]))
    old[:] = [r for i, r in enumerate(old) if i not in taken_old]
    new[:] = [r for j, r in enumerate(new) if j not in taken_new]


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
    return PlanDiff(
        old_path, new_path, tuple(_plan_fields(old, new)), tuple(sections), tuple(d for _, d in items), new.language
    )


def _removed_position(row: _Row, pairs: list[tuple[_Row, _Row]]) -> tuple[int, int, int]:
    """A removed item is listed where it stood: right after the new place of the old item before it."""
    before = [(o.order, n.order) for o, n in pairs if o.order < row.order]
    return (max(before)[1] if before else -1, 1, row.order)


def diff_documents(old: PlanDocument, new: PlanDocument) -> PlanDiff:
    return diff_plans(old.plan, new.plan, old.path, new.path)
