"""A progress records file (README, «Progress records») as pydantic models.

The approved plan never changes; what was done is kept beside it, one record per
occurrence. `extra="forbid"` as in the plan: a misspelt key is an error, not lost data.
Status words are the plan's language («выполнено», «виконано»); the model accepts the
words of both languages and rule R007 says when a word is not the plan's.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema

from planctl.model import new_list, number_text
from planctl.yamlio import package_data

StatusCode = Literal["done", "in_progress", "not_done", "postponed"]
STATUS_CODES: tuple[StatusCode, ...] = ("done", "in_progress", "not_done", "postponed")


@cache
def words(language: str) -> dict[str, Any]:
    """The status words and report phrases of a language (progress/words.yaml)."""
    data = package_data("planctl.progress", "words.yaml")
    assert isinstance(data, dict)
    return dict(data.get(language) or data["ru"])


@cache
def status_words() -> dict[str, tuple[str, StatusCode]]:
    """Every status word of every language → (its language, its code)."""
    found: dict[str, tuple[str, StatusCode]] = {}
    for language in ("ru", "uk"):
        for code, word in words(language)["statuses"].items():
            found.setdefault(word, (language, code))
    return found


def status_word(code: str, language: str) -> str:
    return str(words(language)["statuses"][code])


def _status(value: Any) -> Any:
    """«Выполнено», « выполнено » and «выполнено» are the same word; anything else is refused."""
    if isinstance(value, str):
        normal = " ".join(value.split()).casefold()
        if normal in status_words():
            return normal
        raise ValueError("status must be one of " + ", ".join(status_words()))
    return value


def _label(value: Any) -> Any:
    """`occurrence: 2024` is a YAML number and `2024-05-01` a date: both mean the label as written."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


StatusWord = Annotated[
    str,
    BeforeValidator(_status),
    # planctl.progress.schema lists the words from words.yaml
    WithJsonSchema({"type": "string"}),
]
Label = Annotated[
    str,
    BeforeValidator(_label),
    WithJsonSchema({"type": ["string", "integer"], "description": "2024, 2024-H1, 2024-Q4, 2024-03 or an ISO date."}),
]
ItemNumber = Annotated[
    str, BeforeValidator(number_text), WithJsonSchema({"type": ["string", "integer"], "description": "The item's number, quoted: \"1.2\"."})
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=False)


class Figure(_Model):
    """A measured result: «6 выездов», «120 участников»."""

    count: float = Field(ge=0)
    """How many."""
    unit: str = Field(min_length=1)
    """Of what, as it reads after the number: «выездов», «участников»."""


class Signature(_Model):
    """Who signs the report: the position at the left margin, the name at the right one."""

    position: str
    """The signer's position."""
    name: str
    """Initials and surname, e.g. «Т.Ю. Филатова»."""


class Record(_Model):
    """What was done for one occurrence of one item."""

    item: ItemNumber
    """The item's number in the plan, as printed: "1", "2.3"."""
    occurrence: Label | None = None
    """The occurrence's label (2024, 2024-Q4, 2024-03, an ISO date); may be left out when the item has one occurrence or none."""
    status: StatusWord
    """выполнено / выполняется / не выполнено / перенесено (uk: виконано / виконується / не виконано / перенесено)."""
    new_date: dt.date | None = None
    """The new due date of a «перенесено» record, YYYY-MM-DD."""
    text: str | None = None
    """What was done, in prose, as the report prints it."""
    figures: list[Figure] = Field(default_factory=new_list)
    """Counts with their units: «6 выездов»."""
    links: list[str] = Field(default_factory=new_list)
    """Evidence: web addresses or paths of documents in the repository."""

    @property
    def status_code(self) -> StatusCode:
        return status_words()[self.status][1]


class Progress(_Model):
    """A plan's progress records, in a file beside it: `plans/x.yaml` → `plans/progress/x.yaml`."""

    as_of: dt.date | None = None
    """The records are complete up to this day: every occurrence due by then should have one (R006)."""
    signature: Signature | None = None
    """Who signs the execution report."""
    records: list[Record] = Field(default_factory=new_list)
    """One record per occurrence."""


PROGRESS_KEYS: dict[str, tuple[str, ...]] = {
    "progress": tuple(Progress.model_fields),
    "record": tuple(Record.model_fields),
    "figure": tuple(Figure.model_fields),
    "signature": tuple(Signature.model_fields),
}
