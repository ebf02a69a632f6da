"""The per-language word tables of lang/*.yaml, compiled once into lookups for the grammar."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from planctl.deadlines.facts import roman
from planctl.deadlines.normalize import is_word
from planctl.yamlio import package_data

LANGUAGES = ("ru", "uk")


@dataclass(frozen=True)
class Language:
    """Word → meaning tables for one language; multi-word phrases are tuples of words."""

    code: str
    months: dict[str, int]
    #: Months cut short («липн», «сентяб») → their number: read as the month, named by D006.
    month_prefixes: dict[str, int]
    quarter: frozenset[str]
    half: frozenset[str]
    decade: frozenset[str]
    week: frozenset[str]
    half_month: frozenset[str]
    year: frozenset[str]
    month_word: frozenset[str]
    ordinals: dict[str, int]
    #: Ordinal words of a day of month, one or two words ("двадцать пятого") → the day.
    day_ordinals: dict[tuple[str, ...], int]
    #: "последнего" (месяца квартала): the last month of a period.
    last: frozenset[str]
    #: "каждого" (квартала): said of the reporting period, changes nothing.
    each: frozenset[str]
    #: «последнего месяца отчетного квартала»: the reported period after a month of it, each in turn.
    reporting_word: frozenset[str]
    #: "текущего" (года): words after a day that name its year and leave a span open to its end.
    this_year: frozenset[str]
    counts: dict[str, int]
    times: frozenset[str]
    #: «каждые 3 месяца», «кожні півроку»: once in so many units, said without «раз».
    every_so_many: frozenset[str]
    #: Every phrase the grammar matches as a whole, longest first, with its role and value.
    phrases: tuple[tuple[tuple[str, ...], str, str], ...]
    relative_lead: tuple[tuple[str, ...], ...]
    days: frozenset[str]
    working: frozenset[str]
    calendar: frozenset[str]
    anchors: tuple[tuple[str, ...], ...]
    events: frozenset[str]
    #: What an approval event may happen to ("настоящего приказа"), and the words between.
    event_objects: frozenset[str]
    event_filler: frozenset[str]
    #: «з дня закінчення навчального року по 31 серпня»: the first word of an undated event that opens a span.
    span_event: frozenset[str]
    #: The relative-term tables as written («наступления», «регистрации»): their words are known for
    #: slips of the pen (`spelling`), but left out of `vocabulary` so that after a date they read as a remark.
    relative_tables: Mapping[str, Any]
    #: «за I квартал, полугодие, 9 месяцев и год»: what opens a list of periods counted from the year's start.
    cumulative_lead: tuple[tuple[str, ...], ...]
    #: «полгода», «півроку»: a half year said as a span, not by its period word.
    half_year_words: frozenset[str]
    #: «в третью среду каждого месяца»: ordinals (-1 the last), weekdays (ISO numbers), the words
    #: before them and those that say «of each month».
    nth_ordinals: dict[str, int]
    nth_weekdays: dict[str, int]
    nth_each: frozenset[str]
    nth_month: tuple[tuple[str, ...], ...]
    weeks: frozenset[str]
    months_of_term: frozenset[str]
    years_of_term: frozenset[str]
    #: «не позднее 2 часов»: a term in hours is after some event the plan does not date.
    hours_of_term: frozenset[str]
    #: «до наступления», «у разі»: a term tied to an event the plan does not date.
    event_leads: tuple[tuple[str, ...], ...]
    #: «согласно плану Министерства …»: the term is another document's (on demand) ...
    per_document: tuple[tuple[str, ...], ...]
    #: ... unless these words say it names a term («в соответствии с установленными сроками»).
    per_document_not: frozenset[str]
    #: «незамедлительно», «не пізніше наступного дня»: at once, after an event the plan does not date.
    immediately: tuple[tuple[str, ...], ...]
    #: «этап», «етап»: a numbered stage before its term is a label («1 этап – до 1 марта»).
    stage_words: frozenset[str]
    #: «за»: a remark after a date names what it is for («плата за 2019 год»), not when.
    paid_for: frozenset[str]
    #: «т.е.», «тобто»: the term said again, as a date, after them (`grammar._that_is`).
    that_is: tuple[str, ...]
    #: «по итогам», «за підсумками»: the results of whatever follows (`terms.try_results_of_work`).
    results_lead: tuple[tuple[str, ...], ...]
    #: «за год», «після закінчення звітного року»: the report on the year opening a term of its own after
    #: a quarterly one («…, а після закінчення звітного року — не пізніше 20 лютого …», `grammar._read_union`).
    year_report_opens: tuple[tuple[str, ...], ...]
    year_report_read_as: str
    #: «перед»: before an event the plan does not date («Тиждень перед літньою сесією»).
    before_event: frozenset[str]
    #: «в пожароопасный период»: the words that open a stretch named by what happens in it, and its nouns.
    stretch_openers: frozenset[str]
    stretch_nouns: frozenset[str]
    #: «весенние каникулы»: a stretch whose name alone is the cell (relative, no date).
    stretch_named: frozenset[str]
    #: «начиная с», «починаючи з» (2025 года): a recurring term from that year on.
    starting: tuple[tuple[str, ...], ...]
    #: «до начала следующего года» after «за два месяца»: a yearly day that many months before the year ends.
    before_next_year: tuple[tuple[str, ...], ...]
    #: One-word relative terms ("месячный" срок) → (count, unit).
    terms: dict[str, tuple[int, str]]
    range_from: tuple[tuple[str, ...], ...]
    range_to: frozenset[str]
    #: «на», «для» before a name and its date («на заочную форму обучения 25 сентября»): what the date is for.
    name_openers: frozenset[str]
    #: Prepositions: a label before «до» never opens on one («с учетом сроков до …»).
    prepositions: frozenset[str]
    #: «День открытых дверей», «в день голосования» before a date: the name of the day.
    day_name_openers: tuple[tuple[str, ...], ...]
    #: «на» in «с 5 на 6 апреля»: a night from one day to the next, dated by the next.
    overnight_to: frozenset[str]
    report: frozenset[str]
    skip: frozenset[str]
    #: "в течение первых десяти рабочих дней": the words that say the count is from the start.
    first_ones: frozenset[str]
    #: «полтора», «півтора»: a count of one and a half.
    one_and_a_half: frozenset[str]
    #: «в течение», «протягом» inside a term before an event («не позднее, чем в течение 3 дней до …»).
    within: tuple[tuple[str, ...], ...]
    #: Names of named days → their id in named_days.yaml, longest first.
    named_days: tuple[tuple[tuple[str, ...], str], ...]
    #: Words that name a day ("ко Дню …"), to tell an unknown named day from other words.
    day_words: frozenset[str]
    #: Season → last month of its span ("весна" ends in May).
    seasons: dict[str, int]
    #: Names of weekdays, said beside a day ("14 (пятница)"): they add nothing to it.
    weekdays: frozenset[str]
    #: «конца», «кінця»: the end of the month or period that closes a span («с 10 января до конца февраля»).
    end_of: frozenset[str]
    #: «начала», «початку»: the start of the month that opens a span («с начала декабря до конца июня»).
    start_of: frozenset[str]
    longest_phrase: int
    #: Misspelled forms → the right spelling (`spelling` finds them in the text as written).
    misspellings: dict[str, str]
    #: «продлится», «зари»: words normalize's patterns know, for slips of the pen one letter from them.
    words_of_patterns: frozenset[str]
    #: Every word the tables know, for "did you mean" and for joining words broken by a hyphen.
    vocabulary: frozenset[str]
    #: Why a phrase cannot be read, by reason id: str.format templates in this language.
    reasons: dict[str, str]
    #: "далее ежегодно": the term before it, then every later year.
    then_yearly: tuple[tuple[str, ...], ...] = ()
    #: How a reading is told back in this language: titles and str.format templates.
    explain: Mapping[str, Any] = field(default_factory=dict)

    def names_time(self, token: str) -> bool:
        """A month, season, period word, Roman numeral or dd.mm date: a word that can date a term."""
        return (
            token in self.months
            or token in self.seasons
            or token in self.year
            or token in self.month_word
            or token in self.quarter
            or token in self.half
            or token in self.decade
            or "." in token
            or roman(token) is not None
        )

    def reason(self, key: str, **values: object) -> str:
        """The text of reason `key` with its values filled in (the Russian text if this table lacks it)."""
        template = self.reasons.get(key) or (language("ru").reasons.get(key) if self.code != "ru" else None) or key
        return template.format(**values)


def normalize_word(text: str) -> str:
    return text.lower().replace("ё", "е").strip()


def words_of(text: str) -> tuple[str, ...]:
    from planctl.deadlines.normalize import tokenize

    return tuple(tokenize(normalize_word(text)))


def _in_cases(name: str, cases: dict[str, list[str]]) -> list[str]:
    """A day's name and its other cases: «день инвалидов» → «дню инвалидов», «дня инвалидов»."""
    opening = max((lead for lead in cases if name.startswith(f"{lead} ")), key=len, default=None)
    return [name] if opening is None else [name, *(form + name[len(opening) :] for form in cases[opening])]


def phrase_at(tokens: Sequence[str], index: int, candidates: Iterable[tuple[str, ...]]) -> int:
    """How many tokens the first of `candidates` written at `index` takes; 0 when none is there
    (candidates longest first, as the tables keep them, give the longest match)."""
    for words in candidates:  # a loop, not a generator: the scanner asks this at every token
        if tuple(tokens[index : index + len(words)]) == words:
            return len(words)
    return 0


def _longest_first(forms: list[str]) -> tuple[tuple[str, ...], ...]:
    """Phrases as word tuples, longest first, so that a match at a place is the longest one."""
    return tuple(sorted(map(words_of, forms), key=len, reverse=True))


def _said_also(phrases: list[tuple[tuple[str, ...], str, str]], other_words: Mapping[str, list[str]]) -> list[tuple[tuple[str, ...], str, str]]:
    """Each phrase again with other words for some of its words («що наступає за звітним» as «що настає за
    звітним»), where the phrase does not already have that form."""
    said = {words for words, _, _ in phrases}
    found = []
    for usual, others in other_words.items():
        usual_words = words_of(usual)
        for words, role, value in phrases:
            at = next((k for k in range(len(words)) if words[k : k + len(usual_words)] == usual_words), -1)
            for other in map(words_of, others) if at >= 0 else ():
                variant = words[:at] + other + words[at + len(usual_words) :]
                if variant not in said:
                    said.add(variant)
                    found.append((variant, role, value))
    return found


def _month_prefixes(months: dict[str, int]) -> dict[str, int]:
    """«липн», «сентяб»: a month's name cut short by a line end or a clerk, when the first four
    letters or more name one month only."""
    owners: dict[str, set[int]] = {}
    for form, number in months.items():
        for size in range(4, len(form)):
            owners.setdefault(form[:size], set()).add(number)
    return {prefix: numbers.pop() for prefix, numbers in owners.items() if len(numbers) == 1 and prefix not in months}


def _day_ordinals(raw: Mapping[str, Any]) -> dict[tuple[str, ...], int]:
    units = {normalize_word(form).replace("’", "'"): int(number) for number, forms in raw["day_ordinals"].items() for form in forms}
    found: dict[tuple[str, ...], int] = {(word,): number for word, number in units.items()}
    for tens_word, tens in raw["day_ordinal_tens"].items():
        found.update({(normalize_word(tens_word), word): tens + number for word, number in units.items() if number < 10 and tens + number <= 31})
    return found


@cache
def phrases_in_roles(code: str, roles: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The set phrases of `roles` in `code`'s tables, longest first (as `phrase_at` wants them): asked at many
    tokens, so the table is filtered once."""
    return tuple(words for words, role, _ in language(code).phrases if role in roles)


@cache
def language(code: str) -> Language:
    """The compiled tables of `code` (ru or uk); unknown codes read as Russian."""
    if code not in LANGUAGES:
        code = "ru"
    raw = package_data("planctl.deadlines", f"lang/{code}.yaml")
    phrases: list[tuple[tuple[str, ...], str, str]] = []
    for unit, forms in raw["recurring"].items():
        phrases += [(words_of(form), "recurring", unit) for form in forms]
    for unit, forms in raw["results_of"].items():
        phrases += [(words_of(form), "results_of", unit) for form in forms]
    for unit, forms in raw["frequent"].items():
        phrases += [(words_of(form), "frequent", unit) for form in forms]
    for role in ("at_least", "filler", "continuous", "on_demand", "throughout", "throughout_lead", "school_year", "reporting_year", "reporting_month"):
        phrases += [(words_of(form), role, "") for form in raw[role]]
    # Phrases whose date lies outside the plan: the part is unknown, with the reason named.
    for key, forms in raw.get("refuse", {}).items():
        phrases += [(words_of(form), "refuse", str(key)) for form in forms]
    phrases += [(words_of(form), "next_of", unit) for unit in ("year", "month") for form in raw[f"next_{unit}_of"]]
    phrases += [(words_of(form), "year_end", "year") for form in raw["year_end"]]
    for unit, forms in raw["next_period"].items():
        phrases += [(words_of(form), "next_period", "" if unit == "any" else unit) for form in forms]
    phrases += _said_also(phrases, raw.get("said_also", {}))
    # «до 28 марта года следующего за истекшим»: clerks drop the comma a phrase is written with
    said = {words for words, _, _ in phrases}
    phrases += [(bare, role, value) for words, role, value in phrases if "," in words and (bare := tuple(w for w in words if w != ",")) not in said]
    phrases.sort(key=lambda entry: -len(entry[0]))
    months = {normalize_word(form): int(number) for number, forms in raw["months"].items() for form in forms}
    day_ordinals = _day_ordinals(raw)
    prefixes = _month_prefixes(months)
    months = {**prefixes, **months}
    ordinals = {normalize_word(form): int(number) for number, forms in raw["ordinals"].items() for form in forms}
    rel = raw["relative"]
    return Language(
        code=code,
        months=months,
        month_prefixes=prefixes,
        quarter=frozenset(map(normalize_word, raw["quarter"])),
        half=frozenset(map(normalize_word, raw["half"])),
        decade=frozenset(map(normalize_word, raw["decade"])),
        week=frozenset(map(normalize_word, raw["week"])),
        half_month=frozenset(map(normalize_word, raw["half_month"])),
        year=frozenset(map(normalize_word, raw["year"])),
        month_word=frozenset(map(normalize_word, raw["month_word"])),
        ordinals=ordinals,
        day_ordinals=day_ordinals,
        last=frozenset(map(normalize_word, raw["last"])),
        each=frozenset(map(normalize_word, raw["each"])),
        reporting_word=frozenset(map(normalize_word, raw["reporting_word"])),
        this_year=frozenset(map(normalize_word, raw["this_year"])),
        counts={normalize_word(form): int(number) for number, forms in raw["counts"].items() for form in forms},
        times=frozenset(map(normalize_word, raw["times"])),
        every_so_many=frozenset(map(normalize_word, raw["every_so_many"])),
        phrases=tuple(phrases),
        relative_lead=_longest_first(rel["lead"]),
        days=frozenset(map(normalize_word, rel["days"])),
        working=frozenset(map(normalize_word, rel["working"])),
        calendar=frozenset(map(normalize_word, rel["calendar"])),
        anchors=_longest_first(rel["anchor"]),
        events=frozenset(map(normalize_word, rel["events"])),
        event_objects=frozenset(map(normalize_word, rel["event_objects"])),
        event_filler=frozenset(map(normalize_word, rel["event_filler"])),
        span_event=frozenset(map(normalize_word, rel["span_event"])),
        relative_tables=rel,
        cumulative_lead=_longest_first(raw["cumulative_lead"]),
        half_year_words=frozenset(map(normalize_word, raw["half_year_words"])),
        nth_ordinals={normalize_word(form): int(n) for n, forms in raw["nth_weekday"]["ordinals"].items() for form in forms},
        nth_weekdays={normalize_word(form).replace("’", "'"): int(n) for n, forms in raw["nth_weekday"]["weekdays"].items() for form in forms},
        nth_each=frozenset(map(normalize_word, raw["nth_weekday"]["each"])),
        nth_month=_longest_first(raw["nth_weekday"]["month"]),
        weeks=frozenset(map(normalize_word, rel["weeks"])),
        months_of_term=frozenset(map(normalize_word, rel["months"])),
        years_of_term=frozenset(map(normalize_word, rel["years"])),
        hours_of_term=frozenset(map(normalize_word, rel["hours"])),
        event_leads=_longest_first(rel["event_leads"]),
        per_document=_longest_first(raw["per_document"]),
        per_document_not=frozenset(map(normalize_word, raw["per_document_not"])),
        immediately=_longest_first(rel["immediately"]),
        stage_words=frozenset(map(normalize_word, raw["stage_words"])),
        paid_for=frozenset(map(normalize_word, raw["paid_for"])),
        that_is=tuple(str(marker) for marker in raw["that_is"]),
        results_lead=_longest_first(raw["results_lead"]),
        year_report_opens=_longest_first(raw["year_report_opens"]["forms"]),
        year_report_read_as=str(raw["year_report_opens"]["read_as"]),
        before_event=frozenset(map(normalize_word, rel["before_event"])),
        stretch_openers=frozenset(map(normalize_word, rel["event_stretch"]["open"])),
        stretch_nouns=frozenset(map(normalize_word, rel["event_stretch"]["nouns"])),
        stretch_named=frozenset(map(normalize_word, rel["event_stretch"]["named"])),
        before_next_year=_longest_first(rel["before_next_year"]),
        starting=_longest_first(raw["starting"]),
        terms={normalize_word(word): (int(count), str(unit)) for word, (count, unit) in rel["terms"].items()},
        range_from=_longest_first(raw["range_from"]),
        range_to=frozenset(map(normalize_word, raw["range_to"])),
        name_openers=frozenset(map(normalize_word, raw["name_openers"])),
        prepositions=frozenset(map(normalize_word, raw["prepositions"])),
        day_name_openers=_longest_first(raw["day_name_openers"]),
        overnight_to=frozenset(map(normalize_word, raw["overnight_to"])),
        report=frozenset(map(normalize_word, raw["report"])),
        skip=frozenset(map(normalize_word, raw["skip"])),
        weekdays=frozenset(map(normalize_word, raw["weekdays"])),
        end_of=frozenset(map(normalize_word, raw["end_of"])),
        start_of=frozenset(map(normalize_word, raw["start_of"])),
        named_days=tuple(
            sorted(
                ((words_of(form), str(key)) for key, names in raw["named_days"].items() for name in names for form in _in_cases(name, raw["named_day_cases"])),
                key=lambda e: -len(e[0]),
            )
        ),
        day_words=frozenset(map(normalize_word, raw["day_words"])),
        seasons={normalize_word(name): int(span[1]) for name, span in raw["seasons"].items()},
        first_ones=frozenset(map(normalize_word, rel["first_ones"])),
        one_and_a_half=frozenset(map(normalize_word, rel["one_and_a_half"])),
        within=_longest_first(rel["within"]),
        longest_phrase=max(len(p[0]) for p in phrases),
        reasons={str(key): str(text) for key, text in raw["reasons"].items()},
        words_of_patterns=frozenset(map(normalize_word, raw["words_of_patterns"])),
        misspellings={normalize_word(str(k)): str(v) for k, v in raw.get("misspellings", {}).items()},
        vocabulary=frozenset(word for words, _, _ in phrases for word in words if is_word(word))
        | frozenset(months)
        | frozenset(ordinals)
        | frozenset(word for words in day_ordinals for word in words)
        | frozenset(normalize_word(word) for word in rel["terms"])
        | frozenset(word for form in rel["immediately"] for word in words_of(form) if is_word(word))
        | frozenset(normalize_word(w) for w in raw["skip"] + raw["quarter"] + raw["half"] + raw["year"] + raw["month_word"] + raw["decade"] + raw["week"] + raw["half_month"] + raw["weekdays"])
        | frozenset(word for form in raw["starting"] + raw["range_from"] for word in words_of(form) if is_word(word)),
        then_yearly=_longest_first(raw["then_yearly"]),
        explain=raw["explain"],
    )
