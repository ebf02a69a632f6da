"""Option choices that more than one command offers."""

from __future__ import annotations

from enum import Enum


class ShiftChoice(str, Enum):
    """Where a due date on a day off moves: the office rule (previous), next, or nowhere."""

    previous = "previous"
    next = "next"
    none = "none"
