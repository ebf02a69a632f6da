"""The interface language: Russian by default, Ukrainian when LANG names it (uk_UA.UTF-8)."""

from __future__ import annotations

import os


def interface_language() -> str:
    return "uk" if os.environ.get("LANG", "").lower().startswith("uk") else "ru"
