"""What changed between two versions of a plan, for the person who reviews the change.

A line diff of YAML says a key moved; a reviewer needs to know that item 2.1 now
has another executor and that its report is due a month later. Items are matched
by number and by title, so an inserted row that renumbers the rest reads as
"moved", not as everything removed and added again. Deadline changes carry their
effect on the schedule: old and new due dates per reporting period.

Nothing here imports the CLI stack; `--rev` reads the old version through `git show`.
"""

from __future__ import annotations

import subprocess  # noqa: F401 - `planctl.plandiff.subprocess`: the module `--rev` runs git through

from planctl.plandiff.git import load_revision
from planctl.plandiff.matching import diff_documents, diff_plans, match_items, normalize_title
from planctl.plandiff.model import FieldChange, ItemDiff, ItemKind, ItemRef, OccurrenceChange, PlanDiff, SectionDiff, SectionKind
from planctl.plandiff.report import change_text, item_lines, render, schedule_lines, summary, to_json, to_markdown, to_text

__all__ = [
    "FieldChange",
    "ItemDiff",
    "ItemKind",
    "ItemRef",
    "OccurrenceChange",
    "PlanDiff",
    "SectionDiff",
    "SectionKind",
    "change_text",
    "diff_documents",
    "diff_plans",
    "item_lines",
    "load_revision",
    "match_items",
    "normalize_title",
    "render",
    "schedule_lines",
    "summary",
    "to_json",
    "to_markdown",
    "to_text",
]
