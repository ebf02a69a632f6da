"""`# planctl: ignore[T001,N002]` comments: which findings they silence, and which silence nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Optional

from planctl.diagnostics import Diagnostic

_COMMENT = re.compile(r"(?:^|(?<=\s))#\s*planctl:\s*ignore\b(?:\[([^\]]*)\])?", re.IGNORECASE)


@dataclass
class Suppression:
    """One comment; `codes` None silences every finding on its line."""

    line: int
    column: int
    codes: Optional[tuple[str, ...]]
    used: set[str] = field(default_factory=set)
    any_used: bool = False

    def covers(self, code: str) -> Optional[str]:
        """The selector of this comment that silences `code`, or None."""
        if self.codes is None:
            return "*"
        for selector in self.codes:
            if code.startswith(selector):
                return selector
        return None


def _inside_quotes(line: str, end: int) -> bool:
    """A cheap test that `#` at `end` sits inside a quoted scalar: quotes before it are unbalanced."""
    before = line[:end]
    double = before.count('"') - before.count('\\"')
    single = before.count("'")
    return double % 2 == 1 or single % 2 == 1


def find(text: str) -> list[Suppression]:
    """Every suppression comment in the text, with its 1-based line and the column of `#`."""
    if "planctl" not in text:
        return []
    found: list[Suppression] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if "planctl" not in line:
            continue
        for match in _COMMENT.finditer(line):
            if _inside_quotes(line, match.start()):
                continue
            codes: Optional[tuple[str, ...]] = None
            if match.group(1) is not None:
                codes = tuple(part.strip().upper() for part in match.group(1).split(",") if part.strip())
            found.append(Suppression(number, match.start() + 1, codes))
            break
    return found


def apply(findings: Iterable[Diagnostic], suppressions: list[Suppression]) -> list[Diagnostic]:
    """The findings no comment silences; each comment records what it silenced."""
    by_line = {s.line: s for s in suppressions}
    kept: list[Diagnostic] = []
    for finding in findings:
        comment = by_line.get(finding.line)
        selector = comment.covers(finding.code) if comment is not None else None
        if comment is None or selector is None:
            kept.append(finding)
            continue
        comment.any_used = True
        comment.used.add(selector)
    return kept
