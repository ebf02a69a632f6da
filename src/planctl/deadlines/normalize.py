"""Messy office text → clean lower-case tokens: footnotes, times, odd spaces and dashes removed."""

from __future__ import annotations

import re
from collections.abc import Callable

from planctl.deadlines import clock, period_words
from planctl.deadlines.clock import MONTH_AHEAD, MONTH_STEM
from planctl.deadlines.in_language import in_its_language
from planctl.lookalikes import for_reading

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_FOOTNOTES = re.compile(r"<\s*\d+\s*>|\[\s*\d+\s*\]|\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


# «с 1 января по 28 (29) февраля»: February's last day, whichever year (29 February falls back to the 28th)
_LEAP_DAY_OFFERED = r"\b28\s*\(\s*29\s*\)\s*(?=феврал|лют)"
# «(у лютому – до 28 (29) включно)»: the same, with February named before it
_LEAP_DAY_AFTER_FEBRUARY = r"((?:феврал|лют)[а-яіїє]*\s*-?\s*(?:до\s+)?)28\s*\(\s*29\s*\)"
# «с 15 сентября 2026 го по …»: a year's ordinal ending cut off from it
_YEAR_ENDING_CUT = r"(?<=\b(?:19|20)\d\d)\s+го\b"
# «1, 8, 12, 15. 16, 23 октября»: a full stop typed for a comma in a list of days
_DOT_IN_DAY_LIST = r"(?<=\d, )(\d{1,2})\.\s+(?=\d{1,2}(?:,|\s+[а-яіїє]))"
# "31-12-2024": a date written with dashes
_DASHED_DATE = r"(?<![\d.-])(0?[1-9]|[12]\d|3[01])-(0?[1-9]|1[0-2])-((?:19|20)\d\d)(?![\d-])"
# "31 – 12 – 2024", "2025 – 03 – 23": a dashed date whose dashes Word (or a clerk) spaced; two digits
# each for day and month, so "13 - 15" days stay a span
_SPACED_DASHED_DATE = re.compile(r"(?<![\d.-])(0[1-9]|[12]\d|3[01])\s+-\s+(0[1-9]|1[0-2])\s+-\s+((?:19|20)\d\d)(?![\d-])")
_SPACED_DASHED_YEAR_FIRST = re.compile(r"(?<![\d.-])((?:19|20)\d\d)\s+-\s+(0[1-9]|1[0-2])\s+-\s+(0[1-9]|[12]\d|3[01])(?![\d-])")
# "не пізніше – 10 днів до сесії": a dash after "not later than" says nothing more
_DASH_AFTER_LEAD = r"\b(не\s+(?:позднее|позже|пізніше|пізніш))\s*,?\s*-\s*"
# "Не ранее 14 и не позднее 24 июня 2015 года": a window between two days is a span
_NOT_BEFORE_DAY = (
    r"\bне\s+(?:ранее|раньше|раніше|раніш)\s+(\d[^;]*?)(?:\s(?:и|і|й|та)|,)\s+не\s+(?:позднее|позже|пізніше|пізніш)(?:,?\s+(?:чем|ніж))?\s+(?=\d)"
)
# "Сразу после назначения дня голосования": at once after an event is after it
_AT_ONCE_AFTER = r"\b(?:сразу|одразу|відразу|незамедлительно|негайно)\s+(?=(?:после|після)\b)"
# "не ранее чем за 90 дней и не позднее, чем за 80 дней до дня голосования": the earliest day is not
# the deadline; the latest one is
_NOT_BEFORE = r"\bне\s+(?:ранее|раньше|раніше|раніш)\b[^;]*?(?:\s(?:и|і|й|та)|,)\s+(?=не\s+(?:позднее|позже|пізніше|пізніш)\b)"
# "З 30 червня – по 13 липня": a dash and a word that both say "to"
_DASH_TO = re.compile(r"-\s*(?=(?:по|до)\b)")
#: "… и завершать не позднее …", "… і завершити до …": a plan's infinitive that closes a span
_CLOSE_VERBS = r"|завершать|завершить|заканчивать|закончить|завершувати|завершити|закінчувати|закінчити"
# "з 04.02.2019 р. і триває до 22.02.2019 р.": a verb between the two ends of a span says nothing more
_SPAN_VERB = (
    r"\s+(?:і|и|та|й)\s+(?:триває|триватиме|продовжується|закінчується|завершується|длится|продлится|продолжится"
    r"|продолжается|заканчивается|завершается|закончится|завершится" + _CLOSE_VERBS + r")\s+(?=(?:до|по)\b)"
)
# "начинается (с) 1 апреля и завершается 30 июня", "с 29.01.2016 г. и завершать не позднее 05.09.2016 г.":
# the verbs that open and close a span, before its days
_SPAN_OPENS = (
    r"\b(?:начинается|начнется|начинаются|начнутся|розпочинається|починається|розпочнеться|почнеться)\s+"
    r"(?:(?:с|з)\s+|не\s+(?:позднее|позже|пізніше|пізніш)\s+)?(?=\d)"  # "начинается не позднее 10 марта и завершается …"
)
#: «начинается с» is «с», «починається з» is «з»: the span's opening word in the text's own language.
_span_opens = in_its_language("с ", "з ", r"^(?:роз)?поч")
# «з 1 листопада 2021 року і до завершення навчання»: «and» between a span's first day and its end
_AND_BEFORE_SPAN_END = r"^((?:с|з|із|від|от)\s+[^,;()]*?\d(?:\s+(?:року|года|р|г)\.?)?)\s+(?:і|и|та|й)\s+(?=до\s)"
_SPAN_CLOSES = (
    r"\s+(?:і|и|та|й)\s+(?:закінчується|завершується|закінчиться|завершиться|заканчивается|завершается|закончится|завершится"
    r"|закінчуючи|завершуючи|заканчивая|завершая"
    + _CLOSE_VERBS + r")\s+"
    r"(?:(?:в|о)\s+(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*(?:час\w*|год\w*|ч\b)\.?)?\s+|не\s+(?:позднее|позже|пізніше|пізніш)\s+)?(?=\d)"  # "… в 18.00 часов 22 августа"
)
# "с 6 июля до момента заполнения свободных мест, но не позднее 5 сентября": the latest day ends the span
_UNTIL_EVENT_CAPPED = (
    r"\s+(?:и\s+|і\s+|та\s+)?(?:до|по)\s+(?:момента|окончания|завершения|начала|наступления|закінчення|моменту|початку|настання)\b[^,;\d]*,"
    r"\s*(?:но|але|однако|проте)\s+не\s+(?:позднее|позже|пізніше)(?:,?\s+чем)?\s+"
)
# «с 25 марта по 23 апреля 2025 года сроком на 30 дней»: how long the span before it lasts, said again
_LENGTH_AFTER_SPAN = (
    r"(?<=\d|[а-яіїєґ.])(\s+(?:по|до)\s+[^;]*?)\s*,?\s*\(?(?:сроком|строком|терміном)\s+на\s+\d{1,3}\s+"
    r"(?:календарн\w+\s+)?(?:дней|дня|день|суток|днів|дні|діб|месяц\w*|місяц\w*)\)?\s*$"
)
# «за IV квартал 2020 року — 19 січня 2021 року»: after the period paid or reported for, a dash opens its term, not a span
# «за ІV квартал 2010 року/2010 рік – 19.02.2011»: a quarter and its year reported together, after a slash
_FOR_PERIOD_DASH = (
    r"^(за\s+[^;,\d-]{0,30}?(?:[ivxі]{1,4}\s+|\d\s+)?[^;,\d-]{0,20}?(?:19|20)\d\d\s*(?:года|год|року|рік|г\.?|р\.?)?"
    r"(?:\s*/\s*(?:19|20)\d\d\s*(?:год|рік|г\.?|р\.?)?)?)\s*-\s*(?=\d{1,2}[\s.])"
)
# «в течение 15 дней с даты подписания акта, но не позднее 15 сентября 2017 года»: a term from an event, capped
# by a day, is due by that day
_TERM_CAPPED = (
    r"^[^,;]*?\b(?:со|с|з|від|із)\s+(?:даты|дня|момента|дати|моменту)\b[^,;\d]*,\s*(?:но|але|однако|проте)\s+"
    r"(?=не\s+(?:позднее|позже|пізніше|пізніш)\b[^;]*\d)"
)
# «не ранее 11 июня и до начала ледостава, но не позднее 20 ноября»: the earliest day opens a span that goes on
_NOT_BEFORE_OPENS = r"^(?:не\s+ранее|не\s+раніше)\s+(?=\d[^;]*\s(?:до|по)\s)"
_not_before_opens = in_its_language("с ", "з ", r"^не\s+раніше")
# "Завершается 15 марта", "Закінчується за 55 днів до дня виборів": a verb of ending that opens the cell
# «Срок сдачи истек 25 января 2021 г.»: a term's name, and the verb that says it ends (or ended), before its day
_ENDS_FIRST = (
    r"^\s*(?:(?:срок|строк|термін)(?:\s+[а-яіїєґ]{3,})?\s+)?(?:закінчується|завершується|закінчиться|завершиться|спливає|заканчивается"
    r"|завершается|закончится|завершится|оканчивается|истекает|истек|закончился|завершился|сплив|закінчився|завершився)\s+"
)
# «2️⃣1️⃣ червня»: keycap emoji digits on web pages, each a digit, an emoji mark and the keycap
_KEYCAP = r"(\d)\ufe0f?\u20e3"
# «весняно – літньої нерестової заборони»: the first half of a compound season word, its hyphen spaced by Word
_SEASON_HALF_DASH = r"\b(весенне|летне|осенне|зимне|весняно|літньо|осінньо|зимово)\s+-\s+(?=[а-яіїєґ])"
# «с утренней зари 11 августа по 31 декабря»: hunting seasons open at dawn of their first day
_DAWN = r"\b(?:утренней|вечерней|ранкової|вечірньої)\s+(?:зари|зорі)\s+(?=\d)"
# «завершиться 15 квітня за умови … температури …»: the condition a day is met on says nothing of when
_CONDITION = r",?\s+(?:за\s+умови|при\s+условии)\b.*$"
# "По плануРОО": an abbreviation in capitals glued to the word before it
_GLUED_ABBREVIATION = re.compile(r"(?<=[а-яёіїєґ])(?=[А-ЯЁІЇЄҐ]{2,}\b)")
# «ЄСВ, нарахований за календарний місяць, не пізніше 20 числа …», «НДФЛ, удержанный …»: what is paid, in capitals,
# first; «роботодавці зобов'язані сплачувати єдиний внесок, нарахований за …»: who pays what, in words, before «за»
_ABBREVIATION_FIRST = re.compile(r"^\s*(?:[А-ЯЁІЇЄҐ]{2,6}|[^\d\n]+?\s[^\d\n]+?(?=,\s*[а-яёіїєґ]+(?:ний|тий|ный|тый)\s+за\b)),\s*(?=[а-яёіїєґ]+(?:ний|тий|ный|тый)\b)")
# "раз(а) в день": an ending offered in brackets
_BRACKET_ENDING = re.compile(r"(?<=[а-яіїєґ])\([а-яіїєґ]{1,3}\)")
#: «2025 года», «2025 г.», «2025 року» after a day and its month (optional).
_YEAR_SAID = r"(?:\s+\d{4}(?:\s*(?:года|року|г|р)\b\.?)?)?"
# «з 15.05.2016 на 17.00 год. 12.05.2016»: moved from one date to another, the new one decides (a night «с 15.05
# на 16.05» is dated by the day it ends on all the same)
_MOVED_FROM_DATE = r"\b(?:с|з|із)\s+\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s*(?:г|р)\.)?\s+на\s+(?=(?:\S+\s+){0,3}?\d{1,2}\.\d{1,2}\.\d{2,4})"
# «ежемесячно с 1 по 5 число»: a span of days of each month, as «1-5 числа» is written
_DAYS_OF_MONTH_SPAN = r"\b(?:с|з|із)\s+(\d{1,2})(?:-?(?:го|е|й))?\s+(?:по|до)\s+(\d{1,2})(?:-?(?:го|е|й))?\s+(?=числ)"
# «січень 2025: з 11 по 31;»: a month (and year) named first, then a span of its days
_MONTH_THEN_DAYS = (
    r"^(" + MONTH_STEM + r"[а-яіїєґ]*(?:\s+\d{4}(?:\s*(?:г|р|года|року)\b\.?)?)?)\s*[:\-]?\s*"
    r"((?:с|з|із|от|від)\s+\d{1,2}\s+(?:по|до|-)\s+\d{1,2})[\s;.,]*$"
)
# «Протягом січня, починаючи з 5-го числа», «в течение января, начиная с 5 января»: the month from a day in it
_MONTH_FROM_DAY = (
    r"\b(?:в\s+течени[ея]|протягом|упродовж)\s+(" + MONTH_STEM + r"[а-яіїєґ]*),?\s+(?:начиная|починаючи)\s+(?:с|со|з|із)\s+"
    r"(\d{1,2})(?:-?(?:го|е|ого))?(?:\s+(?:числа|число)|\s+\1)?\b(?![.\d]|\s+" + MONTH_STEM + ")"
)


#: From the day to the month's end, in the text's language.
_month_from_day = in_its_language(r"с \2 \1 до конца \1", r"з \2 \1 до кінця \1", r"^(?:протягом|упродовж)")


# «27.02.2023 (25 февраля — суббота)»: the day a term would fall on, named as a day off, says why it moved
_MOVED_OFF_DAY = (
    r"\(\s*\d{1,2}\s+" + MONTH_STEM + r"[а-яіїєґ]*\s*[-,]?\s*(?:суббота|воскресенье|субота|неділя|выходной|вихідний|праздник|свято)\s*\)"
)
# «із 16 на 23 квітня», «с 21 декабря 2025 года на 24 декабря 2025 года»: moved from one day of a month to another,
# the new one decides (so «с 15 на 16 мая», a night, is dated by the day it ends on)
_MOVED_FROM_DAY = r"\b(?:с|з|із)\s+\d{1,2}(?:\s+" + MONTH_STEM + r"[а-яіїє]*" + _YEAR_SAID + r")?\s+на\s+(?=\d{1,2}\s+" + MONTH_STEM + ")"
# «Не позднее 30 апреля (перенос с 30.04.2022 на 04.05.2022)», «28.03.2022 перенесено на 30.03.2022»: a term moved to
# another day is that day (CONVENTIONS 44, 53); what stood before the move goes, with the bracket it opened
_MOVED_TO_DAY = (
    r"^[^()]*?\(?\s*(?:срок\s+)?(?:был[аио]?\s+)?(?:с\s+учетом\s+|з\s+урахуванням\s+)?(?:перенес|перенос)[а-яіїє]*\s+"
    r"(?:(?:с|з|із)\s+[\d.]+(?:\s+" + MONTH_STEM + r"[а-яіїє]*" + _YEAR_SAID + r")?\s+)?(?:(?:на|-)\s+)?(?=\d{1,2}(?:\.\d{1,2}|\s+" + MONTH_STEM + r"))(?P<day>[^()]*)\)?"
)
# «до 1 июля 2024 г. (продлено до 1 сентября 2024 г.)», «строк подовжено до 1 вересня»: a term extended to another day is
# that day, as a moved one is
_EXTENDED_TO_DAY = (
    r"^[^()]*?\(?\s*(?:(?:срок|строк|термін)\s+)?(?:был[аио]?\s+)?(?:продл[её]н|продовжен|подовжен)[а-яіїє]*\s+(?:до|по)\s+"
    r"(?=\d{1,2}(?:\.\d{1,2}|\s+" + MONTH_STEM + r"))(?P<day>[^()]*)\)?"
)
# «с 25 числа до 3 января»: a span from a day of the month before to a named day
_FROM_DAY_OF_MONTH = r"\b(с|з)\s+(\d{1,2})\s+(?:числа|число)\s+(?:до|по)\s+(?=\d{1,2}\s+" + MONTH_STEM + ")"
# «с 18:00, 1 ноября … до 18-00, 4 ноября»: the comma after a clock time before its date goes with the time
_COMMA_AFTER_CLOCK = r"(?:(?<=\d(?::[0-5]\d|[-.]00))|(?<=\d - 00)),\s*(?=\d{1,2}\s+" + MONTH_STEM + ")"
# «24 февраля, вторник — 25 февраля, среда»: a day's weekday after a comma, in a span of days
# «січень, 2022»: a comma between a month and its year; «22, 23, та 24.08.2015»: one before the last day's «and»
_COMMA_BEFORE_YEAR = re.compile(r"\b(" + MONTH_STEM + r"[а-яіїє]*)\s*,\s*(?=(?:19|20)\d\d\b)")
_COMMA_BEFORE_AND = re.compile(r"(?<=\d)\s*,\s*(?=(?:и|й|і|та)\s+\d)")
# «от начала распаления льда по 15 июня»: «от» opening a span from an event is «с»
_FROM_EVENT = r"\b(?:от|від)\s+(?=(?:начала|момента|окончания|завершения|початку|моменту|закінчення|завершення)\b)"
_from_event = in_its_language("с ", "з ", r"^від")
# «до 15 ноября текущего налогового периода»: the current tax period is the current year (rule 13), where
# «налогового периода» alone is the reporting year
_CURRENT_TAX_PERIOD = r"\b(?:текущего\s+налогового\s+периода|поточного\s+податкового\s+періоду)\b"
_current_tax_period = in_its_language("текущего года", "поточного року", r"^поточного")
# «+5 роб. днів від наказу»: a plus before the count of a term after an event
_PLUS_COUNT = r"^\s*\+\s*(?=\d)"
# «у жовтні цього ж року», «этого же года»: the particle adds nothing to the year
_SAME_YEAR_PARTICLE = r"\b(цього|этого|текущего|поточного)\s+(?:ж|же)\b"
# «З вівторка 14-го по неділю 19 грудня»: a weekday named before the day of a span's end
_WEEKDAY_BEFORE_DAY = re.compile(
    r"\b(с|со|з|із|по|до)\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|понедельник|вторник|среду|четверг"
    r"|пятницу|субботу|воскресенье|понеділка|вівторка|середи|четверга|п['’ʼ]ятниці|суботи|неділі|понеділок|вівторок|середу|четвер"
    r"|п['’ʼ]ятницю|суботу|неділю)\s+(?=\d)"
)
_WEEKDAY_IN_SPAN = re.compile(
    r"(\d\s+" + MONTH_STEM + r"[а-яіїє]*|\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)\s*,\s*"
    r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|п['’ʼ]ятниця|субота|неділя)"
    r"(?=\s*-|\s*$)"
)
# "01. 10" in a plan for October, "15. 05.2021": a day and month with a space after the dot
_SPACED_DAY_MONTH = re.compile(
    r"(?<![\d.])(0?[1-9]|[12]\d|3[01])\.\s(0?[1-9]|1[0-2])(?:(?!\d)(?!\.\d)(?!\s*\d)" + MONTH_AHEAD + r"|(?=\.(?:19|20)\d\d(?!\d)))"
)
# "февраль, апрель, июль\nоктябрь": in a list with commas, a month on a line of its own is one more
# item, not the end of a span ("Ноябрь\nдекабрь 2008 г." stays a span, like "апрель май")
_MONTH_LINES = r"(\b" + MONTH_STEM + r"[а-яіїєґ]*)[ \t]*\n\s*(?=" + MONTH_STEM + ")"
# "25.03.202 3": a space typed inside a date's year, before its last digit
_SPACE_IN_YEAR = r"(?<![\d.])(\d{1,2}\.\d{1,2}\.(?:19|20)\d)\s(\d)(?![\d.])"
# "23 .10.2009", "3 .05. 2015г": a stray space before a date's first dot (and one before its year)
_SPACE_BEFORE_DOT = r"(?<![\d.])(\d{1,2})\s+\.(\d{1,2})\.(\d{2,4}|\s(?:19|20)\d\d)(?!\d)"
# "Ежегодно по состоянию на 01 января. Представляются к 10 декабря": the day the figures are taken
# on is not when they are due
_AS_OF = r"\b(?:по\s+состоянию\s+на|станом\s+на)\s+(?:1|\d{1,2}(?:\.\d{1,2}(?:\.\d{2,4})?)?)(?:-?е|-?го)?(?:\s+(?:число|числа)\b)?(?:\s+[а-яіїєґ]+)?(?:\s+\d{4}\s*(?:года|г\.?|року|р\.?))?\.?"
# "01,08,15. 10.16": a space after the dot of a list's last day, before its month and year (read
# before the times, which would take "10.16" for 10:16)
_LIST_DAY_SPACE = r"(,\s*\d{1,2})\.\s+(\d{1,2}\.(?:\d{4}|(?!00)\d{2}))(?![\d.])"
# "з 08 09.2021 по 08.10.2021": a span's first date whose first dot was typed as a space
_LOST_FIRST_DOT = r"\b(з|с|от|від)\s+(0?[1-9]|[12]\d|3[01])\s(0?[1-9]|1[0-2])\.((?:19|20)\d\d)(?=\s+(?:по|до|-))"
# "по-31.01": a preposition joined to its date by a hyphen
_GLUED_PREPOSITION = r"\b(по|до|с|со|з|із|від|от)-(?=\d)"
# "до 15 августа года, предшествующего году проведения плановых проверок": the plan's own year (its plan
# is made for the year after), however the following year is named
_YEAR_BEFORE = (
    r"\b(?:(?:года,?\s+предшествующего|року,?\s+що\s+передує)\s+(?:году|року|планируемому|плановому)"
    # «не позднее 1 ноября предшествующего года реализации Календарного плана»
    r"|(?:предшествующего\s+года|попереднього\s+року)\s+(?:реализации|реалізації|проведения|проведення)"
    # «до 20 января года, на который составляется план»: the plan's own year
    r"|(?:года,?\s+на\s+который\s+составляется|року,?\s+на\s+який\s+складається)\s+план)\b[^,;()]*"
)
_UKRAINIAN_YEAR = r"\b(?:року|попереднього|передує|який)\b"
# «15 ноября того года, за который уплачивается налог»: the year the tax (report) is for is the reporting year
_YEAR_PAID_FOR = r"\b(?:того\s+)?(?:года,?\s+за\s+который|року,?\s+за\s+який)\b[^,;()\d]*"
# «года, следующего за годом, в котором была предоставлена субсидия», «за кварталом, за який сплачується внесок»:
# which year (quarter, month) that is, said for the reader
_WHICH_YEAR = r"(?:" + "|".join(rf"(?<=\b{word})" for word in ("годом", "роком", "кварталом", "месяцем", "місяцем", "периодом", "періодом")) + r"),?\s+(?:(?:за|в|на)\s+котор(?:ый|ом)|(?:за|в|у|на)\s+(?:який|якому))\b[^,;()\d]*"
_year_paid_for = in_its_language("отчетного года", "звітного року", _UKRAINIAN_YEAR)
_year_before = in_its_language("текущего года", "поточного року", _UKRAINIAN_YEAR)
# "20 грудня ц.р.", "т. г.": the current year, abbreviated
_CURRENT_YEAR = r"(?<=[\s\d])(ц|п|т|с)\.\s?(р|г)\b\.?"
_CURRENT_YEAR_WORDS = {"ц р": "поточного року", "п р": "поточного року", "т г": "текущего года", "с г": "сего года"}


def _current_year(match: re.Match[str]) -> str:
    return _CURRENT_YEAR_WORDS.get(f"{match.group(1)} {match.group(2)}", match.group(0))


# «до 5 числа тек. месяца», «пот. року»: «текущего», «поточного», abbreviated before their period
_CURRENT_ABBREVIATED = r"\b(тек|пот)\.\s?(?=месяц|квартал|полугоди|года?\b|місяц|кварталу|півріччя|року)"
_current_abbreviated = in_its_language("текущего ", "поточного ", r"^пот")


# "202I року": a letter typed for a digit of a year (after lower case and the Ukrainian «і» of for_reading)
_YEAR_LOOKALIKE = re.compile(r"(?<![\w.])[12](?=\d*[іilоo]\d*(?![\w.]))[\dіilоo]{3}(?![\w.])")
_DIGIT_LOOKALIKES = str.maketrans("іilоo", "11100")
# "с З1 мая": the letter З typed for the 3 of a day, after a preposition (so never «з 1 травня» glued)
_DAY_THREE = re.compile(r"\b(с|по|до|з|із|от|від) з ?(?=[01]\s+[а-яіїєґ]{3})")


def _year_digits(match: re.Match[str]) -> str:
    year = match.group().translate(_DIGIT_LOOKALIKES)
    return year if year[:2] in ("19", "20") and sum(not ch.isdigit() for ch in match.group()) == 1 else match.group()


# "16/04/2022": a date written with slashes
_SLASH_DATE = r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])"
# "19/04": a day and month with slashes and no year (two digits each, so never a fraction «1/2»)
_SLASH_DAY_MONTH = re.compile(r"(?<![\d/.])(0[1-9]|[12]\d|3[01])/(0[1-9]|1[0-2])(?![\d/])")
# "2019.09.12", "2019-09-12": a date written year first
_YEAR_FIRST = re.compile(r"(?<![\d.-])((?:19|20)\d\d)([.-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\d.-])")
# "19/04⏎---------⏎19/06": a line of dashes between two dates, as a table cell draws a span
_DASH_LINE = re.compile(r"\s*\n[ \t]*(?:-{3,}|_{3,})[ \t]*\n\s*")
# "25.12. 2013г." → "25.12.2013 г."
_SPLIT_DATE = re.compile(r"\b(\d{1,2}\.\d{1,2})\.\s+(\d{4})\b")
# "25.12." → "25.12": the dot closing a day and month
_TRAILING_DOT = re.compile(r"\b(\d{1,2}\.\d{1,2})\.(?!\d)")
# "в 6-месячный срок": a number joined to a word by a dash is a count of it.
_NUMBER_ADJECTIVE = re.compile(r"\b(\d{1,2})\s*-\s*(?=[а-яіїєґ]{5,})")
_NUMBER_WORD = re.compile(r"(\d)([а-яіїєґa-z])")
# "получения образования25 сентября": a word glued to the number after it
_WORD_NUMBER = re.compile(r"([а-яіїєґ]{4,})(\d)")
# "1 и 2 января, а также 7 января": one more item of a list
_AS_WELL_AS = re.compile(r"\s*,?\s*\bа\s+(?:также|також)\b")
# "с 25 декабря 2021-го по 9 января": a year with an ordinal ending
_YEAR_SUFFIX = re.compile(r"\b((?:19|20)\d\d)\s*-\s*(?:го|м|й|ого)\b")
# «до кінця січня 22-го»: a year in two figures with its ordinal ending, after a month
_SHORT_YEAR_SUFFIX = re.compile(r"\b(" + MONTH_STEM + r"[а-яіїєґ]*)\s+(\d\d)-(?:го|ого)\b(?!\s*чис)")
# "7 дней (с 31 октября по 6 ноября)", "16 дней, с 25 декабря …": the length of a span said before it
_LENGTH_BEFORE_SPAN = re.compile(
    r"^\s*\d{1,3}\s+(?:календарных\s+|календарних\s+)?(?:дней|дня|день|днів|дні|тижнів|тижні|тиждень|недели|недель|неделя)\s*[,:(-]?\s*(?=\(?(?:с|з|із|від|от)\s+\d)"
)
# "в течение 5-ти дней", "3-х месяцев", "протягом 10-ти робочих днів": a count with the ending of its case
_COUNT_ENDING = re.compile(
    r"\b(\d{1,3})\s*-\s*(?:ти|х|ех|ух|и|ми|ю|ї)\s+(?=(?:рабоч|календарн|робоч|дн|днів|суток|сут|недел|тиж|месяц|місяц|лет|год|рок|час)\w*)"
)
# "I-полугодие 2023 года", "ІІ-квартал": a Roman numeral joined to its period word by a dash
_ROMAN_DASH = re.compile(r"\b([ivxі]{1,4})\s*-\s*(?=[а-яіїєґ]{4,})")
_ORDINAL_SUFFIX = re.compile(r"\b(\d{1,2})\s*-\s*(?:го|й|е|ое|ого|му|ому|м|є|ше|ге|тє|те|ме|я|ая|ий|ій|х|ых|их|га|та|а|ую|ью|ье|ой|ю|ша|шу|ший|шій|гу|гий|гій|тя|тю|ту|тій|тий|ма)\b")
_TOKEN = re.compile(r"(?<![\d.])(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d(?![\d.])|\d{1,2}\.\d{1,2}(?:\.\d{2,4})?|\d+(?:-(?:й|е|го|м|є))?|[a-zа-яіїєґ'’ʼ]+|[-,]")


#: «5 октября – День города»: a date, a spaced dash, then a capitalised remark of two or more words and no digits.
_REMARK = re.compile(r"(?<=\d|[а-яіїєґ.])\s+[-\u2013\u2014]\s+[А-ЯЁІЇЄҐ][^\d\s]*(?:\s+[^\d\s]+)+\s*$")


#: The rewriting steps after lower-casing, in order: (pattern, replacement, triggers). A step with
#: triggers runs only on text that holds one of them, and its pattern (a string) is compiled on first
#: need by `re`'s own cache: most plans never write a slash date, so a check of one plan does not pay for it.
_STEPS: tuple[tuple[re.Pattern[str] | str, str | Callable[[re.Match[str]], str], tuple[str, ...]], ...] = (
    (_KEYCAP, r"\1", ("\u20e3",)),
    (_DASHES, "-", ()),
    (_DASH_LINE, " - ", ("---", "___")),
    (_SPACES, " ", ()),
    (clock.RAISED_MINUTES, clock.raised_minutes, ("^", "⁰", "¹", "²", "³", "⁴", "⁵")),
    (clock.TIME_LABEL, " ", ("время", "час")),
    (clock.HOUR_TO_CLOCK, " с ", (" до ", "-")),
    (clock.HOURS_ACROSS_DATES, r"с \1 по ", (" до ",)),
    (clock.HOURS_TO_DAY_PART, "", ("ранку", "вечора", "ночі", "утра", "вечера", "ночи")),
    (clock.HOUR_OF_DAY_PART, " ", ("ранку", "вечора", "ночі", "утра", "вечера", "ночи")),
    (_COMMA_AFTER_CLOCK, " ", (",",)),
    (_FROM_DAY_OF_MONTH, r"\1 \2 по ", ("числ",)),
    (_DAYS_OF_MONTH_SPAN, r"\1-\2 ", ("числ",)),
    (_MONTH_THEN_DAYS, r"\2 \1", ()),
    (_MONTH_FROM_DAY, _month_from_day, ("начиная", "починаючи")),
    (period_words.AFTER_LAST_DAY_OF, period_words.after_last_day_of, ("останнім", "последним")),
    (period_words.DAYS_WINDOW_AFTER, period_words.days_window_after, ("после", "після")),
    (_MOVED_OFF_DAY, " ", ("суббот", "воскрес", "субот", "неділ", "выходн", "вихідн", "праздн", "свят")),
    (period_words.MONTH_OF_NEXT_QUARTER, r"\1 месяца квартала, следующего за отчетным", ("месяца",)),
    (period_words.MONTH_OF_NEXT_QUARTER_UK, r"\1 місяця кварталу, наступного за звітним", ("місяця",)),
    (period_words.MONTH_OF_NEXT_YEAR, r"\1 месяца года, следующего за отчетным", ("месяца",)),
    (period_words.REPORTING_PERIOD_IN_BRACKETS, r"\1 ", ("(налоговым)", "(податковим)", "базовим", "базовым")),
    (period_words.PERIOD_NAMED_AFTER, r"\1 \2", ("периодом", "періодом")),
    (_MOVED_FROM_DATE, "", (" на ",)),
    (_MOVED_TO_DAY, r"\g<day>", ("перен",)),
    (_EXTENDED_TO_DAY, r"\g<day>", ("продл", "продовж", "подовж")),
    (_MOVED_FROM_DAY, "", (" на ",)),
    (_LEAP_DAY_OFFERED, "29 ", ("(29",)),
    (_LEAP_DAY_AFTER_FEBRUARY, r"\g<1>29", ("(29",)),
    (_YEAR_ENDING_CUT, "", (" го",)),
    (_DOT_IN_DAY_LIST, r"\1, ", (". ",)),
    (_FOOTNOTES, " ", ()),
    (clock.LETTER_ZEROS, r"\1\g<2>00", (":о", ".о", ":o", ".o")),
    (clock.GLUED_TIME, r"\1 ", ()),
    (_LIST_DAY_SPACE, r"\1.\2", (". ",)),
    (clock.SPACE_BEFORE_COLON, ":", (" :",)),
    (clock.TIME_COLON, " ", ()),
    (clock.HOURS_MINUTES_OF_SPAN, r" \1 ", ("хв", "мин")),
    (clock.HOURS_MINUTES, " ", ()),
    (clock.LOST_COLON_AFTER, r"\1", ()),
    (clock.LOST_COLON_BEFORE, "", ()),
    (clock.LOST_COLON_AT, " ", ("о ", "об ")),
    (_SPACED_DASHED_DATE, r"\1.\2.\3", (" - ",)),
    (_SPACED_DASHED_YEAR_FIRST, r"\3.\2.\1", (" - ",)),
    (_DASHED_DATE, r"\1.\2.\3", ("-",)),
    (clock.TIME_ZONE, " ", ("времен", "часом", "время", "час ")),
    (_ENDS_FIRST, "", ("закінч", "заверш", "заканч", "законч", "оканч", "истек", "сплив")),
    (_CONDITION, "", ("умови", "условии")),
    (_DAWN, "", ("зари", "зорі")),
    (_SEASON_HALF_DASH, r"\1-", (" - ",)),
    (_DASH_AFTER_LEAD, r"\1 ", ("не п",)),
    (_NOT_BEFORE_DAY, r"с \1 по ", ("не ран", "не рані")),
    (_AT_ONCE_AFTER, "", ("сразу", "одразу", "відразу", "незамедл", "негайно")),
    (_NOT_BEFORE, "", ("не ран", "не рані")),
    (clock.HOURS_WINDOW, " ", ("год", "час")),
    (clock.HOURS_BEFORE_DATE, "", ("год", "час")),
    (_DASH_TO, " ", ()),
    (_SPAN_VERB, " ", ("трива", "продо", "продл", "длит", "закінч", "заверш", "заканч", "законч")),
    (_SPAN_OPENS, _span_opens, ("начин", "начн", "почина", "почне")),
    (_AND_BEFORE_SPAN_END, r"\1 ", (" до ",)),
    (_SPAN_CLOSES, " по ", ("закінч", "заверш", "заканч", "законч")),
    (_UNTIL_EVENT_CAPPED, " по ", ("не позд", "не пізн")),
    (_TERM_CAPPED, "", ("не позд", "не пізн")),
    (_FOR_PERIOD_DASH, r"\1 - до ", ("за ",)),
    (_LENGTH_AFTER_SPAN, r"\1", ("сроком", "строком", "терміном")),
    (_NOT_BEFORE_OPENS, _not_before_opens, ("не ранее", "не раніше")),
    (_BRACKET_ENDING, "", ()),
    (clock.TIME_AFTER_V, " ", ()),
    (clock.LOPSIDED_DASH_CLOCK, r"\1 - \2", (" -", "- ")),
    (clock.SPACED_DASH_CLOCK, clock.spaced_dash_clock, (" - ",)),
    (clock.TIME_WINDOW, " ", ()),
    (clock.SPACED_CLOCK, " ", ()),
    (clock.OPENS_NOTHING, "", ()),
    (_AS_OF, " ", ("состоян", "станом")),
    (_SLASH_DATE, r"\1.\2.\3", ("/",)),
    (_SLASH_DAY_MONTH, r"\1.\2", ("/",)),
    (_YEAR_FIRST, r"\4.\3.\1", ()),
    (_YEAR_LOOKALIKE, _year_digits, ()),
    (_DAY_THREE, r"\1 3", ()),
    (_SPACE_BEFORE_DOT, r"\1.\2.\3", (" .",)),
    (_SPACE_IN_YEAR, r"\1\2", ()),
    (_LOST_FIRST_DOT, r"\1 \2.\3.\4", (" по", " до", "-")),
    (_GLUED_PREPOSITION, r"\1 ", ("-",)),
    (_CURRENT_YEAR, _current_year, (".",)),
    (_CURRENT_ABBREVIATED, _current_abbreviated, ("тек.", "пот.")),
    (_YEAR_BEFORE, _year_before, ("предшеств", "передує", "попереднього", "составляется", "складається")),
    (_YEAR_PAID_FOR, _year_paid_for, ("котор", "який")),
    (_WHICH_YEAR, "", ("котор", "який", "якому")),
    (_SPLIT_DATE, r"\1.\2", ()),
    (_SPACED_DAY_MONTH, r"\1.\2", ()),
    (_TRAILING_DOT, r"\1", ()),
    (_YEAR_SUFFIX, r"\1", ()),
    (_SHORT_YEAR_SUFFIX, r"\1 20\2", ("-го", "-ого")),
    (_AS_WELL_AS, ",", ("а так",)),
    (_LENGTH_BEFORE_SPAN, "", ()),
    (_COUNT_ENDING, r"\1 ", ("-",)),
    (_NUMBER_ADJECTIVE, r"\1 ", ()),
    (_ROMAN_DASH, r"\1 ", ("-",)),
    (_ORDINAL_SUFFIX, r"\1-й", ()),
    (_WEEKDAY_IN_SPAN, r"\1", (",",)),
    (_WEEKDAY_BEFORE_DAY, r"\1 ", ()),
    (_SAME_YEAR_PARTICLE, r"\1", (" ж",)),
    (_PLUS_COUNT, "", ("+",)),
    (_CURRENT_TAX_PERIOD, _current_tax_period, ("текущего налог", "поточного подат")),
    (_FROM_EVENT, _from_event, ("от ", "від ")),
    (_COMMA_BEFORE_YEAR, r"\1 ", (",",)),
    (_COMMA_BEFORE_AND, " ", (",",)),
    (period_words.COMMA_BEFORE_REPORTED_YEAR, r"\1 ", ("отчетным,", "звітним,", "отчетным ,", "звітним ,")),
    (_NUMBER_WORD, r"\1 \2", ()),
    (_WORD_NUMBER, r"\1 \2", ()),
)


def normalize(text: str) -> str:
    """Lower case, ё as е, one kind of dash and space, no footnote marks, times of day or trailing remarks."""
    if any(ch.isdigit() for ch in text):
        text = _REMARK.sub("", text)
    text = _GLUED_ABBREVIATION.sub(" ", _ABBREVIATION_FIRST.sub("", text)).lower().replace("ё", "е")
    text = for_reading(text)  # «Постiйно»: Latin lookalikes in a Cyrillic word (T003 names them)
    if "," in text and "\n" in text:
        text = re.sub(_MONTH_LINES, r"\1, ", text)
    for pattern, replacement, triggers in _STEPS:
        if not triggers or any(trigger in text for trigger in triggers):
            text = re.sub(pattern, replacement, text)
    return _TRAILING_MARKS.sub("", _SPACES.sub(" ", text)).strip()


#: «…район;.», «плата за 2019 год;.»: the marks a cell ends on say nothing of its term
_TRAILING_MARKS = re.compile(r"[\s;,.:]+$")


def is_word(token: str) -> bool:
    """Letters only, an apostrophe within («п'ятниця», «сім'ї») being part of a Ukrainian word."""
    return token.replace("'", "").isalpha()


def tokenize(text: str) -> list[str]:
    """Dates (dd.mm[.yyyy]), numbers (with ordinal endings), words, dashes and commas."""
    return [token.replace("’", "'").replace("ʼ", "'") for token in _TOKEN.findall(text)]
