"""A plan's text → plain values with the line and column of each (the C parser, one pass).

Shape limits are checked on the event stream first (yamlguard); the builder then refuses
what the plan format never needs (tags, anchors beyond limits, odd keys) with a `Stop`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.tag import Tag

from planctl.document import Positions
from planctl.limits import MAX_DEPTH, MAX_NODES
from planctl.reading import Stop
from planctl.yamlguard import YamlTooBig, check_shape
from planctl.yamlio import HAVE_C_PARSER, SafeNodeLoader

_TAG = "tag:yaml.org,2002:"
_DATE = re.compile(r"^\d{4}-\d\d?-\d\d?$")
#: The tag the resolver gives every plain or quoted text: one shared object, so `is` tells text apart.
_STR = SafeNodeLoader.DEFAULT_SCALAR_TAG


class _FastResolveLoader(SafeNodeLoader):
    """The C loader with ruamel's own tag resolution made cheap for the common case.

    The C composer asks `resolve` for the tag of every node. A text that starts with a
    letter no implicit resolver starts with (all Cyrillic text) is a plain string: the
    answer is the shared default tag, as ruamel's `BaseResolver.resolve` gives it, without
    its list copying. Everything else takes ruamel's own path.
    """

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode:
            if not implicit[0]:
                return _STR
            resolvers = _IMPLICIT.get(value[0] if value else "")
            if resolvers is None:
                return _STR
            for tag, regexp in resolvers:
                if regexp.match(value):
                    return Tag(suffix=tag)
            return _STR
        return super().resolve(kind, value, implicit)


#: first character → [(tag, regexp)]: the implicit resolvers ruamel's safe loader uses.
_IMPLICIT = SafeNodeLoader.yaml_implicit_resolvers
#: The shortcut holds only for ruamel's defaults: no path resolvers, none for any first character.
_NodeLoader = (
    _FastResolveLoader
    if HAVE_C_PARSER and not SafeNodeLoader.yaml_path_resolvers and None not in _IMPLICIT
    else SafeNodeLoader
)


class _Builder:
    """Turns a composed node tree into plain values, checking limits and collecting problems.

    Positions are not recorded here: `Positions` reads them from the node tree on demand.
    Aliases were bounded before composing (`yamlguard.check_shape`): each is built again
    where it is used, at most `MAX_ALIAS_EXPANSION` values in all.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.count = 0
        self.problems: list[tuple[str, Node, dict[str, Any]]] = []

    def build(self, node: Node, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise Stop("too-deep", node, limit=MAX_DEPTH)
        self.count += 1
        if self.count > MAX_NODES:
            raise Stop("too-many-nodes", node, limit=MAX_NODES)
        if isinstance(node, ScalarNode):
            return node.value if node.ctag is _STR else self.scalar(node)
        if isinstance(node, SequenceNode):
            return self.sequence(node, depth)
        if isinstance(node, MappingNode):
            return self.mapping(node, depth)
        raise Stop("bad-tag", node, tag=node.tag)  # pragma: no cover - composer yields only these

    def sequence(self, node: SequenceNode, depth: int) -> list[Any]:
        inner = depth + 1
        if inner > MAX_DEPTH:
            return [self.build(child, inner) for child in node.value]
        result: list[Any] = []
        for child in node.value:
            # a plain text child, the common case, without the call
            if child.ctag is _STR and type(child) is ScalarNode:
                self.count += 1
                if self.count > MAX_NODES:
                    raise Stop("too-many-nodes", child, limit=MAX_NODES)
                result.append(child.value)
            else:
                result.append(self.build(child, inner))
        return result

    def mapping(self, node: MappingNode, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        inner = depth + 1
        fast = inner <= MAX_DEPTH
        for key_node, value_node in node.value:
            # the common case (a plain text key) stops at the first test
            if (key_node.ctag is not _STR or type(key_node) is not ScalarNode) and (
                not isinstance(key_node, ScalarNode) or (key_node.tag == _TAG + "null" and key_node.value in ("", "~"))
            ):
                raise Stop("bad-key", key_node)
            key = key_node.value
            if key in result:
                first = next(k for k, _ in node.value if k.value == key)
                self.problems.append(("duplicate-key", key_node, {"key": key, "first": first.start_mark.line + 1}))
                continue
            if fast and value_node.ctag is _STR and type(value_node) is ScalarNode:
                self.count += 1
                if self.count > MAX_NODES:
                    raise Stop("too-many-nodes", value_node, limit=MAX_NODES)
                result[key] = value_node.value
            else:
                result[key] = self.build(value_node, inner)
        return result

    def scalar(self, node: ScalarNode) -> Any:
        tag, value = node.tag or "", node.value  # a node without a tag is plain text
        if not tag.startswith(_TAG) or tag == _TAG + "str":
            if tag.startswith("!") and tag != "!":
                self.problems.append(("bad-tag", node, {"tag": tag}))
            return value
        kind = tag[len(_TAG):]
        if kind == "int":
            try:
                return int(value.replace("_", ""), 0)
            except ValueError:
                return value
        if kind == "float":
            lowered = value.lower()
            if lowered in (".nan", ".inf", "+.inf", "-.inf"):
                return value
            try:
                return float(value.replace("_", ""))
            except ValueError:
                return value
        if kind == "bool":
            return value.lower() == "true"
        if kind == "null":
            return None
        if kind == "timestamp":
            if _DATE.match(value):
                year, month, day = (int(part) for part in value.split("-"))
                try:
                    return dt.date(year, month, day)
                except ValueError as error:
                    self.problems.append(("bad-date", node, {"value": value, "reason": _date_reason(error)}))
                    return value
            return value
        self.problems.append(("bad-tag", node, {"tag": tag}))
        return value


def _date_reason(error: ValueError) -> str:
    text = str(error)
    if "day is out of range" in text:
        return "такого дня в этом месяце нет"
    if "month must be" in text:
        return "месяц должен быть от 1 до 12"
    return text


def compose(text: str, lang: str = "ru") -> tuple[Any, Positions, list[tuple[str, Node, dict[str, Any]]]]:
    """Compose YAML text into plain values and positions; raise `Stop` on what cannot go on."""
    try:
        check_shape(text, depth_checked_later=True)  # before the C composer recurses into every level
    except YamlTooBig as error:
        mark = error.problem_mark
        raise Stop(error.kind, limit=error.limit, line=mark.line + 1, column=mark.column + 1) from None
    loader = _NodeLoader(text)
    try:
        node = loader.get_single_node()
    except MarkedYAMLError as error:
        raise _yaml_stop(error) from None
    except YAMLError as error:
        message = str(error)
        if "expected a single document" in message:
            raise Stop("several-documents") from None
        raise Stop("yaml-syntax", problem=message.splitlines()[0] if message else "?") from None
    except RecursionError:
        raise Stop("too-deep", limit=MAX_DEPTH) from None
    finally:
        loader.dispose()
    if node is None:
        raise Stop("file-empty")
    builder = _Builder(lang)
    try:
        value = builder.build(node)
    except RecursionError:
        raise Stop("too-deep", limit=MAX_DEPTH) from None
    return value, Positions(node), builder.problems


def _yaml_stop(error: MarkedYAMLError) -> Stop:
    mark = error.problem_mark or error.context_mark
    problem = (error.problem or error.context or "").strip()
    key = "yaml-syntax"
    if "\t" in problem or "tab" in problem:
        key = "yaml-tab"
    if "expected a single document" in str(error):
        key = "several-documents"
    stop = Stop(key, problem=_translate_problem(problem))
    if mark is not None:
        stop.fields["line"] = mark.line + 1
        stop.fields["column"] = mark.column + 1
    return stop


_PROBLEMS = (
    ("found duplicate anchor", "якорь (&) с таким именем уже определён"),
    ("found undefined alias", "ссылка (*) на неопределённый якорь"),
    ("mapping values are not allowed here", "двоеточие с пробелом внутри значения; возьмите значение в кавычки"),
    ("could not find expected ':'", "не найдено «:» после ключа"),
    ("expected <block end>, but found", "неверный отступ"),
    ("did not find expected key", "неверный отступ или лишний символ"),
    ("did not find expected '-' indicator", "неверный отступ в списке"),
    ("found unexpected end of stream", "файл оборвался: не закрыта кавычка или скобка"),
    ("did not find expected ',' or ']'", "не закрыта квадратная скобка «]»"),
    ("did not find expected ',' or '}'", "не закрыта фигурная скобка «}»"),
    ("found character that cannot start any token", "символ, с которого не может начинаться значение (возьмите значение в кавычки)"),
    ("found unknown escape character", "неизвестная escape-последовательность в кавычках"),
)


def _translate_problem(problem: str) -> str:
    for english, russian in _PROBLEMS:
        if problem.startswith(english):
            return russian
    return problem or "неверный YAML"
