"""Where planctl keeps files of its own between runs (the result cache, calendars).

Imported on the cached validate path and by the deadlines package: it needs only `os`.
"""

from __future__ import annotations

import os

#: Set (to anything but 0) to keep nothing between runs.
DISABLE_ENV = "PLANCTL_NO_CACHE"
#: Names the folder instead of `$XDG_CACHE_HOME/planctl`.
DIR_ENV = "PLANCTL_CACHE_DIR"


def cache_dir() -> str | None:
    """Where entries live, or None when caching is switched off."""
    if os.environ.get(DISABLE_ENV, "") not in ("", "0"):
        return None
    chosen = os.environ.get(DIR_ENV)
    if chosen:
        return chosen
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home.startswith("~"):  # no home folder: better no cache than a folder named "~" here
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "planctl")
