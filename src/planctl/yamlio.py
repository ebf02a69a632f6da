"""ruamel.yaml set up once: the C parser where it is installed, the pure-Python one otherwise."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from planctl.limits import MAX_DEPTH, MAX_NODES

try:
    from ruamel.yaml.cyaml import CSafeLoader as SafeNodeLoader

    HAVE_C_PARSER = True
except ImportError:  # pragma: no cover - depends on the platform
    from ruamel.yaml.loader import SafeLoader as SafeNodeLoader  # type: ignore[assignment]

    HAVE_C_PARSER = False


def safe_load_text(text: str) -> Any:
    """Load a small YAML file (package data, a configuration) as plain Python values.

    `YamlTooBig` (a `MarkedYAMLError`) when it nests too deep or holds too many values.
    """
    check_shape(text)
    loader = SafeNodeLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


@lru_cache(maxsize=None)
def package_data(package: str, name: str) -> Any:
    """A YAML data file shipped inside `package` (word tables, message texts), read once."""
    return safe_load_text(resources.files(package).joinpath(name).read_text(encoding="utf-8"))


class YamlTooBig(MarkedYAMLError):
    """A YAML text nests deeper or holds more values than planctl reads.

    A `MarkedYAMLError`, so code that already reports YAML errors with their line
    reports this one too; `kind` is `too-deep` or `too-many-nodes`, `limit` the bound.
    """

    def __init__(self, kind: str, mark: Any, limit: int) -> None:
        what = "nesting deeper than" if kind == "too-deep" else "more values than"
        super().__init__(problem=f"{what} {limit:,}", problem_mark=mark)
        self.kind = kind
        self.limit = limit


#: Below this depth the C composer's recursion is safe on any stack planctl runs with
#: (it crashes near 25,000 on 8 MB); texts that cannot nest deeper skip the event scan.
_SAFE_DEPTH = 1000
#: A line's lead (indentation and `- `, `? `, `: ` indicators) at least this long sends the text to the scan.
_LONG_LEAD = 100
_BREAKS = "\n\r\x85\u2028\u2029"


def check_shape(
    text: str, max_depth: int = MAX_DEPTH, max_nodes: int = MAX_NODES, *, depth_checked_later: bool = False
) -> None:
    """Raise `YamlTooBig` at the first place `text` nests deeper than `max_depth` or holds
    more than `max_nodes` values, before any node tree is built.

    The C composer recurses once per level with no limit (30,000 brackets crash the
    process) and builds every node before anyone can count them, so both bounds are
    checked on the parser's event stream. That costs about half a composition, so it
    runs only when counting characters cannot rule the danger out (`depth_bound`,
    `node_bound`). With `depth_checked_later` the caller checks `max_depth` on the
    composed tree itself (as the plan loader does), and only a depth that could crash
    the composer needs the scan: plans as people write them skip it. Parse errors are
    left for the composer, which reports them in the same words as without this check.
    """
    safe = _SAFE_DEPTH if depth_checked_later else max_depth
    depth = depth_bound(text)
    few = 2 * len(text) + 2 <= max_nodes or node_bound(text) <= max_nodes
    if depth is not None and depth <= safe and few:
        return
    loader = SafeNodeLoader(text)
    depth = nodes = 0
    try:
        while True:
            event = loader.get_event()
            if event is None:
                return
            kind = type(event)
            if kind is ScalarEvent or kind is AliasEvent:
                nodes += 1
            elif kind is SequenceStartEvent or kind is MappingStartEvent:
                nodes += 1
                depth += 1
                if depth > max_depth:
                    raise YamlTooBig("too-deep", event.start_mark, max_depth)
            elif kind is SequenceEndEvent or kind is MappingEndEvent:
                depth -= 1
            else:
                continue
            if nodes > max_nodes:
                raise YamlTooBig("too-many-nodes", event.start_mark, max_nodes)
    except YamlTooBig:
        raise
    except YAMLError:
        return
    finally:
        loader.dispose()


def depth_bound(text: str, lead: int = _LONG_LEAD) -> int | None:
    """An upper bound on how deep `text` nests, or None when a line's lead is `lead` or longer.

    Each flow level needs a `[` or `{`. Each block level starts at a column greater than
    its parent's (or equal, once, for a list under a key), inside the lead of its line
    (spaces and the `- `, `? `, `: ` indicators) or just after it; leads shorter than
    `lead` leave room for at most 2·`lead` + 2 block levels.
    """
    after_newline, after_any_break, at_start = _lead_patterns(lead)
    if at_start.match(text):
        return None
    # a newline is found fast; other line breaks are rare and need the slower pattern
    rare = any(mark in text for mark in _BREAKS[1:])
    if (after_any_break if rare else after_newline).search(text):
        return None
    return text.count("[") + text.count("{") + 2 * lead + 2


def node_bound(text: str) -> int:
    """An upper bound on the values in `text`: each needs a character (`[:,:]` packs the
    most, three per two), and each is owed to a bracket, separator or key indicator."""
    flow = text.count("[") + text.count("{")
    separators = text.count(",") + text.count("-")
    keys = text.count(":") + text.count("?")
    return min(2 * len(text) + 2, 1 + 3 * flow + 2 * separators + 3 * keys)


@lru_cache(maxsize=8)
def _lead_patterns(lead: int) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A lead of `lead` characters after a newline, after any YAML line break, at the start."""
    run = rf"[ \t?:-]{{{lead}}}"
    return re.compile(r"\n" + run), re.compile(f"[{_BREAKS}]" + run), re.compile(run)
