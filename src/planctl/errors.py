"""One error hierarchy for the core; the CLI turns it into messages and exit codes.

Errors carry where they happened (file, line, column; 1-based) and never print.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """A place in a file: 1-based line and column; 0 means unknown."""

    path: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}:{self.column or 1}"
        return self.path


class PlanctlError(Exception):
    """Base of every error the core raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location is not None:
            return f"{self.location}: {self.message}"
        return self.message


class UsageError(PlanctlError):
    """The command line asks for something impossible (exit 2)."""

    exit_code = 2


class OutputError(PlanctlError):
    """An output file cannot be written."""


class WorkerCrashed(PlanctlError):
    """A worker process died (a crash in a library, the memory killer): the files that kill it are named."""


class TemplateError(PlanctlError):
    """A render template is missing or broken."""


class ImportFailed(PlanctlError):
    """A Word document cannot be imported as a plan."""


def location(path: str | Path, line: int = 0, column: int = 0) -> Location:
    return Location(str(path), line, column)
