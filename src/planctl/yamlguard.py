"""Refuse YAML that would be costly to compose, by reading only its event stream.

The C composer recurses once per nesting level with no limit (30,000 brackets crash
the process), builds every node before anyone can count them, and an alias stands for
its whole anchor (nine aliases of nine aliases are a billion values once expanded).
The parser does none of this, so walking its events first with a depth count, a value
count and each anchor's expanded size stops all three before any node is built.

One guard for every YAML planctl reads (plans, progress records, configuration,
template.yaml, package data); the bounds are in `planctl.limits`. Messages are the
caller's: this module only says what and where.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    ScalarEvent,
)

from planctl.limits import MAX_ALIAS_EXPANSION, MAX_DEPTH, MAX_NODES
from planctl.yamlio import SafeNodeLoader


class YamlTooBig(MarkedYAMLError):
    """A YAML text nests deeper, holds more values or expands its aliases further than planctl reads.

    A `MarkedYAMLError`, so code that already reports YAML errors with their line reports
    this one too; `kind` is `too-deep`, `too-many-nodes`, `alias-bomb` or `self-alias`
    (an anchor used inside itself), `limit` the bound passed (0 for `self-alias`).
    """

    def __init__(self, kind: str, mark: Any, limit: int = 0) -> None:
        super().__init__(problem=_WHAT[kind].format(limit=limit), problem_mark=mark)
        self.kind = kind
        self.limit = limit


_WHAT = {
    "too-deep": "nesting deeper than {limit:,}",
    "too-many-nodes": "more values than {limit:,}",
    "alias-bomb": "aliases expanding to more than {limit:,} values",
    "self-alias": "an anchor used inside itself",
}

#: Below this depth the C composer's recursion is safe on any stack planctl runs with
#: (it crashes near 25,000 on 8 MB); texts that cannot nest deeper skip the event scan.
_SAFE_DEPTH = 1000
#: A line's lead (indentation and `- `, `? `, `: ` indicators) at least this long sends the text to the scan.
_LONG_LEAD = 100
_BREAKS = "\n\r\x85\u2028\u2029"


def check_shape(
    text: str,
    max_depth: int = MAX_DEPTH,
    max_nodes: int = MAX_NODES,
    max_alias_nodes: int = MAX_ALIAS_EXPANSION,
    *,
    depth_checked_later: bool = False,
) -> None:
    """Raise `YamlTooBig` at the first place `text` nests deeper than `max_depth`, holds
    more than `max_nodes` values, or its aliases add more than `max_alias_nodes` values
    once expanded (or an anchor is used inside itself), before any node tree is built.

    Scanning the events costs about half a composition, so it runs only when counting
    characters cannot rule the danger out: a text without `&` has no alias to expand,
    and `depth_bound` and `node_bound` bound the rest. With `depth_checked_later` the
    caller checks `max_depth` on the composed tree itself (as the plan loader does), and
    only a depth that could crash the composer needs the scan: plans as people write
    them skip it. Parse errors are left for the composer, which reports them in the same
    words as without this check.
    """
    safe = _SAFE_DEPTH if depth_checked_later else max_depth
    depth = depth_bound(text)
    few = 2 * len(text) + 2 <= max_nodes or node_bound(text) <= max_nodes
    if depth is not None and depth <= safe and few and "&" not in text:
        return
    _scan(text, max_depth, max_nodes, max_alias_nodes)


def _scan(text: str, max_depth: int, max_nodes: int, max_alias_nodes: int) -> None:
    loader = SafeNodeLoader(text)
    #: open collections: [anchor, values inside so far]
    stack: list[list[Any]] = [[None, 0]]
    sizes: dict[str, int] = {}
    nodes = expanded = 0
    try:
        while True:
            event = loader.get_event()
            if event is None:
                return
            kind = type(event)
            if kind is ScalarEvent:
                nodes += 1
                if event.anchor is not None:
                    sizes[event.anchor] = 1
                stack[-1][1] += 1
            elif isinstance(event, CollectionStartEvent):
                nodes += 1
                if len(stack) > max_depth:
                    raise YamlTooBig("too-deep", event.start_mark, max_depth)
                stack.append([event.anchor, 1])
            elif isinstance(event, CollectionEndEvent):
                anchor, size = stack.pop()
                if anchor is not None:
                    sizes[anchor] = size
                stack[-1][1] += size
            elif kind is AliasEvent:
                nodes += 1
                if any(frame[0] == event.anchor for frame in stack):
                    raise YamlTooBig("self-alias", event.start_mark)
                size = sizes.get(event.anchor, 1)
                expanded += size
                if expanded > max_alias_nodes:
                    raise YamlTooBig("alias-bomb", event.start_mark, max_alias_nodes)
                stack[-1][1] += size
            else:
                continue
            if nodes > max_nodes:
                raise YamlTooBig("too-many-nodes", event.start_mark, max_nodes)
    except YamlTooBig:
        raise
    except Exception:  # a syntax error: the composer reports it with its position
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
