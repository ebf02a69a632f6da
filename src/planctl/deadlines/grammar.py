"""Deadline phrase → schedule spec, for Russian and Ukrainian office language.

A phrase splits into parts (the work, reports on it); each part is read token by token by
the scanner (`scanner`), which must account for every token, and its facts are turned into
a kind and rule by the decision (`decide`). A word the scanner cannot place makes the part
`unknown` with a reason, so it never guesses.
"""

from __future__ import annotations

import re
from functools import lru_cache

from planctl.deadlines.asides import (
    dated_in_brackets,
    labelled_terms,
    narrowed_in_brackets,
    terms_in_brackets,
    without_lead,
    without_stage_labels,
)
from planctl.deadlines.decide import per_period_unit
from planctl.deadlines.events import event_day, per_document, tied_to_event, undated
from planctl.deadlines.explained import explained_frequency, what_is_due, words_after_term
from planctl.deadlines.facts import AND_WORDS, Unreadable, roman
from planctl.deadlines.first_year import read_from_first_year, read_then_yearly
from planctl.deadlines.language import Language, language, phrase_at, phrases_in_roles
from planctl.deadlines.normalize import is_word, normalize, tokenize
from planctl.deadlines.relative import service_term
from planctl.deadlines.remark_cuts import without_remarks, without_reported_period
from planctl.deadlines.spec import PartSpec, Reading, Rule, read_whole
from planctl.deadlines.spelling import names_unbroken, respell
from planctl.deadlines.terms import DAY_NOUNS, weekday_alone

#: Longer phrases are not deadlines; reading them would only waste time.
MAX_PHRASE = 2000
_PARENS = re.compile(r"\(([^()]*)\)")


_REPORT_BRACKET = re.compile(r"\s*\((?=\s*(\w+))")


def _split_parts(text: str, lang: Language, original: str = "") -> list[tuple[str, str, str]]:
    """Top-level comma chunks grouped into the work part and report parts: (part, text, as written).

    A chunk that mentions a report (отчет, доклад…) starts a report part; any other
    chunk continues the part before it ("ежегодно, до 20 декабря" is one part). The
    written form is the user's own text of the part when its commas line up with ours.
    """
    # «до 1 марта (отчет – до 5 марта)»: a bracket that opens on a report word is a report part
    text = _REPORT_BRACKET.sub(lambda m: ", (" if m.group(1) in lang.report else m.group(), text)
    chunks = text.split(",")
    written = original.split(",")
    if len(written) != len(chunks):
        written = chunks
    parts: list[tuple[str, str, str]] = []
    for chunk, as_written in zip(chunks, written, strict=True):
        chunk, as_written = chunk.strip(), " ".join(as_written.split())
        if not chunk:
            continue
        tokens = tokenize(chunk)
        # «…, що настають за днем подання декларації»: the event a term counts from, not a report
        is_report = any(token in lang.report for token in tokens) and not phrase_at(tokens, 0, lang.anchors)
        if parts and is_report:
            parts.append(("report", chunk, as_written))
        elif parts:
            kind, previous, shown = parts[-1]
            parts[-1] = (kind, f"{previous} , {chunk}", f"{shown}, {as_written}")
        else:
            parts.append(("work", chunk, as_written))
    return parts


#: What a bracketed remark may read as and still be dropped when it is in the way.
_REMARK_KINDS = frozenset({"unknown", "on_demand", "continuous"})
_TIME_START_SKIP = frozenset({"до", "к", "не", "в", "по", "у", "на"})


def _drop_report_words(tokens: list[str], lang: Language) -> list[str]:
    """Remove the report noun and who it goes to ("доклад Губернатору края") before the term."""
    out: list[str] = []
    skipping = False
    for token in tokens:
        if token in lang.report:
            skipping = True
            continue
        if skipping:
            starts_term = (
                token in _TIME_START_SKIP
                or token[:1].isdigit()
                or token in lang.months
                or any(words[0] == token for words, _, _ in lang.phrases)
                or roman(token) is not None
            )
            if not starts_term:
                continue
            skipping = False
        out.append(token)
    return out


#: How far into a part a report's noun may stand after the words that name it («ежегодные уточненные отчеты»).
_REPORT_NAME_WORDS = 3


def _report_named(tokens: list[str], lang: Language) -> int | None:
    """Where the report's noun stands after words that name it, when only words come before it."""
    for k, token in enumerate(tokens[: _REPORT_NAME_WORDS + 1]):
        if token in lang.report:
            return k
        if not is_word(token):
            return None
    return None


def _read_part(part: str, text: str, lang: Language, inherit_every: str | None = None, shown: str = "") -> PartSpec:
    tokens = _day_numbers(tokenize(text), lang)
    text = shown or text
    if part == "report" or (tokens and tokens[0] in lang.report):
        tokens = _drop_report_words(tokens, lang)
    elif (named := _report_named(tokens, lang)) is not None:
        # «ежегодные уточненные отчеты - не позднее 1 мая …»: the report's name, its frequency kept
        tokens = [token for token in tokens[:named] if token in lang.vocabulary] + _drop_report_words(tokens[named:], lang)
    try:
        then = read_then_yearly(tokens, lang)
        kind, rule = then if then is not None else read_from_first_year(tokens, lang, inherit_every if part == "report" else None)
    except Unreadable as problem:
        if tied_to_event(tokens, lang) or (problem.key == "unknown_named_day" and event_day(shown, tokens, lang)):
            return PartSpec(part, "relative", text, Rule(from_other_event=True))  # type: ignore[arg-type]
        if per_document(tokens, lang):
            return PartSpec(part, "on_demand", text, Rule())  # type: ignore[arg-type]
        return PartSpec(part, "unknown", text, Rule(), lang.reason(problem.key, **problem.values))  # type: ignore[arg-type]
    if part == "report" and kind == "date" and all(day.year is None and day.month for day in rule.days):
        # "ежегодно, отчет до 25 декабря": a report by a day of no year is a yearly report
        unit = "year" if len(rule.days) == 1 else per_period_unit(list(rule.days))
        if unit is not None:
            kind, rule = "recurring", Rule(every=unit, days=tuple(sorted(rule.days, key=lambda d: (d.month, d.day))))
    return PartSpec(part, kind, text, rule)  # type: ignore[arg-type]


def _day_numbers(tokens: list[str], lang: Language) -> list[str]:
    """"не позднее двенадцатого января", "пятого рабочего дня", «на п'ятий день з моменту»: an ordinal word
    of a day as its number.

    Only before a month, «числа», a working day or a day, or as a span's first day («С седьмого по 22-е мая»),
    so "второго месяца квартала" keeps its word.
    """
    if not any((token,) in lang.day_ordinals for token in tokens):
        return tokens
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for size in (2, 1):
            number = lang.day_ordinals.get(tuple(tokens[i : i + size]))
            after = tokens[i + size] if i + size < len(tokens) else ""
            opens_span = bool(out) and (out[-1],) in lang.range_from and after in lang.range_to
            if number is not None and (after in lang.months or after in DAY_NOUNS or after in lang.working or after in lang.days or opens_span):
                out.append(f"{number}-й")
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _read_text(text: str, lang: Language, original: str = "") -> list[PartSpec]:
    parts: list[PartSpec] = []
    for part, chunk, shown in _split_parts(text, lang, original):
        work = parts[0] if parts else None
        inherit = work.rule.every if work is not None and work.kind == "recurring" else None
        read = _read_part(part, chunk, lang, inherit, shown)
        if read.kind == "unknown" and part == "report" and work is not None and work.kind == "recurring" and undated(tokenize(chunk), lang):
            continue  # «Ежеквартально, по итогам представления отчета о выполнении задания»: how, not when
        parts += _read_union(part, chunk, lang, inherit) if read.kind == "unknown" else [read]
    return parts


_JOINERS = AND_WORDS | {"а", ","}


def _read_union(part: str, text: str, lang: Language, inherit: str | None) -> list[PartSpec]:
    """A union of schedules: "ежеквартально до 15 числа …, и ежегодно до 15 февраля …" as two parts.

    Tried only when the whole cannot be read; split before each joiner that opens a new
    frequency, and kept only when every piece reads.
    """
    whole = _read_part(part, text, lang, inherit)
    tokens = tokenize(text)
    starts = [0]
    on_the_year = {}  # where a piece opens on the report on the year, and how many words say it
    for index in range(1, len(tokens) - 1):
        # ", и до 15 января года, следующего за отчетным": after a comma, «и» may open a term of its own
        opens_term = tokens[index] in AND_WORDS and tokens[index - 1] == ","
        year_report = phrase_at(tokens, index + 1, lang.year_report_opens) if tokens[index] in _JOINERS else 0
        if tokens[index] in _JOINERS and (opens_term or year_report or _opens_frequency(tokens, index + 1, lang)):
            starts.append(index + 1)
            if year_report:
                on_the_year[index + 1] = year_report
    if len(starts) == 1:
        return [whole]
    ends = [b - 1 for b in starts[1:]] + [len(tokens)]
    # «за год – до 20 января» is read as «по итогам года – до 20 января»: the report on the year ended
    pieces = [[lang.year_report_read_as, *tokens[a + on_the_year[a] : b]] if a in on_the_year else tokens[a:b] for a, b in zip(starts, ends, strict=True)]
    read = [_read_part(part, " ".join(piece), lang, inherit) for piece in pieces]
    if any(p.kind == "unknown" for p in read):
        return [whole]
    # it is a term of its own only after a term of each shorter period
    if any(starts[k + 1] in on_the_year and not (before.kind == "recurring" and before.rule.every in ("month", "quarter", "half")) for k, before in enumerate(read[:-1])):
        return [whole]
    return [PartSpec(p.part, p.kind, text, p.rule) for p in read]


def _opens_frequency(tokens: list[str], index: int, lang: Language) -> bool:
    return phrase_at(tokens, index, phrases_in_roles(lang.code, ("recurring", "results_of"))) > 0


#: Distinct phrases kept read: as many as `reading.read_phrase` keeps, since lint D006 asks again,
#: through `reading.slips_read`, for the reading as written of every phrase a plan has.
PHRASES_KEPT = 65536


@lru_cache(maxsize=PHRASES_KEPT)
def read_as_written(phrase: str, lang: str = "ru") -> Reading:
    """The reading with the known misspellings and artefacts corrected, but no guessed slips
    (`reading.read_phrase` adds those)."""
    table = language(lang)
    if not isinstance(phrase, str) or not phrase.strip():
        return Reading(phrase if isinstance(phrase, str) else "", "unknown", False, (), table.reason("empty"))
    if len(phrase) > MAX_PHRASE:
        return Reading(phrase, "unknown", False, (), table.reason("too_long", limit=MAX_PHRASE))
    # «в течении года», «Щомісяч-но», «до15 мая» read as their right spelling (lint says how to write it)
    text = names_unbroken(normalize(respell(phrase, table.code)))
    tokens = tokenize(text)
    if (term := service_term(tokens, table)) is not None:
        return Reading(phrase, "relative", True, (PartSpec("work", "relative", text, term),))
    if weekday_alone(tokens, table):
        return Reading(phrase, "recurring", True, (PartSpec("work", "recurring", text, Rule(every="week")),))
    parts, remarks = _that_is(text, table, phrase) or _narrowed(text, table, phrase) or _read_all(text, table, phrase)
    if any(p.kind == "unknown" for p in parts) and (listed := _lines_listed(phrase)):
        # «прием заявок до 1 марта⏎подведение итогов до 15 марта»: a cell's lines are items of a list
        retry, dropped = _read_all(normalize(respell(listed, table.code)), table, phrase)
        if read_whole(retry):
            parts, remarks = retry, dropped
    if any(p.kind == "unknown" for p in parts):
        # Plans mix languages more often than one thinks ("щокварталу" in a Russian plan).
        other_lang = "uk" if table.code == "ru" else "ru"
        other, _ = _read_all(normalize(respell(phrase, other_lang)), language(other_lang), phrase, trailing=False)
        if read_whole(other):
            parts, remarks = other, ()
    if not parts:
        return Reading(phrase, "unknown", False, (), table.reason("no_date_or_period"))
    unknown = next((p for p in parts if p.kind == "unknown"), None)
    kind = parts[0].kind
    if unknown is not None:
        return Reading(phrase, "unknown", False, tuple(parts), unknown.reason)
    return Reading(phrase, kind, True, tuple(parts), remarks=remarks)


def _lines_listed(phrase: str) -> str:
    """The cell's lines joined as a list («…; …»), or "" for a cell of one line."""
    lines = [line.strip(" \t,;") for line in phrase.splitlines()]
    lines = [line for line in lines if line]
    return "; ".join(lines) if len(lines) > 1 else ""


def _adds_no_date(part: PartSpec) -> bool:
    """A bracket's reading that dates nothing: none, «по мере необходимости», «постоянно», or an event the plan
    does not date («ежедневно (до устранения)»)."""
    return part.kind in _REMARK_KINDS or (part.kind == "relative" and part.rule.from_other_event and not part.rule.count)


def _read_all(text: str, table: Language, original: str = "", *, trailing: bool = True) -> tuple[list[PartSpec], tuple[str, ...]]:
    """The parts of `text`; a remark in brackets is dropped when it is what cannot be read, and
    (`trailing`) so is one after a date; not in the other language, whose words it would all take for remarks."""
    parts = _read_text(text, table, original)
    if not any(p.kind == "unknown" for p in parts):
        return parts, ()
    shown = original or text

    def read(chunk: str) -> list[PartSpec]:
        return _read_text(chunk, table)

    # "в течение года (по отдельному плану)": a remark that adds no date may go;
    # one that names a date or a period is part of the term and must be read
    remarks = _PARENS.findall(text)
    if not all(_adds_no_date(p) for remark in remarks for p in read(remark)):
        themed = dated_in_brackets(text, table, read) if trailing else None
        if themed is None:
            return parts, ()
        return _as_written(themed[0], shown), _said(themed[1])
    listed = terms_in_brackets(text, table, read) if trailing else None
    if listed is not None and read_whole(retry := read(listed[0])):
        return _as_written(retry, shown), listed[1]
    plain = _PARENS.sub(" ", text)
    if plain != text and plain.strip():
        # "Приём документов с 3 июля по 28 июля 2023 года (очная и заочная формы)": a name before, too
        retry, dropped = _read_all(plain, table, shown, trailing=trailing)
        if read_whole(retry):
            return retry, (*dropped, *_said(*remarks))
    trimmed = without_remarks(text, table, read) if trailing else None
    if trimmed is not None and read_whole(retry := read(trimmed[0])):
        return _as_written(retry, shown), trimmed[1]
    staged = without_stage_labels(text, table, read) if trailing else None
    if staged is not None:
        return _as_written(staged[0], shown), staged[1]
    named = labelled_terms(text, table, read) if trailing else None
    if named is not None:
        return _as_written(named[0], shown), named[1]
    reported = without_reported_period(text, table, lambda chunk: _read_all(chunk, table)[0]) if trailing else None
    if reported is not None:
        return _as_written(reported[0], shown), (reported[1],)
    lead = without_lead(text, table, lambda chunk: _read_all(chunk, table, trailing=False)[0]) if trailing else None
    if lead is not None:
        return _as_written(lead[0], shown), (lead[1],)
    for around in (words_after_term, explained_frequency, what_is_due) if trailing else ():
        found = around(text, table, lambda chunk: _read_all(chunk, table, trailing=False)[0])
        if found is not None:
            return _as_written(found[0], shown), (found[1],)
    return parts, ()


#: A spaced dash between a relative term and the same term said as dates (normalize writes every dash «-»).
_DASH_BETWEEN = " - "
#: «протягом місяця, з 1 по 30 вересня»: a relative term said again as dates after a comma.
_COMMA_BETWEEN = ", "


def _that_is(text: str, table: Language, shown: str) -> tuple[list[PartSpec], tuple[str, ...]] | None:
    """«не позднее чем за две недели до начала собеседования, т.е. не позднее 30 января»: a term said again
    as a date after «т.е.», «тобто»; the date decides, the words before it are a remark. After a dash only
    a relative term is said again («упродовж 30 календарних днів з дня оприлюднення – з 26 травня по 24 червня»)."""
    for marker in (*table.that_is, _DASH_BETWEEN, _COMMA_BETWEEN):
        before, found, after = text.partition(marker)
        if not (found and before.strip() and after.strip()):
            continue
        # only a term that gives no date of its own («ежегодно, т.е. до 1 марта» keeps its frequency);
        # read first, so the dates after a spaced dash are read only after a relative term
        said_first = {p.kind for p in _read_all(before, table)[0]} <= ({"relative"} if marker in (_DASH_BETWEEN, _COMMA_BETWEEN) else {"relative", "unknown"})
        parts = _read_all(after, table)[0] if said_first else []
        # after a comma, only days of the work («…, з 1 по 30 вересня»), not a report's term nor a bare year
        days_only = marker != _COMMA_BETWEEN or (all(p.rule.days for p in parts) and not set(tokenize(after)) & table.report)
        if read_whole(parts) and all(p.kind in ("date", "period") for p in parts) and days_only:
            return _as_written(parts, shown), (" ".join(tokenize(before)),)
    return None


def _narrowed(text: str, table: Language, shown: str) -> tuple[list[PartSpec], tuple[str, ...]] | None:
    """«Осень (2-я-4-я недели сентября)»: days inside a broad period in brackets (`asides.narrowed_in_brackets`)."""
    found = narrowed_in_brackets(text, table, lambda chunk: _read_text(chunk, table)) if "(" in text else None
    return (_as_written(found[0], shown), _said(found[1])) if found else None


def _said(*remarks: str) -> tuple[str, ...]:
    """The remarks that say something: an empty one (the whole cell was the term) is none."""
    return tuple(remark.strip() for remark in remarks if remark.strip())


def _as_written(parts: list[PartSpec], text: str) -> list[PartSpec]:
    """Parts read from a cut of the cell, shown with the whole cell as written."""
    return [PartSpec(p.part, p.kind, text, p.rule) for p in parts]
