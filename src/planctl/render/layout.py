"""What goes on the page, decided once for every output format.

DOCX and Markdown print the same stamp lines, heading, columns and rows; only the
drawing differs. Keeping the decisions here (which columns show, how a date or a
signature name is written, how a section row reads) keeps the two formats in step.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from planctl.model import Item, Plan, as_data
from planctl.render.template import ColumnSettings, DateForm, TemplateSettings
from planctl.render.widths import fit_widths, minimum_width
from planctl.yamlio import package_data

MM_TWIPS = 1440 / 25.4
_SPACES = re.compile(r"\s+")
#: Characters XML 1.0 cannot hold; a plan never means them, and lxml refuses them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: «№ 12» must not part at a line end, the number alone on the next line.
_NUMBER_SIGN = re.compile(r"№[ \t]+(?=\d)")
#: 09.01.2024, 9.1.2024, 09.01.24 in an approving document's name.
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)")


@cache
def language_words(language: str) -> dict[str, Any]:
    """Month names (genitive), the year abbreviation and title abbreviations for a language."""
    data = package_data("planctl.render", "months.yaml")
    assert isinstance(data, dict)
    words: dict[str, Any] = data.get(language) or data["ru"]
    return words


def format_date(day: dt.date, form: DateForm, language: str = "ru") -> str:
    """A date as printed in a stamp: 09.01.2024, 9 января 2024 г., «9» января 2024 г., « 9 » января 2024 г."""
    if form == "numeric":
        return day.strftime("%d.%m.%Y")
    words = language_words(language)
    month, year = words["months"][day.month - 1], words["year"]
    if form == "words":
        return f"{day.day} {month} {day.year} {year}"
    if form == "quoted":
        return f"«{day.day}» {month} {day.year} {year}"
    return f"« {day.day} » {month} {day.year} {year}"


def signature_name(name: str) -> str:
    """Initials and surname that never part at a line end: every space becomes a no-break space."""
    return _SPACES.sub("\u00a0", name.strip())


def clean(text: str) -> str:
    """Plan text made printable: XML-forbidden control characters dropped, line ends unified, «№\u00a012»."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _NUMBER_SIGN.sub("№\u00a0", text)


def drop_final_stop(title: str, language: str) -> str:
    """A title is printed without a final full stop, unless it ends in an abbreviation like «г.»."""
    title = title.strip()
    if not title.endswith(".") or title.endswith(".."):
        return title
    last = title.rsplit(None, 1)[-1].lower()
    if last in language_words(language)["abbreviations"]:
        return title
    return title[:-1].rstrip()


def heading_and_title(plan: Plan) -> tuple[str, str]:
    """The heading word in capitals and the title under it.

    A title starting with the heading word («План мероприятий …» under «ПЛАН») loses
    that word, as in the seeds: «ПЛАН» / «мероприятий по …».
    """
    heading = clean(plan.heading).strip().upper()
    title = drop_final_stop(clean(plan.title), plan.language)
    if heading:
        first, _, rest = title.partition(" ")
        if first.upper() == heading and rest.strip():
            title = rest.strip()
    return heading, title


@dataclass(frozen=True)
class Column:
    """One table column as printed: its key, label, share of the text width and alignment."""

    key: str
    label: str
    width: int  # twips; the widths of all columns add up to the text width
    align: str


@dataclass(frozen=True)
class Row:
    """A section row (one cell across the table) or an item row (one list of lines per column)."""

    kind: Literal["section", "item"]
    cells: tuple[tuple[str, ...], ...]
    #: a section row's number and title apart, for formats that cannot span a cell (Markdown)
    number: str = ""
    title: str = ""


@dataclass(frozen=True)
class Page:
    """Page geometry in twips; width and height already swapped for landscape."""

    width: int
    height: int
    landscape: bool
    left: int
    right: int
    top: int
    bottom: int
    header: int

    @property
    def text_width(self) -> int:
        return self.width - self.left - self.right


@dataclass(frozen=True)
class Layout:
    """Everything the formats print, in order."""

    language: str
    page: Page
    attachment: tuple[str, ...]
    stamp: tuple[str, ...]
    heading: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    number_row: bool
    signature: tuple[str, str] | None = None
    agreed: tuple[str, ...] = ()


def twips(mm: float) -> int:
    return round(mm * MM_TWIPS)


def _shown_columns(plan: Plan, settings: TemplateSettings) -> list[ColumnSettings]:
    """Columns set to `always`, and `auto` ones when an item fills them or the plan labels them."""
    items = [item for _, _, item, _ in plan.walk()]
    filled = {
        "number": any(item.number for item in items),
        "title": True,
        "executors": any(item.executors for item in items),
        "deadline": any(item.deadline for item in items),
        "result": any(item.result for item in items),
    }
    labelled = {key for key, value in as_data(plan.columns).items() if value}
    return [c for c in settings.table.columns if c.show == "always" or filled[c.key] or c.key in labelled]


def content_widths(preferred: list[float], total: int, labels: list[str], rows: list[Row], points: float) -> list[int]:
    """Column widths in the template's proportions, widened where a word of the column would break."""
    minimums = []
    for index, label in enumerate(labels):
        texts = [line for row in rows if row.kind == "item" for line in row.cells[index]]
        minimums.append(max(minimum_width(texts, points), minimum_width(label.split("\n"), points, bold=True)))
    return fit_widths(preferred, total, minimums)


def page_for(settings: TemplateSettings, column_count: int) -> Page:
    """The page for a table of `column_count` columns (`auto` turns landscape at five)."""
    landscape = settings.orientation == "landscape" or (settings.orientation == "auto" and column_count >= 5)
    short, long = sorted((twips(settings.page_mm.width), twips(settings.page_mm.height)))
    width, height = (long, short) if landscape else (short, long)
    margins = settings.margins_mm
    return Page(width, height, landscape, twips(margins.left), twips(margins.right), twips(margins.top), twips(margins.bottom), twips(margins.header))


def names_a_date(text: str, language: str) -> bool:
    """Whether `text` («приказом … от 09.01.2024 № 12», «… от 9 января 2024 г.») carries a date of its own."""
    if _NUMERIC_DATE.search(text):
        return True
    months = "|".join(language_words(language)["months"])
    return re.search(rf"\d{{1,2}}\s*»?\s*(?:{months})\s+\d{{4}}", text, re.IGNORECASE) is not None


def _stamp_lines(plan: Plan, settings: TemplateSettings) -> tuple[str, ...]:
    """Stamp word, position, approving document, signature line and name, date.

    The approving document stands under the position, and it names the date itself
    («… от 09.01.2024 № 12»): then no date line follows, or the date would print twice.
    """
    approval = plan.approval
    if approval is None:
        return ()
    lines = [approval.stamp.upper()]
    if approval.position:
        lines.append(clean(approval.position).strip())
    document = clean(approval.document).strip() if approval.document else ""
    if document:
        lines.append(document)
    if approval.name:
        line = settings.stamp.signature_line
        name = signature_name(clean(approval.name))
        lines.append(f"{line} {name}" if line else name)
    if approval.date and not names_a_date(document, plan.language):
        lines.append(format_date(approval.date, settings.stamp.date_form, plan.language))
    return tuple(lines)


def _agreed_lines(plan: Plan, settings: TemplateSettings) -> tuple[str, ...]:
    """The «СОГЛАСОВАНО» block, written like the approval stamp: word, document, position, name, date."""
    agreed = plan.agreed
    if agreed is None:
        return ()
    lines = [agreed.stamp.upper()]
    lines.extend(clean(text).strip() for text in (agreed.document, agreed.position) if text)
    if agreed.name:
        line = settings.stamp.signature_line
        name = signature_name(clean(agreed.name))
        lines.append(f"{line} {name}" if line else name)
    if agreed.date:
        lines.append(format_date(agreed.date, settings.stamp.date_form, plan.language))
    return tuple(lines)


def _signature(plan: Plan, settings: TemplateSettings) -> tuple[str, str] | None:
    """The plan's own signature line; else the template's choice (by default the approver's)."""
    if plan.signature is not None:
        return clean(plan.signature.position or "").strip(), signature_name(clean(plan.signature.name or ""))
    if not settings.signature.show:
        return None
    approval = plan.approval
    position = settings.signature.position or (approval.position if approval and approval.position else "")
    name = settings.signature.name or (approval.name if approval and approval.name else "")
    return clean(position).strip(), signature_name(clean(name))


def _item_cells(plan: Plan, item: Item, keys: list[str], settings: TemplateSettings) -> tuple[tuple[str, ...], ...]:
    cells: list[tuple[str, ...]] = []
    for key in keys:
        if key == "executors":
            names = [clean(plan.executor_name(name)).strip() for name in item.executors]
            if settings.table.executors == "comma":
                cells.append((", ".join(names),) if names else ("",))
            else:
                cells.append(tuple(names) or ("",))
        else:
            value = getattr(item, key)
            cells.append((clean(value).strip() if value else "",))
    return tuple(cells)


def section_label(number: str | None, title: str) -> str:
    """«1. Стратегия развития социальной сферы»: the number gets a full stop unless it has one."""
    title = clean(title).strip()
    if not number:
        return title
    number = number.strip()
    return f"{number} {title}" if number.endswith(".") else f"{number}. {title}"


def build_layout(plan: Plan, settings: TemplateSettings) -> Layout:
    """Decide everything that is printed for `plan` under `settings`."""
    shown = _shown_columns(plan, settings)
    page = page_for(settings, len(shown))
    names = as_data(plan.columns)
    labels = [clean(names.get(c.key) or c.label_for(plan.language)) for c in shown]
    keys: list[str] = [c.key for c in shown]
    rows: list[Row] = []
    if plan.sections is not None:
        for section in plan.sections:  # a section without items still prints its row
            label = section_label(section.number, section.title)
            rows.append(Row("section", ((label,),), (section.number or "").strip(), clean(section.title).strip()))
            rows.extend(Row("item", _item_cells(plan, item, keys, settings)) for item in section.items)
    else:
        rows.extend(Row("item", _item_cells(plan, item, keys, settings)) for item in plan.items or [])
    widths = content_widths([c.width for c in shown], page.text_width, labels, rows, settings.font.table_pt)
    columns = tuple(Column(c.key, label, width, c.align) for c, label, width in zip(shown, labels, widths, strict=False))
    heading, title = heading_and_title(plan)
    signature = _signature(plan, settings)
    attachment = tuple(line.strip() for line in clean(plan.attachment).split("\n")) if plan.attachment else ()
    return Layout(
        language=plan.language,
        page=page,
        attachment=attachment,
        stamp=_stamp_lines(plan, settings),
        heading=heading,
        title=title,
        columns=columns,
        rows=tuple(rows),
        number_row=settings.table.number_row,
        signature=signature,
        agreed=_agreed_lines(plan, settings),
    )

