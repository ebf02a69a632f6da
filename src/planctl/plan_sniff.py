"""Whether a YAML file found by a folder walk is a plan at all, decided from its top-level keys.

`planctl validate .` in a repository meets `mkdocs.yml`, `.pre-commit-config.yaml` and
GitHub workflows; reporting each as a broken plan fails the run for nothing. A file is
*clearly not a plan* when its top-level block keys are known and none of them is a key of
the plan format. Anything less clear (no block keys: a list, flow style, a broken or empty
file, a file that cannot be read) counts as a plan, so the loader says what is wrong.

Only the text is looked at, line by line, not parsed: mkdocs files carry `!!python/name`
tags a safe YAML parser refuses, and a plan is recognised from its first keys.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass

#: The top-level keys of a plan (planctl.model.Plan; a test keeps the two in step).
PLAN_KEYS = frozenset(
    {"title", "heading", "period", "approval", "agreed", "attachment", "language", "shift", "columns", "executors", "items", "sections", "signature"}
)
#: Files larger than this are left to the loader, which has its own size limit.
_MAX_BYTES = 10 * 2**20
#: A plan names its keys at the top: the first block nearly always decides without reading the rest.
_FIRST_BLOCK = 1 << 12
#: A key at the start of a line: plain, or in single or double quotes, followed by `:` and a space or the line's end.
_TOP_KEY = re.compile(r"""(?:"([^"]*)"|'([^']*)'|([^\s#'"\-?:{}\[\]!&*%@`|>][^:#]*?))[ \t]*:(?:[ \t]|$)""")
#: Lines that cannot start a top-level key: indented, comments, list items, document markers.
_NOT_A_KEY = frozenset(" \t#-%")


@dataclass(frozen=True)
class NotAPlan:
    """A file skipped by a folder walk, with the keys that showed it is something else."""

    path: str
    keys: tuple[str, ...]


def top_level_keys(text: str, *, stop_at_plan_key: bool = False) -> list[str]:
    """The block-style keys at column 0, in order, without repeats; with `stop_at_plan_key`,
    up to the first key of a plan (which is all a plan needs to be told apart)."""
    keys: list[str] = []
    for line in text.splitlines():
        if not line or line[0] in _NOT_A_KEY:
            continue
        match = _TOP_KEY.match(line)
        if match is None:
            continue
        key = next(group for group in match.groups() if group is not None).strip()
        if key not in keys:
            keys.append(key)
        if stop_at_plan_key and key in PLAN_KEYS:
            break
    return keys


def not_a_plan(path: str) -> NotAPlan | None:
    """A `NotAPlan` when `path` is clearly some other YAML file, else None (check it as a plan)."""
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode) or status.st_size > _MAX_BYTES:
            return None
        with open(path, "rb") as handle:
            data = handle.read(_FIRST_BLOCK)
            if PLAN_KEYS.intersection(top_level_keys(_text(data), stop_at_plan_key=True)):
                return None
            data += handle.read()
    except OSError:
        return None
    keys = top_level_keys(_text(data))
    if not keys or PLAN_KEYS.intersection(keys):
        return None
    return NotAPlan(path, tuple(keys))


def _text(data: bytes) -> str:
    """Keys are ASCII in any encoding the loader would refuse; it reports the encoding, not this."""
    return data.decode("utf-8-sig", errors="replace")
