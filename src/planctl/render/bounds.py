"""The bounds of a template render: what a value may weigh, what a format may ask, how much
work and time one render may take. render/sandbox.py calls these before it makes a value;
the limits themselves are in render/limits.py.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.utils import Namespace

from planctl.render import limits
from planctl.render.texts import text


class Refused(SecurityError):
    """A template asked for something outside its fences; the message says what, in Russian."""


def refuse(key: str, **fields: Any) -> Refused:
    return Refused(text(key, **fields))


_PERCENT = re.compile(r"%(?:\([^)]*\))?[#0 +\-]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?[a-zA-Z%]")
_SEQUENCES = (str, list, tuple)


class Budget:
    """Steps, characters created and the deadline of one render."""

    def __init__(self) -> None:
        self.steps = 0
        self.created = 0
        self.deadline = time.monotonic() + limits.MAX_RENDER_SECONDS
        self._next_clock = 1024

    def step(self, count: int = 1) -> None:
        self.steps += count
        if self.steps >= self._next_clock:
            self._next_clock = self.steps + 1024
            if self.steps > limits.MAX_STEPS:
                raise refuse("steps-too-many", limit=limits.MAX_STEPS)
            self.check_clock()

    def check_clock(self) -> None:
        if time.monotonic() > self.deadline:
            raise refuse("time-out", limit=limits.MAX_RENDER_SECONDS)

    def create(self, size: int) -> None:
        self.created += size
        if self.created > limits.MAX_CREATED_CHARS:
            raise refuse("created-too-much", limit=limits.MAX_CREATED_CHARS)


def printed_size(value: Any, limit: int = limits.MAX_VALUE_CHARS) -> int:
    """About how many characters `value` prints as (a list slot counts 8: its memory); stops past `limit`.

    Walks the value without recursion and counts a shared part each time it appears,
    so `[[x] * 10] * 10` built up level by level is seen at its printed size.
    """
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, (list, tuple, set, frozenset)):
            total += 2 + 8 * len(item)
            if total <= limit:
                stack.extend(item)
        elif isinstance(item, dict):
            total += 2 + 16 * len(item)
            if total <= limit:
                stack.extend(item.keys())
                stack.extend(item.values())
        elif isinstance(item, Namespace):
            stack.append(dict(item._Namespace__attrs))
        elif isinstance(item, int):
            total += item.bit_length() // 3 + 1
        else:
            total += 16
        if total > limit:
            return total
    return total


def check_size(value: Any, budget: Budget) -> Any:
    """`value` when it is within the value limit; its size is charged to the budget."""
    if isinstance(value, str):
        size = len(value)
    elif isinstance(value, (list, tuple, dict, set, frozenset, Namespace)):
        size = printed_size(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        if value.bit_length() > limits.MAX_INT_BITS:
            raise refuse("int-too-large", limit=limits.MAX_INT_BITS)
        return value
    else:
        return value
    if size > limits.MAX_VALUE_CHARS:
        raise refuse("text-too-long", limit=limits.MAX_VALUE_CHARS)
    budget.create(size)
    return value


def check_width(number: str | None) -> None:
    if number == "*":
        raise refuse("width-star")
    if number and (len(number) > 6 or int(number) > limits.MAX_FORMAT_WIDTH):
        raise refuse("width-too-large", limit=limits.MAX_FORMAT_WIDTH)


def percent_format(template: str, values: Any) -> str:
    """`template % values`, refused when a width or the result would be too big."""
    specs = 0
    for match in _PERCENT.finditer(template):
        check_width(match.group(1))
        check_width(match.group(2))
        specs += 1
    if isinstance(values, dict):
        arguments: Iterable[Any] = values.values()
    elif isinstance(values, tuple):
        arguments = values
    else:
        arguments = (values,)
    biggest = max((printed_size(value) for value in arguments), default=0)
    if len(template) + specs * (biggest + limits.MAX_FORMAT_WIDTH) > limits.MAX_VALUE_CHARS:
        raise refuse("text-too-long", limit=limits.MAX_VALUE_CHARS)
    result: str = template % values
    return result


def repeat_check(sequence: Any, times: Any) -> None:
    if not isinstance(times, int) or not isinstance(sequence, _SEQUENCES):
        return
    count = max(times, 0)
    if isinstance(sequence, str):
        if len(sequence) * count > limits.MAX_VALUE_CHARS:
            raise refuse("text-too-long", limit=limits.MAX_VALUE_CHARS)
    elif len(sequence) * count > limits.MAX_RANGE:
        raise refuse("items-too-many", limit=limits.MAX_RANGE)
    elif printed_size(sequence) * count > limits.MAX_VALUE_CHARS:
        raise refuse("text-too-long", limit=limits.MAX_VALUE_CHARS)


def binop_check(op: str, left: Any, right: Any) -> None:
    ints = isinstance(left, int) and isinstance(right, int)
    if op == "**" and ints and right > 0 and abs(left) > 1:
        if left.bit_length() * right > limits.MAX_INT_BITS:
            raise refuse("int-too-large", limit=limits.MAX_INT_BITS)
    elif op == "*":
        if ints:
            if left.bit_length() + right.bit_length() > limits.MAX_INT_BITS:
                raise refuse("int-too-large", limit=limits.MAX_INT_BITS)
        else:
            repeat_check(left, right)
            repeat_check(right, left)


def checked_width(width: Any) -> int:
    if not isinstance(width, int) or width > limits.MAX_FORMAT_WIDTH:
        raise refuse("width-too-large", limit=limits.MAX_FORMAT_WIDTH)
    return max(width, 0)


def check_iterable(values: tuple[Any, ...]) -> None:
    for value in values:
        if isinstance(value, str) and len(value) > limits.MAX_ITEMS:
            raise refuse("items-too-many", limit=limits.MAX_ITEMS)


def counted(items: Iterator[Any], budget: Budget) -> Iterator[Any]:
    for item in items:
        budget.steps += 1  # `budget.step()` inlined: this runs once per item of every loop
        if budget.steps >= budget._next_clock:
            budget.step(0)
        yield item
