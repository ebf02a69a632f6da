"""What a loaded plan is, apart from how it was loaded: the document, its positions, the result.

Lint rules, progress records, render and diff need these types but not the loader
(pydantic validation, YAML composition, file reading): they import them from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ruamel.yaml.nodes import MappingNode, Node, SequenceNode

if TYPE_CHECKING:
    from planctl.diagnostics import Diagnostic
    from planctl.model import Plan

#: A place in the document: mapping keys and list indices from the root.
YamlPath = tuple[Any, ...]


class Positions:
    """Where each value and each key of the document stands (1-based line, column).

    Positions are read from the composed node tree when a finding asks for one, not
    recorded for every node while loading: a clean plan never asks. `values` and `keys`
    answer `path in ...`, `[path]` and `.get(path)` like the tables they stand for.
    """

    def __init__(self, root: Node | None = None) -> None:
        self.root = root
        self._maps: dict[int, dict[Any, tuple[Node, Node]]] = {}

    # Made on each use, not kept: a table pointing back at its Positions would be a
    # reference cycle, and the whole node tree would wait for the garbage collector.
    @property
    def values(self) -> _Table:
        return _Table(self, key=False)

    @property
    def keys(self) -> _Table:
        return _Table(self, key=True)

    def _children(self, node: MappingNode) -> dict[Any, tuple[Node, Node]]:
        """A mapping's (key node, value node) by key; the first of repeated keys wins, as in loading."""
        found = self._maps.get(id(node))
        if found is None:
            found = {}
            for key_node, value_node in node.value:
                found.setdefault(key_node.value, (key_node, value_node))
            self._maps[id(node)] = found
        return found

    def _walk(self, path: YamlPath) -> tuple[int, Node | None, Node | None]:
        """How many leading parts of `path` name a place, with the key node (None after an
        index) and the value node of the last of them."""
        node = self.root
        key_node: Node | None = None
        if node is None:
            return -1, None, None
        for depth, part in enumerate(path):
            if isinstance(node, MappingNode):
                if not isinstance(part, str):
                    return depth, key_node, node
                pair = self._children(node).get(part)
                if pair is None:
                    return depth, key_node, node
                key_node, node = pair
            elif isinstance(node, SequenceNode):
                if not isinstance(part, int) or not 0 <= part < len(node.value):
                    return depth, key_node, node
                key_node, node = None, node.value[part]
            else:
                return depth, key_node, node
        return len(path), key_node, node

    def of(self, path: YamlPath, *, key: bool = False) -> tuple[int, int]:
        """The position of `path`, or of its nearest ancestor that has one."""
        depth, key_node, node = self._walk(tuple(path))
        if depth <= 0 or node is None:
            return _at(self.root) if self.root is not None else (1, 1)
        if key and key_node is not None:
            return _at(key_node)
        return _at(node)


class _Table:
    """`Positions.values` or `Positions.keys`: the positions of whole paths only."""

    def __init__(self, positions: Positions, *, key: bool) -> None:
        self._positions = positions
        self._key = key

    def get(self, path: YamlPath, default: tuple[int, int] | None = None) -> tuple[int, int] | None:
        path = tuple(path)
        depth, key_node, node = self._positions._walk(path)
        if depth != len(path) or node is None:
            return default
        if self._key:
            return _at(key_node) if key_node is not None else default
        return _at(node)

    def __contains__(self, path: object) -> bool:
        return isinstance(path, tuple) and self.get(path) is not None

    def __getitem__(self, path: YamlPath) -> tuple[int, int]:
        found = self.get(path)
        if found is None:
            raise KeyError(path)
        return found


def _at(node: Node) -> tuple[int, int]:
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


@dataclass
class PlanDocument:
    """A plan that loaded and validated, with what the linter needs to point at it."""

    path: str
    text: str
    plan: Plan
    positions: Positions
    #: What several lint rules derive from the plan (its rows, its text values), computed once.
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()


@dataclass
class LoadResult:
    path: str
    document: PlanDocument | None
    diagnostics: list[Diagnostic]
    text: str = ""
    #: blake2b of the bytes checked, when the file was read: the result cache keys on it.
    digest: bytes | None = None


@dataclass
class ComposedFile:
    """A YAML file that is not a plan (progress records), read and composed under the plan's limits."""

    path: str
    text: str
    raw: Any
    positions: Positions
    diagnostics: list[Diagnostic]
