"""The shape of planctl's settings (`.planctl.yaml`, `[tool.planctl]`).

Only the shape: which keys, lists of codes or one comma-separated text. Whether each code
names a rule is `config._codes`'s to say, since it knows the registry's prefixes and names.
Checked by hand: the settings are read on every check, and four keys do not need a
validation library loaded first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: A list of codes, prefixes or rule names, or one text of them separated by commas or spaces.
Codes = list[str] | str

#: The keys a settings file may have, as written.
KEYS = ("select", "extend-select", "ignore", "per-file-ignores")


@dataclass(frozen=True)
class Settings:
    """What a settings file may say; a key it does not know is a mistake, never ignored."""

    select: Codes | None = None
    extend_select: Codes = field(default_factory=list)
    ignore: Codes = field(default_factory=list)
    per_file_ignores: dict[str, Codes] = field(default_factory=dict)


class ShapeError(ValueError):
    """The first place where the settings are not of their shape: `where` is the key path,
    `unknown` says the last key is not one of `KEYS`."""

    def __init__(self, where: tuple[str, ...], *, unknown: bool = False) -> None:
        super().__init__(".".join(where))
        self.where = where
        self.unknown = unknown


def read_settings(data: dict[Any, Any]) -> Settings:
    """`data` as `Settings`, or `ShapeError` at its first mistake."""
    for key in data:
        if key not in KEYS:
            raise ShapeError((str(key),), unknown=True)
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "per-file-ignores":
            if type(value) is not dict:
                raise ShapeError((key,))
            for glob, codes in value.items():
                if type(glob) is not str or not _is_codes(codes):
                    raise ShapeError((key, str(glob)))
        elif not (_is_codes(value) or (key == "select" and value is None)):
            raise ShapeError((key,))
        values[key.replace("-", "_")] = value
    return Settings(**values)


def _is_codes(value: Any) -> bool:
    return type(value) is str or (type(value) is list and all(type(code) is str for code in value))
