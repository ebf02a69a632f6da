"""Progress records file → `Progress`, with a file:line:col for every problem.

Read and composed by the plan's own loader (`planctl.load`: the same limits on size,
depth and aliases, the same encoding checks, the same node positions); only the model
differs. A plan without a records file costs one `stat`.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from planctl import messages
from planctl.diagnostics import Diagnostic, Severity
from planctl.document import Positions, YamlPath
from planctl.filenames import progress_file_for
from planctl.load import compose_file
from planctl.progress.model import PROGRESS_KEYS, Progress, status_words
from planctl.yamlio import package_data


@dataclass
class ProgressDocument:
    """A records file that loaded, with what the rules need to point into it."""

    path: str
    text: str
    progress: Progress
    positions: Positions
    #: The plan's language, which the records file follows.
    language: str = "ru"
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class ProgressLoad:
    path: str
    document: ProgressDocument | None
    diagnostics: list[Diagnostic]
    #: The file's text as read (empty when it could not be): findings quote their lines from it.
    text: str = ""


def records_beside(plan_path: str | Path) -> str | None:
    """The plan's records file when there is one (`plans/x.yaml` → `plans/progress/x.yaml`), else None."""
    candidate = progress_file_for(str(plan_path))
    return candidate if os.path.lexists(candidate) else None


def text(key: str, language: str, **fields: Any) -> str:
    """A loader message of progress/messages.yaml in the plan's language."""
    data = package_data("planctl.progress", "messages.yaml")
    entry = data[key]
    return str(entry.get(language) or entry["ru"]).format(**fields)


def load_progress(path: str | Path, language: str = "ru") -> ProgressLoad:
    """Load a records file; unreadable files, YAML mistakes and wrong keys become findings."""
    composed = compose_file(path, language)
    name, raw, positions = composed.path, composed.raw, composed.positions
    if composed.diagnostics:
        return ProgressLoad(name, None, composed.diagnostics, composed.text)
    source = composed.text
    if not isinstance(raw, dict):
        message = text("not-a-mapping", language)
        return ProgressLoad(name, None, [Diagnostic("F006", Severity.ERROR, message, name, 1, 1, rule="load")], source)
    try:
        progress = Progress.model_validate(raw)
    except ValidationError as error:
        return ProgressLoad(name, None, _schema_findings(error, positions, name, language), source)
    return ProgressLoad(name, ProgressDocument(name, source, progress, positions, language), [], source)


def _keyset(path: YamlPath) -> str:
    if not path:
        return "progress"
    if path == ("signature",):
        return "signature"
    if len(path) == 2 and path[0] == "records":
        return "record"
    if len(path) == 4 and path[2] == "figures":
        return "figure"
    return ""


def _real_path(loc: tuple[Any, ...], positions: Positions) -> YamlPath:
    """The longest prefix of a pydantic location that names a place in the document."""
    out: YamlPath = ()
    for part in loc:
        candidate = (*out, part)
        if candidate not in positions.values and candidate not in positions.keys:
            break
        out = candidate
    return out


def _schema_findings(error: ValidationError, positions: Positions, path: str, language: str) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    seen: set[tuple[int, int, str]] = set()
    for entry in error.errors(include_url=False):
        loc = tuple(entry["loc"])
        real = _real_path(loc, positions)
        kind = entry["type"]
        hint = None
        if kind == "extra_forbidden":
            code, key = "S002", str(loc[-1])
            line, column = positions.of(real, key=True)
            message = messages.text("unknown-key", language, key=key)
            allowed = PROGRESS_KEYS.get(_keyset(real[:-1]), ())
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            if close:
                hint = messages.text("did-you-mean", language, suggestion=close[0])
            elif allowed:
                hint = messages.text("allowed-keys", language, keys=", ".join(allowed))
        elif kind == "missing":
            code = "S003"
            line, column = positions.of(real, key=True)
            message = messages.text("missing-key", language, key=loc[-1])
        else:
            code = "S001"
            line, column = positions.of(real)
            key = next((str(part) for part in reversed(real) if isinstance(part, str)), "")
            message = messages.text("wrong-value", language, key=key, problem=_problem(entry, key, language))
        if (line, column, code) in seen:
            continue
        seen.add((line, column, code))
        found.append(Diagnostic(code, Severity.ERROR, message, path, line, column, hint, rule="schema"))
    return found


_TYPE_MESSAGES = {
    "string_type": "expect-text",
    "list_type": "expect-list",
    "dict_type": "expect-map",
    "model_type": "expect-map",
    "model_attributes_type": "expect-map",
    "date_type": "expect-date",
    "date_parsing": "expect-date",
    "date_from_datetime_parsing": "expect-date",
    "date_from_datetime_inexact": "expect-date",
}


def _problem(entry: Any, key: str, language: str) -> str:
    kind = entry["type"]
    if key == "status":
        own = [word for word, (lang, _) in status_words().items() if lang == language]
        return messages.text("expect-one-of", language, expected=", ".join(own))
    if kind in _TYPE_MESSAGES:
        return messages.text(_TYPE_MESSAGES[kind], language)
    if kind in ("int_type", "float_type", "int_parsing", "float_parsing", "greater_than_equal"):
        return text("expect-count", language)
    if kind == "string_too_short":
        return messages.text("expect-text", language)
    reason = str(entry.get("ctx", {}).get("error", entry["msg"]))
    if "quoted" in reason:
        return messages.text("expect-quoted-number", language)
    return messages.text("invalid-value", language, problem=reason)
