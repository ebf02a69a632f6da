"""The environment a template runs in: plain data in, bounded work out.

A template folder may come from anyone, so the template is untrusted code. Three
fences, each a single place:

* **Data only.** The context holds dicts, lists, text, numbers, dates (render/context.py),
  and attribute access is an allow list (`ATTRIBUTES`): a key of a dict, a few methods of
  text, lists and dates, the public parts of `loop`. Nothing reaches a class, a module or a
  bound method outside that list, and `str.format` is not on it (the road of every known
  jinja2 sandbox escape: CVE-2016-10745, CVE-2019-10906, CVE-2024-56326, CVE-2025-27516).
  Only filters, macros and five globals may be called (`is_safe_callable`).
* **Bounded values.** Every operation that can make a big value is checked *before* it is
  made: `*` and `**` (intercepted binary operators), `%` and `|format` widths, `range`,
  `~`, the block captures (`environment.concat`), and the growing filters. What filters
  return is measured and charged to the render's `Budget`.
* **Bounded work.** Each `for` loop (rewritten after parsing to pass through `_loop`),
  filter and call is a step; steps and wall-clock time have ceilings.

The limits are in render/limits.py. Errors are `Refused` (a jinja2 `SecurityError`) so
the caller finds the template line in the traceback jinja2 rewrites.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import StrictUndefined, Undefined, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.filters import FILTERS
from jinja2.runtime import BlockReference, LoopContext, Macro
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Cycler, Joiner, Namespace, pass_environment
from jinja2.visitor import NodeTransformer
from markupsafe import Markup, escape

try:  # markupsafe 3: the C escaping of a text, without wrapping it in Markup
    from markupsafe._speedups import _escape_inner as _escape_text
except ImportError:  # pragma: no cover - markupsafe 2, or no C speedups

    def _escape_text(text: str, /) -> str:
        return str(escape(text))


from planctl.render import limits
from planctl.render.bounds import (
    Budget,
    binop_check,
    check_iterable,
    check_size,
    check_width,
    checked_width,
    counted,
    percent_format,
    printed_size,
    refuse,
)

#: What a template may read from each kind of value (dict keys are always readable).
ATTRIBUTES: dict[type, frozenset[str]] = {
    str: frozenset(
        ["lower", "upper", "title", "capitalize", "strip", "lstrip", "rstrip", "startswith", "endswith", "split", "rsplit", "splitlines", "count", "find", "rfind", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower"]
    ),
    dict: frozenset({"items", "keys", "values", "get"}),
    list: frozenset({"index", "count"}),
    tuple: frozenset({"index", "count"}),
    dt.date: frozenset({"year", "month", "day", "isoformat", "weekday", "isoweekday"}),
    LoopContext: frozenset(
        ["index", "index0", "revindex", "revindex0", "first", "last", "length", "depth", "depth0", "previtem", "nextitem", "cycle", "changed"]
    ),
    Cycler: frozenset({"next", "reset", "current"}),
    BlockReference: frozenset({"super"}),
}

#: Builtin jinja2 filters kept as they are: none of them can make a value much bigger than its input.
#: Those of them that go through their input item by item (a text: character by character).
ITERATING = frozenset(["dictsort", "groupby", "list", "map", "max", "min", "reject", "rejectattr", "reverse", "select", "selectattr", "sort", "unique"])
PLAIN_FILTERS = ["abs", "capitalize", "count", "d", "default", "dictsort", "first", "float", "groupby", "int", "items", "last", "length", "list", "lower", "map", "max", "min", "reject", "rejectattr", "reverse", "round", "select", "selectattr", "sort", "string", "title", "trim", "truncate", "unique", "upper", "wordcount"]

class _Fences(NodeTransformer):
    """After parsing: each `for` iterates through `_loop`, each `~` joins through `_join`,
    each list, tuple or dict written in the template is measured by `_literal`."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, "_loop", [], [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        operands = nodes.Tuple(node.nodes, "load", lineno=node.lineno)
        return nodes.Filter(operands, "_join", [], [], None, None, lineno=node.lineno)

    def _literal(self, node: nodes.Node) -> nodes.Node:
        self.generic_visit(node)
        if getattr(node, "ctx", "load") != "load":
            return node
        return nodes.Filter(node, "_literal", [], [], None, None, lineno=node.lineno)

    visit_List = visit_Tuple = visit_Dict = _literal


class _Printing(CodeGenerator):
    """Each `{{ … }}` compiles to one call, `environment.printed(value)` (or `escaped` in HTML),
    instead of jinja2's `escape(environment.finalize(value))`.

    The same checks and the same text, in one function call instead of three: an HTML page
    of a big plan prints tens of thousands of values. A frame whose escaping changes at run
    time (`{% autoescape %}` with a variable) keeps jinja2's own code.
    """

    def _output_child_pre(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if frame.eval_ctx.volatile:
            super()._output_child_pre(node, frame, finalize)
        else:
            self.write("environment.escaped(" if frame.eval_ctx.autoescape else "environment.printed(")

    def _output_child_post(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if frame.eval_ctx.volatile:
            super()._output_child_post(node, frame, finalize)
        else:
            self.write(")")


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """jinja2's immutable sandbox with an allow list, bounded operators and a budget per render.

    Make one per render: the budget lives on the environment.
    """

    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})
    code_generator_class = _Printing

    def __init__(self, *, autoescape: bool = False, **options: Any) -> None:
        super().__init__(
            autoescape=autoescape,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=StrictUndefined,
            finalize=self._finalize,
            **options,
        )
        self.budget = Budget()
        self.filters = {name: self._guarded(FILTERS[name], name in ITERATING) for name in PLAIN_FILTERS}
        self.filters.update(
            {
                "attr": self._attr,
                "batch": self._guarded(self._batch, True),
                "center": self._guarded(self._center),
                "format": self._guarded(self._format),
                "indent": self._guarded(self._indent),
                "join": self._join_filter,
                "replace": self._guarded(self._replace),
                "slice": self._guarded(self._slice, True),
                "sum": self._guarded(self._sum, True),
                "_loop": self._loop,
                "_join": self._join_operands,
                "_literal": self._literal,
            }
        )
        self.globals = {
            "range": self._range,
            "dict": dict,
            "namespace": Namespace,
            "cycler": Cycler,
            "joiner": Joiner,
        }
        self._callables = {id(value) for value in self.globals.values()}

    def start(self) -> None:
        """A fresh budget and clock, at the start of a render."""
        self.budget = Budget()

    def add_filter(self, name: str, function: Callable[..., Any]) -> None:
        """A filter of planctl's own (`cell`, `text`), guarded like the builtin ones."""
        self.filters[name] = self._guarded(function)

    # ----------------------------------------------------------------------- parsing

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        result = _Fences().visit(tree)
        assert isinstance(result, nodes.Template)
        return result

    # ----------------------------------------------------------------------- data only

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if attr.startswith("_"):
            return False
        if isinstance(obj, Namespace):
            return True
        names = ATTRIBUTES.get(type(obj))  # the usual case, `loop.last`, in one look-up
        if names is not None and attr in names:
            return True
        return any(isinstance(obj, kind) and attr in names for kind, names in ATTRIBUTES.items())

    def is_safe_callable(self, obj: Any) -> bool:
        if id(obj) in self._callables or isinstance(obj, (Macro, LoopContext, BlockReference, Joiner)):
            return True
        owner = getattr(obj, "__self__", None)
        name = getattr(obj, "__name__", "")
        if owner is None or isinstance(owner, type) or not callable(obj):
            return False
        return self.is_safe_attribute(owner, name, obj)

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute in obj:  # a key wins over a method: `item.items` is the key
            return obj[attribute]
        if isinstance(obj, Namespace) and not attribute.startswith("_"):
            try:
                return getattr(obj, attribute)
            except AttributeError:
                return self.undefined(obj=obj, name=attribute)
        try:
            value = getattr(obj, attribute)
        except AttributeError:
            try:
                return obj[attribute]
            except (TypeError, LookupError):
                return self.undefined(obj=obj, name=attribute)
        if self.is_safe_attribute(obj, attribute, value):
            return value
        raise refuse("attribute-refused", attribute=attribute, kind=_kind(obj))

    def getitem(self, obj: Any, argument: Any) -> Any:
        try:
            return obj[argument]
        except (TypeError, LookupError):
            if isinstance(argument, str):
                return self.getattr(obj, argument)
        return self.undefined(obj=obj, name=argument)

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        self.budget.step(limits.CALL_STEPS)
        if isinstance(obj, Undefined):  # says what is missing
            obj()
        if not self.is_safe_callable(obj):
            raise refuse("call-refused", what=_kind(obj))
        if isinstance(obj, LoopContext) and args:  # a recursive loop's next level
            args = (self._loop(self, args[0]), *args[1:])
        return check_size(context.call(obj, *args, **kwargs), self.budget)

    # ----------------------------------------------------------------------- bounded values

    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        self.budget.step()
        binop_check(operator_, left, right)
        if operator_ == "%" and isinstance(left, str):
            return check_size(percent_format(left, right), self.budget)
        return check_size(self.binop_table[operator_](left, right), self.budget)

    def format_string(self, s: str, args: Any, kwargs: Any, format_func: Any = None) -> str:
        # only reachable through `str.format`, which ATTRIBUTES never hands out
        raise refuse("attribute-refused", attribute="format", kind="str")

    def concat(self, pieces: Iterable[str]) -> str:
        """Block captures (`{% set %}…{% endset %}`, macros, `caller()`), joined within the value limit."""
        if type(pieces) is list:  # a macro's buffer, already in memory: measured in one pass of C
            size = sum(map(len, pieces))
            if size > limits.MAX_VALUE_CHARS:
                raise refuse("text-too-long", limit=limits.MAX_VALUE_CHARS)
            self.budget.create(size)
            return "".join(pieces)
        parts = []
        total = 0
        for piece in pieces:
            total += len(piece)
            if total > limits.MAX_VALUE_CHARS:
                raise refuse("text-too-long", limit=limits.MAX_VALUE_CHARS)
            parts.append(piece)
        self.budget.create(total)
        return "".join(parts)

    def printed(self, value: Any) -> str:
        """A `{{ … }}` of a text template: `str(finalize(value))`, a text at once."""
        if type(value) is str:
            return value
        return str(self._finalize(value))

    def escaped(self, value: Any) -> str:
        """A `{{ … }}` of an HTML template: `escape(finalize(value))`; markup is printed as it is.

        The result goes straight into the page's buffer, so a text needs no Markup wrapper.
        """
        if type(value) is str:
            return _escape_text(value)
        if type(value) is int or type(value) is float:  # digits, a sign, a point, `inf`, `nan`: nothing to escape
            return str(value)
        return escape(self._finalize(value))

    def _finalize(self, value: Any) -> Any:
        """Every `{{ … }}`: a list or dict is measured before it is printed."""
        containers = (list, tuple, dict, set, frozenset, Namespace)
        if isinstance(value, containers) and printed_size(value) > limits.MAX_VALUE_CHARS:
            raise refuse("text-too-long", limit=limits.MAX_VALUE_CHARS)
        return value

    def _range(self, *args: int) -> range:
        numbers = range(*args)
        if len(numbers) > limits.MAX_RANGE:
            raise refuse("range-too-long", limit=limits.MAX_RANGE)
        return numbers

    # ----------------------------------------------------------------------- filters

    def _guarded(self, function: Callable[..., Any], iterates: bool = False) -> Callable[..., Any]:
        """`function` as a filter whose result is checked, and whose items count as steps.

        A filter that `iterates` its input makes a text into one object per character:
        such a text is bounded like a list.
        """
        budget_of = self

        def guarded(*args: Any, **kwargs: Any) -> Any:
            budget = budget_of.budget
            budget.step()
            if iterates:
                check_iterable(args)
            result = function(*args, **kwargs)
            if isinstance(result, Iterator):
                return counted(result, budget)
            return check_size(result, budget)

        pass_arg = getattr(function, "jinja_pass_arg", None)
        if pass_arg is not None:
            guarded.jinja_pass_arg = pass_arg  # type: ignore[attr-defined]
        return guarded

    @staticmethod
    @pass_environment
    def _loop(environment: TemplateSandbox, iterable: Any) -> Iterator[Any]:
        check_iterable((iterable,))
        return counted(iter(iterable), environment.budget)

    @staticmethod
    @pass_environment
    def _literal(environment: TemplateSandbox, value: Any) -> Any:
        return check_size(value, environment.budget)

    @staticmethod
    @pass_environment
    def _join_operands(environment: TemplateSandbox, operands: tuple[Any, ...]) -> str:
        return environment._join_texts(operands, "")

    @staticmethod
    @pass_environment
    def _attr(environment: TemplateSandbox, obj: Any, name: str) -> Any:
        return environment.getattr(obj, name)

    @staticmethod
    @pass_environment
    def _join_filter(environment: TemplateSandbox, value: Iterable[Any], d: str = "", attribute: Any = None) -> str:
        if attribute is not None:
            value = (environment.getitem(item, attribute) for item in value)
        return environment._join_texts(value, str(d))

    def _join_texts(self, values: Iterable[Any], separator: str) -> str:
        # HTML (autoescape): each part escaped unless it is markup already, the whole kept as markup
        html = bool(self.autoescape)
        if html:
            separator = str(escape(separator))
        parts: list[str] = []
        total = 0
        for value in values:
            self.budget.step()
            if not isinstance(value, str):
                if printed_size(value) > limits.MAX_VALUE_CHARS:
                    raise refuse("text-too-long", limit=limits.MAX_VALUE_CHARS)
                value = str(value)
            if html and not isinstance(value, Markup):
                value = str(escape(value))
            total += len(value) + len(separator)
            if total > limits.MAX_VALUE_CHARS:
                raise refuse("text-too-long", limit=limits.MAX_VALUE_CHARS)
            parts.append(value)
        self.budget.create(total)
        joined = separator.join(parts)
        return Markup(joined) if html else joined

    @staticmethod
    def _center(value: Any, width: int = 80) -> str:
        check_width(str(width))
        return str(value).center(width)

    @staticmethod
    def _format(value: Any, *args: Any, **kwargs: Any) -> str:
        if args and kwargs:
            raise refuse("runtime", problem="format: позиционные и именованные аргументы вместе")
        return percent_format(str(value), kwargs or args)

    @staticmethod
    def _indent(value: Any, width: Any = 4, first: bool = False, blank: bool = False) -> str:
        pad = width if isinstance(width, str) else " " * checked_width(width)
        check_width(str(len(pad)))
        value = str(value)
        if (value.count("\n") + 1) * len(pad) + len(value) > limits.MAX_VALUE_CHARS:
            raise refuse("text-too-long", limit=limits.MAX_VALUE_CHARS)
        result: str = FILTERS["indent"](value, pad, first, blank)
        return result

    @staticmethod
    def _replace(value: Any, old: str, new: str, count: int | None = None) -> str:
        value, old, new = str(value), str(old), str(new)
        times = value.count(old) if old else len(value) + 1
        if count is not None and count >= 0:
            times = min(times, count)
        if len(value) + times * max(len(new) - len(old), 0) > limits.MAX_VALUE_CHARS:
            raise refuse("text-too-long", limit=limits.MAX_VALUE_CHARS)
        replaced: str = value.replace(old, new, -1 if count is None else count)
        return replaced

    @staticmethod
    def _batch(value: Iterable[Any], linecount: int, fill_with: Any = None) -> Iterator[list[Any]]:
        if not isinstance(linecount, int) or linecount > limits.MAX_RANGE:
            raise refuse("items-too-many", limit=limits.MAX_RANGE)
        result: Iterator[list[Any]] = FILTERS["batch"](value, linecount, fill_with)
        return result

    @staticmethod
    def _slice(value: Any, slices: int, fill_with: Any = None) -> Iterator[list[Any]]:
        if not isinstance(slices, int) or slices > limits.MAX_RANGE:
            raise refuse("items-too-many", limit=limits.MAX_RANGE)
        result: Iterator[list[Any]] = FILTERS["slice"](value, slices, fill_with)
        return result

    @staticmethod
    def _sum(value: Iterable[Any], attribute: Any = None, start: Any = 0) -> Any:
        total = start
        for item in value:
            if attribute is not None:
                item = item[attribute] if isinstance(item, dict) else None
            if isinstance(item, bool) or not isinstance(item, (int, float)) or not isinstance(total, (int, float)):
                raise refuse("sum-numbers")
            total = total + item
            if isinstance(total, int) and total.bit_length() > limits.MAX_INT_BITS:
                raise refuse("int-too-large", limit=limits.MAX_INT_BITS)
        return total


def _kind(value: Any) -> str:
    return type(value).__name__


