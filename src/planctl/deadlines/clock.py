"""Times of day in a deadline phrase («в 15.00 ч.», «до 17-00», «з 00 год. 00 хв.», «12⁰⁰»): they say nothing
of the day, so `normalize` takes them out before the grammar reads the dates around them.

Patterns only; `normalize._STEPS` says in which order they run among its other steps.
"""

from __future__ import annotations

import re

# "12⁰⁰", "12^00": minutes written raised (Word's superscript), or the caret left when it was lost
RAISED_MINUTES = r"(?<![\d.])([01]?\d|2[0-3])\s?(?:\^\s?([0-5]\d)(?!\d)|([⁰¹²³⁴⁵])([⁰¹²³⁴⁵⁶⁷⁸⁹]))"

SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def raised_minutes(match: re.Match[str]) -> str:
    minutes = match.group(2) or (match.group(3) + match.group(4)).translate(SUPERSCRIPT_DIGITS)
    return f"{match.group(1)}:{minutes}"


# «16.08.2022 года с 22.00 до 10.00 часов 17.08.2022»: a night's work from one date's hour to the next's is a span
HOURS_ACROSS_DATES = (
    r"(\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d)(?:\s*(?:года|року|г\.|р\.))?\s+(?:с|з)\s+(?:[01]?\d|2[0-3])[.:][0-5]\d\s+до\s+"
    r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*(?:час\w*|год\w*)\.?)?\s+(?=\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d\b)"
)

# "18:оо", "10.оо": the minutes typed with the letter «о» for zeros
LETTER_ZEROS = r"(?<![\d.])([01]?\d|2[0-4])([:.])[оo]{2}(?!\w)"

# «в 11 :00 ч.»: a space typed before a time's colon
SPACE_BEFORE_COLON = re.compile(r"(?<=\d)\s+:(?=[0-5]\d(?!\d))")

# "15:00", "в 15.00 ч.": a time of day says nothing about the day.
# «23:59», «до 23:59:55MSK»: seconds and a zone are the time's too; «17:00ч.»: its unit glued to it
TIME_COLON = re.compile(
    r"(?:\b(?:в|о|об|с|з)\s+)?\b(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?|24:00)(?:\s*(?:msk|мск|utc|gmt|pdt|pst|edt|est|cet|cest|eet|eest)\b|(?!\d))(?:\s*(?:год\b\.?|годин\w*|час\w*|ч\b\.?))?"
)

# "о 18 год. 00 хв.": hours and minutes as words
HM = r"\b(?:[01]?\d|2[0-4])\s*(?:(?:год|час)\w*|ч\b)\.?\s*[0-5]\d\s*(?:хв|мин)\w*\.?"

HOURS_MINUTES = re.compile(r"(?:\b(?:о|об|в|с|з|до)\s+)?" + HM)

# "з 00 год. 00 хв. 1 травня до 6 год. 00 хв. 4 травня": the time of a span's ends; the span stays
HOURS_MINUTES_OF_SPAN = re.compile(r"\b(с|з|до)\s+" + HM + r"(?=\s*\d{1,2}(?:\s+[а-яіїєґ]|\.\d))")

# "20 липня 2018 року, 1800", "до 1800 18 липня": 18:00 whose colon (a superscript on the page) was lost,
# known only beside a date that has its year, or before a day and month
#: Four figures of such a time ("1800"); in a window three will do ("з 900 до 1220").
LOST_COLON_HHMM = r"(?:[01]\d|2[0-3])[0-5]0"

LOST_COLON_TIME = r"(?:[01]?\d|2[0-3])[0-5]0"

LOST_COLON_AFTER = re.compile(
    r"(\d{4}\s*(?:року|р\.|рік|года|г\.)\s*,?)\s*(?:"
    + LOST_COLON_HHMM
    # "21 жовтня 2020 року в період з 900 до 1220": a window of such times
    + r"|(?:(?:в|у)\s+(?:період|период)\s+)?(?:з|с|від|от)\s+"
    + LOST_COLON_TIME
    + r"\s*(?:-|до)\s*"
    + LOST_COLON_TIME
    + r")\s*\.?\s*$"
)

LOST_COLON_BEFORE = re.compile(r"\b" + LOST_COLON_HHMM + r"(?:\s*(?:годин\w*|год|час\w*)\b\.?)?\s+(?=\d{1,2}\s+[а-яіїє])")

# "16.03.2018 о 1300": after «о» (at) four such digits are a time, never a year
LOST_COLON_AT = r"\b(?:о|об)\s+" + LOST_COLON_HHMM + r"\b(?:\s*год\w*\.?)?"

# "не позднее 15 часов 10 сентября 2019 года", «не позднее 14 часов сегодня, 14 сентября»: the hour of a
# day, said before the day
HOURS_BEFORE_DATE = (
    r"(?:\b(?:о|об|в)\s+)?(?<![\d.:-])(?<!-\s)\b(?:[01]?\d|2[0-3])\s*(?:часов|часа|час|ч|годин[иа]?|год)\b\.?"
    r"(?:\s+(?:сегодня|завтра|сьогодні),?|,)?\s+(?=\d{1,2}(?:\s+[а-яіїєґ]|\.\d))"
)

# "з 00 год. до 8 год.", "З 13 до 14 години": a window of whole hours
HOURS_WINDOW = r"\b(?:с|з|від|от)\s+(?:[01]?\d|2[0-4])(?:\s*(?:год|час)\w*\.?)?\s*(?:-|до|по)\s*(?:[01]?\d|2[0-4])\s*(?:год|час)\w*\.?"

# «с 12 до 15.00 час.», «з 9 до 13.00»: a window from a whole hour to a clock time (its end is a time, so its
# start is one too)
HOUR_TO_CLOCK = r"\b(?:с|з|від|от)\s+(?:[01]?\d|2[0-3])\s*(?:-|до)\s*(?=(?:[01]?\d|2[0-3])[.:](?:00|1[3-9]|[2-5]\d)(?!\d)(?!\.\d))"

# «время – с 12 до 15.00», «время проведения: 12.00», «час проведення: 10.00»: a label before a clock time
TIME_LABEL = (
    r"\b(?:время(?:\s+(?:проведения|начала))?|час\s+(?:проведення|початку)|час(?=\s*:))\s*[-:]?\s*"
    r"(?=(?:(?:с|з|в|о|об)\s+)?(?:[01]?\d|2[0-3])(?:[.:-][0-5]\d|\s+до\s))"
)

# "в 23:55 по московскому времени", "(время московское)", "за київським часом": whose clock a time is on
TIME_ZONE = (
    r"\(?\s*(?:\bпо\s+[а-яё]+(?:скому|ному)\s+времени|\bвремя\s+[а-яё]+(?:ское|ное)|\b(?:за|по)\s+[а-яіїєґ'’ʼ]+(?:ським|ним)\s+часом"
    r"|\bчас\s+[а-яіїєґ'’ʼ]+(?:ський|ний))\b\s*\)?"
)

#: A month's name by its first letters: a dash time is never followed by one (normalize uses it too).
MONTH_STEM = r"(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек|січ|лют|бер|кві|тра|чер|лип|сер|вер|жов|лис|гру)"

MONTH_AHEAD = r"(?!\s*" + MONTH_STEM + ")"

# A clock time written with a dot or a dash: "11.00", "10-00", "8-30". A dot time has
# minutes that cannot be a month (00, 13–59); a dash time is never followed by a month or
# «числа» ("1-10 мая", "10-15 числа" are ranges of days), nor by a day after a comma
# ("13-15, 23-27 червня", "10-15, 20 мая"; "10-00, 12-00" are times).
CLOCK = (
    r"(?:(?<!\d)(?<!\d\.)(?:[01]?\d|2[0-3])\.(?:00|1[3-9]|[2-5]\d)(?!\d)(?!\.\d)|(?<!\d)(?<!\d\.)24\.00(?!\d)(?!\.\d)"
    r"|(?<![\d.-])(?:[01]?\d|2[0-3])-(?:00|15|30|45)(?!\d)(?!\.\d)" + MONTH_AHEAD + r"(?!\s*чис)(?!,\s*\d{1,2}(?!\d)(?!\s*-\s*(?:00|15|30|45)\b))" + ")"
)

#: The end of a window, after its dash or "до": any hh.mm or hh-mm.
CLOCK_END = r"(?:(?:[01]?\d|2[0-3])[.-][0-5]\d(?!\d)(?!\.\d)|(?:[01]?\d|2[0-3])\s*час\w*(?:\s*[0-5]?\d\s*мин\w*)?)"

CLOCK_UNIT = r"(?:\s*(?:час\w*|к\.\s*ч\b\.?|ч\b\.?|год\b\.?|годин\w*|хв\b\.?|мин\w*\.?|мск\b\.?))"

#: "с 10-00 до 17-00", "14.00-16.00", "11-30-13-30", "11.00 ч.", "11.00 год.": one time or a window, with its unit
#: (and its «о», or the zero typed for it: "0 13-00 год.").
TIME_WINDOW = re.compile(r"(?:(?:\b(?:с|з|в|о|об)|(?<![\d.])0)\s+)?" + CLOCK + CLOCK_UNIT + r"?(?:\s*(?:-|до|по)\s*" + CLOCK_END + r")?" + CLOCK_UNIT + "?")

# "с 09 – 00 до 16 – 00", "11 – 30 – 13 – 30" (Word's dash between spaces): one time or a window, only
# where a time's end, its unit or a date follows, so "с 10 - 15 марта" stays a span of days
SPACED_DASH_CLOCK = (
    r"(?:(?:\b(?:с|з|в|о|об|до)|(?<![\d.])0)\s+)?(?<![\d.-])(?:[01]?\d|2[0-3]) - "
    # «18 – 00, 1 ноября»: no day is «00», so what follows does not matter; «с 5 - 15, 20 ноября» are days
    r"(?:00(?!\d)|(?:15|30|45)(?!\d)(?!,\s*\d{1,2}(?!\d)(?!\s*-\s*(?:00|15|30|45)\b)))"
    r"(?:\s*(?:-|до)\s*(?:[01]?\d|2[0-3]) - [0-5]\d(?!\d))?"
    # «в 17 – 00 и 19 – 00», «21 – 00 22 – 00»: another such time after it; «до 20 – 00 25 жовтня»: a day after «00»
    r"(?=\s*(?:$|[,;)(]|-|до\b|ч\b|час|год|мск|\d{1,2}\.\d|(?:(?:и|і|та)\s+)?(?:[01]?\d|2[0-3]) - [0-5]\d)|(?<=00)\s+\d{1,2}\s+" + MONTH_STEM + ")"
    + CLOCK_UNIT + "?"
)


#: «в 15 -00», «15- 00»: a whole hour whose dash has a space on one side only; spaced on both, it is read as above
#: (only «00», which no day is: «с 10 -15 марта» stays a span of days).
LOPSIDED_DASH_CLOCK = re.compile(r"(?<![\d.-])((?:[01]?\d|2[0-3]))(?: -|- )(00)(?!\d)")


def spaced_dash_clock(match: re.Match[str]) -> str:
    """«с 18 – 00 1 ноября … до 18 – 00 4 ноября»: one time between a span's word and its day goes, the word stays."""
    opener = re.match(r"(с|з|до|по)\s", match.group(0))
    dated = re.match(r"\s*\d", match.string[match.end() :])
    return f" {opener.group(1)} " if opener and dated and match.group(0).count(" - ") == 1 else " "


# "23.08.201711.00": a date and the time after it with the space lost
GLUED_TIME = re.compile(r"(\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)(?=(?:[01]?\d|2[0-3])[.:-][0-5]\d)")

# "в 15.00 ч.": a dot time after «в», whatever its minutes
TIME_AFTER_V = re.compile(r"\bв\s+(?:[01]?\d|2[0-3])\.[0-5]\d\b(?:\s*(?:час\w*|ч\b\.?))?")

# "15 00 год.": a clock time written with a space, known by its unit
SPACED_CLOCK = re.compile(r"(?<![\d.])(?:[01]?\d|2[0-3])\s[0-5]\d\s*(?:год|час|ч)\b\.?")

#: «восьми», «восьмої»: an hour said in words before the part of the day it is in.
_HOUR_WORDS = (
    r"одного|двух|трех|четырех|пяти|шести|семи|восьми|девяти|десяти|одиннадцати|двенадцати"
    r"|першої|другої|третьої|четвертої|п['’ʼ]ятої|шостої|сьомої|восьмої|дев['’ʼ]ятої|десятої|одинадцятої|дванадцятої"
)
# «з 8 ранку 1 березня до 8 вечора 15 квітня», «с восьми утра 1 мая», «з 23.00 вечора 28.09»: an hour with the part
# of the day it is in (never «дня», which also counts days)
HOUR_OF_DAY_PART = (
    r"(?<![\d.])(?:(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?|" + _HOUR_WORDS + r")\s*(?:(?:годин[иі]?|часов|часа|год)\.?\s+)?"
    r"(?:ранку|вечора|ночі|утра|вечера|ночи)\b"
)
# «щодня з 21 до 5 ранку», «с 9 до 18 часов вечера»: a window of hours whose end says the part of the day; its opening
# hour goes with it
HOURS_TO_DAY_PART = (
    r"(?<![\d.])\b(?:з|с|від|от)\s+(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?(?:\s*(?:годин[иі]?|часов|часа|год)\.?)?\s+(?:до|по)\s+"
    r"(?=(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*"
    r"(?:(?:годин[иі]?|часов|часа|год)\.?\s+)?(?:ранку|вечора|ночі|утра|вечера|ночи)\b)"
)
# «з 8 ранку по 22.00 18 червня»: the span's opening word left with nothing after the hour is taken out
OPENS_NOTHING = r"\b(?:с|з|від|от)\s+(?=(?:по|до)\s)"
