"""The benchmark corpus is what it claims to be: valid plans, every deadline phrase read.

A generator that drifted from the format would make every benchmark figure measure
error reporting instead of the real work.
"""

from __future__ import annotations

import sys
from pathlib import Path

from planctl.check import check_paths
from planctl.deadlines import read_phrase
from planctl.diagnostics import Severity

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))

from generate import DEADLINES, generate


def test_generated_plans_validate_without_errors(tmp_path: Path) -> None:
    paths = generate(tmp_path, files=4, items=30, seed=7)
    assert len(paths) == 4
    report = check_paths([tmp_path], jobs=1)
    assert len(report.files) == 4
    errors = [str(d) for d in report.diagnostics if d.severity is Severity.ERROR]
    assert errors == []


def test_generation_is_seeded(tmp_path: Path) -> None:
    first = [p.read_bytes() for p in generate(tmp_path / "a", files=2, items=10, seed=3)]
    again = [p.read_bytes() for p in generate(tmp_path / "b", files=2, items=10, seed=3)]
    other = [p.read_bytes() for p in generate(tmp_path / "c", files=2, items=10, seed=4)]
    assert first == again and first != other


def test_every_deadline_phrase_of_the_corpus_is_read() -> None:
    unread = [p for p in DEADLINES if not read_phrase(p.format(y=2024), "ru").recognized]
    assert unread == []
