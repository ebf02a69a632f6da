"""The plan's rows as YAML text, written directly: ruamel's round-trip dumper needed 30 s and
600 MB for 80,000 items, building a node graph of the whole list before writing a line.

Rows are small mappings of known keys with text values, so each value is written the
way ruamel would write it: plain where YAML reads it back as the same text, else in
single quotes, else (line breaks, control characters) as a JSON string, which is a valid
YAML double-quoted scalar; `notes` with line breaks as a literal block. A property test
reads the output back with a YAML parser for arbitrary text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

ITEM_ORDER = ("number", "title", "executors", "deadline", "result", "status", "notes")
SECTION_ORDER = ("number", "title")

#: text YAML may read as something else than a string (YAML 1.1 and 1.2 booleans, nulls, numbers, dates)
_NOT_TEXT = re.compile(
    r"^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?\.?[\d_][\d_.:eE+-]*|[-+]?\.(?:inf|nan)|0x[\da-f_]+|0o?[0-7_]+|0b[01_]+|<<|=)$",
    re.IGNORECASE,
)
_PLAIN_FIRST = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]")
_UNPRINTABLE = "\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff"
_PRINTABLE = re.compile(f"^[^{_UNPRINTABLE}]*$")
#: characters a YAML stream may not hold raw; json.dumps leaves these from DEL on as they are
_RAW_FORBIDDEN = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def scalar(value: str) -> str:
    """One line of YAML for a text value, read back as exactly that text."""
    if value and _plain(value):
        return value
    if _PRINTABLE.match(value) and "\n" not in value:
        return "'" + value.replace("'", "''") + "'"
    return double_quoted(value)


def double_quoted(value: str) -> str:
    """A YAML double-quoted scalar: JSON's string escapes, plus the characters YAML may not hold raw."""
    return _RAW_FORBIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))


def _plain(value: str) -> bool:
    if not _PRINTABLE.match(value) or not _PLAIN_FIRST.match(value[0]) or value != value.strip() or "\t" in value:
        return False
    if ": " in value or " #" in value or value.endswith(":") or _NOT_TEXT.match(value):
        return False
    return not (value[0] in "-?:" or "\u00a0" in value or "\u0085" in value)


def _literal(value: str, indent: str) -> list[str] | None:
    """A literal block (`|-`) for text with line breaks, or None where one would not read back the same."""
    lines = value.split("\n")
    if not _PRINTABLE.match(value.replace("\n", "")) or value.endswith("\n") or value.startswith("\n"):
        return None
    if any(line[:1] in (" ", "\t") for line in lines) or any(line != line.rstrip(" \t") for line in lines):
        return None
    return ["|-", *[f"{indent}{line}" if line else "" for line in lines]]


def _field(key: str, value: Any, pad: str) -> Iterator[str]:
    """`key: value` lines of one field of a row; `pad` is the indent of the row's keys."""
    if key == "number":
        yield f"{pad}{key}: {double_quoted(str(value))}"
    elif isinstance(value, list):
        if not value:
            yield f"{pad}{key}: []"
            return
        yield f"{pad}{key}:"
        for entry in value:
            yield f"{pad}  - {scalar(str(entry))}"
    elif key == "notes" and isinstance(value, str) and "\n" in value and (block := _literal(value, pad + "  ")) is not None:
        yield f"{pad}{key}: {block[0]}"
        yield from block[1:]
    else:
        yield f"{pad}{key}: {scalar(str(value))}"


def _ordered_keys(mapping: dict[str, Any], order: Iterable[str]) -> list[str]:
    keys = [k for k in order if mapping.get(k) is not None]
    return keys + [k for k in mapping if k not in keys and mapping[k] is not None]  # never drop a key


def rows_yaml(rows: list[dict[str, Any]], indent: int) -> Iterator[str]:
    """Lines of a list of items, the dash at column `indent + 2`, as `to_yaml` lays lists out."""
    dash = " " * (indent + 2)
    pad = " " * (indent + 4)
    for row in rows:
        keys = _ordered_keys(row, ITEM_ORDER)
        for index, key in enumerate(keys):
            lines = list(_field(key, row[key], pad))
            if index == 0:
                lines[0] = dash + "- " + lines[0][len(pad) :]
            yield from lines


def sections_yaml(sections: list[dict[str, Any]]) -> Iterator[str]:
    for section in sections:
        keys = [k for k in _ordered_keys(section, SECTION_ORDER) if k != "items"]
        for index, key in enumerate(keys):
            lines = list(_field(key, section[key], "    "))
            if index == 0:
                lines[0] = "  - " + lines[0][4:]
            yield from lines
        items = section.get("items") or []
        if not keys:
            yield "  - items: []" if not items else "  - items:"
        elif not items:
            yield "    items: []"
        else:
            yield "    items:"
        yield from rows_yaml(items, 4)
