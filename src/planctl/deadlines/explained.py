"""Words of its own around a term that reads whole: where or to whom after it («В течение года на базе школы»),
what is paid or counted between a frequency and its day («ежемесячно исходя из фактических оборотов … не
позднее 20 числа»), or what is due after a tax calendar's day («Не позднее 30 мая – налоговая декларация …»).
The grammar asks here last, after every other reading failed; the words become a remark.
"""

from __future__ import annotations

from planctl.deadlines.asides import Read, frequency_at, own_word, shown
from planctl.deadlines.language import Language
from planctl.deadlines.normalize import tokenize
from planctl.deadlines.remark_cuts import is_remark
from planctl.deadlines.spec import PartSpec
from planctl.deadlines.terms import DAY_NOUNS


def words_after_term(text: str, table: Language, read: Read) -> tuple[list[PartSpec], str] | None:
    """«В течение года на базе школы», «ежемесячно до 5 числа в управление», «постійно, на сайті закладу»: where
    or to whom, in words of its own and prepositions only, opened by a preposition or a comma, after a term
    that reads whole, a day with its month; the term decides (CONVENTIONS 26). The longest such tail is cut,
    and never one with a number or a word that names a time."""
    tokens = tokenize(text)
    for cut in range(1, len(tokens)):
        tail = [token for token in tokens[cut:] if token != ","]
        opened = tokens[cut] in table.prepositions or tokens[cut - 1] == ","
        if not (opened and tail and is_remark(tail, table) and all(_place_word(token, table) for token in tail)):
            continue
        parts = read(" ".join(tokens[:cut]))
        if parts and all(p.kind != "unknown" and all(day.month for day in p.rule.days) for p in parts):
            return parts, shown(tail)
    return None


def _place_word(token: str, table: Language) -> bool:
    """A preposition, or a word of its own that names no time in either language («базе», «управління»)."""
    return token in table.prepositions or own_word(token, table)


#: The words that open the term after an explanation: «в срок не позднее 20 числа», «, но не позднее …», «до …».
_TERM_AFTER = (("в", "срок"), ("в", "строк"), ("у", "строк"), ("не",), ("до",))


def explained_frequency(text: str, table: Language, read: Read) -> tuple[list[PartSpec], str] | None:
    """«ежемесячно исходя из фактических оборотов … за истекший месяц в срок не позднее 20 числа месяца,
    следующего за отчетным», «ежемесячно путем осуществления авансового платежа …, но не позднее 20-го числа
    каждого месяца»: a frequency, then how the sum is reckoned (words of its own, no count of days), then the day;
    the frequency and the day are the term."""
    tokens = tokenize(text)
    often = frequency_at(tokens, table)
    if often is None or often[0] != 0:
        return None
    start = often[1]
    for k in range(start + 2, len(tokens)):
        if not any(tuple(tokens[k : k + len(words)]) == words for words in _TERM_AFTER):
            continue
        middle = [token for token in tokens[start:k] if token not in (",", "-")]
        # «в размере 100 процентов»: a number of something of its own, not of days or months
        counted = all(own_word(after, table) for token, after in zip(middle, [*middle[1:], ""], strict=True) if token[:1].isdigit())
        if not counted or sum(own_word(token, table) for token in middle) < 2:
            return None
        parts = read(" ".join([*tokens[:start], *tokens[k:]]))
        if parts and all(p.kind == "recurring" for p in parts):
            return parts, shown(middle)
        return None
    return None


#: What a term before a tax calendar's description may read as: a day (or days) with its month.
_DUE_KINDS = frozenset({"date", "period"})


def what_is_due(text: str, table: Language, read: Read) -> tuple[list[PartSpec], str] | None:
    """«Не позднее 30 мая – налоговая декларация за апрель 2022 года – налогоплательщики, … (ст. 289 НК РФ)»,
    «1 января - 15 февраля — Сдать отчетность в ПФР за 2015 год»: a calendar's day, then after a dash what is
    due and who owes it, numbers and all (the period it is for, the Code's article); the day decides (CONVENTIONS
    26). The words after the dash open on a word of their own and name no day of a month: a second term is
    never cut off."""
    tokens = tokenize(text)
    cut = next((k for k in range(1, len(tokens) - 1) if tokens[k] == "-" and own_word(tokens[k + 1], table)), None)
    if cut is None or _names_a_day_of_month(tokens[cut + 1 :], table):
        return None
    parts = read(" ".join(tokens[:cut]))
    if parts and all(p.kind in _DUE_KINDS and p.rule.days and all(day.month for day in p.rule.days) for p in parts):
        return parts, shown(tokens[cut + 1 :])
    return None


def _names_a_day_of_month(tokens: list[str], table: Language) -> bool:
    """A dd.mm date, a number before a month's name or «числа»: a day of a month, a term of its own."""
    return any(
        ("." in token and token.replace(".", "").isdigit()) or (token.isdigit() and (after in table.months or after in DAY_NOUNS))
        for token, after in zip(tokens, [*tokens[1:], ""], strict=True)
    )
