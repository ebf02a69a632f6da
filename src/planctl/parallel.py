"""Work over many plan files in a process pool, or in this process when that is cheaper.

Files are independent, so a folder of plans spreads over the cores; a handful of
files (or a one-core machine) takes the plain sequential path with no pool start-up.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Below this many files a pool costs more to start than it saves.
POOL_THRESHOLD = 24
#: Files handed to a worker at once: few round trips, still balanced.
CHUNK = 8
#: Allocations between young-generation collections while plans are loaded (Python's default is 700).
#: Loading makes many short-lived objects and hardly any cycles, so collecting ten times less
#: often saves time and changes nothing that is kept.
GC_THRESHOLD = 10_000


def default_jobs() -> int:
    try:
        return max(1, min(len(os.sched_getaffinity(0)), 8))
    except AttributeError:  # not on Linux
        return max(1, min(os.cpu_count() or 1, 8))


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Raise the young-generation threshold for a while, then put it back."""
    old = gc.get_threshold()
    if old[0] == 0:  # automatic collection is off: leave it so
        yield
        return
    gc.set_threshold(max(old[0], GC_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _worker_start() -> None:
    """A worker only loads and checks plans: it may collect less often for good."""
    old = gc.get_threshold()
    if old[0]:
        gc.set_threshold(max(old[0], GC_THRESHOLD), *old[1:])


def map_chunks(
    func: Callable[..., list[R]],
    items: Sequence[T],
    *args: Any,
    jobs: int | None = None,
    prepare: Callable[[], None] | None = None,
) -> list[R]:
    """`func(chunk, *args)` over chunks of `items`, results concatenated in order.

    `prepare` runs in this process only when a pool is started, before its workers fork,
    so what it imports or caches is there in every worker at no cost.
    """
    workers = jobs if jobs is not None else default_jobs()
    if workers <= 1 or len(items) < POOL_THRESHOLD:
        with _fewer_collections():
            return func(items, *args)
    from concurrent.futures import ProcessPoolExecutor  # multiprocessing is only loaded for a pool
    from concurrent.futures.process import BrokenProcessPool

    if prepare is not None:
        prepare()
    chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
    results: list[R] = []
    # Everything imported so far goes to the permanent generation before the workers fork:
    # their collections then never walk it, and never touch (and so copy) its memory pages.
    gc.freeze()
    done = 0
    try:
        with _fewer_collections(), ProcessPoolExecutor(max_workers=workers, initializer=_worker_start) as pool:
            for part in pool.map(func, chunks, *[[arg] * len(chunks) for arg in args]):
                results.extend(part)
                done += 1
    except BrokenProcessPool:
        # Every chunk still under way fails with the one that killed its worker, so the
        # rest is run again chunk by chunk, each in a pool of its own, to find that one.
        for chunk in chunks[done:]:
            results.extend(_isolated(func, chunk, args))
    finally:
        gc.unfreeze()
    return results


def _isolated(func: Callable[..., list[R]], chunk: Sequence[T], args: tuple[Any, ...]) -> list[R]:
    """`func(chunk, *args)` in a worker of its own; a crash names the files that cause it."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return _alone(func, chunk, args)
    except BrokenProcessPool:
        pass
    culprits = []
    for item in chunk:
        try:
            _alone(func, [item], args)
        except BrokenProcessPool:
            culprits.append(item)
    from planctl import messages
    from planctl.display import shown
    from planctl.errors import WorkerCrashed

    named = ", ".join(shown(item) for item in culprits or chunk)  # type: ignore[arg-type]
    raise WorkerCrashed(messages.text("worker-crashed", "ru", files=named))


def _alone(func: Callable[..., list[R]], chunk: Sequence[T], args: tuple[Any, ...]) -> list[R]:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, initializer=_worker_start) as pool:
        return pool.submit(func, chunk, *args).result()
