"""Work over many plan files in a process pool, or in this process when that is cheaper.

Files are independent, so a folder of plans spreads over the cores; a handful of
files (or a one-core machine) takes the plain sequential path with no pool start-up.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Below this many files a pool costs more to start than it saves.
POOL_THRESHOLD = 24
#: Files handed to a worker at once: few round trips, still balanced.
CHUNK = 8


def default_jobs() -> int:
    try:
        return max(1, min(len(os.sched_getaffinity(0)), 8))
    except AttributeError:  # not on Linux
        return max(1, min(os.cpu_count() or 1, 8))


def map_chunks(func: Callable[..., list[R]], items: Sequence[T], *args: Any, jobs: int | None = None) -> list[R]:
    """`func(chunk, *args)` over chunks of `items`, results concatenated in order."""
    workers = jobs if jobs is not None else default_jobs()
    if workers <= 1 or len(items) < POOL_THRESHOLD:
        return func(items, *args)
    chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
    results: list[R] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for part in pool.map(func, chunks, *[[arg] * len(chunks) for arg in args]):
            results.extend(part)
    return results
