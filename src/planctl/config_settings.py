"""The shape of planctl's settings (`.planctl.yaml`, `[tool.planctl]`), as a pydantic model.

Only the shape: which keys, lists of codes or one comma-separated text. Whether each code
names a rule is `config._codes`'s to say, since it knows the registry's prefixes and names.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

#: A list of codes, prefixes or rule names, or one text of them separated by commas or spaces.
Codes = list[str] | str


class Settings(BaseModel):
    """What a settings file may say; a key it does not know is a mistake, never ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    select: Codes | None = None
    extend_select: Codes = Field(default_factory=list, alias="extend-select")
    ignore: Codes = Field(default_factory=list)
    per_file_ignores: dict[str, Codes] = Field(default_factory=dict, alias="per-file-ignores")
