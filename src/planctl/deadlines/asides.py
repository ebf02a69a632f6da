"""Words around a dated cell that are not its term: a name before it, a remark after it.

«Каникулы: 30.10.21 – 07.11.21», «02.10.2023 10-12 класи»: the grammar reads the cell and keeps the
words as a remark (lint D008 moves them to notes). The cut is taken only where the rest reads as dates
or periods and the words cut off, on their own, cannot be read as a term. The grammar passes its
reader in, so this module does not import it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from planctl.deadlines.facts import is_day_number, roman
from planctl.deadlines.language import Language, language, phrase_at
from planctl.deadlines.normalize import is_word, tokenize
from planctl.deadlines.spec import PARTS_OF_MONTH, PartSpec, Rule, read_whole
from planctl.deadlines.spelling import near_a_month

#: Reads a piece of normalized text into parts, as the grammar does.
Read = Callable[[str], list[PartSpec]]

_BRACKETS = re.compile(r"\([^()]*\)")
#: A cell that ends on a group in brackets: what comes before it, and what is inside.
_CLOSING_BRACKETS = re.compile(r"(.*?)\(([^()]*)\)[\s.;:]*", re.DOTALL)
#: The longest remark before a date that is tried ("У День святого Миколая, 19 грудня").
_LEAD_TOKENS = 10


def without_lead(text: str, table: Language, read: Read) -> tuple[list[PartSpec], str] | None:
    """"завтра, 6 січня", "базовий день – 14.08, субота", "Месячник безопасности с 1 по 30 апреля",
    "тиждень з 1 по 4 квітня", "Каникулы: 30.10.21 – 07.11.21": words before a colon, a comma, a dash
    or a span that are a name, not a term, and a dated cell after them; the cell is the term (its parts
    are returned), the words a remark. `read` reads the cell whole, brackets and all."""
    label, colon, after = text.partition(":")
    if colon and 0 < len(head := tokenize(label)) <= _LEAD_TOKENS:
        # «срок реализации программы: 03.06.2024 – 16.06.2024»: known words, but no term on their own
        return _after_name(head, after, table, read, _is_label(head, read), colon=True)
    tokens = tokenize(text)
    opens_span = {words[0] for words in table.range_from if len(words) == 1}
    # "5–6 класс — 25–27 сентября": the first dash may be inside the name; each cut is tried in turn
    cuts = [i for i, token in enumerate(tokens[: _LEAD_TOKENS + 1]) if i and (token in (",", "-") or token in opens_span)]
    # "Библиотеки образовательных учреждений 9 - 11 июня", "Педсовет август 2017 г.", "1 сесія 10 липня
    # 2019 року": a name (with its number) right before the first number or month, one that opens on a
    # word of its own ("до середины 2024 года" opens on a word of a term), or on «на/для» and two words of
    # its own ("на заочную форму обучения 25 сентября": what the date is for)
    first_number = next((i for i, token in enumerate(tokens[: _LEAD_TOKENS + 1]) if i and (token[:1].isdigit() or table.names_time(token))), 0)
    head = tokens[:first_number]
    own_words = sum(token not in table.vocabulary for token in head if is_word(token))
    opens_name = bool(head) and (head[0] not in table.vocabulary or (head[0] in table.name_openers and own_words >= 2) or _names_a_day(head, table))
    if first_number and is_word(head[-1]) and all(is_word(token) or token[:1].isdigit() for token in head) and opens_name:
        cuts.insert(0, first_number)
    # «срок проведения – до 1 ноября», «Работы принимаются до 1 марта»: a label opening on a noun or verb
    # (not «с учетом сроков до …»), no term on its own, before the word that opens the term
    opener = next((i for i in range(1, min(len(tokens), _LEAD_TOKENS + 1)) if tokens[i] in _TERM_OPENS), 0)
    if opener and tokens[0] not in table.prepositions and _is_label(tokens[:opener], read):
        # «Внески потрібно сплачувати до 20 числа кожного місяця»: who pays what, before a recurring term too (a
        # report's word is no such name: «отчет до 5 числа» is the report part)
        often = not table.report.intersection(tokens[:opener])
        found = _after_name(tokens[:opener], " ".join(tokens[opener + (tokens[opener] == "-") :]), table, read, True, recurring=often)
        if found is not None:
            return found
    for cut in cuts:
        if tokens[cut] == "-" and tokens[cut - 1][:1].isdigit() and tokens[cut + 1 : cut + 2] and tokens[cut + 1][:1].isdigit():
            continue  # "9 - 11 июня": a span of days, not a name and its date
        found = _after_name(tokens[:cut], " ".join(tokens[cut + (tokens[cut] in (",", "-")) :]), table, read)
        if found is not None:
            return found
    return _own_name_first(tokens, table, read)


#: The most words of a name of its own before a term («Переоформлення протягом 2 робочих днів»).
_OWN_NAME_WORDS = 2


def _own_name_first(tokens: list[str], table: Language, read: Read) -> tuple[list[PartSpec], str] | None:
    """«Переоформлення протягом 2 робочих днів», «обновление по мере поступления информации»: one or two
    words the grammar does not know, and that name no time in either language, say what is done; the
    term after them is the term, whatever its kind (CONVENTIONS 26)."""
    own = 0
    while own < min(_OWN_NAME_WORDS, len(tokens) - 1) and own_word(tokens[own], table):
        own += 1
    parts = read(" ".join(tokens[own:])) if own else []
    return (parts, shown(tokens[:own])) if parts and all(p.kind != "unknown" for p in parts) else None


def own_word(token: str, table: Language) -> bool:
    """A word the grammar does not know, of four letters or more, that names no time in either language."""
    other = language("uk" if table.code == "ru" else "ru")
    return is_word(token) and len(token) >= 4 and token not in table.vocabulary and not table.names_time(token) and not other.names_time(token)


def _how_often_at(words: list[str], table: Language) -> int | None:
    """Where a frequency begins among `words` («корректировка ежегодно», «оновлення щороку»): it is the
    term's, not its name's. None where none does."""
    often = _frequencies(table.code)
    return next((i for i in range(len(words)) if phrase_at(words, i, often)), None)


def frequency_at(words: list[str], table: Language) -> tuple[int, int] | None:
    """Where the first frequency among `words` begins and where it ends («ежемесячно», «не реже раза в квартал»)."""
    at = _how_often_at(words, table)
    return None if at is None else (at, at + phrase_at(words, at, _frequencies(table.code)))


@cache
def _frequencies(code: str) -> tuple[tuple[str, ...], ...]:
    return tuple(said for said, role, _ in language(code).phrases if role in ("recurring", "frequent"))


def _names_a_day(head: list[str], table: Language) -> bool:
    """«День открытых дверей», «у день виборів»: a day's name, with a word of its own after «день»."""
    opener = phrase_at(head, 0, table.day_name_openers)
    return bool(opener) and any(is_word(token) and token not in table.vocabulary for token in head[opener:])


def _after_name(
    head: list[str], rest: str, table: Language, read: Read, named: bool = False, *, colon: bool = False, recurring: bool = False
) -> tuple[list[PartSpec], str] | None:
    if (often := _how_often_at(head, table)) is not None:
        # «корректировка ежегодно к 1 января»: the name ends where the frequency begins
        name, parts = head[:often], read(" ".join([*head[often:], rest]))
        if name and all(is_word(token) for token in name) and _names_something(name, table) and parts and all(p.kind == "recurring" for p in parts):
            return parts, shown(name)
        return None
    # "1-е каникулы", "5–6 класс": numbers in a name are its own, as long as words name something
    words = [token for token in head if is_word(token)]
    if any(map(near_a_month, words)):
        return None  # «27 сервня 2022 р.»: a month's name with a slip, not a name and its year
    numbered = all(is_word(token) or token[:1].isdigit() or token in ("-", ",") for token in head)  # «9, 11 классы»
    named = named or (bool(words) and numbered and _names_something(words, table))
    if not (named or _is_duration(head, table)):
        return None
    parts = read(rest)
    # «Окончание учебного года: до завершения ГИА»: after a colon, a term tied to an event is the term too
    tied = colon and bool(parts) and all(p.kind == "relative" for p in parts)
    often = recurring and read_whole(parts) and all(p.kind == "recurring" for p in parts)
    return (parts, shown(head)) if _named_dates(parts) or tied or often else None


def _is_duration(words: list[str], table: Language) -> bool:
    """«8 дней с 27 октября по 3 ноября», «37 недель, с 01.09.2023 - 31.05.2024»: how long the span lasts."""
    return len(words) == 2 and words[0].isdigit() and words[1] in table.days | table.weeks | table.months_of_term


def without_stage_labels(text: str, table: Language, read: Read) -> tuple[list[PartSpec], tuple[str, ...]] | None:
    """«Перший етап - 02 вересня Другий етап - не пізніше 06 вересня», «1 этап – до 1 марта, 2 этап – до 1 мая»:
    the terms of numbered stages; each stage's label goes (a remark), its term stays, one item of a list."""
    tokens = tokenize(text)
    labels = [i for i in range(len(tokens) - 1) if tokens[i + 1] in table.stage_words and _is_ordinal(tokens[i], table)]
    if not labels:
        return None
    kept: list[str] = []
    said: list[str] = []
    i = 0
    while i < len(tokens):
        if i in labels:
            said.append(shown(tokens[i : i + 2]))
            kept.append(";")
            i += 2 + (tokens[i + 2 : i + 3] == ["-"])
            continue
        kept.append(tokens[i])
        i += 1
    terms = " ".join(kept).strip(" ;,")
    parts = read(terms) if terms else []
    return (parts, tuple(said)) if read_whole(parts) else None


def _is_ordinal(token: str, table: Language) -> bool:
    return is_day_number(token) or roman(token) is not None or token in table.ordinals


def dated_in_brackets(text: str, table: Language, read: Read) -> tuple[list[PartSpec], str] | None:
    """«Профессии, инструменты (25.10 –29.10)»: a theme named first and its dates in the closing brackets."""
    found = _CLOSING_BRACKETS.fullmatch(text)
    if found is None:
        return None
    head = tokenize(_BRACKETS.sub(" ", found.group(1)))
    words = [token for token in head if token not in (",", "-")]
    # «1-й тур (16 жовтня)», «Термін навчання - 20 днів (…)»: the name may have its number
    if not words or len(words) > _REMARK_TOKENS or not all(is_word(token) or token[:1].isdigit() for token in words):
        return None
    words = [token for token in words if is_word(token)]
    # «вторая среда марта (13.03.24)»: words the grammar knows but cannot read as a term name the date too
    if not (_names_something(words, table) or _is_label(words, read)):
        return None
    parts = read(found.group(2))
    return (parts, shown(head)) if _named_dates(parts) else None


def narrowed_in_brackets(text: str, table: Language, read: Read) -> tuple[list[PartSpec], str] | None:
    """«Осень (2-я-4-я недели сентября)», «IV квартал (октябрь-ноябрь)»: a season, quarter or half-year
    and, in the closing brackets, days or months inside it; or a relative term and, in brackets, the day
    it comes to. The brackets decide, as a named day beside its quarter does («1 квартал 15 апреля»),
    and the rest goes to the remarks."""
    found = _CLOSING_BRACKETS.fullmatch(text)
    if found is None or _BRACKETS.search(found.group(1)):
        return None
    head = tokenize(found.group(1))
    parts = read(found.group(2))
    if not (read_whole(parts) and all(p.kind in _DATED for p in parts)):
        return None
    head_parts = read(" ".join(head))
    # «в десятидневный срок (до 10 декабря)»: a term said again as its day (as after «т.е.»)
    said_again = all(p.kind == "relative" for p in head_parts)
    broad = _months_of(head, head_parts, table)
    inside = bool(broad) and all((months := _months_in(p.rule)) and months <= broad for p in parts)
    return (parts, shown(head)) if said_again or inside else None


def _months_of(head: list[str], parts: list[PartSpec], table: Language) -> frozenset[int]:
    """The months of a season, quarter or half-year named alone (`head`, read as `parts`); none for anything else."""
    if len(head) == 1 and head[0] in table.seasons:
        last = table.seasons[head[0]]
        return frozenset((last - back - 1) % 12 + 1 for back in range(3))
    if len(parts) != 1 or parts[0].kind != "period" or parts[0].rule.days or len(parts[0].rule.periods) != 1:
        return frozenset()
    period = parts[0].rule.periods[0]
    size = {"quarter": 3, "half": 6}.get(period.unit, 0)
    return frozenset(range(period.index * size - size + 1, period.index * size + 1))


def _months_in(rule: Rule) -> frozenset[int]:
    """The months a dated reading lies in (none where one is unknown, as a decade of "the plan's month")."""
    months = {day.month for day in rule.days}
    for period in rule.periods:
        if period.unit == "month":
            months.add(period.index)
        elif period.unit in PARTS_OF_MONTH and period.month:
            months.add(period.month)
        else:
            return frozenset()
    return frozenset(months)


def terms_in_brackets(text: str, table: Language, read: Read) -> tuple[str, tuple[str, ...]] | None:
    """«до 18 липня 2025 р. (додаткова сесія: до 22 серпня 2025 р.)», «до 10.02.2025 (уточненную
    информацию - до 16.04.2025)»: a second term in brackets under a name of its own; the text with each
    such bracket opened into one more item of a list, and the names."""
    names: list[str] = []

    def opened(found: re.Match[str]) -> str:
        inner = found.group()[1:-1]
        label, colon, after = inner.partition(":")
        cuts = [(label, after)] if colon else []
        tokens = tokenize(inner)
        cuts += [(" ".join(tokens[:i]), " ".join(tokens[i + 1 :])) for i, token in enumerate(tokens[:_LEAD_TOKENS + 1]) if token == "-"]
        # the dash before «до» is gone by now ("уточненную информацию до 16 апреля")
        cuts += [(" ".join(tokens[:i]), " ".join(tokens[i:])) for i, token in enumerate(tokens[:_LEAD_TOKENS + 1]) if token == "до"]
        for head, rest in cuts:
            words = tokenize(head)
            if _is_label(words, read) and _named_dates(read(rest)):
                names.append(shown(words))
                return f", {rest} "
        return found.group(0)

    text = _BRACKETS.sub(opened, text)
    return (text, tuple(names)) if names else None


def labelled_terms(text: str, table: Language, read: Read) -> tuple[list[PartSpec], tuple[str, ...]] | None:
    """«прием заявок до 1 марта, подведение итогов до 15 марта», «до 28 августа, подтверждения до 11
    сентября»: a list of dated terms, some under a name of their own; the names go to the remarks."""
    if "(" in text or not re.search(r"[,;]", text):
        return None  # one term under a name is `without_lead`'s
    kept: list[str] = []
    names: list[str] = []
    for segment in re.split(r"([,;])", text):
        tokens = tokenize(segment)
        # a report's word is no name: «до 1 марта, отчет до 15 марта» is the work and its report
        cut = next((i for i in range(1, min(len(tokens), _LEAD_TOKENS + 1)) if tokens[i] in _TERM_OPENS and _is_label(tokens[:i], read)), 0)
        cut = 0 if table.report.intersection(tokens[:cut]) else cut
        if cut and _named_dates(read(" ".join(tokens[cut + (tokens[cut] == "-") :]))):
            names.append(shown(tokens[:cut]))
            tokens = tokens[cut + (tokens[cut] == "-") :]
        kept.append(segment if segment in (",", ";") else " ".join(tokens))
    if not names:
        return None
    parts = read(" ".join(kept))
    return (parts, tuple(names)) if read_whole(parts) and _named_dates([p for p in parts if p.part == "work"]) else None


#: The words a term opens on after its name: «до», «не позднее», «не пізніше», a dash.
_TERM_OPENS = frozenset({"до", "не", "-"})


def _is_label(words: list[str], read: Read) -> bool:
    """Words, letters only, that are no term on their own, even where the grammar knows each of them:
    «срок реализации программы», «додаткова сесія», «вторая среда марта»."""
    return bool(words) and all(is_word(word) for word in words) and all(p.kind == "unknown" for p in read(" ".join(words)))


def _names_something(words: list[str], table: Language) -> bool:
    """Words that name an event or a stretch of time («субботник», «базовий день», «тиждень»), not a
    term: one the grammar does not know, or only the nouns of a week or a decade."""
    units = table.week | table.decade | table.weeks
    return any(len(word) >= 3 and word not in table.vocabulary for word in words) or all(word in units for word in words)


#: The longest remark after a date that is tried ("10-12 класи", "спортивний майданчик").
_REMARK_TOKENS = 12
#: The most ;-parts a cell with remarks is read for ("01.02 … классный тур; 15.02 … школьный тур").
_REMARK_SEGMENTS = 8
_DATED = frozenset({"date", "period"})


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
        if cut is not None and not all(p.kind in _DATED for p in read(cut[0])):
            return None
    return cut


def _cut_remarks(text: str, separator: str, table: Language, read: Read) -> tuple[str, tuple[str, ...]] | None:
    segments = text.split(separator)
    if len(segments) > _REMARK_SEGMENTS:
        return None  # a cell of real dates with remarks has a few parts; a long list is not worth the reads
    kept: list[str] = []
    dropped: list[str] = []
    for segment in segments:
        if all(p.kind != "unknown" for p in read(segment)):
            kept.append(segment)
            continue
        tokens = tokenize(segment)
        if kept and len(tokens) <= _REMARK_TOKENS and is_remark(tokens, table):
            dropped.append(shown(tokens))  # "01.01.2020; актовый зал": a remark of its own after the term
            continue
        for cut in range(len(tokens) - 1, max(0, len(tokens) - _REMARK_TOKENS) - 1, -1):
            head, tail = tokens[:cut], tokens[cut:]
            if not (is_remark(tail, table) or _is_duration(tail, table)):  # "30.10.2023-05.11.2023 - 7 днів"
                continue
            parts = read(" ".join(head))
            named = _named_dates(parts)
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


def _named_dates(parts: list[PartSpec]) -> bool:
    """Parts that are dates or periods with their month named (not a bare day of the plan's month)."""
    return bool(parts) and all(p.kind in _DATED and all(day.month for day in p.rule.days) for p in parts)


def is_remark(tokens: list[str], table: Language) -> bool:
    """Words the grammar does not know ("класи", "тур") and nothing that names a time (the Ukrainian «і»
    between two words, «написання і захист», is «and», not the Roman I of «І квартал»)."""
    tokens = tokens[: _paid_for(tokens, table)]
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
    dated = _named_dates(parts) and all(day.year is not None for p in parts for day in p.rule.days)
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


def shown(tokens: list[str]) -> str:
    return " ".join(tokens).replace(" - ", "-").replace(" ,", ",")
