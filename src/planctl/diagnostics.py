"""A finding about a plan file: what every check produces and every format prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Diagnostic:
    """One finding. `line` and `column` are 1-based; 0 means the whole file."""

    code: str
    severity: Severity
    message: str
    path: str
    line: int = 0
    column: int = 0
    hint: str | None = None
    rule: str = field(default="", compare=False)

    @property
    def where(self) -> str:
        """`file:line:column`, the form editors and CI logs turn into links."""
        return f"{self.path}:{self.line}:{self.column}"

    def __str__(self) -> str:
        return f"{self.where}: {self.code} {self.message}"

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.path,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "hint": self.hint,
        }
