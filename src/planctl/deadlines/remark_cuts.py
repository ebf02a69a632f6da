"""The grammar's cuts of remarks after a dated cell and of the period a payment is for: «02.10.2023 10-12 класи»,
«налог за 2019 год уплачиваем до 29.06.2020». The cut is taken only where the rest reads as dates or periods and
the words cut off, on their own, cannot be read as a term; a frequency the remark opens on is the term's.
(`remarks.py` finds the same remark in the user's own text, for `planctl fix`.)
"""

from __future__ import annotations

from planctl.deadlines.asides import DATED, REMARK_SEGMENTS, REMARK_TOKENS, Read, frequency_at, is_duration, named_dates, shown
from planctl.deadlines.language import Language, phrase_at
from planctl.deadlines.normalize import is_word, tokenize
from planctl.deadlines.spec import PartSpec


def without_remarks(text: str, table: Language, read: Read) -> tuple[str, tuple[str, ...]] | None:
    """The text with a remark after each dated cell removed, and the remarks; None when there is none.

    "02.10.2023 10-12 класи", "01.02.2021 - 11.02.2021 классный тур; 15.02.2021 - ...":
    a dated head followed by words the grammar cannot read (who, where) is the date.
    The cut is taken only where the head reads as dates or periods and the tail, on its
    own, cannot be read, so a term is never cut short ("до 1 марта, ежегодно" reads whole).
    """
    cut = _cut_remarks(text, ";", table, read)
    if cut is None and ";" not in text and "," in text:
        # "7 июля предварительный, 15 сентября уточненный": dates, each with its remark
        cut = _cut_remarks(text, ",", table, read)
        if cut is not None and not all(p.kind in DATED for p in read(cut[0])):
            return None
    return cut


def _cut_remarks(text: str, separator: str, table: Language, read: Read) -> tuple[str, tuple[str, ...]] | None:
    segments = text.split(separator)
    if len(segments) > REMARK_SEGMENTS:
        return None  # a cell of real dates with remarks has a few parts; a long list is not worth the reads
    kept: list[str] = []
    dropped: list[str] = []
    for segment in segments:
        if all(p.kind != "unknown" for p in read(segment)):
            kept.append(segment)
            continue
        tokens = tokenize(segment)
        if kept and len(tokens) <= REMARK_TOKENS and is_remark(tokens, table):
            dropped.append(shown(tokens))  # "01.01.2020; актовый зал": a remark of its own after the term
            continue
        for cut in range(len(tokens) - 1, max(0, len(tokens) - REMARK_TOKENS) - 1, -1):
            head, tail = tokens[:cut], tokens[cut:]
            if not (is_remark(tail, table) or is_duration(tail, table)):  # "30.10.2023-05.11.2023 - 7 днів"
                continue
            parts = read(" ".join(head))
            named = named_dates(parts)
            # "Согласно плану Министерства здравоохранения": whose plan is a remark too
            named = named or (bool(parts) and all(p.kind == "on_demand" for p in parts))
            if named and any(p.kind == "unknown" for p in read(" ".join(tail))):
                while head and head[-1] in ("-", ","):
                    head = head[:-1]  # "07.10 - 11.10 - наст. сесія": the dash before the remark goes with it
                kept.append(" ".join([*head, *_year_paid_for(parts, tail, table, read)]))
                dropped.append(shown(tail))
                break
        else:
            return None
    return (f" {separator} ".join(kept), tuple(dropped)) if kept else None


def is_remark(tokens: list[str], table: Language) -> bool:
    """Words the grammar does not know ("класи", "тур") and nothing that names a time (the Ukrainian «і»
    between two words, «написання і захист», is «and», not the Roman I of «І квартал»)."""
    tokens = tokens[: _paid_for(tokens, table)]
    # «1 квартал 2024 года, далее ежеквартально»: a frequency the remark opens on is the term's, not a remark's
    # («в размере 50% от ежегодного платежа» names a payment)
    often = frequency_at([token for token in tokens if token not in (",", "-")], table)
    if often is not None and often[0] <= 1:
        return False
    if any(table.names_time(token) and not _and_between_words(tokens, i, table) and not _place_letter(tokens, i, table) for i, token in enumerate(tokens)):
        return False
    # «в СК», «ДК»: a place's abbreviation counts, two letters and all
    return any(len(token) >= 2 and is_word(token) and token not in table.vocabulary for token in tokens)


def without_reported_period(text: str, table: Language, read: Read) -> tuple[list[PartSpec], str] | None:
    """«за полугодие 2020 – до 28.07.2020», «налог за 2019 год уплачиваем до 29.06.2020»: the period a
    report or payment is for, before a term that names its own year; the term's dates are the term."""
    tokens = tokenize(text)
    span = _reported_span(tokens, table)
    if span is None:
        return None
    start, end = span
    rest = tokens[:start] + tokens[end:]
    while rest and rest[0] in ("-", ","):
        rest = rest[1:]
    while rest and rest[-1] in ("-", ","):
        rest = rest[:-1]
    parts = read(" ".join(rest)) if rest else []
    dated = named_dates(parts) and all(day.year is not None for p in parts for day in p.rule.days)
    return (parts, shown(tokens[start:end])) if dated else None


def _reported_span(tokens: list[str], table: Language) -> tuple[int, int] | None:
    """Where «за <period>» stands (from «за» to the period's end), opening the cell or after a word of the
    grammar's own («налог за 2019 год», «авансовый платеж за I кв. 2020 г.»)."""
    for k, token in enumerate(tokens):
        # «налог за 2019 год», «28.03.2019 – за 2018 год»: after a word of its own, or a dash after a day
        after_day = k >= 2 and tokens[k - 1] == "-" and tokens[k - 2][:1].isdigit()
        # «по итогам 2019 года не позднее 30.03.2020»: the results of a period said with its year, as «за»
        lead = phrase_at(tokens, k, table.results_lead) or int(token in table.paid_for)
        if not lead or (k and not (is_word(tokens[k - 1]) and tokens[k - 1] not in table.vocabulary) and not after_day):
            continue
        end = k + lead
        # «за 12 мес. 2017 г. 28.03.2018»: the period ends before a date, which is the term
        while end < len(tokens) and ((table.names_time(tokens[end]) and "." not in tokens[end]) or tokens[end].isdigit() or tokens[end] == "-"):
            end += 1
        if end > k + lead:
            return k, end
    return None


def _paid_for(tokens: list[str], table: Language) -> int:
    """Where «за 2019 год», «за I кв. 2020 г.» closes a remark that names a payment or a report of its own
    («плата за 2019 год», «авансовый платеж за I кв.»): the period it is for, not a term. The remark's
    length when it has none."""
    span = _reported_span(tokens, table)
    return span[0] if span is not None and span[0] > 0 and span[1] == len(tokens) else len(tokens)


def _year_paid_for(parts: list[PartSpec], remark: list[str], table: Language, read: Read) -> list[str]:
    """«28 февраля - плата за 2019 год», «20 апреля - платеж за I кв. 2020 г.»: a day of no year is the
    first one after the period it is for, in its year (2020 both); nothing when the remark names no such period."""
    k = _paid_for(remark, table)
    paid = read(" ".join(remark[k + 1 :])) if k < len(remark) else []
    if not (len(parts) == 1 and len(days := parts[0].rule.days) == 1 and days[0].year is None and len(paid) == 1):
        return []
    periods = paid[0].rule.periods
    if len(periods) != 1 or periods[0].year is None or paid[0].kind != "period":
        return []
    end = periods[0].end_in(periods[0].year)
    return [str(end.year + ((days[0].month, days[0].day) <= (end.month, end.day)))]


def _and_between_words(tokens: list[str], i: int, table: Language) -> bool:
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return tokens[i] == "і" and i > 0 and is_word(tokens[i - 1]) and is_word(after) and not table.names_time(after) and after not in table.week


def _place_letter(tokens: list[str], i: int, table: Language) -> bool:
    """«х.Сухой», «с. Іванівка»: a settlement's letter before its name, not a Roman numeral."""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return len(tokens[i]) == 1 and len(after) >= 3 and is_word(after) and not table.names_time(after) and after not in table.vocabulary
