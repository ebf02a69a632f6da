"""Whether output is painted: the NO_COLOR and FORCE_COLOR conventions, else a terminal."""

from __future__ import annotations

import os
import sys


def use_color() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()
