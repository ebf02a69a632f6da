"""The importer's vocabulary (labels.yaml) and warning texts (messages.yaml), loaded once."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from planctl.yamlio import package_data

FIELDS = ("number", "title", "executors", "deadline", "result")


def _load(name: str) -> Any:
    return package_data("planctl.importer", name)


def norm_label(text: str) -> str:
    """A header label reduced to what tells labels apart: case, spacing and punctuation ignored."""
    text = text.replace("\u00a0", " ").replace("\n", " ").casefold().replace("ё", "е")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s*/\s*", "/", text)
    text = re.sub(r"№\s*", "№", text)
    return text.rstrip(" :.")


@cache
def labels() -> dict[str, Any]:
    data = _load("labels.yaml")
    assert isinstance(data, dict)
    return data


@cache
def ukrainian_labels() -> frozenset[str]:
    return frozenset(norm_label(str(w)) for w in labels()["ukrainian_labels"])


@cache
def russian_labels() -> frozenset[str]:
    """Labels of labels.yaml's `columns` lists that only a Russian plan prints (Cyrillic words, not Ukrainian)."""
    listed = {norm_label(str(w)) for words in labels()["columns"].values() for w in words}
    return frozenset(w for w in listed - ukrainian_labels() if re.search("[а-яё]", w) and not re.search("[іїєґ]", w))


@cache
def package_labels() -> list[dict[str, Any]]:
    """Real column labels from public plans, each with its column and the page it was read on."""
    data = _load("header_labels.yaml")
    assert isinstance(data, list)
    return data


@cache
def messages(language: str = "ru") -> dict[str, str]:
    """Message texts in a plan language; a Ukrainian text missing falls back to the Russian one."""
    data = _load("messages.yaml")
    assert isinstance(data, dict)
    if language == "uk":
        data = {**data, **_load("messages.uk.yaml")}
    return data


class Phrase(NamedTuple):
    """A message not worded yet: its key and fields, worded once the plan's language is known."""

    key: str
    fields: dict[str, Any]


def phrase(key: str, **fields: Any) -> Phrase:
    return Phrase(key, fields)


def message(key: str, language: str = "ru", **fields: Any) -> str:
    """A message in the plan's language; a field that is a Phrase (or a list of them) is worded too."""
    return messages(language)[key].format(**{name: _worded(value, language) for name, value in fields.items()})


def _worded(value: Any, language: str) -> Any:
    if isinstance(value, Phrase):
        return message(value.key, language, **value.fields)
    if isinstance(value, list):
        return "; ".join(str(_worded(v, language)) for v in value)
    return value


@cache
def default_columns(language: str) -> dict[str, str]:
    """The labels the renderer prints when a plan names none: a plan need not record those.

    Asked of the renderer's default template (it prints its labels whatever the plan's
    language), so that render → import gives the plan back without a `columns:` block it
    never had; labels.yaml's defaults stand for a column the template does not label or
    when no template can be loaded.
    """
    defaults = dict(labels()["default_columns"].get(language) or labels()["default_columns"]["ru"])
    defaults.update(_template_labels(language))
    return defaults


def _template_labels(language: str) -> dict[str, str]:
    from planctl.errors import PlanctlError
    from planctl.render.template import load_template

    try:
        template = load_template(None)
    except PlanctlError:  # no template shipped, or a broken one: the packaged defaults stand
        return {}
    return {column.key: column.label_for(language) for column in template.settings.table.columns if column.key in FIELDS}
