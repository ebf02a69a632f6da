"""How a plan diff speaks to a reviewer: field names, values of closed vocabularies, phrases.

The words live in labels.yaml, by language; a diff speaks the language of the new version.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from planctl.yamlio import package_data

#: At most this many schedule lines per item; a monthly deadline would flood the review.
MAX_SCHEDULE_LINES = 6


@dataclass(frozen=True)
class Labels:
    """The words of one language: field names, closed vocabularies, phrases, change markers."""

    fields: dict[str, str]
    values: dict[str, dict[str, str]]
    text: dict[str, str]
    markers: dict[str, str]

    def field(self, name: str) -> str:
        return self.fields.get(name, name)


@cache
def labels(lang: str = "ru") -> Labels:
    """The diff's words in `lang` (Russian for a language the file does not have)."""
    data = package_data("planctl.plandiff", "labels.yaml")
    words = data.get(lang) or data["ru"]
    return Labels(dict(words["fields"]), {k: dict(v) for k, v in words["values"].items()}, dict(words["text"]), dict(data["markers"]))
