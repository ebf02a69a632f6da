"""Two items with the same title and the same deadline.

The finding is on the second item and names the first one's number (or line).
Usually a row pasted twice when a plan is assembled from several drafts. Titles
are compared without regard to case, ё/е, punctuation and spacing; the same
activity with a different deadline (a spring and an autumn round) is not a repeat.

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, deadline: март 2024 г.}
      - {number: "2", title: Совещание, deadline: сентябрь 2024 г.}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание, deadline: март 2024 г.}
      - {number: "2", title: "совещание.", deadline: март 2024 г.}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument, YamlPath
from planctl.lint.base import Reporter, normalize, rows

CODE = "U001"
NAME = "duplicate-item"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    seen: dict[tuple[str, str], tuple[YamlPath, str]] = {}  # key → (title path, number) of the first
    deadlines: dict[str, str] = {}  # a plan repeats a few deadlines over all its items
    for _, _, item, path in rows(doc):
        title = normalize(item.title)
        if not title:
            continue
        deadline = item.deadline or ""
        if deadline not in deadlines:
            deadlines[deadline] = normalize(deadline)
        key = (title, deadlines[deadline])
        if key in seen:
            first, number = seen[key]
            at = doc.positions.of((*path, "title"))
            if number:
                yield report(doc, at, first=number)
            else:
                yield report(doc, at, "unnumbered", first=doc.positions.of(first)[0])
        else:
            seen[key] = ((*path, "title"), (item.number or "").strip())
