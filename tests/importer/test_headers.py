"""Column labels are read by meaning: every real label collected, and labels nobody listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from planctl.importer.headers import read_label, score_label
from planctl.importer.vocab import FIELDS, labels, package_labels

DATA = Path(__file__).parent / "data"
REAL = package_labels()
UNSEEN = YAML(typ="safe").load((DATA / "unseen_labels.yaml").read_text(encoding="utf-8"))
#: Real labels whose meaning the word scores alone would get wrong; the exact list reads them.
NEEDS_THE_LIST = {
    "Виконавець і терміни (строки) виконання заходу",  # executors and deadline in one column: kept in notes
    "Время проведения",  # a time-of-day column next to the date column
}


def _field(column: str) -> str | None:
    return column if column in FIELDS else None


def test_the_vocabulary_holds_at_least_60_real_labels_with_their_sources() -> None:
    assert len(REAL) >= 60
    for entry in REAL:
        assert str(entry["source"]).startswith(("http://", "https://")), entry
        assert entry["column"] in (*FIELDS, "other"), entry


@pytest.mark.parametrize("entry", REAL, ids=[e["label"] for e in REAL])
def test_every_real_label_is_read_as_its_column(entry: dict[str, str]) -> None:
    assert read_label(entry["label"]).field == _field(entry["column"])


def _by_scores(label: str) -> str | None:
    scores = sorted(score_label(label).items(), key=lambda kv: -kv[1])
    if not scores or (len(scores) > 1 and scores[1][1] == scores[0][1]) or scores[0][1] < labels()["label_min_score"]:
        return None
    return _field(scores[0][0])


def test_word_scores_alone_read_the_real_labels() -> None:
    wrong = {e["label"] for e in REAL if _by_scores(e["label"]) != _field(e["column"])}
    assert wrong == NEEDS_THE_LIST


@pytest.mark.parametrize(("label", "field"), UNSEEN, ids=[row[0] for row in UNSEEN])
def test_labels_nobody_listed_are_read_by_meaning(label: str, field: str | None) -> None:
    reading = read_label(label)
    assert reading.field == field
    if field is not None:
        assert reading.how == "stems"
