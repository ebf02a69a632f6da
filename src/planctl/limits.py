"""Every bound planctl puts on what a file may make it do, in one place.

README's «Limits» section quotes these numbers; `tests/test_readme.py` keeps the two in step.
"""

from __future__ import annotations

#: A plan file larger than this is refused before it is read (or hashed for the cache).
MAX_FILE_BYTES = 10 * 1024 * 1024
#: `.planctl.yaml` or `pyproject.toml` larger than this is refused unread.
MAX_CONFIG_BYTES = 1024 * 1024
#: Nesting of lists and mappings; checked on the parser's events before any tree is built.
MAX_DEPTH = 64
#: Values (texts, numbers, lists, mappings) in one file, counted before the tree is built.
MAX_NODES = 500_000
#: Nodes reached through aliases may add at most this many on top of the nodes written out.
MAX_ALIAS_EXPANSION = 10_000
#: A plan's period may span at most this many years (`period: 1900-2200` is refused).
MAX_PERIOD_YEARS = 50
#: One `due` run lists at most this many occurrences; more is a message, not a huge report.
MAX_OCCURRENCES = 100_000
#: Years a plan, a `--year` option or a deadline may name: beyond them is a typo, not a plan.
MIN_YEAR = 1900
MAX_YEAR = 2200
