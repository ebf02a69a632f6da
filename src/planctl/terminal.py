"""What the output goes to: whether it is painted (NO_COLOR, FORCE_COLOR, else a terminal)
and how wide tables may be (a terminal's width; a pipe or file gets the full text)."""

from __future__ import annotations

import os
import sys

#: The width a table may take when the output is not a terminal: more than any line needs,
#: so `planctl due | grep …` and CI logs get whole titles and file names, never «round…».
UNLIMITED_WIDTH = 100_000


def use_color() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def output_width() -> int | None:
    """The width to lay tables out in: COLUMNS when it is set, None (let the terminal say)
    on a terminal, and no limit for a pipe or a file."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    return None if sys.stdout.isatty() else UNLIMITED_WIDTH
