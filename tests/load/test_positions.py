"""Positions answer from the node tree without keeping it alive longer than the document."""

from __future__ import annotations

import gc
from pathlib import Path

from planctl.load import load_file

PLAN = Path(__file__).parents[2] / "plans" / "smolensk-2024-volunteering.yaml"


def test_a_loaded_plan_is_freed_without_the_garbage_collector() -> None:
    """A reference cycle would keep each file's thousands of nodes until a collection:
    on a folder of plans that was a fifth of `planctl due`'s time."""
    load_file(PLAN)  # imports and caches settle first
    gc.collect()
    gc.disable()
    try:
        document = load_file(PLAN).document
        assert document is not None
        assert document.positions.of(("items", 0, "title")) > (1, 1)
        assert ("items", 0) in document.positions.values and ("items",) in document.positions.keys
        del document
        left_for_the_collector = gc.collect()
    finally:
        gc.enable()
    assert left_for_the_collector < 20  # ruamel's loader refers to itself: a handful of objects
