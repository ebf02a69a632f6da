"""Message texts in the plan's language, kept in data/messages.yaml rather than in code."""

from __future__ import annotations

from typing import Any

from planctl.yamlio import package_data


def _catalogue() -> dict[str, dict[str, str]]:
    data = package_data("planctl", "data/messages.yaml")
    assert isinstance(data, dict)
    return data


def text(key: str, lang: str = "ru", /, **fields: Any) -> str:
    """The message `key` in `lang` (Russian when the language has no text), filled with `fields`."""
    entry = _catalogue()[key]
    template = entry.get(lang) or entry["ru"]
    return template.format(**fields)
