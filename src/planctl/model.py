"""The plan format of spec §1 as typed dataclasses.

pydantic validates them (`planctl.plan_validation`), with `extra="forbid"` everywhere: a
typo in a key is an error, never silently lost data. They are plain dataclasses so that
a plain plan is built without importing pydantic (`planctl.typed`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from typing import Annotated, Any, ClassVar, Literal

from planctl.deadlines.calendar import Shift
from planctl.limits import MAX_PERIOD_YEARS, MAX_YEAR, MIN_YEAR
from planctl.period import Period, parse_period
from planctl.typed import Before, Converted

Language = Literal["ru", "uk"]
Status = Literal["planned", "in_progress", "done", "cancelled"]
Stamp = Literal["УТВЕРЖДАЮ", "УТВЕРЖДЕНО", "УТВЕРЖДЕН", "УТВЕРЖДЕНА", "ЗАТВЕРДЖУЮ", "ЗАТВЕРДЖЕНО", "ЗАТВЕРДЖЕНИЙ"]
AgreedStamp = Literal["СОГЛАСОВАНО", "СОГЛАСОВАН", "СОГЛАСОВАНА", "ПОГОДЖЕНО", "ПОГОДЖЕНИЙ"]


def _period(value: Any) -> Period:
    period = _read_period(value)
    if period.end.year - period.start.year + 1 > MAX_PERIOD_YEARS:  # due lists would run to millions of rows
        raise ValueError(f"period spans more than {MAX_PERIOD_YEARS} years")
    return period


def _read_period(value: Any) -> Period:
    if isinstance(value, Period):
        return value
    if isinstance(value, bool):
        raise ValueError("period must be a year, 'YYYY-YYYY' or {start, end}")
    if isinstance(value, int):
        if not MIN_YEAR <= value <= MAX_YEAR:
            raise ValueError(f"year {value} is out of range {MIN_YEAR}–{MAX_YEAR}")
        return Period.years(value)
    if isinstance(value, str):
        return parse_period(value)
    if isinstance(value, dict):
        if set(value) != {"start", "end"}:
            raise ValueError("period as a map needs exactly the keys start and end")
        start, end = value["start"], value["end"]
        if not isinstance(start, dt.date) or not isinstance(end, dt.date):
            raise ValueError("period start and end must be dates YYYY-MM-DD")
        if end < start:
            raise ValueError("period ends before it starts")
        return Period(start, end)
    raise ValueError("period must be a year, 'YYYY-YYYY' or {start, end}")


def _period_out(period: Period) -> int | str | dict[str, str]:
    text = str(period)
    if text.isdigit():
        return int(text)
    if ".." in text:
        return {"start": period.start.isoformat(), "end": period.end.isoformat()}
    return text


PeriodField = Annotated[
    Period,
    Converted(
        _period,
        {
            "description": "A year (2024), a year range ('2024-2025'), a school year ('2023-2024 учебный год') or {start, end} dates.",
            "anyOf": [
                {"type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR},
                {"type": "string", "pattern": r"^\d{4}\s*[-–—]\s*\d{4}$"},
                {"type": "string", "pattern": r"^\s*\d{4}\s*[-–—/]\s*\d{4}\s+(учебный|навчальний)\s+(год|рік)\s*$"},
                {
                    "type": "object",
                    "properties": {"start": {"type": "string", "format": "date"}, "end": {"type": "string", "format": "date"}},
                    "required": ["start", "end"],
                    "additionalProperties": False,
                },
            ],
        },
    ),
]


def number_text(value: Any) -> Any:
    """Item numbers are text as printed; a bare integer is accepted, a float is ambiguous."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        raise ValueError("a number like 1.10 must be quoted, e.g. \"1.10\", or YAML reads it as 1.1")
    return value


Number = Annotated[str | None, Before(number_text)]


def _labels(value: Any) -> Any:
    """`done: [2024-05-01]` unquoted is a YAML date: keep it as the ISO label it means."""
    if isinstance(value, list):
        return [v.isoformat() if isinstance(v, dt.date) else v for v in value]
    return value


def _str_list(value: Any) -> Any:
    """`executors: Минздрав` is read as a one-element list: a common hand-edit."""
    if isinstance(value, str):
        return [value]
    return value


def new_list() -> list[Any]:
    """A fresh empty list: the default factory of list fields. pydantic inspects a factory's
    signature, and the builtin `list` has only a text one, which it tokenizes (a few ms at
    every start); this function's signature costs nothing."""
    return []


class _Model:
    # Attribute docstrings document the schema (planctl.schema reads them); pydantic's own
    # `use_attribute_docstrings` would parse the source on every start-up.
    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid", "validate_default": False}


@dataclass(kw_only=True)
class Approval(_Model):
    """The approval stamp block in the upper right corner of the first page."""

    stamp: Stamp = "УТВЕРЖДАЮ"
    """The stamp word: УТВЕРЖДАЮ for a person, УТВЕРЖДЕН/УТВЕРЖДЕНО/УТВЕРЖДЕНА for approval by a document."""
    position: str | None = None
    """The approver's position, e.g. «Заместитель министра здравоохранения Смоленской области»."""
    name: str | None = None
    """Initials and surname, e.g. «Т.Ю. Филатова»."""
    date: dt.date | None = None
    """Date of approval, YYYY-MM-DD; relative deadlines count from it."""
    document: str | None = None
    """The approving document, e.g. «приказом Министерства ... от 09.01.2024 № 12»."""


@dataclass(kw_only=True)
class Agreed(_Model):
    """The «СОГЛАСОВАНО» block: who agreed the plan before it was approved (upper left corner)."""

    stamp: AgreedStamp = "СОГЛАСОВАНО"
    """The block's word: СОГЛАСОВАНО (ru) or ПОГОДЖЕНО (uk)."""
    position: str | None = None
    """The agreeing official's position."""
    name: str | None = None
    """Initials and surname, e.g. «И.И. Иванов»."""
    date: dt.date | None = None
    """Date of agreement, YYYY-MM-DD."""
    document: str | None = None
    """The agreeing document, e.g. «протокол заседания ... от 10.01.2024 № 1»."""


@dataclass(kw_only=True)
class Signature(_Model):
    """The signature line under the table: the position at the left margin, the name at the right."""

    position: str | None = None
    """The signer's position, e.g. «Заместитель министра»."""
    name: str | None = None
    """Initials and surname, e.g. «Т.Ю. Филатова»."""


@dataclass(kw_only=True)
class Columns(_Model):
    """Header labels that override the template's defaults."""

    number: str | None = None
    title: str | None = None
    executors: str | None = None
    deadline: str | None = None
    result: str | None = None


@dataclass(kw_only=True)
class Item(_Model):
    """One row of the plan."""

    number: Number = None
    """The number as printed, quoted: "1", "1.1", "12.5"."""
    title: str
    """The activity."""
    executors: Annotated[list[str], Before(_str_list)] = field(default_factory=new_list)
    """Responsible organisations or people (or ids from the plan's executors registry)."""
    deadline: str | None = None
    """The deadline as written in the document, e.g. «ежегодно до 1 октября»."""
    due: dt.date | list[dt.date] | None = None
    """Explicit due date(s), YYYY-MM-DD, when the phrase cannot say it."""
    result: str | None = None
    """Expected result or indicator."""
    status: Status = "planned"
    """planned, in_progress, done (all occurrences completed) or cancelled (left out of due lists)."""
    done: Annotated[list[str], Before(_labels)] = field(default_factory=new_list)
    """Completed occurrences by label: 2024, 2024-H1, 2024-Q3, 2024-03 or an ISO date."""
    notes: str | None = None
    """Free text, Markdown allowed; not printed in the approved plan."""

    @property
    def due_dates(self) -> list[dt.date]:
        if self.due is None:
            return []
        return self.due if isinstance(self.due, list) else [self.due]


@dataclass(kw_only=True)
class Section(_Model):
    """A heading row spanning the table, with its items."""

    number: Number = None
    """The section number as printed, e.g. "1"."""
    title: str
    """The section heading, printed across the whole table."""
    items: list[Item] = field(default_factory=new_list)
    """The section's rows."""


@dataclass(kw_only=True)
class Plan(_Model):
    """A whole plan of activities."""

    title: str
    """The plan's name, printed under the heading word."""
    heading: str = "ПЛАН"
    """The heading word above the title; an empty string prints none."""
    period: PeriodField
    """The period the plan covers; deadlines without a year take it from here."""
    approval: Approval | None = None
    """The approval stamp block."""
    agreed: Agreed | None = None
    """The «СОГЛАСОВАНО» block, printed at the left above the title."""
    signature: Signature | None = None
    """The signature line under the table; without it the template decides (e.g. the approver's)."""
    attachment: str | None = None
    """The «Приложение ...» label in the upper right corner."""
    language: Language = "ru"
    """ru or uk: how deadlines are read and dates printed."""
    shift: Shift = "previous"
    """A deadline on a day off moves to the previous working day (office rule), the next, or none."""
    columns: Columns = field(default_factory=Columns)
    """Header labels that override the template's."""
    executors: dict[str, str] | None = None
    """A registry id → full name; items may name executors by id, and unknown names are reported."""
    items: list[Item] | None = None
    """The plan's rows (a plan has items or sections)."""
    sections: list[Section] | None = None
    """Sections with their rows (a plan has items or sections)."""

    def __post_init__(self) -> None:
        if self.items is not None and self.sections is not None:
            raise ValueError("a plan has items or sections, not both")
        if self.items is None and self.sections is None:
            raise ValueError("a plan needs items or sections")

    def walk(self) -> Iterator[tuple[Section | None, int, Item, tuple[Any, ...]]]:
        """Every item with its section, its index, and its path in the YAML document."""
        if self.sections is not None:
            for s, section in enumerate(self.sections):
                for i, item in enumerate(section.items):
                    yield section, i, item, ("sections", s, "items", i)
        else:
            for i, item in enumerate(self.items or []):
                yield None, i, item, ("items", i)

    def executor_name(self, name: str) -> str:
        """An executor as printed: registry ids are replaced by their full names."""
        if self.executors and name in self.executors:
            return self.executors[name]
        return name


def as_data(value: Any) -> Any:
    """A model as plain data (dicts in field order, the period as written in a plan file):
    what templates see, and what pydantic's `model_dump` made of the models before."""
    if isinstance(value, Period):
        return _period_out(value)
    if isinstance(value, _Model):
        return {name: as_data(getattr(value, name)) for name in field_names(type(value))}
    if isinstance(value, list):
        return [as_data(item) for item in value]
    if isinstance(value, dict):
        return {key: as_data(item) for key, item in value.items()}
    return value


def field_names(model: type[Any]) -> tuple[str, ...]:
    """The keys a model's mapping may have, in the order of the format."""
    return tuple(each.name for each in fields(model))
