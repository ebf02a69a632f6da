"""Option choices that more than one command offers."""

from __future__ import annotations

from enum import Enum

from planctl.deadlines.calendar import SHIFTS

#: Where a due date on a day off moves; the choices are `deadlines.calendar.Shift`, its one home.
ShiftChoice = Enum("ShiftChoice", [(name, name) for name in SHIFTS], type=str)  # type: ignore[misc]
