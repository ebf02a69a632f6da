"""The languages a plan may be written in, and what follows from each.

A plan's language decides its messages and its production calendar: a Ukrainian plan
keeps Ukraine's days off. One table, so a third language is added in one place.
"""

from __future__ import annotations

#: language → the country (ISO 3166) whose production calendar its plans follow.
COUNTRY: dict[str, str] = {"ru": "RU", "uk": "UA"}
DEFAULT_LANGUAGE = "ru"


def country_of(language: str) -> str:
    """`RU` for Russian plans (and any language planctl does not know), `UA` for Ukrainian."""
    return COUNTRY.get(language, COUNTRY[DEFAULT_LANGUAGE])


def language_of(country: str) -> str:
    """The plan language whose calendar is `country`'s (`UA` → `uk`)."""
    return next((language for language, code in COUNTRY.items() if code == country.upper()), DEFAULT_LANGUAGE)


def language_tag(language: str) -> str:
    """The BCP 47 tag Word marks text with (`ru-RU`, `uk-UA`)."""
    return f"{language}-{country_of(language)}"
