"""The shape of planctl's settings (`.planctl.yaml`, `[tool.planctl]`), as a pydantic model.

Only the shape: which keys, lists of codes or one comma-separated text. Whether each code
names a rule is `config._codes`'s to say, since it knows the registry's prefixes and names.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

#: A list of codes, prefixes or rule names, or one text of them separated by commas or spaces.
Codes = list[str] | str


def _new_list() -> list[str]:
    """A default factory pydantic inspects cheaply (the builtin `list` costs a tokenizer run)."""
    return []


def _new_dict() -> dict[str, Codes]:
    return {}


class Settings(BaseModel):
    """What a settings file may say; a key it does not know is a mistake, never ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    select: Codes | None = None
    extend_select: Codes = Field(default_factory=_new_list, alias="extend-select")
    ignore: Codes = Field(default_factory=_new_list)
    per_file_ignores: dict[str, Codes] = Field(default_factory=_new_dict, alias="per-file-ignores")
