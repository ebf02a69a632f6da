"""`# planctl: ignore[T001,N002]` comments: which findings they silence, and which silence nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from planctl.diagnostics import Diagnostic

_COMMENT = re.compile(r"(?:#\s*)?planctl:\s*ignore\b(?:\[([^\]]*)\])?", re.IGNORECASE)


@dataclass
class Suppression:
    """One comment; `codes` None silences every finding on its line."""

    line: int
    column: int
    codes: tuple[str, ...] | None
    used: set[str] = field(default_factory=set)
    any_used: bool = False

    def covers(self, code: str) -> str | None:
        """The selector of this comment that silences `code`, or None."""
        if self.codes is None:
            return "*"
        for selector in self.codes:
            if code.startswith(selector):
                return selector
        return None


_OPENERS = frozenset("[{,:-?")


def comment_start(line: str) -> int | None:
    """The index of the `#` that starts the line's YAML comment, or None.

    A quote opens a quoted scalar only where a scalar can start (first non-blank of the
    line, or after `[`, `{`, `,`, `: `, `- `), so the apostrophe of `об'єднання` is a letter;
    `''` and `\\"` inside quotes are escapes. A `#` counts at line start or after whitespace.
    """
    quote = ""
    last = ""  # the last non-blank character outside quotes
    i = 0
    while i < len(line):
        char = line[i]
        if quote == "'":
            if char == "'":
                if line.startswith("''", i):
                    i += 1
                else:
                    quote = ""
        elif quote == '"':
            if char == "\\":
                i += 1
            elif char == '"':
                quote = ""
        elif char in "'\"" and (last == "" or last in _OPENERS):
            quote = char
        elif char == "#" and (i == 0 or line[i - 1] in " \t"):
            return i
        if not quote and char not in " \t":
            last = char
        i += 1
    return None


def find(text: str) -> list[Suppression]:
    """Every suppression comment in the text, with its 1-based line and the column of `#`."""
    if "planctl" not in text:
        return []
    found: list[Suppression] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if "planctl" not in line:
            continue
        start = comment_start(line)
        if start is None:
            continue
        # the suppression may follow other words of the comment: `# note; planctl: ignore[T001]`
        for match in _COMMENT.finditer(line, start):
            if match.start() != start and line[match.start() - 1] not in " \t;#":
                continue
            codes: tuple[str, ...] | None = None
            if match.group(1) is not None:
                codes = tuple(part.strip().upper() for part in match.group(1).split(",") if part.strip())
            found.append(Suppression(number, start + 1, codes))
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
