"""Terms tied to an event the plan does not date: «до наступления заморозков», «після 2-го туру»,
«до дня открытия ярмарки», «Відповідно до правил прийому».

The grammar asks here only after a part could not be read as dates: such a part is `relative` with no
date (or `on_demand` when another document sets the term), never a guess at a day.
"""

from __future__ import annotations

import re

from planctl.deadlines.language import Language, language, normalize_word, phrase_at
from planctl.deadlines.normalize import is_word

#: A day word and the word after it, as written: «дня открытия», «Дня работника».
_DAY_AND_NEXT = re.compile(r"(?<!\w)(\w+)(?=\s+(\w+))")


def event_day(written: str, tokens: list[str], lang: Language) -> bool:
    """«до дня открытия ярмарки»: a day of an event the plan does not date, not a holiday; a
    holiday's name is capitalised («ко Дню работника культуры») and stays an unknown named day.

    Only when the day word and the word after it are both in lower case and nothing dates the term;
    never without the text as written (`written` empty), whose case is all there is to go by.
    """
    if not undated(tokens, lang):
        return False
    for match in _DAY_AND_NEXT.finditer(written):
        day, following = match.groups()
        if normalize_word(day) in lang.day_words:
            return day.islower() and following.islower()
    return False


def per_document(tokens: list[str], lang: Language) -> bool:
    """«Відповідно до правил прийому»: a term another document sets, when nothing here dates it."""
    rest = _after_lead(tokens, lang.per_document)
    return bool(rest) and undated(rest, lang, lang.per_document_not)


def _after_lead(tokens: list[str], leads: tuple[tuple[str, ...], ...]) -> list[str]:
    """The tokens after the first of `leads` that opens them; none when no lead does."""
    size = phrase_at(tokens, 0, leads)
    return tokens[size:] if size else []


def undated(tokens: list[str], lang: Language, also: frozenset[str] = frozenset()) -> bool:
    """No number, month, season, period word or dd.mm date among `tokens`, nor any word of `also`."""
    return not any(
        (token[:1].isdigit() and not _numbers_the_event(tokens, k, lang)) or lang.names_time(token) or token in also
        for k, token in enumerate(tokens)
    )


_ORDINAL_IN_DIGITS = re.compile(r"\d{1,2}-[^\W\d_]{1,3}")


def _numbers_the_event(tokens: list[str], k: int, lang: Language) -> bool:
    """«до начала 2-й зачетно-экзаменационной сессии», «після 2-го туру»: an ordinal in digits before a
    word that names no time numbers the event, not a day («после 5-го числа» stays dated)."""
    following = tokens[k + 1] if k + 1 < len(tokens) else ""
    return (
        bool(_ORDINAL_IN_DIGITS.fullmatch(tokens[k]))
        and is_word(following)
        and not lang.names_time(following)
        and following not in lang.skip | lang.days | lang.weeks | lang.weekdays
    )


def tied_to_event(tokens: list[str], lang: Language) -> bool:
    """"До наступления заморозков", "у разі виявлення випадку", «незамедлительно»: an event the plan gives no date.

    Only where nothing after the lead could name a date: no number, month, season or period word.
    """
    if at_once := phrase_at(tokens, 0, lang.immediately):
        return undated(tokens[at_once:], lang)
    if 0 <= (before := next((k for k, token in enumerate(tokens) if token in lang.before_event), -1)) < len(tokens) - 1:
        # «Тиждень перед літньою сесією», «за год перед Общим собранием»: the event after «перед» is
        # undated, and what comes before it names no day or month
        ahead, event = tokens[:before], tokens[before + 1 :]
        if not any(token[:1].isdigit() or "." in token or token in lang.months or token in lang.seasons for token in ahead):
            return _undated_in_either(event, lang, lang.event_objects)
    if _until_event(tokens, lang):
        return True
    if len(tokens) in (3, 4) and tokens[0] in lang.stretch_openers and tokens[-1] in lang.stretch_nouns:
        # «в пожароопасный период», «у канікулярний час»: a stretch named by what happens in it (a season's
        # name, «в летний период», is read as its months before the grammar asks here)
        return _undated_in_either(tokens[1:-1], lang)
    named = tokens[tokens[0] in lang.stretch_openers :] if tokens else []
    if 2 <= len(named) <= 3 and named[-1] in lang.stretch_named:
        # «весенние каникулы», «на летних каникулах»: holidays named alone, their dates the school's
        return _undated_in_either(named[:-1], lang)
    rest = _without_season_years(_without_term_after(_after_lead(tokens, lang.event_leads), lang), lang)
    return bool(rest) and _undated_in_either(rest, lang, lang.event_objects)


def _without_season_years(rest: list[str], lang: Language) -> list[str]:
    """«до окончания отопительного сезона 1993/94 года», «до початку нерестової заборони 2024 року»: the years
    that name the season or the event close the event's words; they date nothing the plan can count from."""
    end = len(rest) - (bool(rest) and rest[-1] in lang.year)
    years = end
    while years > 0 and (rest[years - 1].isdigit() or rest[years - 1] == "-"):
        years -= 1
    named = rest[years:end]
    # «сезона 1993/94 года»; «нерестової заборони 2024 року»: one year after two words of the event is its too
    # (not «до середины 2024 года», nor a year something is for: «бюджета на 2025 год»)
    one_year = len(named) == 1 and years >= 2 and rest[years - 1] not in ("на", "за")
    seasons = (len(named) >= 2 or one_year) and named[0].isdigit() and len(named[0]) == 4 and named[-1].isdigit()
    return rest[:years] if seasons and years > 0 and is_word(rest[years - 1]) and not lang.names_time(rest[years - 1]) else rest


def _until_event(tokens: list[str], lang: Language) -> bool:
    """«01.03.2023 - до підписання закону Президентом України», «с 6 июля до момента заполнения мест»: a
    span from a day to an event the plan does not date (with a day that caps it, it is a period)."""
    until = tokens.index("до") if "до" in tokens else 0
    head, event = tokens[:until], tokens[until + 1 :]
    opened = bool(head) and (head[0],) in lang.range_from
    head = head[1:] if opened else head
    dated = bool(head) and all(token[:1].isdigit() or token in lang.months or token in lang.year for token in head)
    # with no opening word, only an event that ends a span: «15 травня до засідання» is a day, for the meeting
    ends = bool(event) and (opened or event[0] in lang.span_event)
    return dated and ends and is_word(event[0]) and _undated_in_either(_without_season_years(event, lang), lang)


def _undated_in_either(tokens: list[str], lang: Language, also: frozenset[str] = frozenset()) -> bool:
    """`undated`, and no word that names a time in the other language either: a Russian «перед началом
    квартала» is read in Ukrainian too, whose words do not know «квартала»."""
    return undated(tokens, lang, also) and not any(language(code).names_time(token) for code in ("ru", "uk") for token in tokens)


def _without_term_after(rest: list[str], lang: Language) -> list[str]:
    """«Після засідання атестаційної комісії – протягом 5 діб»: the event's words, without the term counted
    from it that follows them («протягом 5 діб», «в течение 3 рабочих дней»)."""
    units = lang.days | lang.weeks | lang.months_of_term | lang.hours_of_term
    kinds_of_day = lang.working | lang.calendar
    for start in range(1, len(rest)):
        size = phrase_at(rest, start, lang.relative_lead)
        term = rest[start + size :] if size else []
        # a number, perhaps «рабочих»/«календарних», and a unit: all that follows
        if 2 <= len(term) <= 3 and term[0][:1].isdigit() and term[-1] in units and all(word in kinds_of_day for word in term[1:-1]):
            return rest[: start - (rest[start - 1] in ("-", ","))]
    return rest
