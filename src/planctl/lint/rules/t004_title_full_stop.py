"""An item, section or plan title that ends in a full stop.

Titles are names, not sentences: the printed plan has none at their ends. A title
ending in an abbreviation (`и т.д.`, `т.п.`, `и др.`, `2024 г.`, `та ін.`) or in an
ellipsis is fine.

Off by default: most real plans end their item titles with a full stop, so the rule
would fire on nearly every row. Switch it on with `extend-select: [T004]` in
`.planctl.yaml` (or `extend-select = ["T004"]` under `[tool.planctl]`).

PASS:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещания с НКО и т.д.}

FAIL:

    title: План
    period: 2024
    items:
      - {number: "1", title: Совещание с НКО.}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument, YamlPath
from planctl.lint.base import Reporter, char_at, rows
from planctl.selection import DEFAULT_OFF

CODE = "T004"
NAME = "title-full-stop"
SEVERITY = Severity.WARNING
#: Not in the default rule set (see the docstring; `planctl.selection.DEFAULT_OFF`).
DEFAULT = CODE not in DEFAULT_OFF
report = Reporter(CODE, NAME, SEVERITY)

#: Abbreviations a title may end with: «т.д.», «т.п.», «др.», «г.», «гг.», «ін.», «р.», «руб.» …
_ABBREVIATION = re.compile(
    r"(?:^|[\s.(])(?:д|п|др|ин|ін|пр|т|г|гг|р|рр|ст|ч|руб|тыс|млн|млрд|грн|коп|им|ім|обл|ул|вул|см|див)\.$",
    re.IGNORECASE,
)


def _titles(doc: PlanDocument) -> Iterator[tuple[YamlPath, str]]:
    yield ("title",), doc.plan.title
    for s, section in enumerate(doc.plan.sections or []):
        yield ("sections", s, "title"), section.title
    for _, _, item, path in rows(doc):
        yield (*path, "title"), item.title


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    for path, title in _titles(doc):
        stripped = title.rstrip()
        if not stripped.endswith(".") or stripped.endswith("..") or _ABBREVIATION.search(stripped):
            continue
        yield report(doc, char_at(doc, path, title, len(stripped) - 1))
