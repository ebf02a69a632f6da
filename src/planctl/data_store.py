"""planctl's own YAML data files (word tables, rule texts) kept parsed on disk between runs.

Parsing them is most of what a check of one small plan does after start-up: the deadline
language of ru.yaml and the rule texts take ruamel's constructor some 10 ms at every run.
The parsed values are kept in the cache folder (next to the result cache and the
calendars), keyed by the file's text and the versions that parse it, so an edited file or
an upgrade parses afresh. Anything that goes wrong here means only that the file is
parsed again; a value marshal cannot hold (a date) is simply not kept.
"""

from __future__ import annotations

import marshal
import os
import sys
from collections.abc import Callable
from hashlib import blake2b
from typing import Any

from planctl.dirs import cache_dir

LAYOUT = "data-v1"


def parsed(text: str, parse: Callable[[str], Any]) -> Any:
    """`parse(text)`, from the cache folder when an earlier run kept it."""
    path = _path(text)
    if path is None:
        return parse(text)
    value = load(path)
    if value is None:
        value = parse(text)
        store(path, value)
    return value


def load(path: str) -> Any:
    """The value kept at `path`, or None when there is none or it cannot be read.

    The production calendar's store (deadlines.calendar_store) keeps its tables this way too.
    """
    try:
        with open(path, "rb") as handle:
            return marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def store(path: str, value: Any) -> None:
    """Keep `value` at `path`, whole or not at all; a value marshal cannot hold, or a disk error, keeps nothing."""
    try:
        data = marshal.dumps(value)
    except ValueError:  # a type marshal does not know
        return
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temporary = f"{path}.{os.getpid()}.tmp"
        with open(temporary, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except OSError:
        return


def _path(text: str) -> str | None:
    root = cache_dir()
    if root is None:
        return None
    from ruamel.yaml import __version__ as parser_version

    key = blake2b(digest_size=16)
    for part in (parser_version, str(marshal.version), sys.version):
        key.update(part.encode("utf-8") + b"\0")
    key.update(text.encode("utf-8", "surrogatepass"))
    return os.path.join(root, LAYOUT, key.hexdigest())
