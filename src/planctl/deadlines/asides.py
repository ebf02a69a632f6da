"""Words around a dated cell that are not its term: a name before it, labels, brackets (remarks after it and the
period a payment is for are `remark_cuts`).

«Каникулы: 30.10.21 – 07.11.21», «02.10.2023 10-12 класи»: the grammar reads the cell and keeps the
words as a remark (lint D008 moves them to notes). The cut is taken only where the rest reads as dates
or periods and the words cut off, on their own, cannot be read as a term. The grammar passes its
reader in, so this module does not import it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from planctl.deadlines.facts import is_day_number, roman
from planctl.deadlines.language import Language, language, phrase_at, phrases_in_roles
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


#: The phrase roles that say how often: «ежемесячно», «щотижня».
_FREQUENCIES = ("recurring", "frequent")


def _how_often_at(words: list[str], table: Language) -> int | None:
    """Where a frequency begins among `words` («корректировка ежегодно», «оновлення щороку»): it is the
    term's, not its name's. None where none does."""
    often = phrases_in_roles(table.code, _FREQUENCIES)
    return next((i for i in range(len(words)) if phrase_at(words, i, often)), None)


def frequency_at(words: list[str], table: Language) -> tuple[int, int] | None:
    """Where the first frequency among `words` begins and where it ends («ежемесячно», «не реже раза в квартал»)."""
    at = _how_often_at(words, table)
    return None if at is None else (at, at + phrase_at(words, at, phrases_in_roles(table.code, _FREQUENCIES)))


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
    if not (named or is_duration(head, table)):
        return None
    parts = read(rest)
    if _part_of_a_whole_year(head, parts):
        return None
    # «Окончание учебного года: до завершения ГИА»: after a colon, a term tied to an event is the term too
    tied = colon and bool(parts) and all(p.kind == "relative" for p in parts)
    often = recurring and read_whole(parts) and all(p.kind == "recurring" for p in parts)
    return (parts, shown(head)) if named_dates(parts) or tied or often else None


def _part_of_a_whole_year(head: list[str], parts: list[PartSpec]) -> bool:
    """«I четверть 2024/2025 учебного года», «ІІ семестр 2024/2025 н.р.»: a numbered part before a whole year or
    school year is a part of it whose days the plan does not give, no name before the year."""
    numbered = any(roman(token) or is_day_number(token) for token in head) and any(is_word(token) and not roman(token) for token in head)
    whole = bool(parts) and all(p.kind == "period" and not p.rule.days and all(ref.unit == "year" for ref in p.rule.periods) for p in parts)
    return numbered and whole


def is_duration(words: list[str], table: Language) -> bool:
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
    if not words or len(words) > REMARK_TOKENS or not all(is_word(token) or token[:1].isdigit() for token in words):
        return None
    words = [token for token in words if is_word(token)]
    # «вторая среда марта (13.03.24)»: words the grammar knows but cannot read as a term name the date too
    if not (_names_something(words, table) or _is_label(words, read)):
        return None
    parts = read(found.group(2))
    return (parts, shown(head)) if named_dates(parts) else None


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
    if not (read_whole(parts) and all(p.kind in DATED for p in parts)):
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
            if _is_label(words, read) and named_dates(read(rest)):
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
        if cut and named_dates(read(" ".join(tokens[cut + (tokens[cut] == "-") :]))):
            names.append(shown(tokens[:cut]))
            tokens = tokens[cut + (tokens[cut] == "-") :]
        kept.append(segment if segment in (",", ";") else " ".join(tokens))
    if not names:
        return None
    parts = read(" ".join(kept))
    return (parts, tuple(names)) if read_whole(parts) and named_dates([p for p in parts if p.part == "work"]) else None


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
REMARK_TOKENS = 12
#: The most ;-parts a cell with remarks is read for ("01.02 … классный тур; 15.02 … школьный тур").
REMARK_SEGMENTS = 8
DATED = frozenset({"date", "period"})


def named_dates(parts: list[PartSpec]) -> bool:
    """Parts that are dates or periods with their month named (not a bare day of the plan's month)."""
    return bool(parts) and all(p.kind in DATED and all(day.month for day in p.rule.days) for p in parts)


def shown(tokens: list[str]) -> str:
    return " ".join(tokens).replace(" - ", "-").replace(" ,", ",")
