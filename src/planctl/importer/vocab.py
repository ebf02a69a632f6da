"""The importer's vocabulary (labels.yaml) and warning texts (messages.yaml), loaded once."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from planctl.yamlio import package_data, safe_load_text

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


@lru_cache(maxsize=None)
def labels() -> dict[str, Any]:
    data = _load("labels.yaml")
    assert isinstance(data, dict)
    return data


@lru_cache(maxsize=None)
def label_index() -> dict[str, str]:
    """Normalized label → field."""
    index: dict[str, str] = {}
    for field_name, words in labels()["columns"].items():
        for word in words:
            index[norm_label(str(word))] = field_name
    return index


@lru_cache(maxsize=None)
def ukrainian_labels() -> frozenset[str]:
    return frozenset(norm_label(str(w)) for w in labels()["ukrainian_labels"])


def match_label(text: str) -> Optional[str]:
    """The plan field a printed header label names, or None for a column the format lacks."""
    key = norm_label(text)
    if not key or re.match(r"^(?:\d+|[ivxlc]+)(?:\.\d+)*\.?\s+\S", key):  # «1. Организационные мероприятия» is a section
        return None
    if key in label_index():
        return label_index()[key]
    for field_name in FIELDS:
        if any(stem in key for stem in labels()["keywords"][field_name]):
            return field_name
    return None


@lru_cache(maxsize=None)
def messages() -> dict[str, str]:
    data = _load("messages.yaml")
    assert isinstance(data, dict)
    return data


def message(key: str, **fields: Any) -> str:
    return messages()[key].format(**fields)


def _template_paths() -> list[Path]:
    import planctl

    package = Path(planctl.__file__).resolve().parent
    return [package / "_templates" / "ministry" / "template.yaml", package.parents[1] / "templates" / "ministry" / "template.yaml"]


@lru_cache(maxsize=None)
def default_columns(language: str) -> dict[str, str]:
    """The labels the renderer prints when a plan names none: a plan need not record those.

    Read from the ministry template when it is there (the renderer prints its labels
    whatever the plan's language), so that render → import gives the plan back without
    a `columns:` block it never had; labels.yaml otherwise.
    """
    defaults = dict(labels()["default_columns"].get(language) or labels()["default_columns"]["ru"])
    for path in _template_paths():
        try:
            data = safe_load_text(path.read_text(encoding="utf-8"))
        except Exception:  # no template, or one we cannot read: the packaged defaults stand
            continue
        found = _columns_in(data, language)
        if found:
            defaults.update(found)
            break
    return defaults


def _columns_in(data: Any, language: str) -> dict[str, str]:
    """Column labels of a template: `table.columns: [{key, label}, …]` (the renderer's form, a label
    plain or by language), or a `columns:` map, flat or by language."""
    if not isinstance(data, dict):
        return {}
    table = data.get("table")
    if isinstance(table, dict) and isinstance(table.get("columns"), list):
        found: dict[str, str] = {}
        for column in table["columns"]:
            if not isinstance(column, dict) or column.get("key") not in FIELDS:
                continue
            label = column.get("label")
            if isinstance(label, dict):  # {ru: …, uk: …}
                label = label.get(language) or label.get("ru")
            if isinstance(label, str):
                found[column["key"]] = label
        return found
    columns = data.get("columns")
    if not isinstance(columns, dict):
        return {}
    if isinstance(columns.get(language), dict):
        columns = columns[language]
    return {k: v for k, v in columns.items() if k in FIELDS and isinstance(v, str)}
