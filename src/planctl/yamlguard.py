"""Refuse YAML that would be costly to compose, by reading only its event stream.

The composer recurses once per nesting level (50,000 levels crash the interpreter)
and builds an alias as often as it is used (nine aliases of nine aliases are a
billion nodes). The parser does neither, so walking its events first with a depth
count and each anchor's expanded size stops both before any node is built.
Messages are the caller's: this module only says what and where.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    NodeEvent,
)

from planctl.yamlio import SafeNodeLoader


@dataclass
class YamlTooComplex(Exception):
    """`kind` is too-deep, alias-bomb or self-alias; line and column are 1-based."""

    kind: str
    line: int
    column: int
    limit: int = 0


def check_shape(text: str, max_depth: int, max_alias_nodes: int) -> None:
    """Raise `YamlTooComplex` when `text` nests deeper than `max_depth` collections,
    or its aliases would add more than `max_alias_nodes` nodes once expanded.

    A syntax error is left to the composer that runs next: it reports it with its own words.
    """
    loader = SafeNodeLoader(text)
    #: open collections: [anchor, nodes inside so far]
    stack: list[list[Any]] = [[None, 0]]
    sizes: dict[str, int] = {}
    expanded = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, CollectionStartEvent):
                if len(stack) > max_depth:
                    raise _stop("too-deep", event, max_depth)
                stack.append([event.anchor, 1])
            elif isinstance(event, CollectionEndEvent):
                anchor, size = stack.pop()
                if anchor is not None:
                    sizes[anchor] = size
                stack[-1][1] += size
            elif isinstance(event, AliasEvent):
                if any(frame[0] == event.anchor for frame in stack):
                    raise _stop("self-alias", event)
                size = sizes.get(event.anchor, 1)
                expanded += size
                if expanded > max_alias_nodes:
                    raise _stop("alias-bomb", event, max_alias_nodes)
                stack[-1][1] += size
            elif isinstance(event, NodeEvent):  # a scalar
                if event.anchor is not None:
                    sizes[event.anchor] = 1
                stack[-1][1] += 1
    except YamlTooComplex:
        raise
    except Exception:  # noqa: BLE001 - a syntax error: the composer reports it with its position
        return
    finally:
        loader.dispose()


def _stop(kind: str, event: Any, limit: int = 0) -> YamlTooComplex:
    mark = event.start_mark
    return YamlTooComplex(kind, mark.line + 1, mark.column + 1, limit)
