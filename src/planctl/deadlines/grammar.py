"""Deadline phrase → schedule spec, for Russian and Ukrainian office language.

The grammar reads a part token by token and must account for every token: a word
it cannot place makes the part `unknown` with a reason, so it never guesses.
"""

from __future__ import annotations

import calendar as _calendar
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from planctl.deadlines.language import Language, language
from planctl.deadlines.normalize import normalize, tokenize
from planctl.deadlines.spec import DayRef, Kind, PartSpec, PeriodRef, Reading, Rule

#: Longer phrases are not deadlines; reading them would only waste time.
MAX_PHRASE = 300
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12}
# Cyrillic letters that look like Roman numerals in Word documents ("ІV квартал", "ІІ полугодие").
_CYR_TO_LATIN = str.maketrans({"і": "i", "х": "x", "v": "v", "у": "v"})
_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})(?:\.(\d{2,4}))?$")
_PARENS = re.compile(r"\(([^()]*)\)")
_UNIT_OF_TIMES = {1: "year", 2: "half", 4: "quarter", 12: "month"}


class _Unknown(Exception):
    """The part cannot be read; carries the reason shown to the user."""


@dataclass
class _Facts:
    """What the scan found in one part."""

    days: list[DayRef] = field(default_factory=list)
    periods: list[PeriodRef] = field(default_factory=list)
    every: Optional[str] = None
    day_of_month: Optional[int] = None
    next_period: bool = False
    throughout: bool = False
    throughout_lead: bool = False
    continuous: bool = False
    frequent: bool = False
    on_demand: bool = False
    relative: Optional[tuple[int, bool]] = None
    year_range: bool = False


def _year(token: str) -> Optional[int]:
    if token.isdigit() and len(token) == 4 and 1900 <= int(token) <= 2200:
        return int(token)
    return None


def _roman(token: str) -> Optional[int]:
    return _ROMAN.get(token.translate(_CYR_TO_LATIN))


class _Scanner:
    """A cursor over the tokens of one part."""

    def __init__(self, tokens: list[str], lang: Language) -> None:
        self.t = tokens
        self.i = 0
        self.lang = lang
        self.facts = _Facts()

    def peek(self, offset: int = 0) -> str:
        j = self.i + offset
        return self.t[j] if 0 <= j < len(self.t) else ""

    def phrase_at(self, candidates: tuple[tuple[str, ...], ...]) -> int:
        for words in candidates:
            if tuple(self.t[self.i : self.i + len(words)]) == words:
                return len(words)
        return 0

    # ------------------------------------------------------------------ pieces

    def ordinal(self, offset: int = 0) -> Optional[int]:
        token = self.peek(offset)
        if token.isdigit() and len(token) <= 2:
            return int(token)
        if token.endswith(("-й", "-е", "-го", "-м", "-є")):
            number = token.split("-")[0]
            return int(number) if number.isdigit() else None
        roman = _roman(token)
        if roman is not None:
            return roman
        return self.lang.ordinals.get(token)

    def year_after(self, offset: int) -> tuple[Optional[int], int]:
        """A year at `offset` (with its optional year word); returns (year, tokens used)."""
        year = _year(self.peek(offset))
        if year is None:
            return None, 0
        used = 1
        if self.peek(offset + used) in self.lang.year:
            used += 1
        return year, used

    def unit_word(self, token: str) -> Optional[str]:
        if token in self.lang.quarter:
            return "quarter"
        if token in self.lang.half:
            return "half"
        if token in self.lang.decade:
            return "decade"
        return None

    def try_ordinal_period(self) -> bool:
        """`IV квартал 2024`, `I-II кварталы 2025 года`, `II полугодие`, `II декада декабря`, `2 и 4 кварталы`."""
        indices: list[int] = []
        j = 0
        first = self.ordinal(j)
        if first is None:
            return False
        indices.append(first)
        j += 1
        while self.peek(j) in ("-", "и", "і", "й", "та", ",") and self.ordinal(j + 1) is not None:
            is_range = self.peek(j) == "-"
            nxt = self.ordinal(j + 1)
            assert nxt is not None
            if is_range:
                indices.extend(range(indices[-1] + 1, nxt + 1))
            else:
                indices.append(nxt)
            j += 2
        unit = self.unit_word(self.peek(j))
        if unit is None:
            return False
        j += 1
        ranged = any(self.peek(k) == "-" for k in range(1, j))
        month = 0
        if unit == "decade":
            month = self.lang.months.get(self.peek(j), 0)
            if not month:
                raise _Unknown("у декады не указан месяц")
            j += 1
        year, used = self.year_after(j)
        j += used
        limit = {"quarter": 4, "half": 2, "decade": 3}[unit]
        if any(not 1 <= n <= limit for n in indices):
            raise _Unknown(f"нет такого номера периода: {indices}")
        chosen = indices[-1:] if ranged else indices
        for n in chosen:
            self.facts.periods.append(PeriodRef(unit, n, year, month))  # type: ignore[arg-type]
        self.i += j
        return True

    def try_day_month(self) -> bool:
        """`30 декабря 2024 г.`, `1 марта`, `01.07.2025`, `до 01.11`."""
        token = self.peek()
        m = _DATE.match(token)
        if m:
            day, month = int(m.group(1)), int(m.group(2))
            year = m.group(3)
            full = None
            if year:
                full = int(year) + (2000 if len(year) == 2 else 0)
                if len(year) == 3:
                    raise _Unknown(f"непонятный год в дате «{token}»")
            used = 1
            if full is None:
                full, extra = self.year_after(1)
                used += extra
            elif self.peek(1) in self.lang.year:
                used += 1
            self._add_day(day, month, full)
            self.i += used
            return True
        if token.isdigit() and len(token) <= 2:
            month = self.lang.months.get(self.peek(1))
            if month:
                year, used = self.year_after(2)
                self._add_day(int(token), month, year)
                self.i += 2 + used
                return True
        return False

    def _add_day(self, day: int, month: int, year: Optional[int]) -> None:
        if not 1 <= month <= 12:
            raise _Unknown(f"нет такого месяца: {month}")
        last = _calendar.monthrange(year or 2024, month)[1]
        if not 1 <= day <= last:
            raise _Unknown(f"нет такого дня: {day}.{month:02d}")
        self.facts.days.append(DayRef(day, month, year))

    def try_month(self) -> bool:
        """`март 2025 г.`, `январь - март 2025 г.`, `сентябрь 2024 - май 2025`, `впродовж серпня 2021 року`."""
        month = self.lang.months.get(self.peek())
        if not month:
            return False
        j = 1
        year, used = self.year_after(j)
        j += used
        last_month, last_year = month, year
        if self.peek(j) == "-" and self.lang.months.get(self.peek(j + 1)):
            last_month = self.lang.months[self.peek(j + 1)]
            j += 2
            last_year, used = self.year_after(j)
            j += used
            if last_year is None:
                last_year = year
        self.facts.periods.append(PeriodRef("month", last_month, last_year))
        self.i += j
        return True

    def try_years(self) -> bool:
        """`2025 год`, `2024-2025 годы`, `2024-2026 гг.`, `2024 г.`."""
        first = _year(self.peek())
        if first is None:
            return False
        j = 1
        last = first
        if self.peek(1) == "-" and _year(self.peek(2)) is not None:
            last = int(self.peek(2))
            j = 3
            if last < first:
                raise _Unknown(f"годы идут в обратном порядке: {first}-{last}")
        if self.peek(j) in self.lang.year:
            j += 1
        for year in range(first, last + 1):
            self.facts.periods.append(PeriodRef("year", 0, year))
        self.facts.year_range = self.facts.year_range or last != first
        self.i += j
        return True

    def try_day_of_month(self) -> bool:
        """`до 10 числа`, `до 5-го числа месяца`."""
        token = self.peek()
        number = token.split("-")[0]
        if number.isdigit() and len(number) <= 2 and self.peek(1) in ("числа", "число", "чис"):
            day = int(number)
            if not 1 <= day <= 31:
                raise _Unknown(f"нет такого числа: {day}")
            self.facts.day_of_month = day
            self.i += 2
            return True
        return False

    def try_times(self) -> bool:
        """`N раз(а) в год/квартал/полугодие/месяц`."""
        token = self.peek()
        count = int(token) if token.isdigit() and len(token) <= 2 else self.lang.counts.get(token)
        if count is None:
            return False
        j = 1
        if self.peek(j) in self.lang.times:
            j += 1
        elif token not in ("дважды", "двічі", "однажды"):
            return False
        if self.peek(j) in ("в", "на", "за"):
            j += 1
        unit_token = self.peek(j)
        if unit_token in self.lang.year:
            base = 1
        elif unit_token in self.lang.half or unit_token in ("полгода", "півроку"):
            base = 2
        elif unit_token in self.lang.quarter:
            base = 4
        elif unit_token in self.lang.month_word:
            base = 12
        else:
            return False
        per_year = count * base
        unit = _UNIT_OF_TIMES.get(per_year)
        if unit is None:
            raise _Unknown(f"{count} раз(а) за период не делится на отчетные периоды")
        self.facts.every = unit
        self.i += j + 1
        return True

    def try_relative(self) -> bool:
        """`в течение 10 рабочих дней со дня утверждения плана`: consumes the rest of the part."""
        used = self.phrase_at(self.lang.relative_lead)
        if not used:
            return False
        j = used
        token = self.peek(j)
        if not (token.isdigit() and len(token) <= 3):
            return False
        count = int(token)
        j += 1
        working = False
        if self.peek(j) in self.lang.working:
            working, j = True, j + 1
        elif self.peek(j) in self.lang.calendar:
            j += 1
        if self.peek(j) not in self.lang.days:
            return False
        j += 1
        self.i += j
        if self.i < len(self.t) and not self.phrase_at(self.lang.anchors):
            raise _Unknown("не указано, от какого события отсчитывать срок")
        self.i = len(self.t)
        self.facts.relative = (count, working)
        return True

    def try_phrase(self) -> bool:
        for words, role, value in self.lang.phrases:
            if tuple(self.t[self.i : self.i + len(words)]) != words:
                continue
            facts = self.facts
            if role == "recurring":
                facts.every = value
            elif role == "frequent":
                facts.frequent = True
            elif role == "continuous":
                facts.continuous = True
            elif role == "on_demand":
                facts.on_demand = True
            elif role == "throughout":
                facts.throughout = True
            elif role == "throughout_lead":
                facts.throughout_lead = True
            elif role == "next_period":
                facts.next_period = True
            # at_least: "не реже" only stresses the recurrence
            self.i += len(words)
            return True
        return False

    def scan(self) -> _Facts:
        steps = (
            self.try_relative,
            self.try_phrase,
            self.try_times,
            self.try_day_of_month,
            self.try_ordinal_period,
            self.try_day_month,
            self.try_month,
            self.try_years,
        )
        while self.i < len(self.t):
            if any(step() for step in steps):
                continue
            token = self.peek()
            if token in self.lang.skip or token in (",", "-"):
                self.i += 1
                continue
            raise _Unknown(f"не удалось разобрать «{token}»")
        return self.facts


def _decide(facts: _Facts) -> tuple[Kind, Rule]:
    """Turn what the scan found into one kind and rule, or refuse when the facts conflict."""
    years = tuple(sorted({p.year for p in facts.periods if p.unit == "year" and p.year}))
    other_periods = [p for p in facts.periods if p.unit != "year"]
    if facts.relative is not None:
        count, working = facts.relative
        return "relative", Rule(count=count, working_days=working)
    if facts.every is not None:
        if len(facts.days) > 1:
            raise _Unknown("у периодического срока несколько дат")
        day = facts.days[0] if facts.days else None
        if day is not None and day.year is not None:
            raise _Unknown("у периодического срока указана дата с годом")
        if other_periods:
            if len(other_periods) > 1 or other_periods[0].year is not None or day is not None:
                raise _Unknown("периодический срок с несколькими периодами")
            anchor = other_periods[0]
            last_day = _period_end_day(anchor)
            return "recurring", Rule(every=facts.every, days=(last_day,), years=years)
        return "recurring", Rule(
            every=facts.every,
            days=(day,) if day else (),
            day_of_month=facts.day_of_month,
            next_period=facts.next_period,
            years=years,
        )
    if facts.day_of_month is not None or facts.next_period:
        raise _Unknown("число месяца указано без периодичности (ежемесячно, ежеквартально…)")
    if facts.days:
        if other_periods:
            raise _Unknown("в сроке и даты, и периоды")
        if years:
            if len(years) != 1 or any(d.year not in (None, years[0]) for d in facts.days):
                raise _Unknown("год не согласуется с датой")
            days = tuple(DayRef(d.day, d.month, years[0]) for d in facts.days)
        else:
            days = tuple(facts.days)
        return "date", Rule(days=days)
    if other_periods:
        if facts.periods and any(p.unit == "year" for p in facts.periods):
            raise _Unknown("в сроке несколько разных периодов")
        return "period", Rule(periods=tuple(other_periods))
    if years:
        if facts.throughout_lead or facts.throughout:
            return "throughout", Rule(years=years)
        if facts.year_range:
            return "period", Rule(periods=(PeriodRef("year", 0, years[-1]),), years=years)
        return "period", Rule(periods=tuple(PeriodRef("year", 0, y) for y in years))
    if facts.continuous or facts.frequent:
        return "continuous", Rule()
    if facts.throughout:
        return "throughout", Rule()
    if facts.on_demand:
        return "on_demand", Rule()
    if facts.throughout_lead:
        raise _Unknown("после «в течение» не указан период")
    raise _Unknown("в сроке нет ни даты, ни периода")


def _period_end_day(period: PeriodRef) -> DayRef:
    """The last day of a yearless period, as a day of each year ("ежегодно в IV квартале")."""
    if period.unit == "quarter":
        month = period.index * 3
    elif period.unit == "half":
        month = period.index * 6
    elif period.unit == "month":
        month = period.index
    else:
        month = period.month
        if period.index < 3:
            return DayRef(period.index * 10, month)
    return DayRef(_calendar.monthrange(2023, month)[1], month)


def _split_parts(text: str, lang: Language) -> list[tuple[str, str]]:
    """Top-level comma chunks grouped into the work part and report parts.

    A chunk that mentions a report (отчет, доклад…) starts a report part; any other
    chunk continues the part before it ("ежегодно, до 20 декабря" is one part).
    """
    parts: list[tuple[str, str]] = []
    for chunk in text.split(","):
        chunk = chunk.strip()
        if not chunk:
            continue
        is_report = any(token in lang.report for token in tokenize(chunk))
        if parts and is_report:
            parts.append(("report", chunk))
        elif parts:
            kind, previous = parts[-1]
            parts[-1] = (kind, f"{previous} {chunk}")
        else:
            parts.append(("work", chunk))
    return parts


_TIME_START_SKIP = frozenset({"до", "к", "не", "в", "по", "у", "на"})


def _drop_report_words(tokens: list[str], lang: Language) -> list[str]:
    """Remove the report noun and who it goes to ("доклад Губернатору края") before the term."""
    out: list[str] = []
    skipping = False
    for index, token in enumerate(tokens):
        if token in lang.report:
            skipping = True
            continue
        if skipping:
            starts_term = (
                token in _TIME_START_SKIP
                or token[:1].isdigit()
                or token in lang.months
                or any(words[0] == token for words, _, _ in lang.phrases)
                or _roman(token) is not None
            )
            if not starts_term:
                continue
            skipping = False
        out.append(token)
    return out


def _read_part(part: str, text: str, lang: Language) -> PartSpec:
    tokens = tokenize(text)
    if part == "report":
        tokens = _drop_report_words(tokens, lang)
    try:
        facts = _Scanner(tokens, lang).scan()
        kind, rule = _decide(facts)
    except _Unknown as problem:
        return PartSpec(part, "unknown", text, Rule(), str(problem))  # type: ignore[arg-type]
    if part == "report" and kind == "date" and len(rule.days) == 1 and rule.days[0].year is None:
        # "ежегодно, отчет до 25 декабря": a report by a day of no year is a yearly report
        kind, rule = "recurring", Rule(every="year", days=rule.days)
    return PartSpec(part, kind, text, rule)  # type: ignore[arg-type]


def _read_text(text: str, lang: Language) -> list[PartSpec]:
    return [_read_part(part, chunk, lang) for part, chunk in _split_parts(text, lang)]


@lru_cache(maxsize=65536)
def read_phrase(phrase: str, lang: str = "ru") -> Reading:
    """How an office worker reads `phrase`; cached, since plans repeat the same phrases."""
    if not isinstance(phrase, str) or not phrase.strip():
        return Reading(phrase if isinstance(phrase, str) else "", "unknown", False, (), "срок не указан")
    if len(phrase) > MAX_PHRASE:
        return Reading(phrase, "unknown", False, (), f"срок длиннее {MAX_PHRASE} символов — это не срок")
    text = normalize(phrase)
    parts = _read_all(text, language(lang))
    if any(p.kind == "unknown" for p in parts):
        # Plans mix languages more often than one thinks ("щокварталу" in a Russian plan).
        other = _read_all(text, language("uk" if lang == "ru" else "ru"))
        if other and all(p.kind != "unknown" for p in other):
            parts = other
    if not parts:
        return Reading(phrase, "unknown", False, (), "в сроке нет ни даты, ни периода")
    unknown = next((p for p in parts if p.kind == "unknown"), None)
    kind = parts[0].kind
    if unknown is not None:
        return Reading(phrase, "unknown", False, tuple(parts), unknown.reason)
    return Reading(phrase, kind, True, tuple(parts))


def _read_all(text: str, table: Language) -> list[PartSpec]:
    """The parts of `text`; a remark in brackets is dropped when it is what cannot be read."""
    parts = _read_text(text, table)
    if any(p.kind == "unknown" for p in parts):
        # "в течение года (по отдельному плану)"
        plain = _PARENS.sub(" ", text)
        if plain != text and plain.strip():
            retry = _read_text(plain, table)
            if retry and all(p.kind != "unknown" for p in retry):
                parts = retry
    return parts
