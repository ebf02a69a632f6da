"""Rewrites of office text into the words the phrase tables know, kept in the language the text is written in."""

from __future__ import annotations

import re
from collections.abc import Callable


def in_its_language(russian: str, ukrainian: str, said_in_ukrainian: str) -> Callable[[re.Match[str]], str]:
    """A replacement in the language of the words it replaces: `ukrainian` where `said_in_ukrainian` finds
    them Ukrainian («починається з» → «з», «начинается с» → «с»); either may name the match's groups (\\1)."""
    told = re.compile(said_in_ukrainian)
    return lambda match: match.expand(ukrainian if told.search(match.group(0)) else russian)
