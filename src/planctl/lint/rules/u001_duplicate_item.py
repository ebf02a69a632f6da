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
from planctl.lint.base import Reporter, normalize
from planctl.load import PlanDocument

CODE = "U001"
NAME = "duplicate-item"
SEVERITY = Severity.WARNING
report = Reporter(CODE, NAME, SEVERITY)


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    seen: dict[tuple[str, str], tuple[int, str]] = {}  # key → (line, number) of the first
    for _, _, item, path in doc.plan.walk():
        key = (normalize(item.title), normalize(item.deadline or ""))
        if not key[0]:
            continue
        at = doc.positions.of(path + ("title",))
        if key in seen:
            line, number = seen[key]
            if number:
                yield report(doc, at, first=number)
            else:
                yield report(doc, at, "unnumbered", first=line)
        else:
            seen[key] = (at[0], (item.number or "").strip())
