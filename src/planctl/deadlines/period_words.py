"""How office text names the period after a reported one, rewritten into the words the phrase tables know.

«третьего месяца, следующего за истекшим налоговым периодом», «що настають за останнім календарним днем звітного
(податкового) кварталу», «с 5-го по 10-й день после отчетного квартала»: the Tax Code's and clerks' ways of saying
«after the reporting period». `normalize` applies these patterns in its own order of steps.
"""

from __future__ import annotations

import re

# «до 15-го числа второго месяца, следующего за истекшим кварталом», «первого месяца следующего квартала»: a
# month of the quarter after the one reported, said as «второго месяца квартала, следующего за отчетным»
MONTH_OF_NEXT_QUARTER = r"\b(первого|второго|третьего)\s+месяца(?:,?\s+следующего\s+за\s+(?:отчетным|истекшим)\s+кварталом|\s+следующего\s+квартала)"
# «не позднее 28-го числа третьего месяца, следующего за истекшим налоговым периодом»: a month of the year after the one
# reported, said as «третьего месяца года, следующего за отчетным»
MONTH_OF_NEXT_YEAR = (
    r"\b(первого|второго|третьего|четвертого|пятого|шестого)\s+месяца,?\s+следующего\s+за\s+(?:истекшим\s+|отчетным\s+)?"
    r"(?:налоговым\s+периодом|календарным\s+годом|годом)"
)
MONTH_OF_NEXT_QUARTER_UK = r"\b(першого|другого|третього)\s+місяця(?:,?\s+наступного\s+за\s+(?:звітним|минулим)\s+кварталом|\s+наступного\s+кварталу)"

# «протягом 40 календарних днів, що настають за останнім календарним днем звітного (податкового) кварталу»: the Tax
# Code's words for «после окончания отчетного квартала»
AFTER_LAST_DAY_OF = (
    r"\b(?:що\s+настають|наступних|следующих)\s+за\s+(?:останнім|последним)\s+(?:календарним\s+)?(?:днем|днём)\s+"
    r"((?:\(?(?:звітного|податкового|отчетного|налогового)\)?\s+)+)(місяця|кварталу|півріччя|року|месяца|квартала|полугодия|года)\b"
)
# «следующего за отчетным периодом - месяцем», «за звітним періодом (кварталом)»: the reporting period, named after a dash
PERIOD_NAMED_AFTER = (
    r"\b(отчетным|звітним|истекшим)\s+(?:периодом|періодом)\s*(?:-\s*|\(\s*)"
    r"(месяцем|кварталом|полугодием|годом|місяцем|півріччям|роком)\s*\)?"
)
# «с 5-го по 10-й день после отчетного квартала»: the days of a window after a period, due on its last one
DAYS_WINDOW_AFTER = r"\b(?:с|з)\s+\d{1,2}(?:-?(?:го|ого|й))?\s+(?:по|до)\s+(\d{1,2})(?:-?(?:й|го|ий))?\s+(?:день|дня|дні)\s+(?=(?:после|після)\s)"


def after_last_day_of(match: re.Match[str]) -> str:
    """The period's own «after its end» words, in the language of the period's noun."""
    ukrainian = match[2] in ("місяця", "кварталу", "півріччя", "року")
    return f"{'після закінчення звітного' if ukrainian else 'после окончания отчетного'} {match[2]}"


def days_window_after(match: re.Match[str]) -> str:
    """Within the window's last day, in the text's language."""
    within, days = ("протягом", "днів") if match.group(0)[0] == "з" else ("в течение", "дней")
    return f"{within} {match[1]} {days} "
