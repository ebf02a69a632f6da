"""Message texts in the plan's language, kept in data/messages.yaml rather than in code."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from planctl.yamlio import safe_load_text


@lru_cache(maxsize=None)
def _catalogue() -> dict[str, dict[str, str]]:
    text = resources.files("planctl").joinpath("data/messages.yaml").read_text(encoding="utf-8")
    data = safe_load_text(text)
    assert isinstance(data, dict)
    return data


def text(key: str, lang: str = "ru", /, **fields: Any) -> str:
    """The message `key` in `lang` (Russian when the language has no text), filled with `fields`."""
    entry = _catalogue()[key]
    template = entry.get(lang) or entry["ru"]
    return template.format(**fields)
