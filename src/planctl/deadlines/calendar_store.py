"""A year of the production calendar kept on disk, so a due list need not import `holidays`.

The table of a (country, year) is fixed for a given version of `holidays`; the key holds
the files of its install (found without importing it), so an upgrade reads afresh.
Anything that goes wrong here means only that the calendar is computed again.
"""

from __future__ import annotations

import os
from hashlib import blake2b
from importlib.util import find_spec

from planctl import data_store
from planctl.dirs import cache_dir

LAYOUT = "calendar-v1"


def load(country: str, year: int) -> dict[int, str] | None:
    path = _path(country, year)
    if path is None:
        return None
    table = data_store.load(path)
    if not isinstance(table, dict) or not all(isinstance(k, int) and isinstance(v, str) for k, v in table.items()):
        return None
    return table


def save(country: str, year: int, table: dict[int, str]) -> None:
    path = _path(country, year)
    if path is not None:
        data_store.store(path, table)


def _path(country: str, year: int) -> str | None:
    root = cache_dir()
    version = _holidays_version()
    if root is None or version is None:
        return None
    return os.path.join(root, LAYOUT, f"{country}-{year}-{version}")


_version_memo: list[str | None] = []


def _holidays_version() -> str | None:
    """Sizes and times of the `holidays` files that make the Russian and Ukrainian calendars."""
    if not _version_memo:
        _version_memo.append(_stat_signature())
    return _version_memo[0]


def _stat_signature() -> str | None:
    try:
        spec = find_spec("holidays")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = next(iter(spec.submodule_search_locations))
    parts = []
    for name in ("__init__.py", "version.py", "holiday_base.py", "countries/russia.py", "countries/ukraine.py"):
        try:
            status = os.stat(os.path.join(folder, name))
        except OSError:
            return None
        parts.append(f"{status.st_size}.{status.st_mtime_ns}")
    return blake2b("|".join([folder, *parts]).encode("utf-8", "surrogateescape"), digest_size=10).hexdigest()
