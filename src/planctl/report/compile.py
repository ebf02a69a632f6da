"""The execution report's content: which items are reported on, what their records say, the summary.

Computed once and handed to every format (DOCX, Markdown, JSON) as plain data, so the
three never disagree and a template never sees a model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from planctl.deadlines import Occurrence
from planctl.deadlines.occurrences import label_span
from planctl.document import PlanDocument
from planctl.due.schedule import calendar_for_language, is_done, item_occurrences
from planctl.due.windows import Window
from planctl.model import Item, Plan
from planctl.period import ROMAN
from planctl.progress.ledger import WHOLE_PERIOD, Ledger, Match
from planctl.progress.model import Record, status_word, words
from planctl.render.layout import clean, drop_final_stop, section_label, signature_name
from planctl.yamlio import package_data

#: The order statuses are shown in, and which one an item with several occurrences takes:
#: the first of its occurrences' statuses in this order.
STATUS_ORDER = ("not_done", "postponed", "missing", "in_progress", "done")
SUMMARY_KEYS = ("planned", "done", "in_progress", "not_done", "postponed", "missing", "overdue")


@cache
def texts(language: str) -> dict[str, Any]:
    """report/texts.yaml for a language (Russian when it has none)."""
    data = package_data("planctl.report", "texts.yaml")
    assert isinstance(data, dict)
    return dict(data.get(language) or data["ru"])


@dataclass(frozen=True)
class Line:
    """What the report says of one occurrence of an item in the window."""

    label: str | None
    period: str
    due: dt.date | None
    status: str  # done, in_progress, not_done, postponed or missing
    status_word: str
    text: str = ""
    figures: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    new_date: dt.date | None = None
    overdue: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "label": None if self.label == WHOLE_PERIOD else self.label,
            "period": self.period,
            "due": self.due.isoformat() if self.due else None,
            "status": self.status,
            "status_word": self.status_word,
            "text": self.text,
            "figures": list(self.figures),
            "links": list(self.links),
            "new_date": self.new_date.isoformat() if self.new_date else None,
            "overdue": self.overdue,
        }


@dataclass(frozen=True)
class Row:
    """A section row, or an item with its lines (none: nothing falls in the window)."""

    kind: str  # "section" or "item"
    number: str = ""
    title: str = ""
    deadline: str = ""
    executors: tuple[str, ...] = ()
    lines: tuple[Line, ...] = ()
    status: str = ""
    overdue: bool = False

    def to_json(self) -> dict[str, Any]:
        if self.kind == "section":
            return {"kind": "section", "number": self.number, "title": self.title}
        return {
            "kind": "item",
            "number": self.number,
            "title": self.title,
            "deadline": self.deadline,
            "executors": list(self.executors),
            "status": self.status or None,
            "overdue": self.overdue,
            "occurrences": [line.to_json() for line in self.lines],
        }


@dataclass(frozen=True)
class SummaryRow:
    key: str
    label: str
    numbers: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.numbers)


@dataclass
class Report:
    """Everything an execution report prints, in order."""

    plan_file: str
    language: str
    heading: str
    subject: str
    window: Window
    window_phrase: str
    as_of: dt.date
    as_of_line: str
    rows: list[Row] = field(default_factory=list)
    summary: list[SummaryRow] = field(default_factory=list)
    signature: tuple[str, str] | None = None

    @property
    def title(self) -> str:
        """«о ходе выполнения плана мероприятий … за 2024 год»: the line under the heading."""
        return f"{self.subject} {self.window_phrase}".strip()

    @property
    def full_title(self) -> str:
        return f"{self.heading} {self.title}"

    def to_json(self) -> dict[str, Any]:
        """Plain data: the JSON output, and the context of the Markdown template."""
        return {
            "plan": self.plan_file,
            "language": self.language,
            "heading": self.heading,
            "title": self.title,
            "full_title": self.full_title,
            "window": {"start": self.window.start.isoformat(), "end": self.window.end.isoformat(), "label": self.window.label},
            "as_of": self.as_of.isoformat(),
            "as_of_line": self.as_of_line,
            "rows": [row.to_json() for row in self.rows],
            "summary": [{"key": s.key, "label": s.label, "count": s.count, "items": list(s.numbers)} for s in self.summary],
            "signature": {"position": self.signature[0], "name": self.signature[1]} if self.signature else None,
        }


# --------------------------------------------------------------------------- words


def _date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def window_phrase(window: Window, language: str) -> str:
    """«за IV квартал 2024 года», «за 2023-2024 учебный год», «за период с … по …»."""
    words_ = texts(language)["window"]
    start, end = window.start, window.end
    month_end = (end + dt.timedelta(days=1)).day == 1
    if start.day == 1 and month_end and start.year == end.year:
        months = end.month - start.month + 1
        if start.month == 1 and months == 12:
            return str(words_["year"]).format(year=start.year)
        if months == 6 and start.month in (1, 7):
            return str(words_["half"]).format(roman=ROMAN[start.month // 6 + 1], year=start.year)
        if months == 3 and start.month % 3 == 1:
            return str(words_["quarter"]).format(roman=ROMAN[start.month // 3 + 1], year=start.year)
        if months == 1:
            return str(words_["month"]).format(month=texts(language)["months"][start.month - 1], year=start.year)
    if (start.month, start.day, end.month, end.day) == (9, 1, 8, 31) and end.year == start.year + 1:
        return str(words_["school_year"]).format(first=start.year, last=end.year)
    return str(words_["range"]).format(start=_date(start), end=_date(end))


def occurrence_period(label: str | None, language: str) -> str:
    """A label as the report prints it: «IV квартал 2024 г.», «март 2024 г.», «15.03.2024»."""
    words_ = texts(language)["occurrence"]
    if label is None or label == WHOLE_PERIOD:
        return str(words_["whole"])
    if len(label) == 4 and label.isdigit():
        return str(words_["year"]).format(year=label)
    year, rest = label[:4], label[5:]
    if rest[:1] == "H":
        return str(words_["half"]).format(roman=ROMAN[int(rest[1:])], year=year)
    if rest[:1] == "Q":
        return str(words_["quarter"]).format(roman=ROMAN[int(rest[1:])], year=year)
    if len(rest) == 2 and rest.isdigit():
        return str(words_["month"]).format(month=texts(language)["months"][int(rest) - 1], year=year)
    day = dt.date.fromisoformat(label)
    return str(words_["day"]).format(date=_date(day))


def subject(plan: Plan) -> str:
    """«о ходе выполнения плана мероприятий по …» from the plan's title «План мероприятий по …»."""
    words_ = texts(plan.language)
    title = drop_final_stop(clean(plan.title), plan.language).replace("\n", " ").strip()
    first, _, rest = title.partition(" ")
    if first.casefold() == str(words_["plan_word"]).casefold() and rest:
        return str(words_["subject"]).format(plan=f"{words_['plan_word_genitive']} {rest}")
    return str(words_["subject_quoted"]).format(title=title)


def _window_phrase(plan: Plan, window: Window) -> str:
    """«за 2024 год»; none when the report covers the plan's whole period and its title names the years."""
    period = plan.period
    if (window.start, window.end) == (period.start, period.end) and all(str(y) in plan.title for y in period.year_list):
        return ""
    return window_phrase(window, plan.language)


def _figure(count: float, unit: str) -> str:
    shown = str(int(count)) if float(count).is_integer() else str(count).replace(".", ",")
    return f"{shown} {clean(unit).strip()}"


# --------------------------------------------------------------------------- compiling


def _in_window(occ: Occurrence, window: Window) -> bool:
    """Due in the window, or work of a period that overlaps it and is not yet past («в течение года»)."""
    if occ.due in window:
        return True
    span = label_span(occ.label)
    return span is not None and span[0] <= window.end and span[1] >= window.start and occ.due >= window.start


def _record_line(
    record: Record | None, label: str | None, due: dt.date | None, plan: Plan, item: Item, as_of: dt.date, window: Window
) -> Line:
    language = plan.language
    period = occurrence_period(label, language)
    if record is None:
        if label is not None and label != WHOLE_PERIOD and is_done(item, label):
            return Line(label, period, due, "done", status_word("done", language))
        overdue = due is not None and due < as_of and due <= window.end
        return Line(label, period, due, "missing", str(words(language)["missing"]), overdue=overdue)
    code = record.status_code
    new_date = record.new_date if code == "postponed" else None
    effective = new_date or due
    overdue = code != "done" and effective is not None and effective < as_of and effective <= window.end
    return Line(
        label,
        period,
        effective,
        code,
        record.status,
        text=clean(record.text or "").strip(),
        figures=tuple(_figure(f.count, f.unit) for f in record.figures),
        links=tuple(link.strip() for link in record.links if link.strip()),
        new_date=new_date,
        overdue=overdue,
    )


def _item_lines(doc: PlanDocument, item: Item, ledger: Ledger | None, window: Window, as_of: dt.date) -> tuple[Line, ...]:
    plan = doc.plan
    calendar = calendar_for_language(plan.language)
    occurrences = item_occurrences(plan, item, shift=plan.shift, calendar=calendar)
    lines: list[Line] = []
    if occurrences:
        seen: set[str] = set()
        for occ in occurrences:
            if occ.label in seen or not _in_window(occ, window):
                continue
            seen.add(occ.label)
            record = ledger.record_for(item, occ.label) if ledger else None
            lines.append(_record_line(record, occ.label, occ.due, plan, item, as_of, window))
        return tuple(lines)
    if plan.period.end < window.start or plan.period.start > window.end:
        return ()
    # no dated occurrences («постоянно»): the records of periods that touch the window
    matches: list[Match] = ledger.records_of(item) if ledger else []
    for match in matches:
        span = label_span(match.label or "") if match.label != WHOLE_PERIOD else (plan.period.start, plan.period.end)
        if span is not None and span[0] <= window.end and span[1] >= window.start:
            lines.append(_record_line(match.record, match.label, None, plan, item, as_of, window))
    return tuple(lines) or (_record_line(None, None, None, plan, item, as_of, window),)


def _item_status(lines: tuple[Line, ...]) -> str:
    return min((line.status for line in lines), key=STATUS_ORDER.index) if lines else ""


def compile_report(
    doc: PlanDocument,
    ledger: Ledger | None,
    window: Window,
    as_of: dt.date,
    *,
    executor: str | None = None,
    all_items: bool = False,
    signature: tuple[str, str] | None = None,
) -> Report:
    """The report on `window` as of `as_of`: items with something in the window (all with `all_items`)."""
    plan = doc.plan
    language = plan.language
    words_ = texts(language)
    as_of_line = str(words_["as_of"]).format(date=_date(as_of)) if as_of < window.end else ""
    report = Report(
        plan_file=doc.path,
        language=language,
        heading=str(words_["heading"]),
        subject=subject(plan),
        window=window,
        window_phrase=_window_phrase(plan, window),
        as_of=as_of,
        as_of_line=as_of_line,
        signature=(clean(signature[0]).strip(), signature_name(clean(signature[1]))) if signature else None,
    )
    needle = executor.casefold() if executor else None
    current_section: object = None
    groups: dict[str, list[str]] = {key: [] for key in SUMMARY_KEYS}
    for section, _, item, _ in plan.walk():
        if item.status == "cancelled":
            continue
        names = tuple(clean(plan.executor_name(name)).strip() for name in item.executors)
        if needle and not any(needle in name.casefold() for name in names + tuple(item.executors)):
            continue
        lines = _item_lines(doc, item, ledger, window, as_of)
        if not lines and not all_items:
            continue
        if section is not None and section is not current_section:
            current_section = section
            report.rows.append(Row("section", (section.number or "").strip(), section_label(section.number, section.title)))
        number = (item.number or "").strip()
        status = _item_status(lines)
        overdue = any(line.overdue for line in lines)
        deadline = clean(item.deadline or "").strip()
        moved = [line.new_date for line in lines if line.new_date]
        if moved:
            deadline += "\n" + str(words_["moved_deadline"]).format(date=_date(max(moved)))
        report.rows.append(
            Row("item", number, clean(item.title).strip(), deadline, names, lines, status, overdue)
        )
        if lines:
            groups["planned"].append(number)
            groups[status].append(number)
            if overdue:
                groups["overdue"].append(number)
    labels = words_["summary"]
    report.summary = [SummaryRow(key, str(labels[key]), tuple(groups[key])) for key in SUMMARY_KEYS]
    return report


def cell_lines(row: Row, language: str) -> list[str]:
    """The «Информация о выполнении» cell: per occurrence, the status with the text, figures, links."""
    words_ = texts(language)
    if not row.lines:
        return [str(words_["not_in_window"])]
    several = len(row.lines) > 1
    out: list[str] = []
    for line in row.lines:
        if line.status == "postponed" and line.new_date:
            status = str(words_["moved"]).format(date=_date(line.new_date))
        else:
            status = line.status_word[:1].upper() + line.status_word[1:]
        head = f"{line.period}: {status[:1].lower() + status[1:]}" if several and line.period else status
        first = head if head.endswith(".") else head + "."
        out.append(f"{first} {line.text}".strip() if line.text else first)
        if line.figures:
            out.append(str(words_["figures"]).format(figures="; ".join(line.figures)))
        if line.links:
            out.append(str(words_["links"]).format(links="; ".join(line.links)))
    return out
