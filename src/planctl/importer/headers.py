"""Which plan field a printed column label names, read by meaning rather than by exact wording.

Real plans print dozens of labels for the same four columns («Сроки исполнения», «Дата
проведения», «Відповідальні за виконання», «Хто проводить»…). A label is first looked
up among the real labels collected from public plans (header_labels.yaml), then scored
by its words (labels.yaml: `label_words`, `label_stems`): the head word of the label
decides, so «Сроки проведения мероприятий» is a deadline and not an activity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from planctl.importer.vocab import FIELDS, labels, norm_label, package_labels

How = Literal["exact", "stems", "none"]
#: a word: «№», «п/п», «п.п.», a plain word, with hyphenation inside it removed beforehand
_TOKEN = re.compile(r"№|\(|\)|,|[^\W_]+(?:['’ʼ][^\W_]+)*(?:[./\\][^\W_]+)*\.?")
#: «Відповідаль-ний», «фінан-сування»: a word hyphenated across a line end in the cell
_SOFT_HYPHEN = re.compile(r"(?<=[^\W\d_])-\s*(?=[^\W\d_A-ZА-ЯЁІЇЄҐ])")
#: «1. Организационные мероприятия» is a section row, not a header
_SECTION_LIKE = re.compile(r"^(?:\d+|[ivxlc]+)(?:\.\d+)*\.?\s+\S")


@dataclass(frozen=True)
class LabelReading:
    """A label's field (None: a column the format has no key for), how it was found, and its score."""

    field: str | None
    how: How
    score: int = 0


@cache
def _exact() -> dict[str, str]:
    """Normalized label → column, from the real labels and labels.yaml's `columns` lists."""
    index: dict[str, str] = {}
    for field_name, words in labels()["columns"].items():
        for word in words:
            index[norm_label(str(word))] = field_name
    for entry in package_labels():
        index[norm_label(_unhyphen(str(entry["label"])))] = str(entry["column"])
    return index


def _unhyphen(text: str) -> str:
    return _SOFT_HYPHEN.sub("", text.replace("\\", "/"))


def _tokens(key: str) -> Iterator[str]:
    for match in _TOKEN.finditer(key):
        token = match.group(0)
        yield token if token in ("п.п.",) else token.rstrip(".") or token


def _weights(token: str) -> dict[str, int]:
    words: dict[str, Any] = labels()["label_words"]
    if token in words:
        return dict(words[token])
    stems: dict[str, Any] = labels()["label_stems"]
    best = ""
    for stem in stems:
        if token.startswith(stem) and len(stem) > len(best):
            best = stem
    return dict(stems[best]) if best else {}


def score_label(text: str) -> dict[str, int]:
    """Each field's score for a label: head words double, words in parentheses or after a preposition once."""
    joiners = set(labels()["label_joiners"])
    prepositions = set(labels()["label_prepositions"])
    scores: dict[str, int] = {}
    depth = 0
    head_open = True
    for token in _tokens(norm_label(_unhyphen(text))):
        if token == "(":
            depth += 1
            continue
        if token == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            weights, factor = _weights(token), 1
        elif token == "," or token in joiners:
            head_open = True
            continue
        elif token in prepositions:
            head_open = False
            continue
        else:
            weights = _weights(token)
            factor = 2 if head_open and weights else 1
            if weights:
                head_open = False
        for field_name, weight in weights.items():
            scores[field_name] = scores.get(field_name, 0) + weight * factor
    return scores


def read_label(text: str) -> LabelReading:
    """The field a printed header label names: a known real label, else the best-scoring meaning."""
    key = norm_label(_unhyphen(text))
    if not key or _SECTION_LIKE.match(key):
        return LabelReading(None, "none")
    if key in _exact():
        column = _exact()[key]
        return LabelReading(column if column in FIELDS else None, "exact")
    scores = score_label(text)
    if not scores:
        return LabelReading(None, "none")
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, score = ranked[0]
    tied = len(ranked) > 1 and ranked[1][1] == score
    if tied or score < int(labels()["label_min_score"]) or best not in FIELDS:
        return LabelReading(None, "stems", score)
    return LabelReading(best, "stems", score)


def match_label(text: str) -> str | None:
    """The plan field a printed header label names, or None for a column the format lacks."""
    return read_label(text).field
