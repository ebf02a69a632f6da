"""A worker that dies (a segfault in a C library, the memory killer) is named by its files,
never reported as «BrokenProcessPool» without a file (issue 12, defect 5)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from planctl.errors import WorkerCrashed
from planctl.parallel import CHUNK, POOL_THRESHOLD, map_chunks


def _dies_on_poison(chunk: list[str]) -> list[str]:
    if "poison.yaml" in chunk:
        os._exit(139)  # what a segfault looks like to the pool
    return chunk


def test_a_dead_worker_names_the_files_it_held() -> None:
    names = [f"plan-{i:03}.yaml" for i in range(POOL_THRESHOLD + 2 * CHUNK)]
    names[CHUNK + 1] = "poison.yaml"
    with pytest.raises(WorkerCrashed) as caught:
        map_chunks(_dies_on_poison, names, jobs=2)
    assert caught.value.message.endswith(": poison.yaml")  # the one file, not its chunk or the pool


def test_a_healthy_pool_keeps_the_order(tmp_path: Path) -> None:
    names = [f"plan-{i:03}.yaml" for i in range(POOL_THRESHOLD + 2 * CHUNK)]
    assert map_chunks(_dies_on_poison, names, jobs=2) == names
