"""Plain dataclasses as typed models: field markers pydantic reads, and a quick build.

The plan model is the hot path of every check, and importing pydantic and building its
validators costs more than checking a small plan. So the models are standard dataclasses,
and `build` makes one from plain YAML data when every value already has its exact type,
which is the case for almost every plan. Anything else (a quoted date, a number where text
belongs, an unknown key) returns None, and pydantic, which understands these dataclasses
and their markers, decides and words the problem. A property test holds the two to the
same result.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

T = TypeVar("T")

#: What a reader returns when it cannot be sure of the value; pydantic then decides.
_UNSURE: Any = object()

Reader = Callable[[Any], Any]


@dataclasses.dataclass(frozen=True)
class Before:
    """Call `function` on the value as written before its type is checked: pydantic's
    `BeforeValidator`, usable without importing pydantic."""

    function: Callable[[Any], Any]

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(self.function, handler(source))


@dataclasses.dataclass(frozen=True)
class Converted:
    """The field's value is what `function` makes of the value as written (a ValueError
    refuses it); `json_schema` says what may be written."""

    function: Callable[[Any], Any]
    json_schema: Mapping[str, Any] = dataclasses.field(compare=False)

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_plain_validator_function(self.function)

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> dict[str, Any]:
        return dict(self.json_schema)


def build(cls: type[T], data: Any) -> T | None:
    """An instance of the dataclass `cls` from plain data, or None when pydantic must decide."""
    value = _reader(typing.cast(Any, cls))(data)
    return None if value is _UNSURE else typing.cast(T, value)


@functools.cache
def _reader(hint: Any) -> Reader:
    """The reader of values of the type `hint`: the value as pydantic would make it, or _UNSURE."""
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if origin is typing.Annotated:
        return _annotated(_reader(arguments[0]), arguments[1:])
    if origin is typing.Union or origin is types.UnionType:
        return _union(tuple(_reader(argument) for argument in arguments))
    if origin is typing.Literal:
        allowed = frozenset((type(argument), argument) for argument in arguments)
        kinds = frozenset(type(argument) for argument in arguments)  # a list is not even hashable
        return lambda value: value if type(value) in kinds and (type(value), value) in allowed else _UNSURE
    if origin is list:
        return _list(_reader(arguments[0]))
    if origin is dict:
        return _dict(_reader(arguments[0]), _reader(arguments[1]))
    if dataclasses.is_dataclass(hint):
        return _dataclass(typing.cast(type, hint))
    if hint is type(None) or hint is None:
        return lambda value: value if value is None else _UNSURE
    if hint in (str, int, bool, dt.date):  # exact types: a bool is no int, a datetime no date
        return lambda value: value if type(value) is hint else _UNSURE
    raise TypeError(f"no quick reader for {hint!r}")


def _annotated(read: Reader, metadata: tuple[Any, ...]) -> Reader:
    readers: list[Reader] = [read]
    for marker in metadata:
        if isinstance(marker, Converted):
            readers = [_guarded(marker.function)]
        elif isinstance(marker, Before):
            readers.insert(0, _guarded(marker.function))
    if len(readers) == 1:
        return readers[0]

    def read_all(value: Any) -> Any:
        for each in readers:
            value = each(value)
            if value is _UNSURE:
                return _UNSURE
        return value

    return read_all


def _guarded(function: Callable[[Any], Any]) -> Reader:
    def read(value: Any) -> Any:
        try:
            return function(value)
        except (ValueError, TypeError):
            return _UNSURE

    return read


def _union(readers: tuple[Reader, ...]) -> Reader:
    def read(value: Any) -> Any:
        for each in readers:  # exact types: at most one member takes a value
            result = each(value)
            if result is not _UNSURE:
                return result
        return _UNSURE

    return read


def _list(read_item: Reader) -> Reader:
    def read(value: Any) -> Any:
        if type(value) is not list:
            return _UNSURE
        result = [read_item(item) for item in value]
        return _UNSURE if any(item is _UNSURE for item in result) else result

    return read


def _dict(read_key: Reader, read_value: Reader) -> Reader:
    def read(value: Any) -> Any:
        if type(value) is not dict:
            return _UNSURE
        result = {read_key(key): read_value(item) for key, item in value.items()}
        if _UNSURE in result or any(item is _UNSURE for item in result.values()):
            return _UNSURE
        return result

    return read


def _dataclass(cls: type) -> Reader:
    hints = typing.get_type_hints(cls, include_extras=True)
    fields = {field.name: field for field in dataclasses.fields(cls)}
    readers = {name: _reader(hints[name]) for name in fields}

    def read(value: Any) -> Any:
        if type(value) is not dict:
            return _UNSURE
        arguments: dict[str, Any] = {}
        for key, item in value.items():
            read_field = readers.get(key) if type(key) is str else None
            if read_field is None:
                return _UNSURE  # an unknown key: pydantic names it
            arguments[key] = result = read_field(item)
            if result is _UNSURE:
                return _UNSURE
        try:
            return cls(**arguments)
        except (TypeError, ValueError):  # a required field is missing, or the whole is refused
            return _UNSURE

    return read
